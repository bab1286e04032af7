package http

// Charts are drawn as SVG on the server: there is no JavaScript library to
// vendor and keep up to date, they show without JavaScript, their marks are
// ordinary links that keyboards and screen readers reach, and a page costs one
// request. The code here only computes geometry; templates write the markup,
// so every label is escaped by html/template.

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// typeColors are the marks' colours per engagement type (Tableau 10,
// distinguishable for most colour vision; marks also carry a dark outline
// and the type in their tooltip, so colour is never the only cue).
var typeColors = map[accord.EngagementType]string{
	accord.PhoneCall:       "#4e79a7",
	accord.VideoCall:       "#76b7b2",
	accord.Talks:           "#e15759",
	accord.Meeting:         "#f28e2b",
	accord.Reception:       "#59a14f",
	accord.Visit:           "#edc948",
	accord.PressConference: "#b07aa1",
	accord.Summit:          "#ff9da7",
	accord.Signing:         "#9c755f",
	accord.Message:         "#bab0ac",
}

func typeColor(t accord.EngagementType) string {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return "#8c8c8c"
}

// levels are the timeline's rows, highest first, with the marks' radius.
var levels = []struct {
	id     string
	radius float64
}{
	{accord.LevelHeadOfState, 10},
	{accord.LevelHeadOfGovernment, 9},
	{accord.LevelPartyLeader, 9},
	{accord.LevelMinister, 7.5},
	{accord.LevelAmbassador, 6.5},
	{accord.LevelOfficial, 5.5},
	{"", 5.5},
}

type chartTick struct {
	X      float64
	Label  string
	Anchor string // text-anchor: start, middle, end
}

type chartRow struct {
	Y     float64
	Label string
}

type legendItem struct {
	Color, Label string
}

type timelineMark struct {
	X, Y, R float64
	Color   string
	Href    string
	Title   string // tooltip and accessible name
	ID      string
}

type timelineChart struct {
	Width, Height float64
	Left, Right   float64 // plot area, x
	Top, Bottom   float64 // plot area, y
	Rows          []chartRow
	Ticks         []chartTick
	Marks         []timelineMark
	Legend        []legendItem
	From, To      string
}

// parseDay reads YYYY-MM-DD or YYYY-MM (the 1st) or YYYY (1 January).
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			t, err := time.Parse(layout, s)
			return t, err == nil
		}
	}
	return time.Time{}, false
}

// timeline lays out engagements: x is the date, the row is the level of the
// highest participant, the colour the type, the size the level again.
func (m *model) timeline(es []*accord.Engagement, width float64) *timelineChart {
	c := &timelineChart{Width: width, Left: 150, Right: width - 20, Top: 16}
	var min, max time.Time
	dated := es[:0:0]
	for _, e := range es {
		t, ok := parseDay(e.Date)
		if !ok {
			continue
		}
		if len(dated) == 0 || t.Before(min) {
			min = t
		}
		if len(dated) == 0 || t.After(max) {
			max = t
		}
		dated = append(dated, e)
	}
	if len(dated) == 0 {
		return nil
	}
	// Pad the span so that marks do not sit on the edges.
	span := max.Sub(min)
	pad := span/20 + 15*24*time.Hour
	min, max = min.Add(-pad), max.Add(pad)
	x := func(t time.Time) float64 {
		return c.Left + (c.Right-c.Left)*float64(t.Sub(min))/float64(max.Sub(min))
	}

	// Rows: only the levels present, in order.
	present := map[string]bool{}
	for _, e := range dated {
		present[levelOf(e)] = true
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
	c.Bottom = y - rowH/2 + rowH/2
	c.Height = c.Bottom + 44

	// Ticks: months, quarters or years, by span.
	step := 1
	switch days := max.Sub(min).Hours() / 24; {
	case days > 365*12:
		step = 60
	case days > 365*6:
		step = 24
	case days > 365*3:
		step = 12
	case days > 400:
		step = 3
	case days > 200:
		step = 2
	}
	t := time.Date(min.Year(), min.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	if step >= 12 {
		t = time.Date(min.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	for ; !t.After(max); t = t.AddDate(0, step, 0) {
		lbl := t.Format("Jan 2006")
		if step >= 12 {
			lbl = t.Format("2006")
		}
		c.Ticks = append(c.Ticks, chartTick{X: x(t), Label: lbl})
	}

	seenType := map[accord.EngagementType]bool{}
	placed := map[string][]float64{} // row → x of marks placed, to stack neighbours
	for _, e := range dated {
		t, _ := parseDay(e.Date)
		l := levelOf(e)
		r := radiusOf(l)
		mx, my := x(t), rowY[l]
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
		seenType[e.Type] = true
		c.Marks = append(c.Marks, timelineMark{
			X: mx, Y: my, R: r, Color: typeColor(e.Type), ID: e.ID,
			Href:  engagementHref(e),
			Title: m.engagementTitle(e),
		})
	}
	for _, tp := range accord.EngagementTypes {
		if seenType[tp] {
			c.Legend = append(c.Legend, legendItem{Color: typeColor(tp), Label: typeLabel(string(tp))})
		}
	}
	c.From, c.To = dated[0].Date, dated[len(dated)-1].Date
	return c
}

func levelOf(e *accord.Engagement) string {
	for _, l := range levels {
		if l.id == e.Level {
			return l.id
		}
	}
	return ""
}

func radiusOf(level string) float64 {
	for _, l := range levels {
		if l.id == level {
			return l.radius
		}
	}
	return 5.5
}

// engagementHref links an engagement to the report it came from, at the
// sentence, or to its own page when no report is known.
func engagementHref(e *accord.Engagement) string {
	if len(e.Reports) > 0 {
		return "/articles/" + e.Reports[0].Article + "#" + factAnchor(e.ID)
	}
	return "/engagements/" + e.ID
}

func factAnchor(id string) string { return "fact-" + id }

// engagementTitle is an engagement in one line: "2026-01-30 · talks · Tô Lâm, Lee Jae Myung · Seoul".
func (m *model) engagementTitle(e *accord.Engagement) string {
	date := e.Date
	if date == "" {
		date = "date unknown"
	}
	parts := []string{date, typeLabel(string(e.Type))}
	if len(e.Participants) > 0 {
		names := make([]string, len(e.Participants))
		for i, p := range e.Participants {
			names[i] = m.actorName(p)
		}
		parts = append(parts, strings.Join(names, ", "))
	}
	if e.Place.Name != "" {
		parts = append(parts, e.Place.Name)
	}
	if e.Level != "" {
		parts = append(parts, levelLabel(e.Level))
	}
	return strings.Join(parts, " · ")
}

type chartPoint struct {
	X, Y  float64
	Title string
}

// targetChart is the value of a target over its restatements.
type targetChart struct {
	Width, Height float64
	Points        []chartPoint
	Path          string
	Top, Bottom   chartTick // value labels at the top and bottom of the axis
	Dates         []chartTick
}

func targetHistory(t *accord.Target) []accord.Restatement {
	if len(t.History) > 0 {
		return t.History
	}
	// Before consolidation writes histories, each mention is a restatement.
	h := make([]accord.Restatement, len(t.Mentions))
	for i, ev := range t.Mentions {
		h[i] = accord.Restatement{Evidence: ev, Holders: t.Holders, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator, Deadline: t.Deadline, Period: t.Period}
	}
	return h
}

func newTargetChart(t *accord.Target) *targetChart {
	h := targetHistory(t)
	if len(h) == 0 {
		return nil
	}
	c := &targetChart{Width: 320, Height: 110}
	const left, right, top, bottom = 96.0, 300.0, 14.0, 80.0
	lo, hi := h[0].Value, h[0].Value
	for _, r := range h {
		lo, hi = math.Min(lo, r.Value), math.Max(hi, r.Value)
	}
	if lo == hi {
		lo, hi = lo*0.8, hi*1.2
		if lo == hi {
			lo, hi = -1, 1
		}
	}
	if lo > 0 {
		lo = 0 // values of goals read best from zero
	}
	y := func(v float64) float64 { return bottom - (bottom-top)*(v-lo)/(hi-lo) }
	var path strings.Builder
	for i, r := range h {
		x := (left + right) / 2
		if len(h) > 1 {
			x = left + (right-left)*float64(i)/float64(len(h)-1)
		}
		p := chartPoint{X: x, Y: y(r.Value), Title: fmt.Sprintf("%s: %s", r.Published, formatTarget(r.Comparator, r.Value, r.Unit, r.Deadline, r.Period))}
		c.Points = append(c.Points, p)
		if i == 0 {
			fmt.Fprintf(&path, "M%.1f %.1f", p.X, p.Y)
		} else {
			fmt.Fprintf(&path, " L%.1f %.1f", p.X, p.Y)
		}
		switch {
		case len(h) == 1:
			c.Dates = append(c.Dates, chartTick{X: x, Label: r.Published, Anchor: "middle"})
		case i == 0:
			c.Dates = append(c.Dates, chartTick{X: x - 4, Label: r.Published, Anchor: "start"})
		case i == len(h)-1:
			c.Dates = append(c.Dates, chartTick{X: x + 4, Label: r.Published, Anchor: "end"})
		}
	}
	c.Path = path.String()
	c.Top = chartTick{X: top, Label: formatShort(hi, t.Unit)}
	c.Bottom = chartTick{X: bottom, Label: formatShort(lo, t.Unit)}
	return c
}

type heatCell struct {
	X, Y, W, H float64
	Count      int
	Fill, Ink  string
	Title      string
}

type heatRow struct {
	Y     float64
	Label string
	Cells []heatCell
}

// heatmap counts a dyad's engagements by area and year.
type heatmap struct {
	Width, Height float64
	Years         []chartTick
	Rows          []heatRow
}

func (m *model) heatmap(es []*accord.Engagement) *heatmap {
	counts := map[string]map[string]int{}
	totals := map[string]int{}
	var years []string
	for _, e := range es {
		if len(e.Date) < 4 {
			continue
		}
		yr := e.Date[:4]
		if !slices.Contains(years, yr) {
			years = append(years, yr)
		}
		for _, a := range m.engagementAreas(e) {
			if counts[a] == nil {
				counts[a] = map[string]int{}
			}
			counts[a][yr]++
			totals[a]++
		}
	}
	if len(totals) == 0 {
		return nil
	}
	slices.Sort(years)
	// Fill the gaps so that time reads evenly from left to right.
	first, last := years[0], years[len(years)-1]
	years = years[:0]
	for y, _ := parseDay(first); y.Format("2006") <= last; y = y.AddDate(1, 0, 0) {
		years = append(years, y.Format("2006"))
	}
	areas := make([]string, 0, len(totals))
	peak := 0
	for a, n := range totals {
		areas = append(areas, a)
		for _, c := range counts[a] {
			peak = max(peak, c)
		}
		_ = n
	}
	slices.SortFunc(areas, func(x, y string) int {
		if totals[x] != totals[y] {
			return totals[y] - totals[x]
		}
		return strings.Compare(x, y)
	})
	const left, top, cellW, cellH = 170.0, 28.0, 54.0, 26.0
	h := &heatmap{Width: left + cellW*float64(len(years)) + 10, Height: top + cellH*float64(len(areas)) + 8}
	for i, y := range years {
		h.Years = append(h.Years, chartTick{X: left + cellW*float64(i) + cellW/2, Label: y})
	}
	for j, a := range areas {
		row := heatRow{Y: top + cellH*float64(j) + cellH/2, Label: areaLabel(a)}
		for i, y := range years {
			n := counts[a][y]
			fill, ink := heatFill(n, peak)
			row.Cells = append(row.Cells, heatCell{
				X: left + cellW*float64(i) + 1, Y: top + cellH*float64(j) + 1, W: cellW - 2, H: cellH - 2,
				Count: n, Fill: fill, Ink: ink,
				Title: fmt.Sprintf("%s, %s: %d engagement%s", areaLabel(a), y, n, plural(n)),
			})
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}

// heatFill shades a cell from pale to deep blue, with ink that keeps AA
// contrast on it.
func heatFill(n, peak int) (fill, ink string) {
	if n == 0 {
		return "#f3f5f8", "#5b6472"
	}
	shades := []string{"#dbe7f3", "#b3cde6", "#7fa9d1", "#3b6ea5", "#244f80"}
	i := int(math.Ceil(float64(n)/float64(peak)*float64(len(shades)))) - 1
	i = max(0, min(len(shades)-1, i))
	if i >= 3 {
		return shades[i], "#ffffff"
	}
	return shades[i], "#1d2733"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
