package http

// The timeline of a relationship or an actor (issue 11): a real time axis
// over a date range kept in the URL (?from=&to=), links that zoom and pan
// it (and a drag brush in app.js that sets the same parameters), marks
// told apart by shape as well as colour, and, when the events would pile
// up, counts per week, month, quarter or year instead of marks.

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// dateRange is a range of days from the URL, inclusive; "" is open.
type dateRange struct {
	From, To string // YYYY-MM-DD
}

// rangeParams reads ?from= and ?to= (YYYY, YYYY-MM or YYYY-MM-DD): from
// is the first day of what it names, to the last. Reversed bounds are
// swapped: a range typed backwards still means the days between.
func rangeParams(q url.Values) (dateRange, error) {
	var r dateRange
	for _, p := range []struct {
		name string
		dst  *string
		end  bool
	}{{"from", &r.From, false}, {"to", &r.To, true}} {
		v := strings.TrimSpace(q.Get(p.name))
		if v == "" {
			continue
		}
		t, ok := parseDay(v)
		if !ok || t.Year() < 1000 {
			return r, accord.ErrorAt(accord.EINVALID, p.name, "want a date (YYYY, YYYY-MM or YYYY-MM-DD), got %q", v)
		}
		if p.end {
			switch len(v) {
			case 4:
				t = t.AddDate(1, 0, -1)
			case 7:
				t = t.AddDate(0, 1, -1)
			}
		}
		*p.dst = t.Format(time.DateOnly)
	}
	if r.From != "" && r.To != "" && r.To < r.From {
		r.From, r.To = r.To, r.From
	}
	return r, nil
}

// set reports whether the range bounds anything.
func (r dateRange) set() bool { return r.From != "" || r.To != "" }

// has reports whether a date (YYYY-MM-DD or a prefix) falls in the range.
// An undated engagement falls in an open range only.
func (r dateRange) has(date string) bool {
	if !r.set() {
		return true
	}
	t, ok := parseDay(date)
	if !ok {
		return false
	}
	d := t.Format(time.DateOnly)
	return (r.From == "" || d >= r.From) && (r.To == "" || d <= r.To)
}

// query is the range as URL parameters, "" when open.
func (r dateRange) query() string {
	q := url.Values{}
	if r.From != "" {
		q.Set("from", r.From)
	}
	if r.To != "" {
		q.Set("to", r.To)
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

// inRange returns the engagements of es dated within r.
func inRange(es []*accord.Engagement, r dateRange) []*accord.Engagement {
	if !r.set() {
		return es
	}
	out := es[:0:0]
	for _, e := range es {
		if r.has(e.Date) {
			out = append(out, e)
		}
	}
	return out
}

// typeShapes tell engagement types apart without colour.
var typeShapes = map[accord.EngagementType]string{
	accord.PhoneCall:       "circle",
	accord.VideoCall:       "hexagon",
	accord.Talks:           "square",
	accord.Meeting:         "diamond",
	accord.Reception:       "down",
	accord.Visit:           "up",
	accord.PressConference: "plus",
	accord.Summit:          "star",
	accord.Signing:         "cross",
	accord.Message:         "bar",
}

// shapePath is the SVG path of a type's shape centred on (x, y), of
// about radius r.
func shapePath(t accord.EngagementType, x, y, r float64) string {
	var b strings.Builder
	poly := func(pts ...[2]float64) string {
		for i, p := range pts {
			c := "L"
			if i == 0 {
				c = "M"
			}
			fmt.Fprintf(&b, "%s%.1f %.1f", c, x+p[0], y+p[1])
		}
		b.WriteString("Z")
		return b.String()
	}
	regular := func(n int, r, rot float64) string {
		pts := make([][2]float64, n)
		for i := range pts {
			a := rot + 2*math.Pi*float64(i)/float64(n)
			pts[i] = [2]float64{r * math.Cos(a), r * math.Sin(a)}
		}
		return poly(pts...)
	}
	switch typeShapes[t] {
	case "square":
		s := r * 0.85
		return poly([2]float64{-s, -s}, [2]float64{s, -s}, [2]float64{s, s}, [2]float64{-s, s})
	case "diamond":
		return regular(4, r*1.15, -math.Pi/2)
	case "up":
		return regular(3, r*1.2, -math.Pi/2)
	case "down":
		return regular(3, r*1.2, math.Pi/2)
	case "hexagon":
		return regular(6, r, 0)
	case "bar":
		return poly([2]float64{-r, -r * 0.6}, [2]float64{r, -r * 0.6}, [2]float64{r, r * 0.6}, [2]float64{-r, r * 0.6})
	case "plus", "cross":
		w := r * 0.38
		pts := [][2]float64{{-w, -r}, {w, -r}, {w, -w}, {r, -w}, {r, w}, {w, w}, {w, r}, {-w, r}, {-w, w}, {-r, w}, {-r, -w}, {-w, -w}}
		if typeShapes[t] == "cross" {
			for i, p := range pts {
				c, s := math.Cos(math.Pi/4), math.Sin(math.Pi/4)
				pts[i] = [2]float64{p[0]*c - p[1]*s, p[0]*s + p[1]*c}
			}
		}
		return poly(pts...)
	case "star":
		pts := make([][2]float64, 10)
		for i := range pts {
			rr := r * 1.25
			if i%2 == 1 {
				rr = r * 0.55
			}
			a := -math.Pi/2 + math.Pi*float64(i)/5
			pts[i] = [2]float64{rr * math.Cos(a), rr * math.Sin(a)}
		}
		return poly(pts...)
	}
	fmt.Fprintf(&b, "M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0Z", x-r, y, r, r, 2*r, r, r, -2*r)
	return b.String()
}

// timelineMark is one engagement on a sparse timeline.
type timelineMark struct {
	X, Y, R float64
	Color   string
	Shape   string // SVG path
	Href    string
	Title   string // tooltip and accessible name
	ID      string
}

// binCell is the count of one type's engagements in one bin.
type binCell struct {
	X, Y, W, H float64
	Count      int
	Fill, Ink  string
	Title      string
	Href       string // the bin's range: a zoom into it
	Label      bool   // the count fits in the cell
}

type binRow struct {
	Y     float64
	Label string
	Cells []binCell
}

type legendItem struct {
	Color, Label, Shape string
}

// tlNav are the zoom and pan links of a timeline; "" where they lead
// nowhere new.
type tlNav struct {
	ZoomIn, ZoomOut, Earlier, Later, All string
}

type timelineChart struct {
	Width, Height float64
	Left, Right   float64 // plot area, x
	Top, Bottom   float64 // plot area, y
	Rows          []chartRow
	Ticks         []chartTick
	Marks         []timelineMark // sparse: one per engagement
	Bins          []binRow       // dense: counts per bin and type
	BinUnit       string         // week, month, quarter, year
	Legend        []legendItem
	From, To      string // the days shown
	Count, Total  int    // engagements shown; dated engagements in all
	T0, T1        int64  // the domain in ms since 1970, for the brush
	Nav           tlNav
	Range         dateRange
	Base          string // the page the links keep
	SVG           string // the standalone SVG of this chart
	Standalone    bool
	Capped        bool // the engagements drawn are the latest of more
}

// tlOptions say where a timeline is drawn.
type tlOptions struct {
	Width float64
	Base  string // the page's path: links add ?from=&to= to it
	SVG   string // the path of the standalone SVG
	Range dateRange
	// Capped says the engagements are the latest of more.
	Capped bool
	// Extent, when set, is the span of all the engagements (YYYY-MM-DD,
	// "" open), for the zoom and pan links, when not all were given.
	Extent *dateRange
}

// denseSpacing is the least room, in px, a sparse timeline gives each
// mark on average; beyond, engagements are counted in bins.
const denseSpacing = 14.0

// minBinWidth is the narrowest bin, in px.
const minBinWidth = 16.0

// timeline lays out engagements on a time axis. Sparse: one mark per
// engagement, x its date, the row the level of its highest participant,
// the shape its type. Dense: a row per type and the number of its
// engagements per bin.
func (m *model) timeline(es []*accord.Engagement, o tlOptions) *timelineChart {
	c := &timelineChart{Width: o.Width, Left: 150, Right: o.Width - 20, Top: 16, Range: o.Range, Base: o.Base}
	c.SVG = o.SVG + o.Range.query()
	var all []datedEngagement
	var dmin, dmax time.Time
	for _, e := range es {
		t, ok := parseDay(e.Date)
		if !ok {
			continue
		}
		if len(all) == 0 || t.Before(dmin) {
			dmin = t
		}
		if len(all) == 0 || t.After(dmax) {
			dmax = t
		}
		all = append(all, datedEngagement{e, t})
	}
	if len(all) == 0 {
		return nil
	}
	c.Total = len(all)
	// The domain: the range asked for, or the engagements' span, padded so
	// that marks do not sit on the edges.
	span := dmax.Sub(dmin)
	pad := span/20 + 15*24*time.Hour
	t0, t1 := dmin.Add(-pad), dmax.Add(pad)
	if o.Range.From != "" {
		t0, _ = parseDay(o.Range.From)
	}
	if o.Range.To != "" {
		t1, _ = parseDay(o.Range.To)
		t1 = t1.AddDate(0, 0, 1)
	}
	if !t1.After(t0) {
		t1 = t0.AddDate(0, 0, 1)
	}
	var shown []datedEngagement
	for _, d := range all {
		if !d.t.Before(t0) && d.t.Before(t1) {
			shown = append(shown, d)
		}
	}
	c.Count = len(shown)
	c.From, c.To = t0.Format(time.DateOnly), t1.AddDate(0, 0, -1).Format(time.DateOnly)
	c.T0, c.T1 = t0.UnixMilli(), t1.UnixMilli()
	x := func(t time.Time) float64 {
		return c.Left + (c.Right-c.Left)*float64(t.Sub(t0))/float64(t1.Sub(t0))
	}
	c.Capped = o.Capped
	if o.Extent != nil {
		dmin = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) // open: "Earlier" stays
		if t, ok := parseDay(o.Extent.From); ok {
			dmin = t
		}
		if t, ok := parseDay(o.Extent.To); ok {
			dmax = t
		}
	}
	c.Nav = timelineNav(o, t0, t1, dmin, dmax)

	seenType := map[accord.EngagementType]bool{}
	for _, d := range shown {
		seenType[d.e.Type] = true
	}
	plotW := c.Right - c.Left
	if float64(len(shown)) > plotW/denseSpacing {
		c.bin(shown, t0, t1, x, seenType)
	} else {
		c.sparse(m, shown, x)
	}
	c.Ticks = timeTicks(t0, t1, x, plotW)
	for _, tp := range accord.EngagementTypes {
		if seenType[tp] {
			c.Legend = append(c.Legend, legendItem{Color: typeColor(tp), Label: typeLabel(string(tp)), Shape: shapePath(tp, 6, 6, 4.6)})
		}
	}
	return c
}

type datedEngagement struct {
	e *accord.Engagement
	t time.Time
}

// sparse places one mark per engagement: rows by level, shape by type.
func (c *timelineChart) sparse(m *model, ds []datedEngagement, x func(time.Time) float64) {
	present := map[string]bool{}
	for _, d := range ds {
		present[levelOf(d.e)] = true
	}
	const rowH = 44
	rowY := map[string]float64{}
	y := c.Top + rowH/2
	for _, l := range levels {
		if !present[l.id] {
			continue
		}
		name := levelLabel(l.id)
		if l.id == "" {
			name = "level unknown"
		}
		rowY[l.id] = y
		c.Rows = append(c.Rows, chartRow{Y: y, Label: name})
		y += rowH
	}
	if len(c.Rows) == 0 { // nothing in the range: one empty row keeps the axis
		c.Rows = append(c.Rows, chartRow{Y: y, Label: ""})
		y += rowH
	}
	c.Bottom = y
	c.Height = c.Bottom + 44
	placed := map[string][]float64{} // row → x of marks placed, to stack neighbours
	for _, d := range ds {
		l := levelOf(d.e)
		r := radiusOf(l)
		mx, my := x(d.t), rowY[l]
		n := 0
		for _, px := range placed[l] {
			if math.Abs(px-mx) < r {
				n++
			}
		}
		placed[l] = append(placed[l], mx)
		// Stack close marks alternately below and above the row's centre.
		off := float64((n+1)/2) * 0.9 * r
		if n%2 == 1 {
			off = -off
		}
		my += math.Max(-rowH/2+r, math.Min(rowH/2-r, off))
		c.Marks = append(c.Marks, timelineMark{
			X: mx, Y: my, R: r, Color: typeColor(d.e.Type), ID: d.e.ID,
			Shape: shapePath(d.e.Type, mx, my, r),
			Href:  engagementHref(d.e),
			Title: m.engagementTitle(d.e),
		})
	}
}

// binUnits are the bins tried, finest first.
var binUnits = []string{"week", "month", "quarter", "year"}

// binStart returns the start of the bin of unit holding t.
func binStart(t time.Time, unit string) time.Time {
	switch unit {
	case "week": // weeks start on Monday
		d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	case "month":
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case "quarter":
		return time.Date(t.Year(), t.Month()-(t.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
}

func binNext(t time.Time, unit string) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	case "quarter":
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(1, 0, 0)
}

// binLabel names a bin: "week of 3 Mar 2025", "March 2025", "Q1 2025", "2025".
func binLabel(t time.Time, unit string) string {
	switch unit {
	case "week":
		return "week of " + t.Format("2 Jan 2006")
	case "month":
		return t.Format("January 2006")
	case "quarter":
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	}
	return t.Format("2006")
}

// binUnit picks the finest unit whose bins over [t0, t1) are at least
// minBinWidth wide.
func binUnit(t0, t1 time.Time, plotW float64) string {
	for _, u := range binUnits {
		n := 0
		for b := binStart(t0, u); b.Before(t1); b = binNext(b, u) {
			n++
		}
		if plotW/float64(max(n, 1)) >= minBinWidth {
			return u
		}
	}
	return "year"
}

// bin counts engagements per bin: a row for all types, then one per type.
func (c *timelineChart) bin(ds []datedEngagement, t0, t1 time.Time, x func(time.Time) float64, types map[accord.EngagementType]bool) {
	unit := binUnit(t0, t1, c.Right-c.Left)
	c.BinUnit = unit
	type key struct {
		bin time.Time
		tp  accord.EngagementType
	}
	counts := map[key]int{}
	totals := map[time.Time]int{}
	peak, peakAll := 0, 0
	for _, d := range ds {
		b := binStart(d.t, unit)
		k := key{b, d.e.Type}
		counts[k]++
		totals[b]++
		peak, peakAll = max(peak, counts[k]), max(peakAll, totals[b])
	}
	const rowH = 26.0
	y := c.Top + rowH/2
	var order []accord.EngagementType
	for _, tp := range accord.EngagementTypes {
		if types[tp] {
			order = append(order, tp)
		}
	}
	row := func(label string, count func(time.Time) int, peak int, what string) {
		r := binRow{Y: y, Label: label}
		for b := binStart(t0, unit); b.Before(t1); b = binNext(b, unit) {
			n := count(b)
			if n == 0 {
				continue
			}
			end := binNext(b, unit)
			x0, x1 := math.Max(x(b), c.Left), math.Min(x(end), c.Right)
			fill, ink := heatFill(n, peak)
			cell := binCell{X: x0 + 0.5, Y: y - rowH/2 + 2, W: math.Max(x1-x0-1, 1), H: rowH - 4, Count: n, Fill: fill, Ink: ink,
				Title: fmt.Sprintf("%s: %d %s", binLabel(b, unit), n, what),
				Href:  c.Base + dateRange{b.Format(time.DateOnly), end.AddDate(0, 0, -1).Format(time.DateOnly)}.query()}
			cell.Label = cell.W >= 6*float64(len(fmt.Sprint(n)))+3
			r.Cells = append(r.Cells, cell)
		}
		c.Bins = append(c.Bins, r)
		c.Rows = append(c.Rows, chartRow{Y: y, Label: label})
		y += rowH
	}
	row("all types", func(b time.Time) int { return totals[b] }, peakAll, "engagements")
	for _, tp := range order {
		row(typeLabel(string(tp)), func(b time.Time) int { return counts[key{b, tp}] }, peak, typeLabel(string(tp)))
	}
	c.Bottom = y - rowH/2 + 4
	c.Height = c.Bottom + 44
}

// timeTicks are the axis's ticks: days, weeks, months or years, as many
// as fit one label per 80 px.
func timeTicks(t0, t1 time.Time, x func(time.Time) float64, plotW float64) []chartTick {
	maxTicks := max(2, int(plotW/80))
	type step struct {
		days, months, years int
		layout              string
	}
	steps := []step{
		{1, 0, 0, "2 Jan"}, {7, 0, 0, "2 Jan"},
		{0, 1, 0, "Jan 2006"}, {0, 2, 0, "Jan 2006"}, {0, 3, 0, "Jan 2006"}, {0, 6, 0, "Jan 2006"},
		{0, 0, 1, "2006"}, {0, 0, 2, "2006"}, {0, 0, 5, "2006"}, {0, 0, 10, "2006"}, {0, 0, 25, "2006"},
	}
	for _, s := range steps {
		var first time.Time
		switch {
		case s.years > 0:
			y := t0.Year()
			if !time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Equal(t0) {
				y++
			}
			y += (s.years - y%s.years) % s.years
			first = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		case s.months > 0:
			first = time.Date(t0.Year(), t0.Month(), 1, 0, 0, 0, 0, time.UTC)
			if first.Before(t0) {
				first = first.AddDate(0, 1, 0)
			}
			for (int(first.Month())-1)%s.months != 0 {
				first = first.AddDate(0, 1, 0)
			}
		case s.days == 7:
			first = binStart(t0, "week")
			if first.Before(t0) {
				first = first.AddDate(0, 0, 7)
			}
		default:
			first = time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC)
			if first.Before(t0) {
				first = first.AddDate(0, 0, 1)
			}
		}
		var ts []time.Time
		for t := first; t.Before(t1) && len(ts) <= maxTicks; t = t.AddDate(s.years, s.months, s.days) {
			ts = append(ts, t)
		}
		if len(ts) > maxTicks {
			continue
		}
		out := make([]chartTick, len(ts))
		for i, t := range ts {
			out[i] = chartTick{X: x(t), Label: t.Format(s.layout), Anchor: "middle"}
		}
		return out
	}
	return nil
}

// timelineNav are the links that zoom and pan a domain [t0, t1), within
// the engagements' span [dmin, dmax].
func timelineNav(o tlOptions, t0, t1, dmin, dmax time.Time) tlNav {
	var n tlNav
	link := func(a, b time.Time) string {
		if !a.After(dmin) && !b.Before(dmax) && !o.Range.set() {
			return ""
		}
		if !a.After(dmin.AddDate(0, 0, -1)) && b.After(dmax) {
			return o.Base // the whole span
		}
		return o.Base + dateRange{a.Format(time.DateOnly), b.AddDate(0, 0, -1).Format(time.DateOnly)}.query()
	}
	span := t1.Sub(t0)
	mid := t0.Add(span / 2)
	day := 24 * time.Hour
	if span > 14*day {
		n.ZoomIn = o.Base + dateRange{mid.Add(-span / 4).Format(time.DateOnly), mid.Add(span / 4).Format(time.DateOnly)}.query()
	}
	if t0.After(dmin) || t1.Before(dmax) {
		n.ZoomOut = link(mid.Add(-span), mid.Add(span))
		if n.ZoomOut == "" {
			n.ZoomOut = o.Base
		}
	}
	if t0.After(dmin) {
		n.Earlier = o.Base + dateRange{t0.Add(-span / 2).Format(time.DateOnly), t1.Add(-span/2 - day).Format(time.DateOnly)}.query()
	}
	if t1.Before(dmax.Add(day)) {
		n.Later = o.Base + dateRange{t0.Add(span / 2).Format(time.DateOnly), t1.Add(span/2 - day).Format(time.DateOnly)}.query()
	}
	if o.Range.set() {
		n.All = o.Base
	}
	return n
}

// actorTimelineMax bounds the engagements an actor's timeline reads, the
// latest first: the busiest leaders have thousands (issue 10). A range
// before the oldest of them reads its own latest. At 425,000 generated
// articles, reading 5,000 took 0.2-0.4 s warm and 2-5 s cold; 1,000 take
// 30-80 ms, a few years of the busiest leader.
var actorTimelineMax = 1000 // a variable for tests

// actorTimelineModel holds the latest actorTimelineMax engagements of an
// actor in a range, for the timeline: marks link to their sentence by
// article id, so no article is read.
func (s *Server) actorTimelineModel(ctx context.Context, a *accord.Actor, rng dateRange) (*model, error) {
	return s.cached(ctx, "actor timeline\x00"+a.ID+"\x00"+rng.From+"\x00"+rng.To, func(st accord.Stats, cs map[string]string) (*model, error) {
		rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyActor + a.ID}, IDs: []string{a.ID}, Kind: accord.KindEngagement,
			From: rng.From, To: rng.To, Limit: actorTimelineMax, Actors: true})
		if err != nil {
			return nil, err
		}
		return newModel(st, rec, nil, cs), nil
	})
}

// actorTimeline draws an actor's timeline over a range, and counts the
// engagements of the range.
func (s *Server) actorTimeline(ctx context.Context, a *accord.Actor, rng dateRange) (*timelineChart, int, error) {
	base := "/actors/" + url.PathEscape(a.ID)
	o := tlOptions{Width: 760, Base: base, SVG: base + "/timeline.svg", Range: rng}
	tm, err := s.actorTimelineModel(ctx, a, dateRange{})
	if err != nil {
		return nil, 0, err
	}
	es := tm.byActor[a.ID]
	capped := func(m *model) bool { return len(m.rec.Engagements)+len(m.rec.Pending) >= actorTimelineMax }
	if capped(tm) {
		// Earlier engagements exist: the links keep going back.
		o.Capped = true
		oldest, newest := "", ""
		for _, e := range es {
			if e.Date != "" && (oldest == "" || e.Date < oldest) {
				oldest = e.Date
			}
			newest = max(newest, e.Date)
		}
		o.Extent = &dateRange{To: newest}
		if rng.set() && (rng.From == "" || rng.From < oldest) {
			if tm, err = s.actorTimelineModel(ctx, a, rng); err != nil {
				return nil, 0, err
			}
			es, o.Capped = tm.byActor[a.ID], capped(tm)
		}
	}
	return tm.timeline(es, o), len(inRange(es, rng)), nil
}

// actorListModel holds the latest actorPageMax engagements of an actor in
// a date range, with their reports' titles, for the actor page's list.
// Without a range it also returns the number of the actor's engagements,
// and -1 with one.
func (s *Server) actorListModel(ctx context.Context, a *accord.Actor, rng dateRange) (*model, int, error) {
	if !rng.set() {
		return s.actorModel(ctx, a, false)
	}
	m, err := s.cached(ctx, "actor range\x00"+a.ID+"\x00"+rng.From+"\x00"+rng.To, func(st accord.Stats, cs map[string]string) (*model, error) {
		rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyActor + a.ID}, IDs: []string{a.ID}, Kind: accord.KindEngagement,
			From: rng.From, To: rng.To, Limit: actorPageMax, Actors: true})
		if err != nil {
			return nil, err
		}
		return s.listModel(ctx, st, cs, rec)
	})
	return m, -1, err
}
