package extract

import "testing"

// TestFrontedOfficeSubject36 checks a contact whose subject is an office
// with its country after it, following an opening clause that tells an
// earlier contact: "After the meeting with B, the Foreign Minister of X met
// C". The subject is X's foreign minister named before, not the opening
// clause's guest. On main: a meeting B+C, or none. Invented names, real
// countries.
func TestFrontedOfficeSubject36(t *testing.T) {
	const src = "Ministry of Foreign Affairs"
	lead := "Foreign Minister Tomas Varga of Hungary met Foreign Minister Bruno Ferri of Italy on Wednesday. "
	want := []string{"meeting 2024-03-13 Bruno Ferri+Tomas Varga", "meeting 2024-03-13 Lucia Rossi+Tomas Varga"}
	tests := []sourcedCase{
		{"fronted named guest", src, "Ministers meet", "2024-03-14",
			lead + "After the meeting with Bruno Ferri, the Foreign Minister of Hungary met with the Minister of Trade of Italy, Lucia Rossi.", want},
		{"fronted office guest", src, "Ministers meet", "2024-03-14",
			lead + "After the meeting with the Foreign Minister of Italy, the Foreign Minister of Hungary met with the Minister of Trade of Italy, Lucia Rossi.", want},
		// No opening clause: the office's country picks its holder, the
		// other side's minister when the country is theirs (a guard: right on
		// main too).
		{"office of country as subject", src, "Ministers meet", "2024-03-14",
			lead + "The Foreign Minister of Hungary also held talks with the Minister of Trade of Italy, Lucia Rossi.",
			[]string{"meeting 2024-03-13 Bruno Ferri+Tomas Varga", "talks 2024-03-13 Lucia Rossi+Tomas Varga"}},
		{"the other country's office", src, "Ministers meet", "2024-03-14",
			lead + "Later, the Foreign Minister of Italy met with the Minister of Trade of Hungary, Anna Kiss.",
			[]string{"meeting 2024-03-13 Anna Kiss+Bruno Ferri", "meeting 2024-03-13 Bruno Ferri+Tomas Varga"}},
		// Guard: a named subject after the opening clause.
		{"named subject", src, "Ministers meet", "2024-03-14",
			lead + "After the meeting, Varga met with the Minister of Trade of Italy, Lucia Rossi.", want},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
