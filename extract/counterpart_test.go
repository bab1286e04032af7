package extract

import "testing"

// TestListedCounterpart25 checks that "talks and meetings with his
// counterpart, President B and Speaker C" in a visit's wrap-up lists the
// host prime minister of the lead's invitation besides B and C, and that
// "his counterpart, Prime Minister B" stays an apposition (names invented).
func TestListedCounterpart25(t *testing.T) {
	const lead = "Vietnamese Prime Minister Arlo Venn and his spouse arrived in Hanoi late July 3, concluding a successful official visit to the Republic of Korea from June 30-July 3 at the invitation of RoK PM Bera Tisk.\n\n"
	runContacts(t, []sourcedCase{
		{"a list after the counterpart", "Vietnam News Agency", "", "2026-07-04",
			lead + "PM Venn engaged in 34 activities during the visit, including talks and meetings with his counterpart, President Ola Brim and Speaker of the National Assembly of RoK Kai Dorn.",
			// (Dated as main's wrap-up rule dates the list's contacts.)
			[]string{"talks 2026-07 Arlo Venn+Bera Tisk", "talks 2026-07 Arlo Venn+Kai Dorn", "talks 2026-07-04 Arlo Venn+Ola Brim", "visit 2026-06 Arlo Venn+Bera Tisk"}},
		{"an apposition", "Vietnam News Agency", "", "2026-07-04",
			lead + "PM Venn engaged in 34 activities during the visit, including talks with his counterpart, Prime Minister Bera Tisk.",
			[]string{"talks 2026-07 Arlo Venn+Bera Tisk", "visit 2026-06 Arlo Venn+Bera Tisk"}},
	})
}
