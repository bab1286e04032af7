package extract

import "testing"

// TestSubjectCompanion34b checks that one set off after the subject by ",
// together with … ," or ", alongside … ," (as ", along with … ,") goes with
// the subject when of lower rank and the subject's country, and that one of
// another country set off so stays a side (names invented).
func TestSubjectCompanion34b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"together with a minister", "", "", "2025-04-04",
			"Today, Prime Minister Arlo Venn of Norway, together with Foreign Minister Bera Tisk, met President Ola Brim of Finland in Oslo.",
			[]string{"meeting 2025-04-04 Arlo Venn+Ola Brim"}},
		{"alongside a minister", "", "", "2025-04-04",
			"Today, Prime Minister Arlo Venn of Norway, alongside Trade Minister Bera Tisk, held talks with President Ola Brim of Finland in Oslo.",
			[]string{"talks 2025-04-04 Arlo Venn+Ola Brim"}},
		{"together with an ambassador", "PTI", "Minister meets counterpart", "2024-05-10",
			"Foreign Minister Arvind Kolhapuri, together with Ambassador Ramesh Tandulkar, met Foreign Minister of Japan Kenji Morita in Tokyo on Thursday.",
			[]string{"meeting 2024-05-09 Arvind Kolhapuri+Kenji Morita"}},
		{"alongside a counterpart of another country stays", "PTI", "Ministers meet", "2024-05-10",
			"Foreign Minister Arvind Kolhapuri, alongside his Japanese counterpart Kenji Morita, met President Lars Holm of Estonia in Tallinn on Thursday.",
			[]string{"meeting 2024-05-09 Arvind Kolhapuri+Kenji Morita+Lars Holm"}},
	})
}

// TestTrailingAttendance34b checks that those a ", with … in attendance"
// (or "… also present") list names after the contact were present, no sides
// (names invented).
func TestTrailingAttendance34b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"in attendance", "", "", "2025-04-04",
			"President Arlo Venn of Austria met Prime Minister Jorun Halvek of Chile in Vienna today, with Foreign Minister Tessa Quill in attendance.",
			[]string{"meeting 2025-04-04 Arlo Venn+Jorun Halvek"}},
		{"two also present", "", "", "2025-04-04",
			"President Arlo Venn of Austria held talks with Prime Minister Jorun Halvek of Chile in Vienna today, with Foreign Minister Tessa Quill and Ambassador Ivo Brandt also present.",
			[]string{"talks 2025-04-04 Arlo Venn+Jorun Halvek"}},
		{"a with of the contact stays", "", "", "2025-04-04",
			"President Arlo Venn of Austria held talks in Vienna today, with Prime Minister Jorun Halvek of Chile.",
			[]string{"talks 2025-04-04 Arlo Venn+Jorun Halvek"}},
	})
}

// TestCompanionAsideShared34b checks that an aside naming one of another
// country among several ("A, together with Finance Minister B of another
// country, and Director-General C, co-chaired") or a list of hosts on either
// side ("A, B and C, alongside D and E, met with") names co-subjects, who
// stay sides (names invented).
func TestCompanionAsideShared34b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"co-chairs of two countries", "", "", "2025-04-04",
			"Today, Deputy Finance Minister Arlo Venn of Norway, together with Finance Minister of Finland Ola Brim, and Trade Secretary Bera Tisk, co-chaired a meeting with Foreign Minister Kenji Morita of Japan in Oslo.",
			[]string{"meeting 2025-04-04 Arlo Venn+Bera Tisk+Kenji Morita+Ola Brim"}},
		{"hosts listed on both sides", "", "", "2025-04-04",
			"Today, Prime Minister Arlo Venn of Norway and Trade Minister Bera Tisk, alongside Finance Minister Olav Rask and Labour Minister Siri Dahl, met with President Ola Brim of Finland in Oslo.",
			[]string{"meeting 2025-04-04 Arlo Venn+Bera Tisk+Ola Brim+Olav Rask+Siri Dahl"}},
	})
}

// TestHeadlineCompanion34b checks that one the headline names beside the
// sides ("A welcomes King B and Crown Prince C of X") but the text names only
// as one who accompanied a side of his own country stays no side; one the
// text names as present after "attended by" is unaffected (names invented).
func TestHeadlineCompanion34b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"headline names the companion", "", "President Arlo Venn welcomes King Harald and Crown Prince Haakon of Norway", "2025-02-11",
			"King Harald of Norway met with President Arlo Venn of Finland in Helsinki on Tuesday. His Majesty was accompanied by his son Crown Prince Haakon of Norway.",
			[]string{"meeting 2025-02-11 Arlo Venn+Harald V of Norway"}},
		{"his own, of no country read", "", "President Arlo Venn welcomes King Harald and Crown Prince Haakon", "2025-02-11",
			"King Harald of Norway met with President Arlo Venn of Finland in Helsinki on Tuesday. His Majesty was accompanied by his son Crown Prince Haakon.",
			[]string{"meeting 2025-02-11 Arlo Venn+Harald V of Norway"}},
	})
}
