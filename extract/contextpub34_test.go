package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestContextPub34 checks that contacts the body leaves undated, which
// take the day of the headline's contact that only the publication dates
// ("Joint Statement during the visit of Prime Minister", issued on the
// visit's last day: "During his visit, A held bilateral discussions with
// B"), are dated by publication, not by the text, so that consolidation
// joins them to the other side's report of the day they were held; and
// that a headline's contact the body dates ("this afternoon") still dates
// what follows by the text (names invented).
func TestContextPub34(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		title, body string
		typ         accord.EngagementType
		want        string // the report's DateBasis
	}{
		{"Chile-Norway Joint Statement during the visit of Prime Minister",
			"The Prime Minister of Chile, Mr. Carlos Vega, visited Norway from May 18 to May 20 at the invitation of the Prime Minister of Norway, Mr. Erik Haugen. During his visit, Prime Minister Vega held bilateral discussions with Prime Minister Haugen.\n\nPrime Ministers Vega and Haugen welcomed the signature of the Agreement on Fisheries Cooperation.",
			accord.Talks, "published"},
		{"Chile-Norway Joint Statement during the visit of Prime Minister",
			"The Prime Minister of Chile, Mr. Carlos Vega, visited Norway from May 18 to May 20 at the invitation of the Prime Minister of Norway, Mr. Erik Haugen. During his visit, Prime Minister Vega held bilateral discussions with Prime Minister Haugen.\n\nPrime Ministers Vega and Haugen welcomed the signature of the Agreement on Fisheries Cooperation.",
			accord.Signing, "published"},
		{"PM meeting with Prime Minister Vega",
			"Prime Minister Erik Haugen welcomed Prime Minister Vega of Chile to Oslo this afternoon on his first official visit to Norway.",
			accord.Meeting, "text"},
	} {
		f := x.Extract(article(c.title, "2011-05-20", c.body))
		found := false
		for _, e := range f.Engagements {
			if e.Type != c.typ || len(e.Reports) == 0 {
				continue
			}
			found = true
			if got := e.Reports[0].DateBasis; got != c.want {
				t.Errorf("%q: %s dated %s by %q, want %q", c.title, e.Type, e.Date, got, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s in %+v", c.title, c.typ, f.Engagements)
		}
	}
}
