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
		{"no subject, separate meetings with a possessed office and another", src, "Minister meets counterpart", "2018-08-24",
			"NAIROBI, Aug 24 - Foreign Minister Grace Achieng of Kenya on Thursday met Foreign Minister Lars Holm of Norway in Oslo. The meeting came in the backdrop of separate meetings with Holm's Special Envoy for Africa, Erik Dahl, as well as Ambassador Nils Berg, Director for African Affairs, earlier in the day.",
			[]string{"meeting 2018-08-23 Erik Dahl+Grace Achieng", "meeting 2018-08-23 Grace Achieng+Lars Holm", "meeting 2018-08-23 Grace Achieng+Nils Berg"}},
		// Guard: "meetings between A and B" makes the two the sides.
		{"meetings between two", src, "Ministers meet", "2023-02-04",
			"COLOMBO: Minister of State for Foreign Affairs Amina Qadri of Pakistan visited Sri Lanka. The visit followed separate meetings between the Foreign Minister of Bangladesh Rafiq Hossain and the Parliamentary Vice-Minister for Foreign Affairs of Japan Kenji Morimoto.",
			nil},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
