package http

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/sqlite"
)

// denseStore returns a real SQLite store of n articles, each reporting one
// engagement between the Republic of Korea and Viet Nam by the same two
// leaders, every other day from 2022-01-03, cycling through the types:
// enough to pile up on any timeline.
func denseStore(t testing.TB, n int) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dense.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	day0 := time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC)
	var facts []*accord.ArticleFacts
	for i := range n {
		date := day0.AddDate(0, 0, 2*i).Format(time.DateOnly)
		tp := accord.EngagementTypes[i%len(accord.EngagementTypes)]
		d := consolidatetest.NewDoc(fmt.Sprintf("d%04d.txt", i), fmt.Sprintf("Leaders hold %s number %d", typeLabel(string(tp)), i), date, "VNA",
			fmt.Sprintf("President Tô Lâm and President Lee Jae-myung held a %s on day %d.", typeLabel(string(tp)), i))
		to := d.Person("Tô Lâm", "VN", []string{"President"}, "To Lam")
		lee := d.Person("Lee Jae-myung", "KR", []string{"President"}, "President Lee")
		d.Country("VN", "Viet Nam")
		d.Country("KR", "Republic of Korea")
		d.Held(consolidatetest.E{Type: tp, Date: date, Participants: []string{to, lee}, Countries: []string{"KR", "VN"}, Level: accord.LevelHeadOfState, Sentence: 0})
		facts = append(facts, d.Facts)
	}
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Apply(ctx, db, facts, nil); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestRangeParams(t *testing.T) {
	tests := []struct {
		query    string
		from, to string
		bad      bool
	}{
		{"", "", "", false},
		{"from=2024", "2024-01-01", "", false},
		{"to=2024", "", "2024-12-31", false},
		{"to=2024-02", "", "2024-02-29", false},
		{"from=2024-03&to=2024-03", "2024-03-01", "2024-03-31", false},
		{"from=2025-01-10&to=2024-01-10", "2024-01-10", "2025-01-10", false}, // reversed: swapped
		{"from=+2024-01-01+", "2024-01-01", "", false},
		{"from=yesterday", "", "", true},
		{"to=2024-13-01", "", "", true},
		{"from=0999", "", "", true},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		r, err := rangeParams(q)
		if (err != nil) != tt.bad {
			t.Errorf("%q: error %v, want bad=%v", tt.query, err, tt.bad)
			continue
		}
		if !tt.bad && (r.From != tt.from || r.To != tt.to) {
			t.Errorf("%q: %+v, want %s..%s", tt.query, r, tt.from, tt.to)
		}
		if tt.bad && accord.ErrorCode(err) != accord.EINVALID {
			t.Errorf("%q: code %q", tt.query, accord.ErrorCode(err))
		}
	}
}

func TestBins(t *testing.T) {
	day := func(s string) time.Time { d, _ := parseDay(s); return d }
	tests := []struct {
		date, unit, start, next, label string
	}{
		{"2025-03-05", "week", "2025-03-03", "2025-03-10", "week of 3 Mar 2025"}, // a Wednesday: its Monday
		{"2025-03-03", "week", "2025-03-03", "2025-03-10", "week of 3 Mar 2025"},
		{"2025-03-09", "week", "2025-03-03", "2025-03-10", "week of 3 Mar 2025"}, // Sunday ends the week
		{"2025-01-01", "week", "2024-12-30", "2025-01-06", "week of 30 Dec 2024"},
		{"2025-03-31", "month", "2025-03-01", "2025-04-01", "March 2025"},
		{"2025-12-31", "quarter", "2025-10-01", "2026-01-01", "Q4 2025"},
		{"2025-05-15", "quarter", "2025-04-01", "2025-07-01", "Q2 2025"},
		{"2025-05-15", "year", "2025-01-01", "2026-01-01", "2025"},
	}
	for _, tt := range tests {
		s := binStart(day(tt.date), tt.unit)
		if got := s.Format(time.DateOnly); got != tt.start {
			t.Errorf("binStart(%s, %s) = %s, want %s", tt.date, tt.unit, got, tt.start)
		}
		if got := binNext(s, tt.unit).Format(time.DateOnly); got != tt.next {
			t.Errorf("binNext(%s, %s) = %s, want %s", tt.start, tt.unit, got, tt.next)
		}
		if got := binLabel(s, tt.unit); got != tt.label {
			t.Errorf("binLabel(%s, %s) = %q, want %q", tt.start, tt.unit, got, tt.label)
		}
	}
	units := []struct {
		from, to string
		width    float64
		want     string
	}{
		{"2025-01-01", "2025-04-01", 870, "week"},
		{"2025-01-01", "2026-01-01", 870, "week"}, // 53 weeks of 16 px
		{"2024-01-01", "2026-01-01", 870, "month"},
		{"2021-01-01", "2025-01-01", 870, "month"},
		{"2020-01-01", "2025-01-01", 870, "quarter"},
		{"2020-01-01", "2025-01-01", 590, "quarter"},
		{"1990-01-01", "2025-01-01", 590, "year"},
	}
	for _, u := range units {
		if got := binUnit(day(u.from), day(u.to), u.width); got != u.want {
			t.Errorf("binUnit(%s..%s, %v) = %s, want %s", u.from, u.to, u.width, got, u.want)
		}
	}
}

// TestTimelineDense: 450 engagements are counted in bins, every one once,
// with a row per type; a month of them is drawn as marks; the ticks run
// left to right inside the plot; the links zoom and pan.
func TestTimelineDense(t *testing.T) {
	defer func(n int) { pairWindowMax = n }(pairWindowMax)
	pairWindowMax = 1000 // every one of the dense pair's contacts
	const n = 450
	db := denseStore(t, n)
	s := NewServer(db, Options{Logger: discardLogger()})
	m, err := s.pairModel(context.Background(), "KR", "VN", dateRange{})
	if err != nil {
		t.Fatal(err)
	}
	d := m.byDyad[dyadKey("KR", "VN")]
	if d == nil || len(d.Engagements) != n {
		t.Fatalf("dense store: %d engagements, want %d", len(d.Engagements), n)
	}
	base := "/dyads/KR/VN"
	c := m.timeline(d.Engagements, tlOptions{Width: 1040, Base: base, SVG: base + "/timeline.svg"})
	if c.BinUnit != "month" || len(c.Marks) != 0 || len(c.Bins) != 1+len(accord.EngagementTypes) {
		t.Fatalf("dense: unit %q, %d marks, %d bin rows, want month, 0, %d", c.BinUnit, len(c.Marks), len(c.Bins), 1+len(accord.EngagementTypes))
	}
	for i, row := range c.Bins {
		sum := 0
		for _, cell := range row.Cells {
			sum += cell.Count
			if cell.X < c.Left || cell.X+cell.W > c.Right+0.01 {
				t.Errorf("row %s: cell %s outside the plot (%v..%v)", row.Label, cell.Title, cell.X, cell.X+cell.W)
			}
			if !strings.HasPrefix(cell.Href, base+"?from=") {
				t.Errorf("cell %s links to %s, want a zoom into it", cell.Title, cell.Href)
			}
		}
		want := n / len(accord.EngagementTypes)
		if i == 0 {
			want = n
		}
		if sum != want {
			t.Errorf("row %s counts %d engagements, want %d", row.Label, sum, want)
		}
	}
	for i, tk := range c.Ticks {
		if tk.X < c.Left || tk.X > c.Right || i > 0 && tk.X <= c.Ticks[i-1].X {
			t.Errorf("tick %d %q at %v: outside %v..%v or out of order", i, tk.Label, tk.X, c.Left, c.Right)
		}
	}
	if len(c.Ticks) < 3 {
		t.Errorf("%d ticks", len(c.Ticks))
	}
	if c.Nav.ZoomIn == "" || c.Nav.All != "" || c.Nav.Earlier != "" {
		t.Errorf("nav of the whole span: %+v", c.Nav)
	}
	if len(c.Legend) != len(accord.EngagementTypes) {
		t.Errorf("legend has %d types", len(c.Legend))
	}
	shapes := map[string]bool{}
	for _, l := range c.Legend {
		shape := l.Shape
		shapes[shape] = true
	}
	if len(shapes) != len(accord.EngagementTypes) {
		t.Errorf("%d distinct shapes for %d types", len(shapes), len(accord.EngagementTypes))
	}

	// One month: 15 or 16 engagements, drawn one by one.
	rng := dateRange{"2023-03-01", "2023-03-31"}
	c = m.timeline(d.Engagements, tlOptions{Width: 1040, Base: base, Range: rng})
	if c.BinUnit != "" || len(c.Marks) != len(inRange(d.Engagements, rng)) || len(c.Marks) < 15 {
		t.Fatalf("a month: unit %q, %d marks, want %d marks", c.BinUnit, len(c.Marks), len(inRange(d.Engagements, rng)))
	}
	for _, mk := range c.Marks {
		if mk.X < c.Left || mk.X > c.Right {
			t.Errorf("mark %s at %v outside the plot", mk.Title, mk.X)
		}
	}
	if c.Nav.All != base || c.Nav.Earlier == "" || c.Nav.Later == "" || c.Nav.ZoomOut == "" {
		t.Errorf("nav of a month: %+v", c.Nav)
	}
	if c.From != "2023-03-01" || c.To != "2023-03-31" {
		t.Errorf("a month shows %s..%s", c.From, c.To)
	}
	// Zooming out of a month twice reaches a wider range; panning keeps the span.
	q, _ := url.ParseQuery(strings.TrimPrefix(c.Nav.Earlier, base+"?"))
	r2, _ := rangeParams(q)
	if r2.From >= rng.From || r2.To >= rng.To {
		t.Errorf("earlier than %+v is %+v", rng, r2)
	}
}

// TestActorTimelineCapped: an actor's timeline reads the latest
// actorTimelineMax engagements; earlier dates stay reachable, and a range
// before the oldest read reads its own.
func TestActorTimelineCapped(t *testing.T) {
	defer func(n int) { actorTimelineMax = n }(actorTimelineMax)
	actorTimelineMax = 100
	db := denseStore(t, 450)
	s := NewServer(db, Options{Logger: discardLogger()})
	h := s.Handler()
	m, err := s.pairModel(context.Background(), "KR", "VN", dateRange{})
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for a := range m.byActor {
		if m.actors[a] != nil && m.actors[a].Type == accord.Person {
			id = a
		}
	}
	get := func(target string) string {
		t.Helper()
		w := do(t, h, "GET", target, nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d", target, w.Code)
		}
		return w.Body.String()
	}
	body := get("/actors/" + id)
	if !strings.Contains(body, "100 of the latest 100 dated engagements") || !strings.Contains(body, `class="tl-earlier"`) {
		t.Errorf("capped actor timeline: no 'of the latest 100' or no Earlier link")
	}
	if !strings.Contains(body, "The latest 200 of 450") {
		t.Errorf("the list does not say it shows the latest 200 of 450")
	}
	// March 2022 is before the latest 100 (from 2023-12): read on its own.
	body = get("/actors/" + id + "?from=2022-03&to=2022-03")
	if !strings.Contains(body, "15 of 15 dated") || strings.Count(body, `class="mark"`) != 15 {
		t.Errorf("March 2022: %d marks, want 15", strings.Count(body, `class="mark"`))
	}
	if !strings.Contains(body, `class="tl-earlier"`) || !strings.Contains(body, `class="tl-later"`) {
		t.Errorf("March 2022 of a capped actor: no Earlier or Later link")
	}
}
