package extract

import (
	"slices"
	"testing"
)

// TestDefenseTitleHolder35 checks that a defence minister titled in the
// American spelling by family name alone ("Defense Minister A", as Japan's
// defence ministry writes in English) is the table's holder of the
// "Minister of Defence" on the day (the rule keys on the table, not on the
// holders named here), and that the family name of no holder stays as
// read. The counterparts are invented.
func TestDefenseTitleHolder35(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		published, body string
		want            string // "name|country" of the titled person
	}{
		{"2022-08-16", "On August 16, Defense Minister Hamada held a telephone call with Defense Minister Tomas Varenko of Moldova. Defense Minister Hamada welcomed the call.", "Yasukazu Hamada|JP"},
		{"2024-12-20", "Defense Minister Nakatani had a meeting with Defense Minister Tomas Varenko of Moldova on the 20th of December.", "Gen Nakatani|JP"},
		{"2024-12-20", "Defense Minister Kurobane had a meeting with Defense Minister Tomas Varenko of Moldova on the 20th of December.", "Kurobane|"},
	} {
		a := article("Defense Ministerial Meeting", c.published, c.body)
		a.URL = "https://www.mod.go.jp/en/article/x"
		got := personCountries(x.Extract(a))
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: persons %q, want %q", c.body, got, c.want)
		}
	}
}
