package extract

import (
	"slices"
	"testing"
)

// TestTitledFamilyHolder35 checks that one family name after a foreign
// minister's office written out in full ("Secretary of Foreign Affairs A")
// is a person, the holder of that office on the day, when the office table
// knows that holder by that name (the rule keys on the table: the
// Philippines' foreign secretary of 2023 here), and that an unknown word
// after the office stays no name. The counterparts are invented.
func TestTitledFamilyHolder35(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		body string
		want string // "name|country", "" for no person but the counterpart
	}{
		{"Secretary of Foreign Affairs Manalo met Foreign Minister Tomas Varenko of Moldova in Washington on April 12.", "Enrique Manalo|PH"},
		{"Secretary of Foreign Affairs Dumaguete met Foreign Minister Tomas Varenko of Moldova in Washington on April 12.", ""},
	} {
		a := article("Joint Statement of the Ministerial Dialogue", "2023-04-12", c.body)
		a.URL = "https://www.state.gov/x"
		got := personCountries(x.Extract(a))
		others := slices.DeleteFunc(slices.Clone(got), func(s string) bool { return s == "Tomas Varenko|MD" })
		if c.want == "" && len(others) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%s: persons %q, want %q", c.body, got, c.want)
		}
	}
}
