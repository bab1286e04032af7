package http

import (
	"container/list"
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/view"
)

// Pages and API calls read the part of the record they show: a
// relationship's engagements and targets, an actor's engagements, one
// target, one article's facts. A few models are kept per store generation
// in a small LRU cache, so that a page and the API calls its readers make
// next cost one read.

// modelCacheSize bounds the models kept, and modelCacheWeight the
// entities they hold together (a relationship of thousands of contacts
// weighs as much as many small ones), so that the cache's memory stays
// bounded whatever the store's size.
const (
	modelCacheSize   = 64
	modelCacheWeight = 100_000
)

// generation returns the store's stats, read again at most every
// generationCheck, and the names of its countries for that generation.
func (s *Server) generation(ctx context.Context) (accord.Stats, map[string]string, error) {
	s.mu.Lock()
	if s.countries != nil && time.Since(s.checked) < generationCheck {
		st, cs := s.stats, s.countries
		s.mu.Unlock()
		return st, cs, nil
	}
	known := s.countries != nil
	s.mu.Unlock()
	// Counting a large store takes a fraction of a second: only a new
	// generation is counted again.
	if g, ok := s.store.(accord.GenerationReader); ok && known {
		gen, err := g.Generation(ctx)
		if err != nil {
			return accord.Stats{}, nil, err
		}
		s.mu.Lock()
		if s.countries != nil && s.stats.Generation == gen {
			st, cs := s.stats, s.countries
			s.checked = time.Now()
			s.mu.Unlock()
			return st, cs, nil
		}
		s.mu.Unlock()
	}
	st, err := s.store.Stats(ctx)
	if err != nil {
		return st, nil, err
	}
	s.mu.Lock()
	if s.countries != nil && s.stats.Generation == st.Generation {
		s.stats, s.checked = st, time.Now()
		cs := s.countries
		s.mu.Unlock()
		return st, cs, nil
	}
	s.mu.Unlock()
	rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyActorType + string(accord.Country)}, Kind: accord.KindActor})
	if err != nil {
		return st, nil, err
	}
	cs := make(map[string]string, len(rec.Actors))
	for _, a := range rec.Actors {
		if a.Type == accord.Country && a.Country != "" {
			cs[a.Country] = a.Name
		}
	}
	s.mu.Lock()
	if st.Generation != s.stats.Generation {
		s.models.clear()
	}
	s.stats, s.checked, s.countries = st, time.Now(), cs
	s.mu.Unlock()
	return st, cs, nil
}

// cached returns the model kept under key for the current generation, or
// builds it with build and keeps it.
func (s *Server) cached(ctx context.Context, key string, build func(st accord.Stats, countries map[string]string) (*model, error)) (*model, error) {
	st, cs, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	key = strings.Join([]string{itoa(int(st.Generation)), key}, "\x00")
	if m, ok := s.models.get(key).(*model); ok {
		return m, nil
	}
	m, err := build(st, cs)
	if err != nil {
		return nil, err
	}
	s.models.put(key, m, 1+len(m.rec.Actors)+len(m.rec.Engagements)+len(m.rec.Pending)+len(m.rec.Targets))
	return m, nil
}

// names returns a model without record, for country names and stats.
func (s *Server) names(ctx context.Context) (*model, error) {
	st, cs, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	return newModel(st, &accord.Record{}, nil, cs), nil
}

// partModel indexes a part of the record with the articles it cites and
// the engagements that closed its invitations.
func (s *Server) partModel(ctx context.Context, st accord.Stats, countries map[string]string, rec *accord.Record) (*model, error) {
	if err := s.addClosers(ctx, rec); err != nil {
		return nil, err
	}
	infos, err := view.ReportArticles(ctx, s.store, rec)
	if err != nil {
		return nil, err
	}
	return newModel(st, rec, infos, countries), nil
}

// listModel indexes a part of the record whose engagements a page lists
// (contactView) or the API gives as they are, with the engagements that
// closed its invitations and the title of each engagement's first report:
// all that a list shows of its articles. An actor's 200 engagements cite
// some 350 articles with their recollections, and their areas are a second
// lookup each.
func (s *Server) listModel(ctx context.Context, st accord.Stats, countries map[string]string, rec *accord.Record) (*model, error) {
	if err := s.addClosers(ctx, rec); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var ids []string
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for _, e := range list {
			if len(e.Reports) > 0 && !seen[e.Reports[0].Article] {
				seen[e.Reports[0].Article] = true
				ids = append(ids, e.Reports[0].Article)
			}
		}
	}
	heads, err := view.ArticleHeads(ctx, s.store, ids)
	if err != nil {
		return nil, err
	}
	infos := make(map[string]*accord.ArticleInfo, len(heads))
	for id, a := range heads {
		infos[id] = &accord.ArticleInfo{Article: *a}
	}
	return newModel(st, rec, infos, countries), nil
}

// addClosers adds the engagements that closed rec's invitations, for the
// "taken up" of lists, and their actors.
func (s *Server) addClosers(ctx context.Context, rec *accord.Record) error {
	have := map[string]bool{}
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for _, e := range list {
			have[e.ID] = true
		}
	}
	var ids []string
	for _, e := range rec.Pending {
		if e.ClosedBy != "" && !have[e.ClosedBy] {
			have[e.ClosedBy] = true
			ids = append(ids, e.ClosedBy)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	more, err := s.store.RecordOf(ctx, accord.RecordQuery{IDs: ids, Actors: true})
	if err != nil {
		return err
	}
	more.Targets = nil
	view.Merge(rec, more)
	return nil
}

// dyadGatheringsMax is the number of gatherings both countries attended
// that a relationship's page lists, the latest: the pair model reads the
// title of their first reports only.
const dyadGatheringsMax = 25

// pairWindowMax is the number of a pair's contacts its views read at most
// (view.PairMax; tests of dense timelines raise it).
var pairWindowMax = view.PairMax

// pairModel returns the model of a relationship over a date range: the
// pair's part of the record (view.PairPart) with its articles. A pair with
// at most view.PairMax contacts is read whole, once for every range; a
// busier one over the latest view.PairMax contacts of the range, which the
// model's window describes.
func (s *Server) pairModel(ctx context.Context, a, b string, rng dateRange) (*model, error) {
	return s.pairModelOf(ctx, a, b, rng, false)
}

// pairPageModel is pairModel for the relationship's pages (pageDyadFor):
// of the gatherings both countries attended it holds only the latest
// dyadGatheringsMax, which the page lists, and their number from the
// index (dyad.gatherings), which the page and the brief show. A pair
// attends hundreds, each with its participants; the API's model, which
// lists them all, is pairModel's.
func (s *Server) pairPageModel(ctx context.Context, a, b string, rng dateRange) (*model, error) {
	return s.pairModelOf(ctx, a, b, rng, true)
}

func (s *Server) pairModelOf(ctx context.Context, a, b string, rng dateRange, page bool) (*model, error) {
	if b < a {
		a, b = b, a
	}
	kc, err := s.store.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.PairKey(a, b), Limit: 4})
	if err != nil {
		return nil, err
	}
	busy := false
	for _, c := range kc {
		busy = busy || c.Key == accord.PairKey(a, b) && c.Count > pairWindowMax
	}
	key := "pair\x00" + a + "\x00" + b
	if page {
		key = "pair page\x00" + a + "\x00" + b
	}
	if busy {
		key += "\x00" + rng.From + "\x00" + rng.To
	} else {
		rng = dateRange{}
	}
	return s.cached(ctx, key, func(st accord.Stats, cs map[string]string) (*model, error) {
		var rec *accord.Record
		var w view.PairWindow
		gatherings := -1
		var err error
		if page {
			rec, w, gatherings, err = view.PairPagePart(ctx, s.store, a, b, rng.From, rng.To, pairWindowMax, dyadGatheringsMax)
		} else {
			rec, w, err = view.PairPart(ctx, s.store, a, b, rng.From, rng.To, pairWindowMax)
		}
		if err != nil {
			return nil, err
		}
		if err := s.addClosers(ctx, rec); err != nil {
			return nil, err
		}
		// What the relationship's views show of its articles: the latest
		// gatherings' first reports, and (the API's brief) its targets'
		// statements by title; the pages show these by quote only.
		articles := view.PairArticles
		if page {
			articles = view.PairPageArticles
		}
		infos, err := articles(ctx, s.store, rec, a, b, dyadGatheringsMax)
		if err != nil {
			return nil, err
		}
		m := newModel(st, rec, infos, cs)
		if w.Partial() {
			m.window = &w
		}
		if d := m.byDyad[dyadKey(a, b)]; d != nil && gatherings >= 0 {
			// addClosers may have added an earlier gathering (an
			// invitation's closer): Multilateral keeps the latest.
			d.Multilateral = d.Multilateral[max(0, len(d.Multilateral)-dyadGatheringsMax):]
			d.gatherings = gatherings
		}
		return m, nil
	})
}

// actorOf returns the actor an id names: a global id, an article-local key
// ("article/person:name") or a country key ("country:VN").
func (s *Server) actorOf(ctx context.Context, id string) (*accord.Actor, error) {
	rec, err := s.store.RecordOf(ctx, accord.RecordQuery{IDs: []string{id}})
	if err != nil {
		return nil, err
	}
	for i := range rec.Actors {
		if rec.Actors[i].ID == id {
			return &rec.Actors[i], nil
		}
	}
	global := ""
	if c, ok := strings.CutPrefix(id, string(accord.Country)+":"); ok {
		global = strings.ToUpper(c)
	} else if art, _, ok := strings.Cut(id, "/"); ok {
		keys, err := s.store.ActorKeys(ctx, art)
		if err != nil {
			return nil, err
		}
		global = keys[id]
	}
	if global == "" || global == id {
		return nil, accord.Errorf(accord.ENOTFOUND, "no actor %q", id)
	}
	return s.actorOf(ctx, global)
}

// actorModel returns the model of an actor's page: the actor, their latest
// engagements (all of them with all set), and the actors these name.
func (s *Server) actorModel(ctx context.Context, a *accord.Actor, all bool) (*model, int, error) {
	limit, k := actorPageMax, "actor\x00"
	if all {
		limit, k = 0, "actor all\x00"
	}
	total := 0
	m, err := s.cached(ctx, k+a.ID, func(st accord.Stats, cs map[string]string) (*model, error) {
		rec, err := s.actorLatest(ctx, a, limit)
		if err != nil {
			return nil, err
		}
		return s.listModel(ctx, st, cs, rec)
	})
	if err != nil {
		return nil, 0, err
	}
	total = len(m.byActor[a.ID])
	if !all && total >= actorPageMax {
		kc, err := s.store.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyActor + a.ID, Limit: 4})
		if err != nil {
			return nil, 0, err
		}
		for _, c := range kc {
			if c.Key == accord.KeyActor+a.ID {
				total = c.Count
			}
		}
	}
	return m, total, nil
}

// idModel returns the model of entities by id, with the actors they name.
func (s *Server) idModel(ctx context.Context, ids ...string) (*model, error) {
	return s.cached(ctx, "ids\x00"+strings.Join(ids, "\x00"), func(st accord.Stats, cs map[string]string) (*model, error) {
		rec, err := s.store.RecordOf(ctx, accord.RecordQuery{IDs: ids, Actors: true})
		if err != nil {
			return nil, err
		}
		if err := s.addClosers(ctx, rec); err != nil {
			return nil, err
		}
		// The articles of the engagements only: a target's page, chart
		// and JSON show each statement's own date and quote, never its
		// article's title, and a target restated in every article about
		// a busy pair cites thousands.
		infos, err := view.ReportArticles(ctx, s.store, &accord.Record{Engagements: rec.Engagements, Pending: rec.Pending})
		if err != nil {
			return nil, err
		}
		return newModel(st, rec, infos, cs), nil
	})
}

// articleModel returns the model of an article's page: the engagements
// and targets it reports or states, the actors they name, and its local
// actors' global ones.
func (s *Server) articleModel(ctx context.Context, id string, facts *accord.ArticleFacts) (*model, error) {
	st, cs, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyReport + id}, Actors: true})
	if err != nil {
		return nil, err
	}
	if facts != nil && len(facts.Actors) > 0 {
		keys, err := s.store.ActorKeys(ctx, id)
		if err != nil {
			return nil, err
		}
		// The article's actors, with their keys as the whole record's
		// index has them (consolidate.ActorFor).
		var ids []string
		for _, g := range keys {
			ids = append(ids, g)
		}
		for _, la := range facts.Actors {
			if c, ok := strings.CutPrefix(la.ID, string(accord.Country)+":"); ok {
				if _, known := cs[strings.ToUpper(c)]; known {
					ids = append(ids, strings.ToUpper(c))
				}
			}
		}
		more, err := s.store.RecordOf(ctx, accord.RecordQuery{IDs: uniqStrings(ids)})
		if err != nil {
			return nil, err
		}
		more.Engagements, more.Pending, more.Targets = nil, nil, nil
		view.Merge(rec, more)
		byID := map[string]*accord.Actor{}
		for i := range rec.Actors {
			byID[rec.Actors[i].ID] = &rec.Actors[i]
		}
		for k, g := range keys {
			if a := byID[g]; a != nil && !slices.Contains(a.Keys, k) {
				a.Keys = append(a.Keys, k)
			}
		}
		for _, a := range byID {
			if a.Type == accord.Country && a.Country != "" {
				a.Keys = append(a.Keys, accord.ActorKey(accord.Country, a.ID))
			}
		}
	}
	return s.partModel(ctx, st, cs, rec)
}

func uniqStrings(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// lru is a small cache of models, least recently used out first.
type lru struct {
	mu     sync.Mutex
	max    int
	weight int        // of the entries kept: at most modelCacheWeight
	order  *list.List // of *lruEntry, most recent first
	byKey  map[string]*list.Element
}

type lruEntry struct {
	key    string
	m      any
	weight int
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *lru) get(key string) any {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el := c.byKey[key]; el != nil {
		c.order.MoveToFront(el)
		return el.Value.(*lruEntry).m
	}
	return nil
}

func (c *lru) put(key string, m any, weight int) {
	if weight > modelCacheWeight {
		return // built for one request, not kept
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el := c.byKey[key]; el != nil {
		e := el.Value.(*lruEntry)
		c.weight += weight - e.weight
		e.m, e.weight = m, weight
		c.order.MoveToFront(el)
	} else {
		c.byKey[key] = c.order.PushFront(&lruEntry{key, m, weight})
		c.weight += weight
	}
	for c.order.Len() > c.max || c.weight > modelCacheWeight {
		el := c.order.Back()
		e := el.Value.(*lruEntry)
		c.order.Remove(el)
		delete(c.byKey, e.key)
		c.weight -= e.weight
	}
}

func (c *lru) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.order.Init()
	clear(c.byKey)
	c.weight = 0
}

// dyadList returns the relationships, most engaged first, from the
// record's index: each pair's held bilateral contacts and latest one (its
// "b:" key), its invitations, and the targets the two hold together. The
// gatherings both attended are counted on the relationship's own page.
func (s *Server) dyadList(ctx context.Context, limit, offset int) ([]dyadRow, error) {
	st, cs, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	key := strings.Join([]string{itoa(int(st.Generation)), "dyads", itoa(limit), itoa(offset)}, "\x00")
	if rows, ok := s.models.get(key).([]dyadRow); ok {
		return rows, nil
	}
	rows, err := s.readDyadList(ctx, cs, limit, offset)
	if err == nil {
		s.models.put(key, rows, 1+len(rows))
	}
	return rows, err
}

func (s *Server) readDyadList(ctx context.Context, cs map[string]string, limit, offset int) ([]dyadRow, error) {
	kc, err := s.store.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyPair, Limit: limit, Offset: offset})
	if err != nil {
		return nil, err
	}
	return s.pairsOf(ctx, cs, kc)
}

// dyadRow is a relationship in lists (GET /api/dyads, the home page): what
// the record's index counts without reading the pair's engagements.
type dyadRow struct {
	Countries   [2]string `json:"countries"`
	Names       [2]string `json:"names"`
	Engagements int       `json:"engagements"`      // held bilateral contacts
	Pending     int       `json:"pending"`          // invitations, open, taken up or lapsed
	Open        int       `json:"open_invitations"` // invitations neither taken up nor lapsed
	Targets     int       `json:"targets"`          // targets the two hold together
	LastContact string    `json:"last_contact,omitempty"`
}

// filterEngagements returns a page of the engagements f selects, in (date,
// id) order: from the index for a country or an actor, else streamed from
// the store, keeping the page only.
func (s *Server) filterEngagements(ctx context.Context, f engagementFilter, limit, offset int) (page[*accord.Engagement], error) {
	p := window[*accord.Engagement]{limit: limit, offset: offset}
	var status []string
	switch f.Status {
	case "pending":
		status = []string{accord.StatusPending}
	case "all":
	default:
		status = []string{"", accord.StatusHeld, accord.StatusMentioned}
	}
	actor := f.Actor
	if actor != "" {
		if a, err := s.actorOf(ctx, actor); err == nil {
			actor = a.ID
		} else if accord.ErrorCode(err) != accord.ENOTFOUND {
			return p.page(), err
		}
	}
	areas := map[string][]string{} // of articles, for engagements without areas
	keep := func(e *accord.Engagement) error {
		if status != nil && !slices.Contains(status, e.Status) {
			return nil
		}
		if f.From != "" && e.Date < f.From || f.To != "" && e.Date > f.To && !strings.HasPrefix(f.To, e.Date) {
			return nil
		}
		if f.Type != "" && string(e.Type) != f.Type || !containsAll(e.Countries, f.Countries) {
			return nil
		}
		if actor != "" && !slices.Contains(e.Participants, actor) {
			return nil
		}
		if f.Area != "" {
			as := e.Areas
			if len(as) == 0 {
				var missing []string
				for _, r := range e.Reports {
					if _, ok := areas[r.Article]; !ok {
						missing = append(missing, r.Article)
					}
				}
				if len(missing) > 0 {
					infos, err := s.store.ArticleInfos(ctx, missing)
					if err != nil {
						return err
					}
					for _, id := range missing {
						areas[id] = nil
						if a := infos[id]; a != nil {
							areas[id] = a.Areas
						}
					}
				}
				for _, r := range e.Reports {
					as = append(as, areas[r.Article]...)
				}
			}
			if !slices.Contains(as, f.Area) {
				return nil
			}
		}
		p.add(e)
		return nil
	}
	var q *accord.RecordQuery
	switch {
	case len(f.Countries) > 0:
		var all []string
		for _, c := range f.Countries[1:] {
			all = append(all, accord.KeyCountry+c)
		}
		q = &accord.RecordQuery{Keys: []string{accord.KeyCountry + f.Countries[0]}, All: all, Kind: accord.KindEngagement}
	case actor != "":
		q = &accord.RecordQuery{Keys: []string{accord.KeyActor + actor}, Kind: accord.KindEngagement}
	}
	if q == nil {
		err := s.store.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindEngagement, Status: status}, func(v any) error {
			return keep(v.(*accord.Engagement))
		})
		return p.page(), err
	}
	rec, err := s.store.RecordOf(ctx, *q)
	if err != nil {
		return p.page(), err
	}
	es := append(rec.Engagements, rec.Pending...)
	slices.SortFunc(es, func(x, y accord.Engagement) int {
		if c := strings.Compare(x.Date, y.Date); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	for i := range es {
		if err := keep(&es[i]); err != nil {
			return p.page(), err
		}
	}
	return p.page(), nil
}
