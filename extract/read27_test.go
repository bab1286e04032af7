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

// TestOpeningWeekdayAhead27 checks that a weekday opening its sentence
// ("On Saturday, …") dates the day to come when the clause after it is
// ahead ("will hold", "was scheduled to hold"), as "will meet B on
// Saturday" already did, and the day gone by when it is not (names
// invented; published on a Friday).
func TestOpeningWeekdayAhead27(t *testing.T) {
	runSourcedBy(t, []sourcedCase{
		{"will", "Ministry of Foreign Affairs of Estonia", "President to visit Portugal", "2006-03-03",
			"On Saturday, President Arvid Kelmar of Estonia will hold talks with President Tomas Relvo of Portugal.",
			[]string{"talks 2006-03-04 pending  Arvid Kelmar+Tomas Relvo"}},
		{"was scheduled to", "Ministry of Foreign Affairs of Estonia", "President to visit Portugal", "2006-03-03",
			"On Saturday morning, President Arvid Kelmar of Estonia was scheduled to hold a one-to-one meeting with President Tomas Relvo of Portugal, the Foreign Office said.",
			[]string{"meeting 2006-03-04 pending  Arvid Kelmar+Tomas Relvo"}},
		{"held: the day gone by", "Ministry of Foreign Affairs of Estonia", "President visits Portugal", "2006-03-03",
			"On Monday, President Arvid Kelmar of Estonia held talks with President Tomas Relvo of Portugal in Lisbon.",
			// (The headline's "visits Portugal" is the visit, as the
			// development references annotate "Prime Minister visits
			// Kyiv": session 29.)
			[]string{"talks 2006-02-27 held PT Arvid Kelmar+Tomas Relvo", "visit 2006-02 held PT Arvid Kelmar+Tomas Relvo"}},
	}, "engagements", statusSummary)
}
