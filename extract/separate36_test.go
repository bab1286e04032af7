package extract

import "testing"

// TestSeparateApart36 checks contacts said to be held one by one where the
// cue stands apart from the contact phrase: after the list of guests ("held
// talks with A, B and C in separate meetings") or in the sentence before,
// which names no guest ("met his counterparts of three countries
// individually. He held talks with A of X, B of Y and C of Z"). Released
// golds: one bilateral contact per guest (multi34 notes). On main: one
// talks of four. Invented names, real countries.
func TestSeparateApart36(t *testing.T) {
	const src = "Ministry of Foreign Affairs"
	tests := []sourcedCase{
		{"in separate meetings after the list", src, "Minister meets counterparts", "2024-03-14",
			"Foreign Minister Tomas Varga of Hungary held talks with Italian Foreign Minister Bruno Ferri, Chilean Foreign Minister Lucia Rojas and Kenyan Foreign Minister Amos Otieno in separate meetings on Wednesday.",
			[]string{"talks 2024-03-13 Amos Otieno+Tomas Varga", "talks 2024-03-13 Bruno Ferri+Tomas Varga", "talks 2024-03-13 Lucia Rojas+Tomas Varga"}},
		{"individually in the sentence before", src, "Minister meets counterparts", "2024-03-14",
			"Foreign Minister Tomas Varga of Hungary met with his counterparts of three countries individually on Wednesday. Varga held talks with Bruno Ferri of Italy, Lucia Rojas of Chile and Amos Otieno of Kenya.",
			[]string{"talks 2024-03-13 Amos Otieno+Tomas Varga", "talks 2024-03-13 Bruno Ferri+Tomas Varga", "talks 2024-03-13 Lucia Rojas+Tomas Varga"}},
		// Guard: one separate meeting (singular) of the three stays one.
		{"a separate meeting", src, "Ministers meet", "2024-03-14",
			"Foreign Minister Tomas Varga of Hungary held talks with Italian Foreign Minister Bruno Ferri and Chilean Foreign Minister Lucia Rojas in a separate meeting on Wednesday.",
			[]string{"meeting 2024-03-13 Bruno Ferri+Lucia Rojas+Tomas Varga"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
