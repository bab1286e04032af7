package http

import (
	"context"
	"fmt"
	"math"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestTargetChanges: the restated trade target of the relationship record
// shows each change old → new, and its statements sit on the time axis by
// date.
func TestTargetChanges(t *testing.T) {
	db := relStore(t)
	s := NewServer(db, Options{Logger: discardLogger()})
	m, err := s.pairModel(context.Background(), "KR", "VN", dateRange{})
	if err != nil {
		t.Fatal(err)
	}
	d := m.byDyad[dyadKey("KR", "VN")]
	var v *targetView
	for _, tg := range d.Targets {
		if tv := m.targetView(tg); len(tv.History) >= 3 && strings.Contains(tg.Metric, "trade") {
			v = &tv
		}
	}
	if v == nil {
		t.Fatal("no restated trade target in the relationship record")
	}
	var all []string
	for i, c := range v.Changes {
		if c.First != (i == 0) {
			t.Errorf("statement %d: First = %v", i, c.First)
		}
		for _, it := range c.Items {
			if it.Old == it.New {
				t.Errorf("statement %d: %s unchanged but listed: %q", i, it.Field, it.Old)
			}
			all = append(all, it.Field+": "+it.Old+" → "+it.New)
		}
	}
	for _, want := range []string{"value: 150 billion USD → 200 billion USD", "qualifier: none → in a more balanced manner"} {
		if !slices.Contains(all, want) {
			t.Errorf("no change %q in %q", want, all)
		}
	}
	// x is proportional to time: the gaps between points are in the ratio
	// of the gaps between their dates.
	c := v.Chart
	if len(c.Points) != len(v.History) {
		t.Fatalf("%d points for %d statements", len(c.Points), len(v.History))
	}
	day := func(i int) float64 { t, _ := parseDay(v.History[i].Published); return float64(t.Unix()) }
	for i := 2; i < len(c.Points); i++ {
		dx := (c.Points[i].X - c.Points[i-1].X) / (c.Points[1].X - c.Points[0].X)
		dt := (day(i) - day(i-1)) / (day(1) - day(0))
		if math.Abs(dx-dt) > 0.02 {
			t.Errorf("point %d: x gap ratio %.3f, date gap ratio %.3f", i, dx, dt)
		}
	}
	for _, p := range c.Points {
		if !strings.Contains(p.Title, "“") || !strings.HasPrefix(p.Href, "/articles/") {
			t.Errorf("point %q without its wording or link %q", p.Title, p.Href)
		}
	}
}

// TestFacetTop: a facet shows its ten most frequent values, and the
// selected ones wherever they rank; the rest are behind "more".
func TestFacetTop(t *testing.T) {
	s := NewServer(relStore(t), Options{Logger: discardLogger()})
	var counts []accord.FacetCount
	for i := range 25 {
		counts = append(counts, accord.FacetCount{Value: fmt.Sprintf("C%02d", i), Count: 100 - i})
	}
	for _, tt := range []struct {
		query     string
		top, more int
		lastOnTop string
	}{
		{"", 10, 15, "C09"},
		{"country=C20", 11, 14, "C20"},
		{"country=C03", 10, 15, "C09"},
	} {
		q, _ := url.ParseQuery(tt.query)
		r := httptest.NewRequest("GET", "/search?"+tt.query, nil)
		gs := s.facetGroups(r, q, map[string][]accord.FacetCount{accord.FacetCountry: counts})
		if len(gs) != 1 || len(gs[0].Values) != tt.top || len(gs[0].More) != tt.more {
			t.Errorf("%q: %d groups, %d on top, %d more; want %d, %d", tt.query, len(gs), len(gs[0].Values), len(gs[0].More), tt.top, tt.more)
			continue
		}
		if last := gs[0].Values[len(gs[0].Values)-1]; last.Label != tt.lastOnTop {
			t.Errorf("%q: last on top %q, want %q", tt.query, last.Label, tt.lastOnTop)
		}
	}
}

// TestChartContrast: the counts drawn on timeline and heat map cells keep
// AA contrast (4.5:1) on every shade.
func TestChartContrast(t *testing.T) {
	lum := func(hex string) float64 {
		var c [3]float64
		for i := range 3 {
			v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
			s := float64(v) / 255
			if s <= 0.03928 {
				c[i] = s / 12.92
			} else {
				c[i] = math.Pow((s+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
	}
	for n := 0; n <= 20; n++ {
		fill, ink := heatFill(n, 20)
		a, b := lum(fill), lum(ink)
		ratio := (math.Max(a, b) + 0.05) / (math.Min(a, b) + 0.05)
		if ratio < 4.5 {
			t.Errorf("count %d of 20: ink %s on %s is %.2f:1", n, ink, fill, ratio)
		}
	}
}
