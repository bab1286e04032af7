package consolidate

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestOneSidedSummitApart: a leader's part alone in a gathering one day
// ("A attended the Eastern Seas Summit") and a summit of two sides the
// day before ("the XA-Bloc Summit") are two gatherings of one series; the
// same day, or both one-sided or both many-sided, it is left to the other
// tests of principals. Countries invented.
func TestOneSidedSummitApart(t *testing.T) {
	s := func(date string, countries ...string) *accord.Engagement {
		return &accord.Engagement{Type: accord.Summit, Date: date, Countries: countries}
	}
	for _, tc := range []struct {
		name string
		a, b *accord.Engagement
		want bool
	}{
		{"one side and two, next day", s("2031-11-13", "XA"), s("2031-11-12", "XA", "XB"), true},
		{"two sides and one, next day", s("2031-11-12", "XA", "XB"), s("2031-11-13", "XA"), true},
		{"same day", s("2031-11-12", "XA"), s("2031-11-12", "XA", "XB"), false},
		{"a month", s("2031-11", "XA"), s("2031-11-12", "XA", "XB"), false},
		{"both one-sided", s("2031-11-13", "XA"), s("2031-11-12", "XA"), false},
		{"not summits", &accord.Engagement{Type: accord.Meeting, Date: "2031-11-13", Countries: []string{"XA"}}, s("2031-11-12", "XA", "XB"), false},
	} {
		if got := oneSidedSummitApart(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
