package extract

import "testing"

// TestFinitePassiveSigning checks that a finite past passive ("was
// signed", "were signed") in the report of a two-sided contact is the
// day's signing whatever cue stands in its subject ("over the next five
// years") or in the clause it hangs on ("would promote … based on the
// Agreement, which was signed on the same day"), and whatever later year
// the sentence names; a passive with a time of its own is still no signing
// of the day (names invented).
func TestFinitePassiveSigning(t *testing.T) {
	x := newX(t)
	const met = "On December 5, President Marko Vela of Peru held a meeting with Prime Minister Ana Soto of Chile in Santiago. "
	const meeting = "meeting 2022-12-05 Ana Soto+Marko Vela"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a cue in the subject is not the passive's",
			met + "As an outcome of the meeting, a joint statement concerning bilateral cooperation over the next five years was signed.",
			[]string{meeting, "signing 2022-12-05 Chile+Peru"}},
		{"a relative passive under a modal's clause, a later year after it",
			met + "President Vela also stated that Peru would promote defence cooperation based on the Peru-Chile Access Agreement, which was signed on the same day, and deepen relations with in mind the anniversary of their relations in 2031.",
			[]string{meeting, "signing 2022-12-05 Ana Soto+Marko Vela"}},
		{"a passive of its own year is recalled",
			met + "The two leaders reviewed the Access Agreement, which was signed in 2015.",
			[]string{meeting}},
		{"a future passive stays ahead",
			met + "A joint statement on cooperation over the next five years will be signed next year.",
			[]string{meeting}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Peru-Chile Meeting", "2022-12-06", tt.body)), tt.want)
		})
	}
}

// TestOwnBriefing checks that a press event one speaker spoke at ("A said
// at a press conference", "A told a news conference", "Speaking at a
// press briefing, A said") is that speaker's own, of one side, while a
// joint one, one with a partner after it, or one of two subjects stays the
// two sides', and one whose speaker only a pronoun names is no one's the
// text tells (names invented).
func TestOwnBriefing(t *testing.T) {
	x := newX(t)
	const met = "On December 5, President Marko Vela of Peru held talks with President Ana Soto of Chile in Santiago. "
	const talks = "talks 2022-12-05 Ana Soto+Marko Vela"
	const both = "press_conference 2022-12-05 Ana Soto+Marko Vela"
	const own = "press_conference 2022-12-05 Marko Vela"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"said at a press conference", met + "\"We discussed trade and investment,\" Vela said at a press conference in Santiago.", []string{own, talks}},
		{"told a news conference", met + "Vela told a news conference in Santiago that trade would grow.", []string{own, talks}},
		{"speaking at a press briefing", met + "Speaking at a press briefing after the talks, Vela said trade would grow.", []string{own, talks}},
		{"a pronoun's briefing", met + "\"Trade will grow,\" he said during a media briefing.", []string{talks}},
		{"a joint one", met + "Vela said at a joint press conference that trade would grow.", []string{both, talks}},
		{"a partner after it", met + "Vela said at a press conference with Soto that trade would grow.", []string{both, talks}},
		{"two subjects", met + "Vela and Soto held a press conference after the talks.", []string{both, talks}},
		{"a joint presser", met + "Vela and Soto then held a joint presser.", []string{both, talks}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Peru, Chile agree to expand trade", "2022-12-06", tt.body)), tt.want)
		})
	}
}

// TestMeetingAtSummitHeadline checks that a headline's summit named after
// "at" or "during" a meeting it names ("PM meeting with President A at the
// NATO summit") is where the meeting was held, not a summit of the pair
// (the guest invented; the Prime Minister is the office table's).
func TestMeetingAtSummitHeadline(t *testing.T) {
	const body = "The Prime Minister met President Ivan Petrenko of Ukraine at the NATO summit yesterday.\n\nThey discussed maritime security and air defence."
	tests := []sourcedCase{
		{"a meeting at the summit", "Prime Minister's Office, 10 Downing Street", "PM meeting with President Petrenko at the NATO summit", "2024-07-11",
			body, []string{"meeting 2024-07-10 Ivan Petrenko+Keir Starmer"}},
		{"a meeting during the summit", "Prime Minister's Office, 10 Downing Street", "PM meeting with President Petrenko during the NATO summit", "2024-07-11",
			body, []string{"meeting 2024-07-10 Ivan Petrenko+Keir Starmer"}},
	}
	runSourced(t, tests)
}

// TestSignersAfterDocument checks that the two persons named after "by"
// or "between" that follows a signing's document ("witnessed the signing
// of a memorandum … by Foreign Minister A and his counterpart B") are its
// signers, not those who witness it, while countries named there, or no
// one, leave the signing to the contact's two sides; "the signing by A and
// B of the Declaration" is theirs, "the signing by A of a decree" no
// signing of two sides (names invented).
func TestSignersAfterDocument(t *testing.T) {
	x := newX(t)
	const met = "On December 5, President Marko Vela of Peru held talks with President Ana Soto of Chile in Santiago. "
	const talks = "talks 2022-12-05 Ana Soto+Marko Vela"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"by a minister and his counterpart",
			met + "Vela also witnessed the signing of a memorandum of understanding on an undersea cable by Foreign Minister Luis Paredes and his Chilean counterpart Rosa Ibarra.",
			[]string{"signing 2022-12-05 Luis Paredes+Rosa Ibarra", talks}},
		{"between two ministers of their countries",
			met + "The two presidents witnessed the exchange of cooperation documents between Foreign Minister Luis Paredes of Peru and Foreign Minister Rosa Ibarra of Chile.",
			[]string{"signing 2022-12-05 Luis Paredes+Rosa Ibarra", talks}},
		{"between two countries",
			met + "The two presidents witnessed the signing of an agreement on trade between Peru and Chile.",
			[]string{"signing 2022-12-05 Ana Soto+Marko Vela", talks}},
		{"no one named after the document",
			met + "The two presidents then witnessed the signing of three agreements.",
			[]string{"signing 2022-12-05 Ana Soto+Marko Vela", talks}},
		{"the signing by two named before the document",
			met + "The talks concluded with the signing by President Vela and President Soto of a Joint Declaration of Intent on green growth.",
			[]string{"signing 2022-12-05 Ana Soto+Marko Vela", talks}},
		{"the signing by one named by office alone and another",
			met + "The plenary session concluded with the signing by the President and President Soto of a Joint Declaration of Intent on green growth.",
			[]string{"signing 2022-12-05 Ana Soto+Marko Vela", talks}},
		{"the signing by one person of a decree is one side's act",
			met + "Soto welcomed the signing by President Vela of a decree on mining reform.",
			[]string{talks}},
		{"the signing by one country of a convention is one side's act",
			met + "Soto welcomed the signing by Peru of the Paris Agreement.",
			[]string{talks}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Peru, Chile agree to expand trade", "2022-12-06", tt.body)), tt.want)
		})
	}
}
