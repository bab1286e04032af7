package extract

import "testing"

// TestPluralOfficeSigners checks that a signing whose subject is the two
// sides named by their plural office ("the two heads of state signed",
// "the two presidents signed", "both prime ministers signed") is the
// signing of the report's two sides, as "the two leaders signed" is.
// Invented names.
func TestPluralOfficeSigners(t *testing.T) {
	const talks = "President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Santiago on Monday. "
	tests := []sourcedCase{
		{"the two heads of state after a long opening clause", "News Agency", "", "2023-05-09",
			talks + "Following friendly talks which went on much longer than planned, the two heads of state signed a joint statement on strategic partnership.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the two presidents", "News Agency", "", "2023-05-09",
			talks + "The two presidents signed a joint declaration.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"both prime ministers", "News Agency", "", "2023-05-09",
			"Prime Minister Arlo Venn of Peru held talks with Prime Minister Bera Tisk of Chile in Santiago on Monday. Both prime ministers signed a memorandum on fisheries.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the two PMs and a communique", "News Agency", "", "2023-05-09",
			"Prime Minister Arlo Venn of Peru met Prime Minister Bera Tisk of Chile in Santiago on Monday. The two PMs signed a communique of their regular meeting.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "signing 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the presidents signing the guest book is no signing", "News Agency", "", "2023-05-09",
			talks + "The two presidents signed the guest book.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestSignedDocumentForms checks the documents signed that a reader knows
// by other words: a memo, a communique, papers; a title in quotation marks
// after "signed the"; "the inking of" a document. Invented names.
func TestSignedDocumentForms(t *testing.T) {
	const talks = "President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Santiago on Monday. "
	tests := []sourcedCase{
		{"the parties signed a memo", "News Agency", "", "2023-05-09",
			"Foreign Minister Arlo Venn of Peru met with Foreign Minister Bera Tisk of Chile in Santiago on Monday. At the end of the meeting the parties signed a memo of cooperation between the two foreign ministries.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "signing 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a joint communique", "News Agency", "", "2023-05-09",
			talks + "The two leaders signed a joint communique.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a quoted title after signed the", "News Agency", "", "2023-05-09",
			talks + "After the talks, President Venn and President Tisk signed the \"Joint Statement on the Economic Partnership\".",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a quoted title in curly quotes", "News Agency", "", "2023-05-09",
			talks + "After the talks, President Venn and President Tisk signed the “Joint Statement on the Economic Partnership”.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the inking of a statement the meeting resulted in", "News Agency", "", "2023-05-09",
			"In Santiago, President Arlo Venn of Peru met with President Bera Tisk of Chile on Monday, which resulted in the inking of a joint statement.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "signing 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a quoted slogan after signed the is no document", "News Agency", "", "2023-05-09",
			talks + "President Venn signed the \"Golden Book\" of the city.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestNewsBriefing checks that a "joint news briefing" (agency wording for a
// joint press conference) is a press conference of the two leaders, while an
// official who "told a news briefing" about a call (a presidential office's
// daily briefing) adds none. Invented names.
func TestNewsBriefing(t *testing.T) {
	tests := []sourcedCase{
		{"opening remarks at a joint news briefing with the guest", "News Agency", "", "2023-05-09",
			"President Arlo Venn of Peru and his Chilean counterpart Bera Tisk met on Monday in Lima during a state visit by Tisk. \"This visit renews our bonds,\" Venn said in his opening remarks at a joint news briefing with Tisk.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "press_conference 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"an aide's news briefing on a call is no press conference", "News Agency", "", "2023-05-09",
			"President Arlo Venn of Peru held a phone call with President Bera Tisk of Chile on Monday. Deputy Adviser Tomas Rell told a news briefing that day that the call lasted 20 minutes.",
			[]string{"phone_call 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestPairSignersOfAVisit checks that "the two sides/countries signed" in a
// sentence on a visit whose host the text does not name is a signing of the
// visitor's country and the country visited; the day between subject and
// verb ("the two countries on Thursday signed") is the signing's. Invented
// names.
func TestPairSignersOfAVisit(t *testing.T) {
	tests := []sourcedCase{
		{"the two sides during a visit to a country", "News Agency", "", "2023-05-12",
			"During Peruvian President Arlo Venn's visit to Chile, the two sides signed four agreements.",
			[]string{"signing 2023-05-12 Chile+Peru", "visit 2023-05 Arlo Venn+Chile"}},
		{"the two countries on a weekday", "News Agency", "", "2023-05-12",
			"During Peruvian President Arlo Venn's visit to Chile, the two countries on Thursday signed four agreements.",
			[]string{"signing 2023-05-11 Chile+Peru", "visit 2023-05 Arlo Venn+Chile"}},
		{"three countries in the sentence: no pair", "News Agency", "", "2023-05-12",
			"During Peruvian President Arlo Venn's visit to Chile, where he met Bolivian President Bera Tisk, the two sides signed four agreements.",
			[]string{}},
	}
	runSourced(t, tests)
}

// TestPlaceDateNotArrival checks that a contact its sentence names only by
// its place ("at a joint press conference in Lima") is not dated by the day
// another sentence gives an arrival at that place ("B arrived in Lima
// yesterday"): the arrival's day is not that of what followed there.
// Invented names.
func TestPlaceDateNotArrival(t *testing.T) {
	tests := []sourcedCase{
		{"the guest's arrival the day before", "News Agency", "", "2023-05-09",
			"President Arlo Venn of Peru and President Bera Tisk of Chile today held talks in Lima.\n\nAddressing a joint press conference in Lima, President Venn said Peru will waive visas for Chileans.\n\nThe Chilean president arrived in Lima yesterday on a state visit.",
			[]string{"press_conference 2023-05-09 Arlo Venn+Bera Tisk", "talks 2023-05-09 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestWitnessedExchange checks that leaders who witness, oversee or
// preside over "the exchange of" documents (MoUs, agreements, instruments,
// letters of intent) witness a signing, while "the exchange of gifts" or
// "of views" is none; and that leaders who "made joint statements to the
// media" held a press conference. Invented names.
func TestWitnessedExchange(t *testing.T) {
	const talks = "President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Lima on Monday. "
	tests := []sourcedCase{
		{"oversaw the exchange of agreements", "News Agency", "", "2023-05-09",
			talks + "The presidents oversaw the exchange of four agreements.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"presided over the exchange of MoUs", "News Agency", "", "2023-05-09",
			talks + "The two presidents presided over the exchange of six MoUs.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the exchange of gifts is no signing", "News Agency", "", "2023-05-09",
			talks + "The two leaders witnessed the exchange of gifts.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the exchange of views is no signing", "News Agency", "", "2023-05-09",
			talks + "The two leaders witnessed the exchange of views between the delegations.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"letters of intent exchanged before the leaders", "News Agency", "", "2023-05-09",
			talks + "The two leaders witnessed the exchange of Letters of Intent.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"joint statements to the media", "News Agency", "", "2023-05-09",
			talks + "The leaders then made joint statements to the media.",
			[]string{"press_conference 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
