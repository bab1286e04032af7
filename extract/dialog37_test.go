package extract

import "testing"

// TestNamedMechanisms37 checks that a round of a named standing bilateral
// mechanism other than a strategic dialogue or joint commission (a
// high-level, economic or financial dialogue, an intergovernmental,
// joint ministerial or bilateral commission, a strategic and economic
// dialogue, a political or policy-planning consultation) is talks of its
// two co-chairs or delegation heads; and that a generic "political dialogue"
// still gives nothing (names invented).
func TestNamedMechanisms37(t *testing.T) {
	const src, day = "Pacific News Agency", "2031-03-12"
	talks := []string{"talks 2031-03-10 Arlo Venn+Bera Tisk"}
	runContacts(t, []sourcedCase{
		{"high-level dialogue took place, co-chairs after", src, "", day,
			"The fifth round of the Norway-Chile High-Level Dialogue took place in Santiago on March 10.\n\nThe dialogue was co-chaired by Foreign Minister Arlo Venn and Foreign Minister Bera Tisk.", talks},
		{"led the delegation to the high-level dialogue", src, "", day,
			"Foreign Minister Arlo Venn led the Norwegian delegation to the ninth round of the Norway-Chile High-Level Dialogue in Santiago, Chile March 10. Chilean Foreign Minister Bera Tisk led the Chilean delegation.", talks},
		{"co-chaired the session of the intergovernmental commission", src, "", day,
			"Deputy Prime Minister Arlo Venn and Foreign Minister Bera Tisk co-chaired the 12th session of the Norway-Chile Intergovernmental Commission in Santiago on March 10.", talks},
		{"economic dialogue held by the countries, co-chairs in the sentence", src, "", day,
			"Norway and Chile held the third Economic Dialogue in Santiago on March 10, co-chaired by Finance Minister Arlo Venn and Finance Minister Bera Tisk.", talks},
		{"co-chaired the strategic and economic dialogue", src, "", day,
			"Foreign Minister Arlo Venn and Foreign Minister Bera Tisk co-chaired the inaugural Norway-Chile Strategic and Economic Dialogue in Santiago on March 10.", talks},
		{"co-chaired the joint ministerial commission", src, "", day,
			"Foreign Minister Arlo Venn and Foreign Minister Bera Tisk co-chaired the 4th Norway-Chile Joint Ministerial Commission in Santiago on March 10.", talks},
		{"bilateral commission under the co-chairmanship", src, "", day,
			"The 3rd Norway-Chile Bilateral Commission was held in Santiago on March 10 under the co-chairmanship of Foreign Minister Arlo Venn and Foreign Minister Bera Tisk.", talks},
		{"co-chaired the financial dialogue with", src, "", day,
			"Vice Premier Arlo Venn co-chaired the financial dialogue with Finance Minister Bera Tisk in Santiago on March 10.", talks},
		{"held the political consultation (singular)", src, "", day,
			"Vice Foreign Minister Arlo Venn and First Deputy Minister Bera Tisk held the political consultation between the two foreign ministries in Santiago on March 10.", talks},
		{"launching a new high-level dialogue: no round", src, "", day,
			"Foreign Minister Arlo Venn met Foreign Minister Bera Tisk in Santiago on March 10. To speed the energy transition, the two ministers are launching a new high-level dialogue on clean energy.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"establishing a named security dialogue: no round", src, "", day,
			"Foreign Minister Arlo Venn met Foreign Minister Bera Tisk in Santiago on March 10. We are also establishing an Advanced Technology Data and Security Dialogue.",
			[]string{"meeting 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"coordinating through a newly-established high-level dialogue: no round", src, "Joint Statement by Prime Minister Arlo Venn and President Bera Tisk", day,
			"Norway and Chile are coordinating closely on the provision of aid, including through a newly-established high-level dialogue and a liaison office.", nil},
		{"working through the recently created joint commission: no round", src, "Joint Statement by Prime Minister Arlo Venn and President Bera Tisk", day,
			"Norway and Chile are working closely on trade, including through the recently created Joint Ministerial Commission.", nil},
		{"deepen their political dialogue: no contact", src, "", day,
			"Foreign Minister Arlo Venn said on March 10 that the two countries would deepen their political dialogue and trade with Chile.", nil},
	})
}

// TestDashedSidesNoPanic37 checks that a round whose lead names countries
// joined by separate dashes ("the US – Japan – Republic of Korea
// Partnership") and a country told only by a short form in parentheses
// extracts without panicking: a country mention can carry no token, and
// hyphenPairIn read the token before it (names invented; the countries are
// real because the crash needs the country table's multi-word names).
func TestDashedSidesNoPanic37(t *testing.T) {
	body := "Following the November 13, 2031 Phnom Penh Summit of the US – Japan –\nRepublic of Korea Trilateral Partnership for the Indo-Pacific led\nby Prime Minister Arlo Venn of Japan, President Bera Tisk of the\nRepublic of Korea (ROK), and President Cai Lund of the\nUnited States, Cabinet Councillor Dov Ansel from the National\nSecurity Secretariat of Japan, Secretary to the President for Economic\nSecurity Eli Mora of the ROK, and Senior Directors Fen Holt and\nGil Brand from the U.S. National Security Council convened the inaugural\nmeeting of the U.S.-Japan-ROK Economic Security Dialogue in Honolulu,\nHawaii."
	x := newX(t)
	x.Extract(article("Readout of the Trilateral United States – Japan – Republic of Korea Economic Security Dialogue", "2032-02-28", body))
}
