package extract

import (
	"testing"
	"time"
)

// TestThisPast37 checks that "this past June" reads as "last June" (the
// last such month before the report), "this past weekend" as "last
// weekend" and "this past week" as "this week", "this past Friday" written on a Friday
// as the Friday before; a plain "past" is no date.
func TestThisPast37(t *testing.T) {
	x := newX(t)
	pub := time.Date(2031, 9, 26, 0, 0, 0, 0, time.UTC) // a Friday
	for _, tt := range []struct{ text, want string }{
		{"at the Summit in Lakeport this past June", "2031-06"},
		{"during my transit stop in Lakeport this past November", "2030-11"},
		{"This past September, the two ministers met", "2030-09"},
		{"met this past weekend", "2031-09"},
		{"met this past week", "2031-09"},
		{"on its Independence Day this past Saturday", "2031-09-20"},
		{"met this past Friday", "2031-09-19"},
		{"over the past decade", ""},
	} {
		toks := tokenize(tt.text, x.lx.abbr)
		ds := x.lx.dates(toks, 0, len(toks), pub)
		got := ""
		if len(ds) == 1 {
			got = ds[0].format()
		} else if len(ds) > 1 {
			t.Fatalf("%q: %d dates", tt.text, len(ds))
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestThisPastRecalled37 checks that a contact told "this past <month>" in
// a report of a later month is recalled, not a contact of the report's
// day, as with "last <month>" (names invented).
func TestThisPastRecalled37(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"this past January, where he met", "Office of the President", "", "2031-03-07",
			"President Ana Ortiz of Chile held talks with Prime Minister Luis Vega of Peru in Santiago on Friday. This past January, Vice President Marta Rios of Chile led a delegation to the inauguration in Quito, where she met with Prime Minister Vega.",
			[]string{"talks 2031-03-07 Ana Ortiz+Luis Vega"}},
		{"last January, where he met", "Office of the President", "", "2031-03-07",
			"President Ana Ortiz of Chile held talks with Prime Minister Luis Vega of Peru in Santiago on Friday. Last January, Vice President Marta Rios of Chile led a delegation to the inauguration in Quito, where she met with Prime Minister Vega.",
			[]string{"talks 2031-03-07 Ana Ortiz+Luis Vega"}},
	})
}
