package extract

import "testing"

// TestNamingComplement36 checks "called"/"Calls" that names what its object
// is: a headline's "Calls It A 'Fruitful One'" after a meeting and a quoted
// epithet after a person are no phone calls; a call with its purpose stays
// one (names invented).
func TestNamingComplement36(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"headline: the meeting called a fruitful one", "", "PM Dovic Holds Bilateral Meeting With Ivo Danko, Calls It A 'Very Fruitful One'", "2023-07-18",
			"Velorian Prime Minister Arlen Dovic on Sunday held a bilateral meeting with his Kestrian counterpart Ivo Danko and called it a 'very fruitful one'.",
			[]string{"meeting 2023-07-16 Arlen Dovic+Ivo Danko"}},
		{"a quoted epithet after the person", "", "Leaders meet in Ostrava", "2023-07-18",
			"Velorian Prime Minister Arlen Dovic met with Kestrian President Ivo Danko in Ostrava on Monday. On Tuesday, Dovic called Danko \"two-faced\" because he was caught on camera.",
			[]string{"meeting 2023-07-17 Arlen Dovic+Ivo Danko"}},
		{"guard: a call with its purpose", "", "Leaders speak", "2023-07-18",
			"On Monday, Velorian Prime Minister Arlen Dovic called Kestrian President Ivo Danko to congratulate him.",
			[]string{"phone_call 2023-07-17 Arlen Dovic+Ivo Danko"}},
	})
}
