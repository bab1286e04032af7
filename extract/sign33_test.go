package extract

import "testing"

// TestWitnessedHandover33 checks that leaders who "witnessed the handover
// of" signed documents after their talks (also "the handover ceremony of",
// "the handing over of") attend a signing of the talks' day, as "witnessed
// the exchange of" does, and that a handover of goods or of an office is
// none (names invented).
func TestWitnessedHandover33(t *testing.T) {
	const lead = "Prime Minister Arlo Venn and Chilean President Bera Tisk held talks in Hanoi on October 13.\n\n"
	runContacts(t, []sourcedCase{
		{"handover ceremony of documents", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "Right after the talks, Prime Minister Arlo Venn and President Bera Tisk witnessed the handover ceremony of 10 cooperation documents between the two countries.",
			[]string{"signing 2024-10-13 Arlo Venn+Bera Tisk", "talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handover of documents", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "After the talks, the two leaders witnessed the handover of cooperation documents between ministries of the two countries.",
			[]string{"signing 2024-10-13 Arlo Venn+Bera Tisk", "talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handing over of agreements", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "The two leaders later witnessed the handing over of three agreements in the fields of trade and education.",
			[]string{"signing 2024-10-13 Arlo Venn+Bera Tisk", "talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handover of relief goods", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "The two leaders later witnessed the handover of 500 tonnes of relief goods to the flood victims.",
			[]string{"talks 2024-10-13 Arlo Venn+Bera Tisk"}},
		{"handover of an office", "VietnamPlus", "Leaders hold talks", "2024-10-14",
			lead + "Earlier, Venn witnessed the handover of the chairmanship of the regional forum.",
			[]string{"talks 2024-10-13 Arlo Venn+Bera Tisk"}},
	})
}

// TestAppositiveSigningDay33 checks that a signing told without a day
// takes the day of the next sentence's participle set off by commas after
// its documents ("The agreements, signed on Wednesday, aim to …"), as it
// does from "The agreements were signed on Wednesday", and that a day of
// an earlier year there, or one outside the commas, leaves the report's
// day (names invented).
func TestAppositiveSigningDay33(t *testing.T) {
	const lead = "Chile and Norway signed and exchanged several Memoranda of Understanding (MoUs) in the presence of President Arlo Venn and his Norwegian counterpart Bera Tisk.\n\n"
	runContacts(t, []sourcedCase{
		{"participle with the day", "MENAFN", "Chile, Norway ink MoUs", "2024-10-17",
			lead + "The agreements, signed on Wednesday, aim to enhance cooperation between the two nations across various sectors.",
			[]string{"signing 2024-10-16 Arlo Venn+Bera Tisk"}},
		{"participle with a place and the day", "MENAFN", "Chile, Norway ink MoUs", "2024-10-17",
			lead + "The memoranda, signed in Oslo on Wednesday, cover trade and fisheries.",
			[]string{"signing 2024-10-16 Arlo Venn+Bera Tisk"}},
		{"reduced relative with the day", "Zee News", "Chile, Norway sign 3 MoUs", "2018-07-27",
			"SANTIAGO: Chile and Norway have signed three agreements in the presence of President Arlo Venn and Prime Minister Bera Tisk.\n\nThe agreements signed by the two countries on Thursday include a memorandum on space cooperation.",
			[]string{"signing 2018-07-26 Arlo Venn+Bera Tisk"}},
		{"reduced relative of an earlier year", "Zee News", "Chile, Norway sign 3 MoUs", "2018-07-27",
			"SANTIAGO: Chile and Norway have signed three agreements in the presence of President Arlo Venn and Prime Minister Bera Tisk.\n\nThe agreements signed by the two countries in 2015 were renewed.",
			[]string{"signing 2018-07-27 Arlo Venn+Bera Tisk"}},
		{"participle of an earlier year", "MENAFN", "Chile, Norway ink MoUs", "2024-10-17",
			lead + "The agreements, signed in 2019, aim to enhance cooperation between the two nations.",
			[]string{"signing 2024-10-17 Arlo Venn+Bera Tisk"}},
		{"the day outside the commas", "MENAFN", "Chile, Norway ink MoUs", "2024-10-17",
			lead + "The agreements, signed by the two foreign ministers, will be published on Wednesday.",
			[]string{"signing 2024-10-17 Arlo Venn+Bera Tisk"}},
	})
}

// TestDatedCountriesSign33 checks that "A and B on November 6 signed
// seven documents" (the date between the subject and its verb, as "on
// Wednesday" is) is a signing of the two countries on that day, also
// under "Leaders of A and B", that "The signing in C was witnessed by X
// and Y" after it gives the signing to the two witnesses, as "The
// ceremony was witnessed by" does, and that a bare "The signing was
// witnessed by" with no signing told before, or a signing of an earlier
// year recalled, adds none (names invented).
func TestDatedCountriesSign33(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"countries, the date between", "VietnamPlus", "Chile, Norway intensify collaboration", "2023-11-07",
			"Santiago (VNA) - Chile and Norway on November 6 signed seven cooperation documents, aiming to build ties in trade.",
			[]string{"signing 2023-11-06 Chile+Norway"}},
		{"leaders of two countries, the day before the month", "VietnamPlus", "Chile, Norway intensify collaboration", "2023-11-07",
			"Santiago (VNA) - Leaders of Chile and Norway on 6 November signed seven cooperation documents, aiming to build ties in trade.",
			[]string{"signing 2023-11-06 Chile+Norway"}},
		{"the signing witnessed by two", "VietnamPlus", "Chile, Norway intensify collaboration", "2023-11-07",
			"Santiago (VNA) - Chile and Norway on November 6 signed seven cooperation documents, aiming to build ties in trade.\n\nThe signing in Santiago was witnessed by Chilean President Arlo Venn and his visiting Norwegian counterpart Bera Tisk.",
			[]string{"signing 2023-11-06 Arlo Venn+Bera Tisk"}},
		{"the two sides, the date between", "VietnamPlus", "Chile, Norway intensify collaboration", "2023-11-07",
			"Santiago (VNA) - Chilean President Arlo Venn held talks with Norwegian Prime Minister Bera Tisk on November 6.\n\nThe two sides on November 6 signed seven cooperation documents.",
			[]string{"signing 2023-11-06 Arlo Venn+Bera Tisk", "talks 2023-11-06 Arlo Venn+Bera Tisk"}},
		{"a bare signing witnessed, none told before", "VietnamPlus", "Chile, Norway relations", "2023-11-07",
			"Santiago (VNA) - Chilean President Arlo Venn received Norwegian Prime Minister Bera Tisk on November 6.\n\nThe signing was witnessed by many guests.",
			[]string{"reception 2023-11-06 Arlo Venn+Bera Tisk"}},
		{"a signing of an earlier year recalled", "VietnamPlus", "Chile, Norway relations", "2023-11-07",
			"Santiago (VNA) - Chilean President Arlo Venn received Norwegian Prime Minister Bera Tisk on November 6.\n\nChile and Norway on November 6, 2019 signed an agreement on fisheries, Venn recalled.",
			[]string{"reception 2023-11-06 Arlo Venn+Bera Tisk"}},
	})
}

// TestSignedAtOccasionDay33 checks that a signing told without a day of
// its own takes the day of the occasion named next in its sentence, "during
// President C's state visit on Wednesday", "on the occasion of a summit
// between C and D in E on Monday", and that a visit's start told in a
// relative clause ("which began on Monday") leaves the report's day
// (names invented).
func TestSignedAtOccasionDay33(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"during a state visit on a weekday", "ECNS", "Chile, Norway sign joint statements", "2019-06-06",
			"Chile and Norway signed two important joint statements during President Arlo Venn's state visit on Wednesday.",
			[]string{"signing 2019-06-05 Chile+Norway"}},
		{"on the occasion of a summit", "Korea JoongAng Daily", "Chile, Norway sign 14 MOUs", "2026-01-06",
			"SANTIAGO — Chile and Norway signed a series of memorandums of understanding on cooperation in technology on the occasion of a summit between Presidents Arlo Venn and Bera Tisk in Santiago on Monday, the presidential office said.",
			[]string{"signing 2026-01-05 Arlo Venn+Bera Tisk", "summit 2026-01-05 Arlo Venn+Bera Tisk"}},
		{"the visit's start in a relative clause", "ECNS", "Chile, Norway sign joint statements", "2019-06-06",
			"Chile and Norway signed two important joint statements during President Arlo Venn's state visit, which began on Monday.",
			[]string{"signing 2019-06-06 Chile+Norway"}},
	})
}
