package extract

import "testing"

// TestWitnessedDocumentActs checks that the leaders witness a signing told
// by a compound noun ("the MoU exchange", "six MoU exchanges", "several
// signing ceremonies"), as "the exchange of MoUs" tells it, and that a
// ceremony witnessed after documents signed is that signing's ("The
// ceremony was witnessed by A and B"). A welcome ceremony is no signing.
// Invented names.
func TestWitnessedDocumentActs(t *testing.T) {
	tests := []sourcedCase{
		{"witnessed the MoU exchange", "News Agency", "", "2023-05-09",
			"Prime Minister Arlo Venn of Peru, who is on a three-day official visit to Chile, and his Chilean counterpart, Bera Tisk, witnessed the MoU exchange at the State House here.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"witnessed several signing ceremonies", "News Agency", "", "2023-05-09",
			"President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Santiago on Monday. The two leaders witnessed several signing ceremonies.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"witnessed signing ceremonies of agreements after talks", "News Agency", "", "2023-05-09",
			"President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Santiago on Monday and the two leaders witnessed signing ceremonies of bilateral agreements.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the ceremony witnessed by the leaders after documents signed", "News Agency", "", "2023-05-09",
			"Peru and Chile signed seven memoranda of understanding on railways and water. The ceremony was witnessed by Prime Minister Arlo Venn of Peru and his Chilean counterpart Bera Tisk.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"the exchange took place, the ceremony witnessed", "News Agency", "", "2023-05-09",
			"Peru and Chile agreed on a package of cooperation in trade and transport. The exchange of documents took place at the State House. The ceremony was witnessed by Prime Minister Arlo Venn of Peru and President Bera Tisk of Chile.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"officials exchanged the agreements in presence of the two leaders", "News Agency", "", "2023-05-11",
			"Peru and Chile on Tuesday signed seven memoranda of understanding on railways and water. Following the signing, ministers from both sides exchanged the agreements in presence of President Arlo Venn of Peru and President Bera Tisk of Chile.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"two present of one country leave the countries' signing", "News Agency", "", "2023-05-11",
			"Peru and Chile on Tuesday signed seven memoranda of understanding on railways and water. Following the signing, ministers from both sides exchanged the agreements in the presence of President Arlo Venn of Peru and Foreign Minister Cato Rimm of Peru.",
			[]string{"signing 2023-05-09 Chile+Peru"}},
		{"the leaders witnessed the ceremony after documents signed", "News Agency", "", "2023-05-09",
			"Peru and Chile signed seven memoranda of understanding on railways and water. President Arlo Venn of Peru and President Bera Tisk of Chile witnessed the ceremony.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"a wreath-laying ceremony after a signing is not the signing's", "News Agency", "", "2023-05-09",
			"Peru and Chile signed seven memoranda of understanding on railways and water. Earlier, President Arlo Venn of Peru and President Bera Tisk of Chile witnessed the wreath-laying ceremony.",
			[]string{"signing 2023-05-09 Chile+Peru"}},
		{"a prisoner exchange ceremony after a signing is not the signing's", "News Agency", "", "2023-05-09",
			"Peru and Chile signed seven memoranda of understanding on railways and water. The prisoner exchange ceremony was witnessed by Prime Minister Arlo Venn of Peru and his Chilean counterpart Bera Tisk.",
			[]string{"signing 2023-05-09 Chile+Peru"}},
		{"a welcome ceremony witnessed is no signing", "News Agency", "", "2023-05-09",
			"President Arlo Venn of Peru arrived in Santiago on Monday. The welcome ceremony was witnessed by President Bera Tisk of Chile and thousands of residents.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestSignedInClauseAndPerfect checks two more tellings of the day's
// signing: a clause on the occasion just told ("met at the Palace on
// Tuesday where they signed"), the day staying the meeting's too; and the
// perfect passive of agencies ("24 agreements have been signed" after the
// leaders' meeting), which a span of years ("Since 2015, twelve agreements
// have been signed") does not make a signing of the day. Invented names.
func TestSignedInClauseAndPerfect(t *testing.T) {
	tests := []sourcedCase{
		{"met where they signed", "News Agency", "", "2023-05-11",
			"The President of Peru, Arlo Venn, and Chilean President Bera Tisk met at the Grand Palace on Tuesday where they signed a series of cooperation documents.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"have been signed after a meeting", "News Agency", "", "2023-05-09",
			"Prime Minister Arlo Venn of Peru visited Chile. After a meeting between Chilean Premier Bera Tisk and Venn, 24 agreements have been signed.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Peru", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"have been signed since a year is no signing of the day", "News Agency", "", "2023-05-09",
			"Prime Minister Arlo Venn of Peru met President Bera Tisk of Chile on Monday. Since 2015, twelve agreements have been signed between the two countries.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"Ministers have signed in a leader's remarks", "News Agency", "", "2023-05-09",
			"Prime Minister Arlo Venn of Peru met Prime Minister Bera Tisk of Chile in Lima on Monday. In addition to our upgraded partnership, Ministers have signed Memorandums of Understanding on trade and energy.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "signing 2023-05-08 Chile+Peru"}},
	}
	runSourced(t, tests)
}
