package http

import (
	"cmp"
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/view"
)

// The event page (/engagements/{id}) shows the whole coverage of one
// engagement: every report side by side, grouped by the side whose outlet
// published it, its parent visit and sub-events, its participants, the
// targets stated in its reports, and the later articles that refer to it.
// It reads the engagement by id, its sub-events by their "v:" key and the
// targets of its reports' articles by their "r:" keys: never more.

// eventModel returns the model of an event's page.
func (s *Server) eventModel(ctx context.Context, id string) (*model, error) {
	return s.cached(ctx, "event\x00"+id, func(st accord.Stats, cs map[string]string) (*model, error) {
		rec, err := s.store.RecordOf(ctx, accord.RecordQuery{IDs: []string{id}, Actors: true})
		if err != nil {
			return nil, err
		}
		e := findEngagement(rec, id)
		if e == nil {
			return nil, accord.Errorf(accord.ENOTFOUND, "no engagement %q", id)
		}
		var ids []string
		for _, x := range []string{e.Parent, e.ClosedBy} {
			if x != "" {
				ids = append(ids, x)
			}
		}
		keys := []string{accord.KeyParent + id}
		if e.Parent != "" {
			keys = append(keys, accord.KeyParent+e.Parent) // its siblings
		}
		more, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: keys, IDs: ids, Kind: accord.KindEngagement, Actors: true})
		if err != nil {
			return nil, err
		}
		view.Merge(rec, more)
		var arts []string
		for _, r := range e.Reports {
			arts = append(arts, accord.KeyReport+r.Article)
		}
		if len(arts) > 0 {
			ts, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: uniqStrings(arts), Kind: accord.KindTarget, Actors: true})
			if err != nil {
				return nil, err
			}
			view.Merge(rec, ts)
		}
		return s.partModel(ctx, st, cs, rec)
	})
}

func findEngagement(rec *accord.Record, id string) *accord.Engagement {
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			if list[i].ID == id {
				return &list[i]
			}
		}
	}
	return nil
}

// reportView is one report of an event.
type reportView struct {
	Article, Title, Published, Outlet, Quote, Href string
	Weak                                           bool // the text gives no date: the publication's stands
}

// sideView is the reports of one side: the outlets of one country, or the
// others.
type sideView struct {
	Code, Name string
	Reports    []reportView
}

// eventTarget is a target stated in one of the event's reports.
type eventTarget struct {
	ID, Metric, Value, Holders, Quote, Href string
	Sentence                                bool // stated in the report's own sentence
}

// outletHomes maps outlets' credits and hosts to their home country, from
// the knowledge data that extract uses to read readouts.
var outletHomes = sync.OnceValues(func() (map[string]string, map[string]string) {
	credits, hosts := map[string]string{}, map[string]string{}
	o, _, err := knowledge.LoadOutlets()
	if err != nil {
		return credits, hosts
	}
	for _, out := range o.Outlets {
		for _, c := range out.Credits {
			credits[accord.Fold(c)] = out.Country
		}
		for _, h := range out.Hosts {
			hosts[strings.ToLower(h)] = out.Country
		}
	}
	return credits, hosts
})

// outletOf names an article's outlet and its home country, if known: its
// source credit ("VNA/VNS"), else its URL's host.
func outletOf(a articleInfo) (name, home string) {
	credits, hosts := outletHomes()
	if a.Source != "" {
		for _, w := range strings.FieldsFunc(a.Source, func(r rune) bool { return r == '/' || r == ',' || r == ';' }) {
			if c := credits[accord.Fold(w)]; c != "" {
				return a.Source, c
			}
		}
		name = a.Source
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Host == "" {
		return name, ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if name == "" {
		name = host
	}
	for h := host; h != ""; {
		if c := hosts[h]; c != "" {
			return name, c
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return name, ""
}

func (s *Server) pageEngagement(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	m, err := s.eventModel(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	e := m.engagements[id]
	if e == nil {
		s.pageError(w, r, accord.Errorf(accord.ENOTFOUND, "no engagement %q", id))
		return
	}
	data := struct {
		Event        contactView
		Title        string
		EndDate      string
		Countries    []findLink
		Pair         string // the relationship's page, for a bilateral event
		Areas        []string
		Sides        []sideView
		Reports      int
		Parent       *contactView
		Subs         []contactView
		Siblings     []contactView
		Targets      []eventTarget
		Refs         []reportView
		API          string
		Participants []participantView
		Correct      string // the analysts' corrections page (curation.go)
	}{Event: m.contactView(e), Title: m.engagementTitle(e), EndDate: e.EndDate, Areas: m.engagementAreas(e), Reports: len(e.Reports), API: "/api/engagements/" + url.PathEscape(e.ID), Correct: "/engagements/" + url.PathEscape(e.ID) + "/correct"}
	cs := uniq(e.Countries)
	for _, c := range cs {
		data.Countries = append(data.Countries, findLink{Name: m.countryName(c), Code: c, Href: "/countries/" + c})
	}
	if len(cs) == 2 {
		data.Pair = "/dyads/" + cs[0] + "/" + cs[1]
	}
	for _, p := range e.Participants {
		pv := participantView{actorLink: actorLink{ID: p, Name: m.actorName(p)}}
		if a := m.actors[p]; a != nil {
			pv.ID = a.ID
			if a.Type == accord.Person {
				pv.Country = m.countryName(a.Country)
				pv.Office = officeAt(a, e.Date)
			}
		}
		data.Participants = append(data.Participants, pv)
	}
	// The reports, by side: each country's outlets, then the others.
	sides := map[string]*sideView{}
	var order []string
	for _, c := range cs {
		sides[c] = &sideView{Code: c, Name: m.countryName(c)}
		order = append(order, c)
	}
	sides[""] = &sideView{Name: "Other outlets"}
	for _, rep := range e.Reports {
		a := m.articles[rep.Article]
		rv := reportView{Article: rep.Article, Title: a.Title, Published: cmp.Or(a.Published, rep.Published), Quote: rep.Quote,
			Href: "/articles/" + rep.Article + "#" + factAnchor(e.ID), Weak: rep.DateBasis == accord.DateByPublication}
		var home string
		rv.Outlet, home = outletOf(a)
		sd := sides[home]
		if sd == nil {
			sd = sides[""]
		}
		sd.Reports = append(sd.Reports, rv)
	}
	for _, c := range append(order, "") {
		if sd := sides[c]; c != "" || len(sd.Reports) > 0 {
			if c != "" && len(cs) > 2 && len(sd.Reports) == 0 {
				continue // a gathering: only the sides that wrote
			}
			data.Sides = append(data.Sides, *sd)
		}
	}
	for _, ref := range e.Refs {
		a := m.articles[ref.Article]
		rv := reportView{Article: ref.Article, Title: a.Title, Published: cmp.Or(a.Published, ref.Published), Quote: ref.Quote, Href: "/articles/" + ref.Article}
		rv.Outlet, _ = outletOf(a)
		data.Refs = append(data.Refs, rv)
	}
	slices.SortFunc(data.Refs, func(x, y reportView) int { return strings.Compare(x.Published, y.Published) })
	if e.Parent != "" {
		if p := m.engagements[e.Parent]; p != nil {
			c := m.contactView(p)
			data.Parent = &c
		}
	}
	byDate := func(x, y contactView) int {
		return cmp.Or(strings.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
	}
	for i := range m.rec.Engagements {
		x := &m.rec.Engagements[i]
		switch {
		case x.ID == e.ID:
		case x.Parent == e.ID:
			data.Subs = append(data.Subs, m.contactView(x))
		case e.Parent != "" && x.Parent == e.Parent:
			data.Siblings = append(data.Siblings, m.contactView(x))
		}
	}
	slices.SortFunc(data.Subs, byDate)
	slices.SortFunc(data.Siblings, byDate)
	data.Targets = m.eventTargets(e)
	s.render(w, r, http.StatusOK, "event", layout{Title: data.Title, Data: data})
}

// participantView is a participant with their country and latest office.
type participantView struct {
	actorLink
	Country, Office string
}

// eventTargets returns the targets stated in an event's reports: in the
// report's own sentence, or elsewhere in its article when held by a country
// of the event.
func (m *model) eventTargets(e *accord.Engagement) []eventTarget {
	var out []eventTarget
	for i := range m.rec.Targets {
		t := &m.rec.Targets[i]
		// Each statement with its own wording and value: the history, or
		// the mentions with the target's values.
		stmts := slices.Clone(t.History)
		if len(stmts) == 0 {
			for _, ev := range t.Mentions {
				stmts = append(stmts, accord.Restatement{Evidence: ev, Holders: t.Holders, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator, Deadline: t.Deadline, Period: t.Period, Qualifier: t.Qualifier})
			}
		}
		var best *accord.Restatement
		sentence := false
		for j := range stmts {
			st := &stmts[j]
			for _, rep := range e.Reports {
				if st.Article != rep.Article {
					continue
				}
				over := st.Start < rep.End && rep.Start < st.End
				if best == nil || over && !sentence {
					best, sentence = st, over
				}
			}
		}
		if best == nil {
			continue
		}
		if !sentence && !slices.ContainsFunc(t.Holders, func(h string) bool { return slices.Contains(e.Countries, h) }) {
			continue
		}
		var hs []string
		for _, h := range t.Holders {
			hs = append(hs, m.countryName(h))
		}
		v := formatTarget(best.Comparator, best.Value, best.Unit, best.Deadline, best.Period)
		if best.Qualifier != "" {
			v += " (" + best.Qualifier + ")"
		}
		out = append(out, eventTarget{ID: t.ID, Metric: t.Metric, Value: v,
			Holders: strings.Join(hs, ", "), Quote: best.Quote, Href: "/articles/" + best.Article + "#" + factAnchor(t.ID), Sentence: sentence})
	}
	slices.SortStableFunc(out, func(x, y eventTarget) int {
		if x.Sentence != y.Sentence {
			if x.Sentence {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Metric, y.Metric)
	})
	return out
}

// officeAt returns the role an actor held on a date as seen in the
// articles, or the last one seen before it, or their first role.
func officeAt(a *accord.Actor, date string) string {
	role, seen := "", ""
	for _, o := range a.Offices {
		if date != "" && o.FirstSeen <= date && (date <= o.LastSeen || strings.HasPrefix(o.LastSeen, date)) {
			return o.Role
		}
		if (date == "" || o.FirstSeen <= date) && o.LastSeen >= seen {
			role, seen = o.Role, o.LastSeen
		}
	}
	if role == "" && len(a.Roles) > 0 {
		role = a.Roles[0]
	}
	return role
}
