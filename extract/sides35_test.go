package extract

import "testing"

// TestGuestsWithLead35 checks plural meetings whose holder the clause names
// by an office the reader does not tie to a person ("the State Minister
// also held bilateral meetings with A, and B"): the report's lead held a
// meeting with each guest. On main: one meeting of the two guests, who
// never met. Invented names, real countries.
func TestGuestsWithLead35(t *testing.T) {
	const src = "Agency"
	tests := []sourcedCase{
		{"office subject, plural meetings with two of other countries", src, "State Minister visits Colombo", "2023-02-04",
			"COLOMBO: Minister of State for Foreign Affairs Amina Qadri of Pakistan visited Sri Lanka and held a series of meetings. In Colombo, the State Minister also held bilateral meetings with the Foreign Minister of Bangladesh Rafiq Hossain, and the Parliamentary Vice-Minister for Foreign Affairs of Japan Kenji Morimoto and discussed areas of bilateral cooperation.",
			[]string{"meeting 2023-02-04 Amina Qadri+Kenji Morimoto", "meeting 2023-02-04 Amina Qadri+Rafiq Hossain"}},
		// Guard: "meetings between A and B" makes the two the sides.
		{"meetings between two", src, "Ministers meet", "2023-02-04",
			"COLOMBO: Minister of State for Foreign Affairs Amina Qadri of Pakistan visited Sri Lanka. The visit followed separate meetings between the Foreign Minister of Bangladesh Rafiq Hossain and the Parliamentary Vice-Minister for Foreign Affairs of Japan Kenji Morimoto.",
			nil},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
