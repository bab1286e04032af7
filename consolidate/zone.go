package consolidate

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
)

//go:embed data/zones.txt
var zonesFile string

//go:embed data/relative_days.txt
var relativeDaysFile string

// relativeDays are the folded words that date a contact by its release's
// day, each between spaces.
var relativeDays = func() []string {
	var out []string
	for _, line := range strings.Split(relativeDaysFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, " "+accord.Fold(line)+" ")
		}
	}
	return out
}()

// relativeDay reports whether a report's sentence dates its contact by the
// day of its release ("this morning").
func relativeDay(quote string) bool {
	f := " " + accord.Fold(quote) + " "
	return slices.ContainsFunc(relativeDays, func(w string) bool { return strings.Contains(f, w) })
}

// zoneOffset is each country's standard UTC offset, in hours, at its seat
// of government.
var zoneOffset = func() map[string]float64 {
	m := map[string]float64{}
	for _, line := range strings.Split(zonesFile, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		if h, err := strconv.ParseFloat(f[1], 64); err == nil {
			m[f[0]] = h
		}
	}
	return m
}()

// zoneDay finds the report of the same contact the other side dates a day
// apart by its own clock: a Washington evening call is the next morning in
// Canberra, and a Gulf capital's release of a meeting "this afternoon" in
// Washington may go out after midnight there. The two must be of one kind (not visits or
// summits, which span days), between two countries, of the same
// principals, and from other articles; every report of the later must come
// from one side's publisher and date it by the release's day, and the
// earlier must have a report from the other side's, whose capital is west
// of the first (zoneApart). Two contacts on
// consecutive days that one side reports, or that a third country's agency
// dates, stay two. The rule looks at the reports' publishers, not at the
// order they came in: a side's readout joins the other side's whichever
// comes first, and the contact keeps the earlier day (addHeldEngagement).
func (st *state) zoneDay(e *accord.Engagement) *accord.Engagement {
	if len(e.Date) != 10 || e.Type == accord.Visit || e.Type == accord.Summit || !homed(e) {
		return nil
	}
	var best *accord.Engagement
	se := st.sided(e) // once: nothing changes while the candidates are compared
	near := nextDays(e.Date)
	near.skip = otherClass(e.Type)
	for c := range st.candidatesFor(se, near) {
		if len(c.Date) != 10 || typeClass(c.Type) != typeClass(e.Type) || days(c.Date, e.Date) != 1 || sameArticle(c, e) {
			continue
		}
		early, late := c, e
		if c.Date > e.Date {
			early, late = e, c
		}
		sc := st.sided(c)
		if !twoSides(sc, se) || !zoneApart(early, late, union(sc.Countries, se.Countries)) || !st.samePrincipals(sc, se) {
			continue
		}
		if best == nil || c.ID < best.ID {
			best = c
		}
	}
	return best
}

// homed reports whether a report of e says whose publisher it is.
func homed(e *accord.Engagement) bool {
	return slices.ContainsFunc(e.Reports, func(r accord.Evidence) bool { return r.Home != "" })
}

// zoneApart reports whether two reports of a contact between the countries
// sides, a day apart, are the two sides' dates of one moment: every report
// of the later is from the publisher of one side and dates the contact by
// its release's day ("this morning"), and the earlier has a report of the
// other side's, whose time zone is behind. A release that names its
// calendar day ("On March 4") keeps it: that side's record of the contact
// is of that day.
func zoneApart(early, late *accord.Engagement, sides []string) bool {
	if len(sides) != 2 || len(late.Reports) == 0 {
		return false
	}
	east := late.Reports[0].Home
	for _, r := range late.Reports {
		if r.Home != east || !relativeDay(r.Quote) {
			return false
		}
	}
	oe, ok := zoneOffset[east]
	if !ok || !slices.Contains(sides, east) {
		return false
	}
	for _, r := range early.Reports {
		if ow, ok := zoneOffset[r.Home]; ok && r.Home != east && slices.Contains(sides, r.Home) && ow < oe {
			return true
		}
	}
	return false
}
