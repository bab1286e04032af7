package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestSummaryDatedByPublication: under a headline that names a visit only
// by its publication ("A wraps up State visit to B"), the contacts the
// body sums up without a day are dated by publication too, not by the
// text. Invented persons.
func TestSummaryDatedByPublication(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ title, body string }{
		{"President of Chile wraps up State visit to Peru",
			"President of Chile Aldo Verran, his spouse and the delegation of the country left Lima at noon on May 9, wrapping up a three-day State visit to Peru at the invitation of President Nilda Quispo. " +
				"During the trip, President Verran engaged in many activities, including making a courtesy call on Party General Secretary Ivo Pell; attending a welcome ceremony hosted by, the talks with, and a press meeting together with President Quispo. " +
				"He also had meetings with Prime Minister Rosa Tamay and National Assembly Chairman Luis Pomar."},
	} {
		f := x.Extract(article(tt.title, "2023-05-10", tt.body))
		n := 0
		for _, e := range f.Engagements {
			if e.Type == accord.Visit || len(e.Reports) == 0 {
				continue
			}
			n++
			if e.Date != "2023-05-10" || e.Reports[0].DateBasis != accord.DateByPublication {
				t.Errorf("%s %s: date basis %q, want %q", e.Type, e.Date, e.Reports[0].DateBasis, accord.DateByPublication)
			}
		}
		if n == 0 {
			t.Fatalf("no contact: %+v", f.Engagements)
		}
	}
}
