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
