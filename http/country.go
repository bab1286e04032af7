package http

import (
	"cmp"
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/office"
)

// The country profile (/countries/{code}) reads a country's part of the
// index: its relationships (KeyCounts of "b:" keys), its persons ("c:" key,
// actors) for its leaders over time, its targets ("c:", targets), its
// latest engagements for the gatherings it attended, and its open
// invitations ("i:"). A bounded part of each: never the whole record.

// countryTargets bounds the targets listed.
const (
	countryTargets = 40
	countryPairs   = 25
	countryLapsed  = 10 // lapsed invitations listed (the count says how many)
	countryMulti   = 15
)

// countryModel returns the model of a country's page.
func (s *Server) countryModel(ctx context.Context, code string) (*model, error) {
	return s.cached(ctx, "country\x00"+code, func(st accord.Stats, cs map[string]string) (*model, error) {
		key := []string{accord.KeyCountry + code}
		rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: key, Kind: accord.KindActor})
		if err != nil {
			return nil, err
		}
		// Persons only: the country's leaders are among them.
		rec.Actors = slices.DeleteFunc(rec.Actors, func(a accord.Actor) bool { return a.Type != accord.Person && a.Type != accord.Country })
		es, err := s.countryGatherings(ctx, code)
		if err != nil {
			return nil, err
		}
		inv, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyInvite + code}, Kind: accord.KindEngagement})
		if err != nil {
			return nil, err
		}
		es.Pending = inv.Pending
		// A target's row shows its value, when it was last stated and how
		// often: its latest statement says when (mentions are kept in date
		// order) and the count of those left out how often, not the
		// thousands a target restated in every article of a busy pair has.
		ts, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: key, Kind: accord.KindTarget, Limit: countryTargets, Statements: 1})
		if err != nil {
			return nil, err
		}
		es.Targets = ts.Targets
		more, err := s.store.RecordOf(ctx, accord.RecordQuery{IDs: es.MissingActors()})
		if err != nil {
			return nil, err
		}
		rec.Engagements, rec.Pending = es.Engagements, es.Pending
		have := map[string]bool{}
		for _, a := range rec.Actors {
			have[a.ID] = true
		}
		for _, a := range more.Actors {
			if !have[a.ID] {
				rec.Actors = append(rec.Actors, a)
			}
		}
		// The articles of the engagements only: the targets' rows cite none.
		m, err := s.partModel(ctx, st, cs, rec)
		if err != nil {
			return nil, err
		}
		m.rec.Targets = es.Targets
		for i := range m.rec.Targets {
			m.targets[m.rec.Targets[i].ID] = &m.rec.Targets[i]
		}
		return m, nil
	})
}

// countryGatherings returns the latest countryMulti held engagements of
// more than two countries that code took part in: its gathering key
// (accord.KeyGathering), read latest first, in pages that grow while
// pending ones take the places.
func (s *Server) countryGatherings(ctx context.Context, code string) (*accord.Record, error) {
	for limit := 2 * countryMulti; ; limit *= 4 {
		rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyGathering + code}, Kind: accord.KindEngagement, Limit: limit})
		if err != nil {
			return nil, err
		}
		rec.Engagements = slices.DeleteFunc(rec.Engagements, func(e accord.Engagement) bool { return len(uniq(e.Countries)) < 3 })
		if len(rec.Engagements) >= countryMulti || len(rec.Engagements)+len(rec.Pending) < limit {
			rec.Engagements = rec.Engagements[max(0, len(rec.Engagements)-countryMulti):]
			rec.Pending = nil
			return rec, nil
		}
	}
}

// leaderView is a leader of a country: a person of the record who held
// an office of head of state or government or foreign minister, as the
// office table (extract/office, from Wikidata) knows them, with the term
// and when the record saw them.
type leaderView struct {
	ID, Name, Office, Term, Seen string
	class                        string
	start                        string
}

var leaderClasses = []string{office.HeadOfState, office.HeadOfGovernment, office.ForeignMinister}

// leaders returns the country's persons in the record that the office
// table lists as its leaders, by office and latest term first. The record's
// own roles are not enough: "President" is said of many.
func (m *model) leaders(code string) []leaderView {
	var out []leaderView
	for i := range m.rec.Actors {
		a := &m.rec.Actors[i]
		if a.Type != accord.Person || a.Country != code {
			continue
		}
		first, last := "", ""
		for _, o := range a.Offices {
			if first == "" || o.FirstSeen < first {
				first = o.FirstSeen
			}
			last = max(last, o.LastSeen)
		}
		for _, h := range office.Find(a.Name, time.Time{}) {
			if h.Country != code || !slices.Contains(leaderClasses, h.Class) {
				continue
			}
			term := h.Start.Format("2006")
			if !h.StartYear {
				term = h.Start.Format(time.DateOnly)
			}
			switch {
			case h.End.IsZero():
				term += " –"
			case h.EndYear:
				term += " – " + h.End.Format("2006")
			default:
				term += " – " + h.End.Format(time.DateOnly)
			}
			lv := leaderView{ID: a.ID, Name: a.Name, Office: h.Office, Term: term, class: h.Class, start: h.Start.Format(time.DateOnly)}
			if first != "" {
				lv.Seen = first + " to " + last
			}
			out = append(out, lv)
		}
	}
	slices.SortFunc(out, func(x, y leaderView) int {
		return cmp.Or(slices.Index(leaderClasses, x.class)-slices.Index(leaderClasses, y.class), strings.Compare(y.start, x.start), strings.Compare(x.Name, y.Name))
	})
	// One line per person and office: a name the table matches twice (two
	// terms) keeps both, but the same term found twice once.
	return slices.CompactFunc(out, func(x, y leaderView) bool { return x.ID == y.ID && x.Office == y.Office && x.Term == y.Term })
}

func (s *Server) pageCountry(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	raw := r.PathValue("code")
	_, cs, err := s.generation(ctx)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	opts, err := s.pickerOptions(ctx, cs)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	code := strings.ToUpper(raw)
	if !slices.ContainsFunc(opts, func(o countryOption) bool { return o.Code == code }) {
		// A name or alias in the URL: the country it names.
		if c, _ := resolveCountry(raw, opts); c != "" {
			http.Redirect(w, r, "/countries/"+c, http.StatusMovedPermanently)
			return
		}
		s.errorPage(w, r, http.StatusNotFound, "no country "+raw+" in the record")
		return
	}
	if code != raw {
		http.Redirect(w, r, "/countries/"+code, http.StatusMovedPermanently)
		return
	}
	m, err := s.countryModel(ctx, code)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	pairs, total, err := s.pairRows(ctx, cs, code, sortActive, countryPairs, 0)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	type pairRow struct {
		dyadRow
		Other, Href string
	}
	data := struct {
		Code, Name, Official, Aliases string
		Pairs                         []pairRow
		PairTotal                     int
		AllPairs, PairsCSV            string
		Leaders                       []leaderView
		Targets                       []targetRow
		Multilateral                  []contactView
		Invitations, Lapsed           []contactView
		LapsedCount                   int
		EngagementsCSV, TargetsCSV    string
		A, B                          string
		Countries                     []countryOption
	}{Code: code, Name: cmp.Or(cs[code], code), PairTotal: total, AllPairs: "/?country=" + code, PairsCSV: "/api/dyads?format=csv&country=" + code,
		EngagementsCSV: "/api/engagements?format=csv&status=all&limit=1000&country=" + code, TargetsCSV: "/api/targets?format=csv&limit=1000&holder=" + code}
	if k, ok := knowledge.CountryByCode(code); ok {
		data.Official = k.Official
		data.Aliases = strings.Join(k.Aliases, ", ")
	}
	for _, p := range pairs {
		other := p.Names[0]
		if p.Countries[0] == code {
			other = p.Names[1]
		}
		data.Pairs = append(data.Pairs, pairRow{p, other, "/dyads/" + p.Countries[0] + "/" + p.Countries[1]})
	}
	data.Leaders = m.leaders(code)
	for i := range m.rec.Targets {
		data.Targets = append(data.Targets, m.targetRow(&m.rec.Targets[i]))
	}
	slices.SortFunc(data.Targets, func(x, y targetRow) int {
		return cmp.Or(strings.Compare(y.Last, x.Last), strings.Compare(x.Metric, y.Metric))
	})
	for i := len(m.rec.Engagements) - 1; i >= 0 && len(data.Multilateral) < countryMulti; i-- {
		data.Multilateral = append(data.Multilateral, m.contactView(&m.rec.Engagements[i]))
	}
	invites := make([]*accord.Engagement, len(m.rec.Pending))
	for i := range m.rec.Pending {
		invites[i] = &m.rec.Pending[i]
	}
	slices.SortStableFunc(invites, func(x, y *accord.Engagement) int { return strings.Compare(invitedOn(y), invitedOn(x)) })
	for _, e := range invites {
		c := m.contactView(e)
		if c.Invitation == inviteLapsed {
			data.LapsedCount++
			if len(data.Lapsed) < countryLapsed {
				data.Lapsed = append(data.Lapsed, c)
			}
		} else {
			data.Invitations = append(data.Invitations, c)
		}
	}
	data.Countries = opts
	data.A = data.Name
	s.render(w, r, http.StatusOK, "country", layout{Title: data.Name, Data: data})
}

// targetRow is a target in lists: its latest value and when it was stated.
type targetRow struct {
	ID, Metric, Value, Holders, Last, Qualifier string
	Stated                                      int
}

func (m *model) targetRow(t *accord.Target) targetRow {
	var hs []string
	for _, h := range t.Holders {
		hs = append(hs, m.countryName(h))
	}
	last := ""
	for _, ev := range t.Mentions {
		last = max(last, ev.Published)
	}
	return targetRow{ID: t.ID, Metric: t.Metric, Value: formatTarget(t.Comparator, t.Value, t.Unit, t.Deadline, t.Period), Holders: strings.Join(hs, ", "), Last: last, Qualifier: t.Qualifier, Stated: t.Stated()}
}
