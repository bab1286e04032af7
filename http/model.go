package http

import (
	"cmp"
	"github.com/accordhq/accord/view"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// model is part of the record with the indexes pages and API calls need:
// a relationship's, an actor's, an article's (see partial.go), built per
// request or kept a little while in a small cache.
type model struct {
	gen   int64
	stats accord.Stats
	rec   *accord.Record

	actors      map[string]*accord.Actor // by id and by article-local key
	engagements map[string]*accord.Engagement
	targets     map[string]*accord.Target
	countries   map[string]string // alpha-2 → name, from the record's country actors
	articles    map[string]articleInfo
	dyads       []dyad
	byDyad      map[string]*dyad
	byActor     map[string][]*accord.Engagement // held and pending, by participant id
	// window, on a busy relationship's model, says that it holds only the
	// latest contacts of a range (view.PairPart).
	window *view.PairWindow
}

// articleInfo is what pages show of an article without loading it.
type articleInfo struct {
	ID, Title, Published, Source, File, URL string
	Areas                                   []string
}

// dyad is a relationship: a pair of countries with a bilateral contact,
// the engagements between the two alone, and apart the multilateral ones
// both took part in.
type dyad struct {
	A, B        string // alpha-2, A < B
	Engagements []*accord.Engagement
	Pending     []*accord.Engagement
	Targets     []*accord.Target
	Last        string // date of the last held engagement
	// Multilateral are the gatherings of more countries both attended: not
	// contacts between the two, and never what makes a relationship.
	Multilateral []*accord.Engagement
	// gatherings, when above len(Multilateral), is the number of the
	// gatherings both attended, of which Multilateral holds the latest
	// (the relationship page's model, pairPageModel).
	gatherings int
}

func dyadKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "-" + b
}

// newModel indexes part of the record (or all of it) for pages and API
// calls: infos are the articles its engagements and targets cite, countries
// the names of the countries (alpha-2 → name).
func newModel(st accord.Stats, rec *accord.Record, infos map[string]*accord.ArticleInfo, countries map[string]string) *model {
	m := &model{
		gen:         st.Generation,
		stats:       st,
		rec:         rec,
		actors:      rec.ActorIndex(),
		engagements: make(map[string]*accord.Engagement, len(rec.Engagements)+len(rec.Pending)),
		targets:     make(map[string]*accord.Target, len(rec.Targets)),
		countries:   make(map[string]string, len(countries)),
		articles:    make(map[string]articleInfo, len(infos)),
		byDyad:      make(map[string]*dyad),
		byActor:     make(map[string][]*accord.Engagement),
	}
	for c, n := range countries {
		m.countries[c] = n
	}
	for i := range rec.Actors {
		a := &rec.Actors[i]
		if a.Type == accord.Country && a.Country != "" {
			m.countries[a.Country] = a.Name
		}
	}
	for id, a := range infos {
		m.articles[id] = articleInfo{ID: a.ID, Title: a.Title, Published: a.Published, Source: a.Source, File: a.File, URL: a.URL, Areas: a.Areas}
	}
	get := func(a, b string) *dyad {
		k := dyadKey(a, b)
		d := m.byDyad[k]
		if d == nil {
			a, b, _ = strings.Cut(k, "-")
			d = &dyad{A: a, B: b}
			m.byDyad[k] = d
		}
		return d
	}
	index := func(e *accord.Engagement) {
		m.engagements[e.ID] = e
		for _, p := range e.Participants {
			m.byActor[p] = append(m.byActor[p], e)
		}
	}
	// Only a bilateral contact makes a relationship: a statement signed with
	// fifty others is not fifty contacts.
	for i := range rec.Engagements {
		e := &rec.Engagements[i]
		index(e)
		if cs := uniq(e.Countries); len(cs) == 2 {
			d := get(cs[0], cs[1])
			d.Engagements = append(d.Engagements, e)
			d.Last = max(d.Last, e.Date)
		}
	}
	// The gatherings and the invitations of a relationship that has one.
	for i := range rec.Engagements {
		e := &rec.Engagements[i]
		if cs := uniq(e.Countries); len(cs) > 2 {
			for i := range cs {
				for j := i + 1; j < len(cs); j++ {
					if d := m.byDyad[dyadKey(cs[i], cs[j])]; d != nil {
						d.Multilateral = append(d.Multilateral, e)
					}
				}
			}
		}
	}
	for i := range rec.Pending {
		e := &rec.Pending[i]
		index(e)
		if cs := uniq(e.Countries); len(cs) == 2 {
			if d := m.byDyad[dyadKey(cs[0], cs[1])]; d != nil {
				d.Pending = append(d.Pending, e)
			}
		}
	}
	for i := range rec.Targets {
		t := &rec.Targets[i]
		m.targets[t.ID] = t
		hs := uniq(t.Holders)
		for i := range hs {
			for j := i + 1; j < len(hs); j++ {
				if d := m.byDyad[dyadKey(hs[i], hs[j])]; d != nil {
					d.Targets = append(d.Targets, t)
				}
			}
		}
	}
	// A target held by one country belongs to the dyads where its statements
	// were reported, such as a growth goal restated in bilateral talks.
	for _, d := range m.byDyad {
		arts := make(map[string]bool)
		for _, e := range d.Engagements {
			for _, r := range e.Reports {
				arts[r.Article] = true
			}
		}
		for i := range rec.Targets {
			t := &rec.Targets[i]
			if len(uniq(t.Holders)) != 1 || (t.Holders[0] != d.A && t.Holders[0] != d.B) {
				continue
			}
			for _, ev := range t.Mentions {
				if arts[ev.Article] {
					d.Targets = append(d.Targets, t)
					break
				}
			}
		}
	}
	for _, d := range m.byDyad {
		byDate := func(x, y *accord.Engagement) int {
			return cmp.Or(strings.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
		}
		slices.SortFunc(d.Engagements, byDate)
		slices.SortFunc(d.Pending, byDate)
		slices.SortFunc(d.Multilateral, byDate)
		slices.SortFunc(d.Targets, func(x, y *accord.Target) int { return strings.Compare(x.Metric+x.ID, y.Metric+y.ID) })
		m.dyads = append(m.dyads, *d)
	}
	slices.SortFunc(m.dyads, func(x, y dyad) int {
		return cmp.Or(len(y.Engagements)-len(x.Engagements), strings.Compare(y.Last, x.Last), strings.Compare(x.A+x.B, y.A+y.B))
	})
	for i := range m.dyads {
		m.byDyad[dyadKey(m.dyads[i].A, m.dyads[i].B)] = &m.dyads[i]
	}
	return m
}

func uniq(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// countryName returns a country's name as the record spells it, or its code.
func (m *model) countryName(code string) string {
	if n := m.countries[code]; n != "" {
		return n
	}
	return code
}

// actorName returns the name of an actor id or key, or the id itself.
func (m *model) actorName(id string) string {
	if a := m.actors[id]; a != nil {
		return a.Name
	}
	return id
}

// engagementAreas returns an engagement's areas, or when it has none those of
// the articles reporting it.
func (m *model) engagementAreas(e *accord.Engagement) []string {
	if len(e.Areas) > 0 {
		return uniq(e.Areas)
	}
	var areas []string
	for _, r := range e.Reports {
		areas = append(areas, m.articles[r.Article].Areas...)
	}
	return uniq(areas)
}

// engagementFilter selects engagements for the API.
type engagementFilter struct {
	Countries []string
	From, To  string
	Type      string
	Area      string
	Actor     string
	Status    string // held (default), pending, all
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
