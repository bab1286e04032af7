package extract

import "testing"

// TestCallMedium checks that a call told with its medium between the verb
// and the person ("spoke on telephone with", "talked over the phone with")
// is a phone call, however the medium is written. The names are invented.
func TestCallMedium(t *testing.T) {
	var tests []sourcedCase
	for _, v := range []string{"spoke on telephone today with", "spoke on the telephone with", "spoke over the phone with", "spoke over telephone with", "talked on telephone with", "spoke via telephone with"} {
		tests = append(tests, sourcedCase{v, "", "", "2020-06-09",
			"Prime Minister Ravi Menon " + v + " President Luis Vega of Chile and discussed the pandemic.",
			[]string{"phone_call 2020-06-09 Luis Vega+Ravi Menon"}})
	}
	runSourced(t, tests)
}

// TestPostNominalContact checks that a person written with a post-nominal
// after a chain of offices takes part in the contact, with invented names.
func TestPostNominalContact(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a minister named after offices and before TD", "", "", "2025-02-27",
			"The Secretary of State for Wessex, Rt Hon Jane Pell MP met with the Deputy Premier, Minister for Foreign Affairs and Minister for Defence, Ciaran Doyle TD, this evening in Cork.",
			[]string{"meeting 2025-02-27 Ciaran Doyle+Jane Pell"}},
	})
}

// TestRecalledCallClauses checks that a call told in a clause of time (the
// first time, after we have talked) is recalled, not held on the day, with
// invented names.
func TestRecalledCallClauses(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the first time we talked", "", "", "2021-11-18",
			"President Luis Vega: From the first time we talked over the phone with the President already in office, he mentioned this.",
			nil},
		{"after we have talked", "", "", "2024-03-25",
			"President Ana Ruiz: It is good to see you after we have talked on the phone in September.",
			nil},
		{"a call held today still counts", "", "", "2024-03-25",
			"President Ana Ruiz talked over the phone with Prime Minister Tom Hale of New Zealand today.",
			[]string{"phone_call 2024-03-25 Ana Ruiz+Tom Hale"}},
	})
}
