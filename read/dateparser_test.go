package read

import (
	"testing"
	"time"

	"github.com/markusmobius/go-dateparser"
)

// TestDateparserLocalesOnFirstUse: go-dateparser (third_party, under
// go-htmldate) builds its locale and timezone tables on first use rather
// than at program start; they must be there when first asked, in any
// language and from concurrent callers.
func TestDateparserLocalesOnFirstUse(t *testing.T) {
	cfg := &dateparser.Configuration{CurrentTime: time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)}
	cases := []struct{ in, want string }{
		{"17 mars 2029", "2029-03-17"},
		{"4. Oktober 2027", "2027-10-04"},
		{"21 de enero de 2026", "2026-01-21"},
		{"November 9, 2028 14:05 CET", "2028-11-09"},
	}
	done := make(chan error, len(cases))
	for _, c := range cases {
		go func() {
			d, err := dateparser.Parse(cfg, c.in)
			if err == nil && d.Time.Format("2006-01-02") != c.want {
				t.Errorf("%q: %s, want %s", c.in, d.Time.Format("2006-01-02"), c.want)
			}
			done <- err
		}()
	}
	for range cases {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	if !dateparser.IsKnownLocale("fr") || dateparser.IsKnownLocale("xx-nowhere") {
		t.Error("IsKnownLocale: fr unknown or xx-nowhere known")
	}
	if _, tz, off := dateparser.PopTzOffset("noon CET"); tz != "CET" || off != 3600 {
		t.Errorf("PopTzOffset: %q %d, want CET 3600", tz, off)
	}
}
