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

// TestPriorAndPlanned checks that a contact in a perfect participle
// ("after having met") is recalled and one "to immediately begin" is
// planned, with invented names.
func TestPriorAndPlanned(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"after having met", "", "", "2021-10-08",
			"Prime Minister Ken Mori held a summit telephone talk with Prime Minister Ravi Menon of India. Prime Minister Mori said it was a pleasure to speak with him again after having met in Tokyo and Delhi.",
			[]string{"phone_call 2021-10-08 Ken Mori+Ravi Menon"}},
		{"to immediately begin talks", "", "", "2021-12-13",
			"President Ivan Petrov had a telephone conversation with Prime Minister Tom Hale. President Petrov stated the need to immediately begin talks on security guarantees.",
			[]string{"phone_call 2021-12-13 Ivan Petrov+Tom Hale"}},
		{"a virtual summit in the headline is the video call of the body", "", "Northland-Southland Virtual Summit", "2021-05-05",
			"Prime Minister Ravi Menon and Prime Minister Tom Hale of New Zealand held a Virtual Summit yesterday. A roadmap was adopted at the Summit.",
			[]string{"video_call 2021-05-04 Ravi Menon+Tom Hale"}},
	})
}

// TestDeclarationHavingMet checks that a declaration's own meeting, told as
// "having met in A on D", is held, with invented names.
func TestDeclarationHavingMet(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"having met, we declare", "", "", "2025-10-26",
			"We, Prime Minister Ravi Menon of India and Prime Minister Tom Hale of New Zealand, having met in Kuala Lumpur on October 26, 2025, declare the following.",
			[]string{"meeting 2025-10-26 Ravi Menon+Tom Hale"}},
	})
}
