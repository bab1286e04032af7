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
	SVG           string // the standalone SVG (svg.go)
	Standalone    bool
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
