package http

// Target charts (issue 11): a target's statements placed by date on a time
// axis, and every change from one statement to the next spelled out, old →
// new, with the sentence that made it.

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// chartPoint is one statement on a target chart: a link to its sentence.
type chartPoint struct {
	X, Y    float64
	Title   string // date, value and wording: tooltip and accessible name
	Href    string
	Changed bool // it changed something of the statement before
}

// targetChart is the value of a target over its statements, by date.
type targetChart struct {
	Width, Height float64
	Left, Right   float64
	Top, Bottom   float64
	Points        []chartPoint
	Path          string
	High, Low     chartTick // value labels at the top and bottom of the axis
	Dates         []chartTick
	SVG           string // the standalone SVG
	Standalone    bool
	Label         string
}

// changeItem is one field that changed: "deadline 2030 → 2035".
type changeItem struct {
	Field, Old, New string
}

// targetChange is a statement with what it changed from the one before.
type targetChange struct {
	Date    string
	Value   string
	Items   []changeItem
	Quote   string
	Href    string
	First   bool
	Changed bool
}

func targetHistory(t *accord.Target) []accord.Restatement {
	if len(t.History) > 0 {
		return t.History
	}
	// Before consolidation writes histories, each mention is a restatement.
	h := make([]accord.Restatement, len(t.Mentions))
	for i, ev := range t.Mentions {
		h[i] = accord.Restatement{Evidence: ev, Holders: t.Holders, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator, Deadline: t.Deadline, Period: t.Period, Qualifier: t.Qualifier}
	}
	return h
}

// statementHref is the sentence of a statement in its article.
func statementHref(t *accord.Target, r accord.Restatement) string {
	return "/articles/" + r.Article + "#" + factAnchor(t.ID)
}

// targetChanges compares each statement with the one before, field by
// field: value (with comparator and unit), deadline, period, qualifier,
// holders.
func (m *model) targetChanges(t *accord.Target, h []accord.Restatement) []targetChange {
	or := func(s string) string {
		if s == "" {
			return "none"
		}
		return s
	}
	holders := func(r accord.Restatement) string {
		names := make([]string, len(r.Holders))
		for i, c := range r.Holders {
			names[i] = m.countryName(c)
		}
		slices.Sort(names)
		return strings.Join(names, ", ")
	}
	value := func(r accord.Restatement) string { return formatTarget(r.Comparator, r.Value, r.Unit, "", "") }
	out := make([]targetChange, len(h))
	for i, r := range h {
		c := targetChange{Date: r.Published, Value: formatTarget(r.Comparator, r.Value, r.Unit, r.Deadline, r.Period), Quote: r.Quote, Href: statementHref(t, r), First: i == 0}
		if i > 0 {
			p := h[i-1]
			add := func(field, old, new string) {
				if old != new {
					c.Items = append(c.Items, changeItem{field, or(old), or(new)})
				}
			}
			add("value", value(p), value(r))
			add("deadline", p.Deadline, r.Deadline)
			add("period", p.Period, r.Period)
			add("qualifier", p.Qualifier, r.Qualifier)
			add("holders", holders(p), holders(r))
			c.Changed = len(c.Items) > 0
		}
		out[i] = c
	}
	return out
}

// newTargetChart places a target's statements by date (x) and value (y).
func newTargetChart(t *accord.Target, changes []targetChange) *targetChart {
	var h []accord.Restatement
	for _, r := range targetHistory(t) {
		if r.Unit == "" || strings.EqualFold(r.Unit, t.Unit) {
			h = append(h, r) // one axis, one unit: a doubling's sum is listed, not plotted
		}
	}
	if len(h) == 0 {
		return nil
	}
	c := &targetChart{Width: 360, Height: 124, Left: 92, Right: 344, Top: 14, Bottom: 84, SVG: "/targets/" + t.ID + "/chart.svg",
		Label: fmt.Sprintf("%s: %d statements by date", t.Metric, len(h))}
	lo, hi := h[0].Value, h[0].Value
	var d0, d1 time.Time
	for _, r := range h {
		lo, hi = math.Min(lo, r.Value), math.Max(hi, r.Value)
		if d, ok := parseDay(r.Published); ok {
			if d0.IsZero() || d.Before(d0) {
				d0 = d
			}
			if d1.IsZero() || d.After(d1) {
				d1 = d
			}
		}
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
	if d0.IsZero() {
		d0 = time.Now().UTC()
		d1 = d0
	}
	// Pad the dates so that the first and last statements sit inside.
	pad := d1.Sub(d0)/12 + 20*24*time.Hour
	t0, t1 := d0.Add(-pad), d1.Add(pad)
	x := func(d time.Time) float64 {
		return c.Left + (c.Right-c.Left)*float64(d.Sub(t0))/float64(t1.Sub(t0))
	}
	y := func(v float64) float64 { return c.Bottom - (c.Bottom-c.Top)*(v-lo)/(hi-lo) }
	var path strings.Builder
	for i, r := range h {
		d, ok := parseDay(r.Published)
		if !ok {
			continue // an undated statement has no place on a time axis; the list has it
		}
		title := fmt.Sprintf("%s: %s", r.Published, formatTarget(r.Comparator, r.Value, r.Unit, r.Deadline, r.Period))
		if r.Qualifier != "" {
			title += " (" + r.Qualifier + ")"
		}
		if i < len(changes) && changes[i].Changed {
			var items []string
			for _, it := range changes[i].Items {
				items = append(items, it.Field+" "+it.Old+" → "+it.New)
			}
			title += "; changed: " + strings.Join(items, "; ")
		}
		if r.Quote != "" {
			title += " — “" + r.Quote + "”"
		}
		p := chartPoint{X: x(d), Y: y(r.Value), Title: title, Href: statementHref(t, r), Changed: i < len(changes) && changes[i].Changed}
		if path.Len() == 0 {
			fmt.Fprintf(&path, "M%.1f %.1f", p.X, p.Y)
		} else {
			fmt.Fprintf(&path, " L%.1f %.1f", p.X, p.Y)
		}
		c.Points = append(c.Points, p)
	}
	c.Path = path.String()
	c.High = chartTick{X: c.Top, Label: formatShort(hi, t.Unit)}
	c.Low = chartTick{X: c.Bottom, Label: formatShort(lo, t.Unit)}
	c.Dates = timeTicks(t0, t1, x, (c.Right-c.Left)*1.4)
	return c
}
