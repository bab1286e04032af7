package http

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/accordhq/accord/view"
)

// TestBusyPairWindow: a relationship with more contacts than pairWindowMax
// is shown over its latest contacts, says so with the total, and a range
// reads its own contacts, not the latest.
func TestBusyPairWindow(t *testing.T) {
	n := pairWindowMax + 20
	db := denseStore(t, n) // one contact every two days from 2022-01-03
	h := NewServer(db, Options{Logger: discardLogger()}).Handler()
	get := func(target string) string {
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, httptest.NewRequest("GET", target, nil))
		if rr.Code != 200 {
			t.Fatalf("%s: %d %s", target, rr.Code, rr.Body.String())
		}
		return rr.Body.String()
	}
	var tl struct {
		Engagements []struct{ Date string } `json:"engagements"`
		Window      *view.PairWindow        `json:"window"`
	}
	for _, c := range []struct {
		query        string
		shown, total int
		over         bool
		firstDate    string
		windowed     bool
	}{
		{"", pairWindowMax, n, false, "2022-01-03", true},
		{"?from=2022-01-01&to=2022-01-31", 15, 15, false, "2022-01-03", false},
		{"?from=2022-01-01", pairWindowMax, pairWindowMax + 1, true, "", true},
	} {
		tl.Engagements, tl.Window = nil, nil
		if err := json.Unmarshal([]byte(get("/api/dyads/KR/VN/timeline"+c.query)), &tl); err != nil {
			t.Fatal(err)
		}
		if len(tl.Engagements) < c.shown || (tl.Window != nil) != c.windowed {
			t.Fatalf("%q: %d engagements, window %+v; want %d, windowed %v", c.query, len(tl.Engagements), tl.Window, c.shown, c.windowed)
		}
		if w := tl.Window; w != nil && (w.Total != c.total || w.Over != c.over || w.Shown != c.shown) {
			t.Errorf("%q: window %+v, want total %d (over %v), %d shown", c.query, w, c.total, c.over, c.shown)
		}
		if !c.windowed && tl.Engagements[0].Date != c.firstDate {
			t.Errorf("%q: first contact %s, want %s", c.query, tl.Engagements[0].Date, c.firstDate)
		}
	}
	// A range with no contact of a busy pair is an empty range, not a
	// missing relationship.
	tl.Engagements, tl.Window = nil, nil
	if err := json.Unmarshal([]byte(get("/api/dyads/KR/VN/timeline?from=2030-01-01")), &tl); err != nil || len(tl.Engagements) != 0 {
		t.Errorf("empty range: %v, %d engagements", err, len(tl.Engagements))
	}
	get("/dyads/KR/VN?from=2030-01")
	page := get("/dyads/KR/VN")
	if want := "shown: the latest " + itoa(pairWindowMax); !strings.Contains(page, itoa(n)+" bilateral engagements") || !strings.Contains(page, want) {
		t.Errorf("relationship page lacks the total %d or %q", n, want)
	}
	if p := get("/dyads/KR/VN/brief"); !strings.Contains(p, "this brief covers the latest "+itoa(pairWindowMax)) {
		t.Errorf("brief page of a busy pair does not say what it covers")
	}
	if md := get("/api/dyads/KR/VN/brief"); !strings.Contains(md, "this briefing covers the latest") {
		t.Errorf("brief of a busy pair does not say what it covers:\n%.400s", md)
	}
}
