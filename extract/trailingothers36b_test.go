package extract

import "testing"

// TestOthersTailSigners36b checks signers named before a trailing "and
// other (relevant) officials": the named persons sign, the others are
// their suites. Without a named person before it, no signer is read.
// Invented names, real countries.
func TestOthersTailSigners36b(t *testing.T) {
	talks := "Chilean President Bera Tisk held talks with Peruvian President Arlo Venn in Santiago on Tuesday. "
	tests := []sourcedCase{
		{"A and B and other relevant officials signed", "Agency", "", "2023-05-11",
			talks + "Chilean Foreign Minister Lina Perec and Peruvian Foreign Minister Tomas Ruiz and other relevant officials signed the agreements.",
			[]string{"signing 2023-05-09 Lina Perec+Tomas Ruiz"}},
		{"A, B and other officials signed", "Agency", "", "2023-05-11",
			talks + "Chilean Foreign Minister Lina Perec, Peruvian Foreign Minister Tomas Ruiz and other officials signed the agreements.",
			[]string{"signing 2023-05-09 Lina Perec+Tomas Ruiz"}},
		{"only officials unnamed: no signers named", "Agency", "", "2023-05-11",
			talks + "Senior officials and other delegates signed the agreements.",
			[]string{}},
	}
	runTyped(t, tests, "engagements", "signing")
}
