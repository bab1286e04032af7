package extract

import "testing"

// TestNounContacts32 checks contacts told by a noun with no verb of the
// persons: "An official discussion between A and B was held" (the way Sri
// Lankan state outlets write a leaders' talks) and "exchanged views … during
// a virtual talk" (the singular Viet Nam's agency uses); and that the same
// nouns with no one named are no contact (names invented).
func TestNounContacts32(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"an official discussion between two leaders was held", "Pacific News Agency", "", "2031-03-12",
			"An official discussion between visiting Norwegian Prime Minister Arlo Venn and Chilean President Bera Tisk was held at the Presidential Secretariat on Tuesday.",
			[]string{"talks 2031-03-11 Arlo Venn+Bera Tisk", "visit 2031-03 Arlo Venn+Bera Tisk"}},
		{"official discussions were held", "Pacific News Agency", "", "2031-03-12",
			"Official discussions between Norwegian Prime Minister Arlo Venn and Chilean President Bera Tisk were held in Santiago on Tuesday.",
			[]string{"talks 2031-03-11 Arlo Venn+Bera Tisk"}},
		{"a bilateral discussion", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Prime Minister Arlo Venn held a bilateral discussion with Chilean President Bera Tisk on Tuesday.",
			[]string{"talks 2031-03-11 Arlo Venn+Bera Tisk"}},
		{"exchanged views during a virtual talk", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Foreign Minister Arlo Venn and his Chilean counterpart Bera Tisk exchanged views on cooperation during a virtual talk on March 11.",
			[]string{"video_call 2031-03-11 Arlo Venn+Bera Tisk"}},
		{"an online talk", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Foreign Minister Arlo Venn held an online talk with his Chilean counterpart Bera Tisk on Tuesday.",
			[]string{"video_call 2031-03-11 Arlo Venn+Bera Tisk"}},
		{"official discussions with no one named: no contact", "Pacific News Agency", "", "2031-03-12",
			"Official discussions on the draft budget were held in Oslo on Tuesday, the ministry said.", nil},
	})
}

// TestReachedDuringTalks32 checks that talks told by their sides after a
// finite passive ("The agreement was reached during talks between A and
// B", "… during talks held in C on <day> between A and B") are the talks
// the report tells, held beside the guest's visit in the same sentence (as
// Viet Nam's outlets write them); a participle clause ("the agreements
// reached during talks between …") and "the talks" stay recalled (names
// invented).
func TestReachedDuringTalks32(t *testing.T) {
	visit := "visit 2031-03 Arlo Venn+Bera Tisk"
	runContacts(t, []sourcedCase{
		{"was reached during talks held in a city on a day between", "Pacific News Agency", "", "2031-03-12",
			"The agreement was reached during talks held in Santiago on March 10 between Chilean Foreign Minister Bera Tisk and Norwegian Foreign Minister Arlo Venn, who is on an official visit to Chile.",
			[]string{"talks 2031-03-10 Arlo Venn+Bera Tisk", visit}},
		{"consensus was reached during talks between", "Pacific News Agency", "", "2031-03-12",
			"Consensus was reached during talks between Chilean Foreign Minister Bera Tisk and Norwegian Foreign Minister Arlo Venn, who is on an official visit to Chile.",
			[]string{"talks 2031-03-12 Arlo Venn+Bera Tisk", visit}},
		{"was reached at talks between", "Pacific News Agency", "", "2031-03-12",
			"The deal was reached at talks between Chilean Foreign Minister Bera Tisk and Norwegian Foreign Minister Arlo Venn, who is on an official visit to Chile.",
			[]string{"talks 2031-03-12 Arlo Venn+Bera Tisk", visit}},
		{"agreements reached during talks: recalled", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Foreign Minister Arlo Venn visited Santiago. The ministers agreed to implement the agreements reached during talks between Norwegian Prime Minister Ola Brim and Chilean President Bera Tisk.",
			[]string{"visit 2031-03 Arlo Venn+Chile"}},
		{"agreed during the talks: recalled", "Pacific News Agency", "", "2031-03-12",
			"Norwegian Foreign Minister Arlo Venn visited Santiago, where the roadmap was agreed during the talks between Norwegian Prime Minister Ola Brim and Chilean President Bera Tisk.",
			[]string{"visit 2031-03 Arlo Venn+Chile"}},
	})
}

// TestOfficeSubject32 checks that a contact whose subject is an office of
// two countries ("The foreign ministers of A and B held talks", "Foreign
// ministers from A and B have agreed at talks") has as sides the holders
// of that office the text names by title in other sentences; with no one
// named it stays the two countries (names invented).
func TestOfficeSubject32(t *testing.T) {
	talks := []string{"talks 2031-03-09 Arlo Venn+Bera Tisk"}
	after := " Norwegian Foreign Minister Arlo Venn said trade grew. Chilean Foreign Minister Bera Tisk agreed."
	runContacts(t, []sourcedCase{
		{"the foreign ministers of A and B held talks", "Pacific News Agency", "", "2031-03-12",
			"The foreign ministers of Norway and Chile held talks in Santiago on Sunday." + after, talks},
		{"engaged in talks, after an opening day", "Pacific News Agency", "", "2031-03-12",
			"On Sunday in Santiago, the foreign ministers of Norway and Chile engaged in talks." + after, talks},
		{"foreign ministers from A and B have agreed at talks", "Pacific News Agency", "", "2031-03-09",
			"Foreign ministers from Norway and Chile have agreed at talks in Santiago that their countries should expand trade." + after, talks},
		{"no holder named: the countries", "Pacific News Agency", "", "2031-03-12",
			"The foreign ministers of Norway and Chile held talks in Santiago on Sunday.",
			[]string{"talks 2031-03-09 Chile+Norway"}},
	})
}
