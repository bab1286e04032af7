package office

import (
	"strings"
	"testing"
	"time"
)

// TestRegnalNumeral19 checks that a regnal numeral after a lone given name
// is a word of the name: "Abdullah II" is Jordan's king alone in 2009, when
// another King Abdullah reigned; a numeral after a family name stays a
// suffix, and a name the table holds with a numeral is still found without
// it.
func TestRegnalNumeral19(t *testing.T) {
	day := time.Date(2009, 1, 21, 0, 0, 0, 0, time.UTC)
	hs := Find("Abdullah II", day)
	if len(hs) != 1 || hs[0].Country != "JO" {
		t.Errorf("Abdullah II on %s: got %v, want Jordan's king alone", day.Format("2006-01-02"), hs)
	}
	if w := Words("Abdullah II"); len(w) != 2 || w[1] != "ii" {
		t.Errorf("Words(Abdullah II) = %q, want the regnal numeral kept", w)
	}
	if w := Words("Lloyd J. Austin III"); len(w) != 2 || w[1] != "austin" {
		t.Errorf("Words(Lloyd J. Austin III) = %q, want the suffix dropped", w)
	}
	aq := Find("Benigno Aquino", time.Date(2012, 5, 1, 0, 0, 0, 0, time.UTC))
	found := false
	for _, h := range aq {
		found = found || h.Country == "PH" && h.Class == "hos"
	}
	if !found {
		t.Errorf("Benigno Aquino in 2012: got %v, want the Philippine president (table: Benigno Aquino III)", aq)
	}
}

// TestAbbreviatedPatronymic19 checks that a letter or two before a dot
// ("Kh.Battulga", "Ts. Elbegdorj") is an initial, so that the family name
// finds its holder, and that a two-letter name without a dot still counts.
func TestAbbreviatedPatronymic19(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Kh.Battulga", []string{"battulga"}},
		{"Ts. Elbegdorj", []string{"elbegdorj"}},
		{"Li Qiang", []string{"li", "qiang"}},
	} {
		if got := Words(tc.name); strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Words(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	hs := Find("Kh.Battulga", time.Date(2018, 9, 17, 0, 0, 0, 0, time.UTC))
	if len(hs) == 0 || hs[0].Country != "MN" {
		t.Errorf("Kh.Battulga in 2018: got %v, want Mongolia's president", hs)
	}
}
