// Package view derives what people read from the consolidated record: the
// export document, a relationship's timeline, a target's history, an actor's
// profile, filtered lists and a Markdown briefing. Each view is a plain data
// value with JSON tags (for the web app and the API) and a renderer to text
// (for the terminal). Views are pure functions of a record and articles;
// partial.go reads from a store the part of the record a view needs (a
// pair's, an actor's, a list's), Brief reads a pair's, and Export and
// WriteExport stream the whole, so that no view loads the whole record.
package view

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// held returns the record's held engagements, wherever the store put them,
// in (date, id) order.
func held(rec *accord.Record) []accord.Engagement {
	// Room for all at once: a pair's record holds hundreds of engagements
	// (of half a kilobyte each), and doubling copied them a dozen times.
	out := make([]accord.Engagement, 0, len(rec.Engagements))
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			if isHeld(&list[i]) {
				out = append(out, list[i])
			}
		}
	}
	sortEngagements(out)
	return out
}

// isHeld reports whether an engagement took place (held, or of no status).
func isHeld(e *accord.Engagement) bool {
	return e.Status == "" || e.Status == accord.StatusHeld
}

// pending returns the record's invitations (open or closed).
func pending(rec *accord.Record) []accord.Engagement {
	var out []accord.Engagement
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for _, e := range list {
			if e.Status == accord.StatusPending {
				out = append(out, e)
			}
		}
	}
	sortEngagements(out)
	return out
}

func sortEngagements(es []accord.Engagement) {
	slices.SortStableFunc(es, func(a, b accord.Engagement) int {
		if c := strings.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// TheCountry is a country's name as it reads in a sentence: "the" before a
// name of the form "X of Y" or "United X" (the Republic of Korea, the United
// States).
func TheCountry(code string) string {
	n := CountryName(code)
	if strings.Contains(n, " of ") || strings.HasPrefix(n, "United ") {
		return "the " + n
	}
	return n
}

// CountryName returns a country's usual name, or its code when unknown.
func CountryName(code string) string {
	if c, ok := knowledge.CountryByCode(code); ok {
		return c.Name
	}
	return code
}

// inRange reports whether a date (YYYY-MM-DD or YYYY-MM) lies within from
// and to (inclusive, either may be empty, either precision).
func inRange(date, from, to string) bool {
	if from != "" && date < from[:min(len(from), len(date))] {
		return false
	}
	if to != "" && date[:min(len(to), len(date))] > to {
		return false
	}
	return true
}

// findActor returns the actor with an id, or whose folded name or alias is
// the folded query; persons with full names first, then by id.
func findActor(rec *accord.Record, q string) *accord.Actor {
	for i := range rec.Actors {
		if rec.Actors[i].ID == q {
			return &rec.Actors[i]
		}
	}
	fq := accord.Fold(q)
	if fq == "" {
		return nil
	}
	var best *accord.Actor
	rank := func(a *accord.Actor) int {
		if accord.Fold(a.Name) == fq {
			return 0
		}
		return 1
	}
	for i := range rec.Actors {
		a := &rec.Actors[i]
		match := accord.Fold(a.Name) == fq || strings.EqualFold(a.Country, q) && a.Type == accord.Country
		for _, al := range a.Aliases {
			match = match || accord.Fold(al) == fq
		}
		if match && (best == nil || rank(a) < rank(best) || rank(a) == rank(best) && a.ID < best.ID) {
			best = a
		}
	}
	return best
}

// roleAt returns the offices an actor held on a date, as seen in the
// articles: those seen around that date (General Secretary and State
// President), else the last one seen before it, else the first one.
func roleAt(a *accord.Actor, date string) string {
	if a == nil || len(a.Offices) == 0 {
		if a != nil && len(a.Roles) > 0 {
			return a.Roles[0]
		}
		return ""
	}
	var current []string
	for _, o := range a.Offices {
		if o.FirstSeen <= date && date <= o.LastSeen+"~" && !slices.Contains(current, o.Role) {
			current = append(current, o.Role)
		}
	}
	if len(current) > 0 {
		return strings.Join(distinctRoles(current), " and ")
	}
	best := ""
	for _, o := range a.Offices {
		if o.FirstSeen <= date {
			best = o.Role
		}
	}
	if best != "" {
		return best
	}
	return a.Offices[0].Role
}

// distinctRoles drops a role that another one spells out ("General
// Secretary" beside "General Secretary of the Communist Party of …"): the
// longer form, unless it is too long to read in a sentence.
func distinctRoles(roles []string) []string {
	const readable = 40
	out := slices.Clone(roles)
	for i := 0; i < len(out); i++ {
		for j := 0; j < len(out); j++ {
			if i == j || !strings.HasPrefix(out[j], out[i]+" ") {
				continue
			}
			// out[j] spells out out[i]: keep one of them.
			drop := i
			if len([]rune(out[j])) > readable {
				drop = j
			}
			out = slices.Delete(out, drop, drop+1)
			i = -1
			break
		}
	}
	return out
}
