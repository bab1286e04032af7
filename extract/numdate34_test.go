package extract

import "testing"

// TestNumericDates34 checks that a date written in figures dates the
// contact of its sentence: the day-first dot form of South Asian and
// European ministries ("24.03.2031"), the slash form read by value (a
// figure past 12 is the day; of two readings, the one nearest before
// publication), the ISO form and the one-word dash form. Figures without
// a year, ratios and numbered documents are no dates: the weekday or the
// publication stands (names invented).
func TestNumericDates34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"dot form, day first", "News Agency", "", "2031-03-27",
			"The notes were exchanged on 24.03.2031 between Foreign Secretary Luis Vega of Peru and Ambassador Marta Rios of Chile in Lima.",
			[]string{"signing 2031-03-24 Luis Vega+Marta Rios"}},
		{"dot form ending the sentence", "News Agency", "", "2031-03-28",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on 24.03.2031. They discussed trade.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
		{"slash form, day first by value", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on 24/03/2031.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
		{"slash form, month first by value", "News Agency", "", "2031-03-28",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on 03/24/2031.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
		{"slash form, the reading nearest before publication", "News Agency", "", "2031-03-28",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on 03/02/2031.",
			[]string{"meeting 2031-03-02 Luis Vega+Marta Rios"}},
		{"ISO form", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on 2031-03-24.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
		{"one-word dash form", "News Agency", "", "2031-03-27",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on 24-03-2031.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
		{"a weekday and its bracketed figures: the weekday", "Cabinet Secretariat", "", "2031-07-01",
			"President Luis Vega of Peru and President Marta Rios of Chile Sunday (07/01) held a bilateral meeting in Lima.",
			[]string{"meeting 2031-06-29 Luis Vega+Marta Rios"}},
		{"a ratio is no date", "News Agency", "", "2031-03-28",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on Monday; a 2/3 majority backs the deal.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
		{"a numbered resolution is no date", "News Agency", "", "2031-03-28",
			"President Luis Vega of Peru met President Marta Rios of Chile in Lima on Monday to discuss Resolution 12/2030.",
			[]string{"meeting 2031-03-24 Luis Vega+Marta Rios"}},
	})
}
