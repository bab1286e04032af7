package view

import (
	"context"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// The views are pure functions of a record; the functions here read from a
// store the part of the record a view needs (a pair's, an actor's, a
// target's), so that no view loads the whole record.

// Reader is what the partial reads need of a store.
type Reader interface {
	accord.RecordReader
	accord.ViewReader
}

// PairRecord returns the part of the record a relationship's views need:
// every engagement and target both countries take part in (their contacts,
// invitations, the gatherings both attended, targets both hold), the
// targets one of them holds that were stated in an article reporting a
// contact between the two, and the actors all these refer to.
func PairRecord(ctx context.Context, s Reader, a, b string) (*accord.Record, error) {
	return pairRecord(ctx, s, a, b, true)
}

// pairRecord is PairRecord, without any target when targets is false (a
// timeline shows none: the targets of a busy pair cost more reads than its
// contacts, a lookup for each article that reports one).
func pairRecord(ctx context.Context, s Reader, a, b string, targets bool) (*accord.Record, error) {
	rec, _, err := pairRecordOpts(ctx, s, a, b, pairOpts{targets: targets})
	return rec, err
}

func pairRecordOpts(ctx context.Context, s Reader, a, b string, o pairOpts) (*accord.Record, gatheringCount, error) {
	targets := o.targets
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	// The pair's own entities by its keys; the gatherings of more countries
	// (and targets of more holders) both took part in by the intersection of
	// their gathering keys, driven by the country with fewer engagements.
	// Both are what the intersection of the two countries' keys gives, at
	// the cost of what is shown rather than of either country's contacts.
	keys, kind := accord.PairKeys(a, b), ""
	if !targets {
		keys, kind = keys[:2], accord.KindEngagement // "bt:" holds the pair's targets
	}
	rec, err := s.RecordOf(ctx, accord.RecordQuery{Keys: keys, Actors: true})
	if err != nil {
		return nil, nil, err
	}
	ga, gb, err := gatheringKeys(ctx, s, a, b)
	if err != nil {
		return nil, nil, err
	}
	gq := accord.RecordQuery{Keys: []string{ga}, All: []string{gb}, Kind: kind, Actors: !o.noGatheringActors}
	var count gatheringCount
	if o.countGatherings {
		if count, err = countGatherings(ctx, s, gq, ""); err != nil {
			return nil, nil, err
		}
		if count != nil && targets {
			gq.Kind = accord.KindTarget // the targets of more holders, still read
		}
	}
	if count == nil && o.latest > 0 {
		more, total, ok, err := latestGatherings(ctx, s, gq, o.latest)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			Merge(rec, more)
			if o.gatherings != nil {
				*o.gatherings = total
			}
			if !targets {
				return rec, nil, nil
			}
			gq.Kind = accord.KindTarget // the targets of more holders, still read
		}
	}
	if count == nil || targets {
		more, err := readGatherings(ctx, s, gq, o)
		if err != nil {
			return nil, nil, err
		}
		Merge(rec, more)
	}
	if !targets {
		return rec, count, nil
	}
	if err := addStatedTargets(ctx, s, rec, a, b, 0); err != nil {
		return nil, nil, err
	}
	return rec, count, nil
}

// gatheringKeys returns the gathering keys of a and b, the country with
// fewer engagements first: an intersection walks its first key.
func gatheringKeys(ctx context.Context, s Reader, a, b string) (string, string, error) {
	na, err := keyCount(ctx, s, accord.KeyCountry+a)
	if err != nil {
		return "", "", err
	}
	nb, err := keyCount(ctx, s, accord.KeyCountry+b)
	if err != nil {
		return "", "", err
	}
	if nb < na {
		a, b = b, a
	}
	return accord.KeyGathering + a, accord.KeyGathering + b, nil
}

// addStatedTargets adds to rec the targets one of a and b holds alone that
// were stated in an article reporting a contact between the two in rec,
// with their latest statements (all when statements is 0).
func addStatedTargets(ctx context.Context, s Reader, rec *accord.Record, a, b string, statements int) error {
	var keys []string
	seen := map[string]bool{}
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for _, e := range list {
			if len(uniq(e.Countries)) != 2 {
				continue
			}
			for _, ev := range e.Reports {
				if !seen[ev.Article] {
					seen[ev.Article] = true
					keys = append(keys, accord.KeyReport+ev.Article)
				}
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	more, err := s.RecordOf(ctx, accord.RecordQuery{Keys: keys, Kind: accord.KindTarget, Actors: true, Statements: statements})
	if err != nil {
		return err
	}
	more.Targets = slices.DeleteFunc(more.Targets, func(t accord.Target) bool {
		hs := uniq(t.Holders)
		return len(hs) != 1 || hs[0] != a && hs[0] != b
	})
	Merge(rec, more)
	return nil
}

func keyCount(ctx context.Context, s accord.RecordReader, key string) (int, error) {
	kc, err := s.KeyCounts(ctx, accord.KeyQuery{Prefix: key, Limit: 8})
	if err != nil {
		return 0, err
	}
	for _, k := range kc {
		if k.Key == key {
			return k.Count, nil
		}
	}
	return 0, nil
}

func uniq(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// Merge adds to dst the entities of src it lacks, keeping each list in
// the order the store gives: actors by id, engagements by (date, id),
// targets by id.
func Merge(dst, src *accord.Record) {
	if src == nil {
		return
	}
	have := map[string]bool{}
	for _, a := range dst.Actors {
		have["a"+a.ID] = true
	}
	for _, list := range [][]accord.Engagement{dst.Engagements, dst.Pending} {
		for _, e := range list {
			have["e"+e.ID] = true
		}
	}
	for _, t := range dst.Targets {
		have["t"+t.ID] = true
	}
	for _, a := range src.Actors {
		if !have["a"+a.ID] {
			have["a"+a.ID] = true
			dst.Actors = append(dst.Actors, a)
		}
	}
	for _, e := range src.Engagements {
		if !have["e"+e.ID] {
			have["e"+e.ID] = true
			dst.Engagements = append(dst.Engagements, e)
		}
	}
	for _, e := range src.Pending {
		if !have["e"+e.ID] {
			have["e"+e.ID] = true
			dst.Pending = append(dst.Pending, e)
		}
	}
	for _, t := range src.Targets {
		if !have["t"+t.ID] {
			have["t"+t.ID] = true
			dst.Targets = append(dst.Targets, t)
		}
	}
	slices.SortFunc(dst.Actors, func(x, y accord.Actor) int { return strings.Compare(x.ID, y.ID) })
	byDate := func(x, y accord.Engagement) int {
		if c := strings.Compare(x.Date, y.Date); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	}
	slices.SortFunc(dst.Engagements, byDate)
	slices.SortFunc(dst.Pending, byDate)
	slices.SortFunc(dst.Targets, func(x, y accord.Target) int { return strings.Compare(x.ID, y.ID) })
}

// FindActor returns the actor a query names: its id, or a folded name or
// alias (persons by their name keys; countries, organizations and places
// among those of their type), as findActor ranks them; nil if none.
func FindActor(ctx context.Context, s Reader, q string) (*accord.Actor, error) {
	if q == "" {
		return nil, nil
	}
	rec, err := s.RecordOf(ctx, accord.RecordQuery{IDs: []string{q}})
	if err != nil {
		return nil, err
	}
	if a := findActor(rec, q); a != nil && a.ID == q {
		return a, nil
	}
	fq := accord.Fold(q)
	if fq == "" {
		return nil, nil
	}
	rec, err = s.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyName + fq, accord.KeyActorType + string(accord.Country)}, Kind: accord.KindActor})
	if err != nil {
		return nil, err
	}
	if a := findActor(rec, q); a != nil {
		return a, nil
	}
	// Organizations and places have no name keys: read those of their types.
	rec, err = s.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyActorType + string(accord.Organization), accord.KeyActorType + string(accord.Place)}, Kind: accord.KindActor})
	if err != nil {
		return nil, err
	}
	return findActor(rec, q), nil
}

// ActorRecord returns the part of the record an actor's profile needs: the
// actor, the engagements they (or, for a country, it) took part in, and the
// actors these refer to.
func ActorRecord(ctx context.Context, s Reader, a *accord.Actor) (*accord.Record, error) {
	rec, _, err := ActorPart(ctx, s, a, 0)
	return rec, err
}

// ActorMax is the number of an actor's engagements a profile reads: a
// leader or a country of a large archive has tens of thousands.
const ActorMax = 200

// ActorPart is ActorRecord reading at most max engagements, the latest
// (0: every one). more reports that the actor has more.
func ActorPart(ctx context.Context, s Reader, a *accord.Actor, max int) (rec *accord.Record, more bool, err error) {
	keys := []string{accord.KeyActor + a.ID}
	if a.Type == accord.Country {
		keys = append(keys, accord.KeyCountry+a.ID)
	}
	rec, err = s.RecordOf(ctx, accord.RecordQuery{Keys: keys, IDs: []string{a.ID}, Kind: accord.KindEngagement, Limit: max, Actors: true})
	if err != nil {
		return nil, false, err
	}
	if max > 0 && len(rec.Engagements)+len(rec.Pending) >= max {
		// The index counts a participant's engagements; a country's
		// also include those it takes part in without a person.
		n, err := keyCount(ctx, s, accord.KeyActor+a.ID)
		if err != nil {
			return nil, false, err
		}
		more = n > max || a.Type == accord.Country
	}
	// The profile shows the actor whole, with its keys as Record gives them
	// (one per article naming it: a bounded read leaves them out).
	for i := range rec.Actors {
		if rec.Actors[i].ID == a.ID && max <= 0 {
			if rec.Actors[i].Keys, err = s.KeysOf(ctx, a.ID); err != nil {
				return nil, false, err
			}
		}
	}
	return rec, more, nil
}

// EngagementsRecord returns the part of the record view.Engagements needs
// for a filter: the engagements of its countries or its actor (all held
// ones when it names neither, streamed from the store and kept only in its
// dates), with the actors they refer to. An actor the store does not know
// gives an empty record.
func EngagementsRecord(ctx context.Context, s Reader, f EngagementFilter) (*accord.Record, error) {
	var codes []string
	for _, c := range f.Countries {
		codes = append(codes, accord.KeyCountry+strings.ToUpper(c))
	}
	from, to := f.From, f.To
	switch {
	case len(codes) > 0:
		return s.RecordOf(ctx, accord.RecordQuery{Keys: codes[:1], All: codes[1:], Kind: accord.KindEngagement, From: from, To: to, Actors: true})
	case f.Actor != "":
		a, err := FindActor(ctx, s, f.Actor)
		if err != nil || a == nil {
			return &accord.Record{}, err
		}
		keys := []string{accord.KeyActor + a.ID, accord.KeyCountry + a.ID}
		rec, err := s.RecordOf(ctx, accord.RecordQuery{Keys: keys, IDs: []string{a.ID}, Kind: accord.KindEngagement, From: from, To: to, Actors: true})
		return rec, err
	}
	rec := &accord.Record{}
	err := s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindEngagement, Status: accord.StatusHeldAll}, func(v any) error {
		e := v.(*accord.Engagement)
		if inRange(e.Date, from, to) && (f.Type == "" || e.Type == f.Type) && (f.Area == "" || slices.Contains(e.Areas, f.Area)) {
			rec.Engagements = append(rec.Engagements, *e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rec, AddActors(ctx, s, rec)
}

// AddActors adds to rec the actors its engagements and targets refer to.
func AddActors(ctx context.Context, s accord.RecordReader, rec *accord.Record) error {
	want := rec.MissingActors()
	if len(want) == 0 {
		return nil
	}
	more, err := s.RecordOf(ctx, accord.RecordQuery{IDs: want})
	if err != nil {
		return err
	}
	more.Engagements, more.Pending, more.Targets = nil, nil, nil // ids name actors here
	Merge(rec, more)
	return nil
}

// TargetsRecord returns the targets a filter's holders select (every
// target, streamed, when it names none).
func TargetsRecord(ctx context.Context, s Reader, holders []string) (*accord.Record, error) {
	if len(holders) > 0 {
		var keys []string
		for _, h := range holders {
			keys = append(keys, accord.KeyCountry+strings.ToUpper(h))
		}
		return s.RecordOf(ctx, accord.RecordQuery{Keys: keys[:1], All: keys[1:], Kind: accord.KindTarget})
	}
	rec := &accord.Record{}
	err := s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindTarget}, func(v any) error {
		rec.Targets = append(rec.Targets, *v.(*accord.Target))
		return nil
	})
	return rec, err
}

// ActorsRecord returns the actors a filter's type or countries select
// (every actor, streamed, when it names neither).
func ActorsRecord(ctx context.Context, s Reader, typ accord.ActorType, countries []string) (*accord.Record, error) {
	var keys []string
	if len(countries) > 0 {
		for _, c := range countries {
			keys = append(keys, accord.KeyCountry+strings.ToUpper(c))
		}
	} else if typ != "" {
		keys = []string{accord.KeyActorType + string(typ)}
	}
	if len(keys) > 0 {
		return s.RecordOf(ctx, accord.RecordQuery{Keys: keys, Kind: accord.KindActor})
	}
	rec := &accord.Record{}
	err := s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindActor}, func(v any) error {
		rec.Actors = append(rec.Actors, *v.(*accord.Actor))
		return nil
	})
	return rec, err
}

// ReportArticles returns the articles (without bodies, with their areas)
// that report, refer to or state the record's engagements and targets.
func ReportArticles(ctx context.Context, s accord.ViewReader, rec *accord.Record) (map[string]*accord.ArticleInfo, error) {
	return s.ArticleInfos(ctx, reportIDs(rec))
}

// TargetArticles returns the articles a target's history cites (those
// WriteTarget names), without
// their areas when the store can leave them out: WriteTarget shows each
// statement's title and file, and a target restated in every article
// about a busy pair cites thousands, each an area lookup more otherwise.
func TargetArticles(ctx context.Context, s accord.ViewReader, t *accord.Target) (map[string]*accord.Article, error) {
	seen := map[string]bool{}
	var ids []string
	for _, h := range t.History {
		if h.Article != "" && !seen[h.Article] {
			seen[h.Article] = true
			ids = append(ids, h.Article)
		}
	}
	return articleHeads(ctx, s, ids)
}

// reportHeads returns the articles rec cites, without their areas when
// the store can leave them out (accord.HeadReader).
func reportHeads(ctx context.Context, s accord.ViewReader, rec *accord.Record) (map[string]*accord.Article, error) {
	return articleHeads(ctx, s, reportIDs(rec))
}

// articleHeads returns the articles among ids, without their areas when
// the store can leave them out (accord.HeadReader).
func articleHeads(ctx context.Context, s accord.ViewReader, ids []string) (map[string]*accord.Article, error) {
	if h, ok := s.(accord.HeadReader); ok {
		return h.ArticleHeads(ctx, ids)
	}
	infos, err := s.ArticleInfos(ctx, ids)
	return Articles(infos), err
}

// reportIDs returns the ids of the articles rec's engagements and targets
// cite, each once.
func reportIDs(rec *accord.Record) []string {
	seen := map[string]bool{}
	var ids []string
	add := func(evs []accord.Evidence) {
		for _, ev := range evs {
			if ev.Article != "" && !seen[ev.Article] {
				seen[ev.Article] = true
				ids = append(ids, ev.Article)
			}
		}
	}
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for _, e := range list {
			add(e.Reports)
			add(e.Refs)
		}
	}
	for _, t := range rec.Targets {
		add(t.Mentions)
		for _, h := range t.History {
			add([]accord.Evidence{h.Evidence})
		}
	}
	return ids
}

// Articles and Areas split ArticleInfos into what the views take.
func Articles(infos map[string]*accord.ArticleInfo) map[string]*accord.Article {
	out := make(map[string]*accord.Article, len(infos))
	for id, a := range infos {
		out[id] = &a.Article
	}
	return out
}

// Areas maps article ids to the areas they name.
func Areas(infos map[string]*accord.ArticleInfo) map[string][]string {
	out := make(map[string][]string, len(infos))
	for id, a := range infos {
		out[id] = a.Areas
	}
	return out
}

// PairTimeline is DyadTimeline over the part of the store's record the
// pair needs (PairPart, at most PairMax held contacts: the latest), with
// the titles of the reporting articles.
func PairTimeline(ctx context.Context, s Reader, a, b, from, to string) (*Timeline, error) {
	return PairTimelineMax(ctx, s, a, b, from, to, PairMax)
}

// PairTimelineMax is PairTimeline reading at most max held contacts (0:
// every one).
func PairTimelineMax(ctx context.Context, s Reader, a, b, from, to string, max int) (*Timeline, error) {
	rec, w, err := pairPart(ctx, s, a, b, from, to, max, false)
	if err != nil {
		return nil, err
	}
	arts, err := reportHeads(ctx, s, rec)
	if err != nil {
		return nil, err
	}
	t := DyadTimeline(rec, arts, a, b, from, to)
	if w.Partial() {
		t.Window = &w
	}
	return t, nil
}
