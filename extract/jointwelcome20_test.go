package extract

import "testing"

// TestJointStatementWelcome20 checks that a joint statement opening with
// the host's welcome of the guest to a city tells the guest's visit as well
// as the leaders' meeting (not a welcome "for" a meeting named, nor a
// readout's welcome), and that a welcome to "the Republic of" a country is a
// visit. Names invented.
func TestJointStatementWelcome20(t *testing.T) {
	tests := []sourcedCase{
		{"a joint statement's welcome to the capital", "", "Joint Statement from the United States and the Republic of Kenya", "2026-03-10",
			"President Daniel Harlow is honored to welcome Kenyan President Samuel Otieno to Washington, D.C. The two leaders mark a new phase of bilateral cooperation.",
			[]string{"meeting 2026-03-10 Daniel Harlow+Samuel Otieno", "visit 2026-03 Daniel Harlow+Samuel Otieno"}},
		{"a welcome for a meeting the statement names", "", "Kenya-Tanzania Leaders' Meeting Joint Statement", "2026-03-10",
			"The President of Kenya, Samuel Otieno, welcomed the President of Tanzania, Amani Mushi, to Nairobi for their first annual Leaders' Meeting.",
			[]string{"meeting 2026-03-10 Amani Mushi+Samuel Otieno"}},
		{"a readout's welcome to the capital", "", "Readout of Secretary Harlow's Meeting with Foreign Minister Otieno", "2026-03-10",
			"Secretary Daniel Harlow welcomed Kenyan Foreign Minister Samuel Otieno to Washington, D.C. today.",
			[]string{"meeting 2026-03-10 Daniel Harlow+Samuel Otieno"}},
		{"a welcome to the Republic of a country", "", "Joint Statement of Kenya and the Republic of Korea", "2026-03-10",
			"President Min-jun Park welcomes President Samuel Otieno to the Republic of Korea (ROK), marking their first meeting.",
			[]string{"meeting 2026-03-10 Min-jun Park+Samuel Otieno", "visit 2026-03 Min-jun Park+Samuel Otieno"}},
	}
	runSourced(t, tests)
}
