package office

import "testing"

// TestSlavicSkyEndings checks that the romanisations of a final -sky
// (-skyy, -skyi, -skiy, -skii) name one family name, and that other names
// keep theirs.
func TestSlavicSkyEndings(t *testing.T) {
	for _, c := range []struct {
		form, name string
		want       bool
	}{
		{"Petro Marchenskyy", "Petro Marchensky", true},
		{"Petro Marchenskiy", "Petro Marchenskyy", true},
		{"Marchenskyi", "Petro Marchensky", true},
		{"Petro Marchenski", "Petro Marchensky", false},
		{"Olena Marchenska", "Petro Marchensky", false},
	} {
		if got := Names(Words(c.form), Words(c.name)); got != c.want {
			t.Errorf("Names(%q, %q) = %v, want %v", c.form, c.name, got, c.want)
		}
	}
}
