package extract

import (
	"slices"
	"testing"
)

// TestMononymHolder34 checks that one word after a long-form office is a
// person when the office table has a holder of that one name on the day
// (Indonesia's foreign minister from October 2024 bears one name; the
// rule keys on the table, not on him), and not otherwise: an invented one
// word, or an ordinary word, stays no name. The counterparts are invented.
func TestMononymHolder34(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		body string
		want string // a person's name, "" for none but the counterpart
	}{
		{"Indonesian Minister of Foreign Affairs Sugiono met Chilean Foreign Minister Carlos Vega in Kazan on October 24.", "Sugiono"},
		{"Indonesian Minister of Foreign Affairs Wirakarta met Chilean Foreign Minister Carlos Vega in Kazan on October 24.", ""},
		{"Indonesian Minister of Foreign Affairs Trade met Chilean Foreign Minister Carlos Vega in Kazan on October 24.", ""},
	} {
		f := x.Extract(article("Indonesia bolsters cooperation", "2024-10-25", c.body))
		var names []string
		for _, a := range f.Actors {
			if a.Type == "person" && a.Name != "Carlos Vega" {
				names = append(names, a.Name)
			}
		}
		if c.want == "" && len(names) > 0 || c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("%q: persons %q, want %q", c.body, names, c.want)
		}
	}
}
