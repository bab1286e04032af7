package extract

import (
	"testing"
	"time"
)

// TestDateRangeFirst checks that a range of days is read with its first
// day: the contact began then, whatever its last day.
func TestDateRangeFirst(t *testing.T) {
	x := newX(t)
	pub := time.Date(2017, 10, 23, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, last, first string }{
		{"from 21 to 26 October 2017", "2017-10-26", "2017-10-21"},
		{"on October 10 to 12", "2017-10-10", "2017-10-10"},
		{"on 28 and 29 September", "2017-09-29", "2017-09-28"},
		{"on 26 October", "2017-10-26", "2017-10-26"},
	} {
		toks := tokenize(tt.text, x.lx.abbr)
		ds := x.lx.dates(toks, 0, len(toks), pub)
		if len(ds) != 1 {
			t.Fatalf("%q: %d dates", tt.text, len(ds))
		}
		if got := ds[0].t.Format("2006-01-02"); got != tt.last {
			t.Errorf("%q: date %s, want %s", tt.text, got, tt.last)
		}
		if got := ds[0].first(toks).Format("2006-01-02"); got != tt.first {
			t.Errorf("%q: first %s, want %s", tt.text, got, tt.first)
		}
	}
}
