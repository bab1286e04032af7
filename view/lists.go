package view

import (
	"io"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// EngagementFilter selects held engagements. Empty fields match all.
type EngagementFilter struct {
	Countries []string // ISO alpha-2: engagements with all of these
	From, To  string   // dates, inclusive
	Type      accord.EngagementType
	Area      string
	Actor     string // an actor id, name or alias
}

// Engagements returns the held engagements that pass the filter, in (date,
// id) order.
func Engagements(rec *accord.Record, f EngagementFilter) []accord.Engagement {
	actor := ""
	if f.Actor != "" {
		a := findActor(rec, f.Actor)
		if a == nil {
			return []accord.Engagement{}
		}
		actor = a.ID
	}
	out := []accord.Engagement{}
	for _, e := range held(rec) {
		switch {
		case !inRange(e.Date, f.From, f.To),
			f.Type != "" && e.Type != f.Type,
			f.Area != "" && !slices.Contains(e.Areas, f.Area),
			actor != "" && !slices.Contains(e.Participants, actor) && !slices.Contains(e.Countries, actor):
			continue
		}
		ok := true
		for _, c := range f.Countries {
			ok = ok && slices.Contains(e.Countries, strings.ToUpper(c))
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// TargetFilter selects targets. Empty fields match all.
type TargetFilter struct {
	Holders  []string // ISO alpha-2: targets held by all of these
	Metric   string   // folded words the metric contains
	Unit     string
	From, To string // stated (some mention published) within these dates
	// Areas maps article ids to their areas; with Area, only targets stated
	// in an article naming that area pass.
	Area  string
	Areas map[string][]string
}

// Targets returns the targets that pass the filter, by first mention.
func Targets(rec *accord.Record, f TargetFilter) []accord.Target {
	out := []accord.Target{}
	metric := accord.Fold(f.Metric)
	for _, t := range rec.Targets {
		ok := (f.Unit == "" || strings.EqualFold(t.Unit, f.Unit)) &&
			(metric == "" || strings.Contains(" "+accord.Fold(t.Metric)+" ", " "+metric+" "))
		for _, h := range f.Holders {
			ok = ok && slices.Contains(t.Holders, strings.ToUpper(h))
		}
		if ok && (f.From != "" || f.To != "" || f.Area != "") {
			ok = slices.ContainsFunc(t.Mentions, func(m accord.Evidence) bool {
				return within(m.Published, f.From, f.To) && (f.Area == "" || slices.Contains(f.Areas[m.Article], f.Area))
			})
		}
		if ok {
			out = append(out, t)
		}
	}
	consolidate.SortTargets(out)
	return out
}

// ActorFilter selects actors. Empty fields match all.
type ActorFilter struct {
	Type     accord.ActorType
	Country  string
	Name     string // folded words of the name or an alias
	From, To string // persons seen in an office within these dates
}

// Actors returns the actors that pass the filter, by name.
func Actors(rec *accord.Record, f ActorFilter) []accord.Actor {
	out := []accord.Actor{}
	name := accord.Fold(f.Name)
	for _, a := range rec.Actors {
		if f.Type != "" && a.Type != f.Type || f.Country != "" && !strings.EqualFold(a.Country, f.Country) {
			continue
		}
		if (f.From != "" || f.To != "") && !slices.ContainsFunc(a.Offices, func(o accord.Office) bool {
			return (f.To == "" || o.FirstSeen <= f.To) && (f.From == "" || o.LastSeen >= f.From)
		}) {
			continue
		}
		if name != "" {
			found := strings.Contains(" "+accord.Fold(a.Name)+" ", " "+name+" ")
			for _, al := range a.Aliases {
				found = found || strings.Contains(" "+accord.Fold(al)+" ", " "+name+" ")
			}
			if !found {
				continue
			}
		}
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(x, y accord.Actor) int {
		if c := strings.Compare(accord.Fold(x.Name), accord.Fold(y.Name)); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out
}

// TargetHistory returns one target by id, or ENOTFOUND.
func TargetHistory(rec *accord.Record, id string) (*accord.Target, error) {
	for i := range rec.Targets {
		if rec.Targets[i].ID == id {
			t := rec.Targets[i]
			return &t, nil
		}
	}
	return nil, accord.ErrorAt(accord.ENOTFOUND, "target", "no target %q", id)
}

// Profile is an actor with the engagements they took part in.
type Profile struct {
	Actor       accord.Actor        `json:"actor"`
	Engagements []accord.Engagement `json:"engagements"`
	// Counterparts are the other participants, by number of engagements shared.
	Counterparts []Counterpart `json:"counterparts"`
	// More reports that the actor has earlier engagements than those
	// read (ActorPart): Engagements and Counterparts cover the latest.
	More bool `json:"more,omitempty"`
}

// Counterpart is an actor met, and how often.
type Counterpart struct {
	Participant
	Count int `json:"count"`
}

// ActorProfile returns the profile of an actor given by id, name or alias
// (folded), or ENOTFOUND.
func ActorProfile(rec *accord.Record, name string) (*Profile, error) {
	a := findActor(rec, name)
	if a == nil {
		return nil, accord.ErrorAt(accord.ENOTFOUND, "actor", "no actor %q", name)
	}
	p := &Profile{Actor: *a, Engagements: Engagements(rec, EngagementFilter{Actor: a.ID}), Counterparts: []Counterpart{}}
	actors := rec.ActorIndex()
	count := map[string]int{}
	for _, e := range p.Engagements {
		for _, id := range e.Participants {
			if id != a.ID {
				count[id]++
			}
		}
	}
	for id, n := range count {
		c := Counterpart{Participant: Participant{ID: id, Name: id}, Count: n}
		if o := actors[id]; o != nil {
			c.Name, c.Country = o.Name, o.Country
			if o.Type == accord.Person && len(o.Offices) > 0 {
				c.Role = o.Offices[len(o.Offices)-1].Role
			}
		}
		p.Counterparts = append(p.Counterparts, c)
	}
	slices.SortFunc(p.Counterparts, func(x, y Counterpart) int {
		if x.Count != y.Count {
			return y.Count - x.Count
		}
		if c := strings.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID) // two actors of one name: the same order every run
	})
	return p, nil
}

// WriteEngagements writes engagements one a line: date, type, level, place,
// participants.
func WriteEngagements(w io.Writer, rec *accord.Record, es []accord.Engagement) error {
	p := &printer{w: w}
	actors := rec.ActorIndex()
	for _, e := range es {
		var names []string
		for _, pa := range participants(&e, actors) {
			names = append(names, pa.Label())
		}
		p.printf("%-24s %-18s", FormatSpan(e.Date, e.EndDate), TypeName(e.Type, 1))
		if place := placeText(e.Place.Name, e.Place.Country); place != "" {
			p.printf(" %s:", place)
		}
		p.printf(" %s  [%s]\n", strings.Join(names, "; "), e.ID)
	}
	return p.err
}

// WriteTargets writes targets one a line.
func WriteTargets(w io.Writer, ts []accord.Target) error {
	p := &printer{w: w}
	for _, t := range ts {
		p.printf("%s: %s (%s), %d mention%s  [%s]\n", t.Metric,
			FormatTarget(t.Value, t.Unit, t.Comparator, t.Deadline, t.Period),
			holdersText(t.Holders), len(t.Mentions), plural(len(t.Mentions)), t.ID)
	}
	return p.err
}

// WriteTarget writes a target with its history: each statement with its
// date, source and what changed.
func WriteTarget(w io.Writer, t *accord.Target, arts map[string]*accord.Article) error {
	p := &printer{w: w}
	p.printf("%s: %s (%s)\n", t.Metric, FormatTarget(t.Value, t.Unit, t.Comparator, t.Deadline, t.Period), holdersText(t.Holders))
	if t.Qualifier != "" {
		p.printf("  %s\n", t.Qualifier)
	}
	for i, h := range t.History {
		p.printf("\n%s  %s", FormatDate(h.Published), FormatTarget(h.Value, h.Unit, h.Comparator, h.Deadline, h.Period))
		if len(h.Changes) > 0 {
			p.printf("  (changed: %s)", strings.Join(h.Changes, ", "))
		}
		p.printf("\n  \"%s\"\n", Short(h.Quote, 200))
		if a := arts[h.Article]; a != nil {
			p.printf("  — %s (%s)\n", a.Title, a.File)
		}
		if i == 0 && t.Unlisted.History > 0 {
			// A bounded read (TargetPart): the first statement, then the latest.
			n := count(t.Unlisted.History, "later restatement")
			if t.Unlisted.History >= 1000 {
				n = Thousands(int64(t.Unlisted.History)) + " later restatements"
			}
			p.printf("\n… %s not listed (--all lists every one)\n", n)
		}
	}
	return p.err
}

// WriteActors writes actors one a line.
func WriteActors(w io.Writer, as []accord.Actor) error {
	p := &printer{w: w}
	for _, a := range as {
		p.printf("%-40s %-12s %-3s %s  [%s]\n", a.Name, a.Type, a.Country, strings.Join(a.Roles, "; "), a.ID)
	}
	return p.err
}

// WriteProfile writes an actor's profile: offices over time, engagements,
// counterparts.
func WriteProfile(w io.Writer, rec *accord.Record, pr *Profile) error {
	p := &printer{w: w}
	a := pr.Actor
	p.printf("%s", a.Name)
	if a.Country != "" && a.Type != accord.Country {
		p.printf(" (%s)", CountryName(a.Country))
	}
	p.printf("\n")
	if len(a.Aliases) > 0 {
		p.printf("  also: %s\n", strings.Join(a.Aliases, ", "))
	}
	if len(a.Offices) > 0 {
		p.printf("\nOffices\n")
		for _, o := range a.Offices {
			p.printf("  %s, seen %s\n", o.Role, FormatSpanDates(o.FirstSeen, o.LastSeen))
		}
	}
	if len(pr.Engagements) > 0 {
		if pr.More {
			p.printf("\nEngagements (the latest %d; every one with --all)\n", len(pr.Engagements))
		} else {
			p.printf("\nEngagements (%d)\n", len(pr.Engagements))
		}
		if p.err == nil {
			p.err = WriteEngagements(w, rec, pr.Engagements)
		}
	}
	if len(pr.Counterparts) > 0 {
		p.printf("\nCounterparts\n")
		for _, c := range pr.Counterparts {
			p.printf("  %s (%d)\n", c.Label(), c.Count)
		}
	}
	return p.err
}

// FormatSpanDates writes a span of two dates: from 14 March 2025 to 30
// January 2026, or on one date.
func FormatSpanDates(from, to string) string {
	if from == to || to == "" {
		return "on " + FormatDate(from)
	}
	return "from " + FormatDate(from) + " to " + FormatDate(to)
}

func holdersText(hs []string) string {
	var names []string
	for _, h := range hs {
		names = append(names, CountryName(h))
	}
	return strings.Join(names, " and ")
}

// within reports whether a date falls in [from, to]; empty bounds are open.
// A month ("2025-08") is within a range that any of its days is.
func within(date, from, to string) bool {
	if date == "" {
		return from == "" && to == ""
	}
	return (from == "" || date >= from[:min(len(from), len(date))]) && (to == "" || date[:min(len(date), len(to))] <= to)
}
