package extract

import "testing"

// TestVerbDayBeforeGuest27 checks that a day between "received" and its
// guest, the word order of agency copy translated from Spanish or
// Portuguese ("recibió hoy al presidente": "received today President A"),
// leaves the reception read and dated by that day (names invented).
func TestVerbDayBeforeGuest27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"today", "Prensa Latina", "President receives Portuguese counterpart", "2018-04-21",
			"Estonian President Arvid Kelmar received today Portuguese President Tomas Relvo, who arrived last night on the island.",
			[]string{"reception 2018-04-21 Arvid Kelmar+Tomas Relvo"}},
		{"yesterday", "Prensa Latina", "President receives Portuguese counterpart", "2018-04-21",
			"Estonian President Arvid Kelmar received yesterday Portuguese President Tomas Relvo at the Palace of the Revolution.",
			[]string{"reception 2018-04-20 Arvid Kelmar+Tomas Relvo"}},
		{"on a weekday", "Agencia Brasil", "President receives Portuguese counterpart", "2018-04-21",
			"Estonian President Arvid Kelmar received on Thursday Portuguese President Tomas Relvo at the Palace.",
			[]string{"reception 2018-04-19 Arvid Kelmar+Tomas Relvo"}},
		{"this weekday, its date in brackets", "Agencia Brasil", "President receives Portuguese counterpart", "2023-05-31",
			"Estonian President Arvid Kelmar received this Wednesday (May 31, 2023) Portuguese President Tomas Relvo at the Palace.",
			[]string{"reception 2023-05-31 Arvid Kelmar+Tomas Relvo"}},
	})
}
