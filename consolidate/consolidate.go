package consolidate

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
)

// Build consolidates all facts from scratch. It is pure and deterministic:
// the same facts in any order give the same record and ids.
//
// It merges the facts in (published, id) order in batches of rebuildBatch
// articles, as Rebuild does against a store, so that the two agree: the
// passes that follow each batch (countries learnt since, parents, closed
// invitations) see what a date-ordered ingest sees.
func Build(facts []*accord.ArticleFacts) *accord.Record {
	facts = slices.DeleteFunc(slices.Clone(facts), func(f *accord.ArticleFacts) bool { return f == nil || f.Article == nil })
	sortFacts(facts)
	st := newState()
	for i := 0; i < len(facts); i += rebuildBatch {
		st.add(facts[i:min(i+rebuildBatch, len(facts))])
	}
	return st.record()
}

// Update merges new articles' facts into an existing record and returns the
// change to save. It is pure: rec is not modified. removed are the ids of
// articles replaced or deleted: their reports, mentions and keys leave the
// record, and entities left with none are deleted. (Names and roles an
// actor owes to a removed article stay: Apply rebuilds exactly instead.)
func Update(rec *accord.Record, added []*accord.ArticleFacts, removed []string) *accord.RecordChange {
	st := load(rec)
	if len(removed) > 0 {
		st.remove(removed)
	}
	st.add(added)
	return st.change()
}

// Apply is Update against a store: it reads the part of the record the
// added and removed articles can touch, merges and saves the change. The
// reports, mentions and statements of removed articles leave the record,
// and engagements and targets left with none are deleted; names and roles
// an actor owes to a removed article stay (Rebuild is exact).
func Apply(ctx context.Context, s accord.Store, added []*accord.ArticleFacts, removed []string) error {
	return applyPart(ctx, s, added, removed)
}

// add merges articles' facts into the state in (published, id) order, then
// links engagements to their visits and closes fulfilled invitations.
func (st *state) add(facts []*accord.ArticleFacts) {
	facts = slices.Clone(facts)
	facts = slices.DeleteFunc(facts, func(f *accord.ArticleFacts) bool { return f == nil || f.Article == nil })
	sortFacts(facts)
	// The targets on a goroutine of their own, in the same order: a
	// target statement meets only the targets of its holders and unit
	// (their lists, ids and gaps, which nothing else here touches), never
	// an actor or an engagement, so the two merges are the ones made one
	// after the other.
	targets := make(chan struct{})
	go func() {
		defer close(targets)
		for _, f := range facts {
			st.addTargets(f)
		}
	}()
	defer func() { <-targets }() // a panic here leaves no goroutine writing the state
	for _, f := range facts {
		ids := st.addActors(f)
		var visits, invitations []*accord.Engagement
		for _, e := range inArticleOrder(f.Engagements) {
			if e.Status != "" && e.Status != accord.StatusHeld {
				continue
			}
			if g := st.addHeldEngagement(st.globalize(e, ids, f.Article, accord.StatusHeld)); g != nil && g.Type == accord.Visit {
				visits = append(visits, g)
			}
		}
		// References and invitations match what is known so far, so that
		// Update, which sees articles as they come, gives the same record.
		for j := range f.References {
			st.addReference(st.globalize(&f.References[j], ids, f.Article, accord.StatusMentioned))
		}
		for j := range f.Invitations {
			if p := st.addInvitation(st.globalize(&f.Invitations[j], ids, f.Article, accord.StatusPending)); p != nil {
				invitations = append(invitations, p)
			}
		}
		// Closing as articles come keeps later invitations from merging
		// with fulfilled ones, in Build as in Update.
		st.closeInvitations(visits, invitations)
	}
	<-targets
	st.fillCountries()
	st.linkParents()
	st.reopen()
}

// addTargets merges an article's target statements.
func (st *state) addTargets(f *accord.ArticleFacts) {
	sums := map[string]int{} // the article's sums by holders and unit
	st.artSums = map[string][]artSum{}
	for _, t := range f.Targets {
		k := targetKey(t.Holders, t.Unit)
		sums[k]++
		a := artSum{v: t.Value}
		if len(t.Mentions) > 0 {
			a.quote, a.start = t.Mentions[0].Quote, t.Mentions[0].Start
		}
		st.artSums[k] = append(st.artSums[k], a)
	}
	for j := range f.Targets {
		t := f.Targets[j]
		t.Holders = slices.Clone(t.Holders)
		st.addTargetFact(&t, f.Article, sums[targetKey(t.Holders, t.Unit)])
	}
}

// inArticleOrder returns an article's engagements in the order they are
// merged: visits first, then those its text dates, then those dated only
// by publication, so that the talks a fact sheet names without a date find
// the visit it dates, and a weak date joins a text-dated report.
func inArticleOrder(es []accord.Engagement) []*accord.Engagement {
	out := make([]*accord.Engagement, len(es))
	for i := range es {
		out[i] = &es[i]
	}
	rank := func(e *accord.Engagement) int {
		r := 0
		if e.Type != accord.Visit {
			r += 2
		}
		if weak(e) {
			r++
		}
		return r
	}
	slices.SortStableFunc(out, func(a, b *accord.Engagement) int { return rank(a) - rank(b) })
	return out
}

// fillCountries adds to each engagement the countries its participants act
// for, as later articles may have told a participant's country.
func (st *state) fillCountries() {
	for _, list := range [][]*accord.Engagement{st.held, st.pending, st.mention} {
		for _, e := range list {
			for _, p := range e.Participants {
				a := st.actors[p]
				if a == nil || a.Country == "" || slices.Contains(e.Countries, a.Country) {
					continue
				}
				if a.Type != accord.Person && a.Type != accord.Country {
					continue
				}
				st.touchEngagement(e)
				e.Countries = append(e.Countries, a.Country)
				slices.Sort(e.Countries)
				if e.Status == accord.StatusHeld || e.Status == "" {
					st.indexMC(e)
				}
				st.indexVisit(e)
			}
			// A person's country learnt since names a side a country stood for.
			if st.dropsSide(e.Participants) {
				st.touchEngagement(e)
				e.Participants = st.namedSides(e.Participants)
			}
		}
	}
}

// claim reserves an id, numbering a variant when two entities have the same
// defining content.
func (st *state) claim(id string) string { return claimIn(st.ids, id) }

// claimTarget is claim for a target's id.
func (st *state) claimTarget(id string) string { return claimIn(st.tids, id) }

func claimIn(ids map[string]bool, id string) string {
	base := id
	for n := 2; ids[id]; n++ {
		id = accord.HashID(base[:1], base, strconv.Itoa(n))
	}
	ids[id] = true
	return id
}

// remove takes removed articles out of the state.
func (st *state) remove(removed []string) {
	gone := map[string]bool{}
	for _, id := range removed {
		gone[id] = true
	}
	drop := func(evs []accord.Evidence) ([]accord.Evidence, bool) {
		if !slices.ContainsFunc(evs, func(ev accord.Evidence) bool { return gone[ev.Article] }) {
			return evs, false
		}
		return slices.DeleteFunc(slices.Clone(evs), func(ev accord.Evidence) bool { return gone[ev.Article] }), true
	}
	keep := func(list []*accord.Engagement, evidence func(*accord.Engagement) *[]accord.Evidence) []*accord.Engagement {
		return slices.DeleteFunc(list, func(e *accord.Engagement) bool {
			reps, ch1 := drop(e.Reports)
			refs, ch2 := drop(e.Refs)
			if !ch1 && !ch2 {
				return false
			}
			st.touchEngagement(e)
			e.Reports, e.Refs = reps, refs
			if len(*evidence(e)) == 0 {
				st.deleted = append(st.deleted, accord.EntityRef{Kind: accord.KindEngagement, ID: e.ID})
				delete(st.dirty, e)
				return true
			}
			return false
		})
	}
	reports := func(e *accord.Engagement) *[]accord.Evidence { return &e.Reports }
	st.held = keep(st.held, reports)
	st.pending = keep(st.pending, reports)
	st.mention = keep(st.mention, func(e *accord.Engagement) *[]accord.Evidence { return &e.Refs })
	st.byMonth, st.visitsBy = map[string][]*accord.Engagement{}, map[string][]*accord.Engagement{}
	st.byMC, st.mcKeys = map[mcKey]*mcList{}, map[*accord.Engagement][]mcRef{}
	st.visitsMC, st.vmcKeys = map[mcKey][]*accord.Engagement{}, map[*accord.Engagement][]mcKey{}
	for _, e := range st.held {
		m := month(e.Date)
		st.byMonth[m] = append(st.byMonth[m], e)
		if e.Type == accord.Visit {
			st.visitsBy[m] = append(st.visitsBy[m], e)
		}
		st.indexMC(e)
		st.indexVisit(e)
	}
	st.targets = slices.DeleteFunc(st.targets, func(t *accord.Target) bool {
		ms, ch := drop(t.Mentions)
		if !ch {
			return false
		}
		st.touchTarget(t)
		t.Mentions = ms
		t.History = slices.DeleteFunc(t.History, func(h accord.Restatement) bool { return gone[h.Article] })
		if len(t.Mentions) == 0 {
			st.deleted = append(st.deleted, accord.EntityRef{Kind: accord.KindTarget, ID: t.ID})
			delete(st.tdirty, t)
			return true
		}
		st.refreshTarget(t)
		return false
	})
	st.targetsBy = map[string][]*accord.Target{}
	for _, t := range st.targets {
		k := targetKey(t.Holders, t.Unit)
		st.targetsBy[k] = append(st.targetsBy[k], t)
	}
	for id, a := range st.actors {
		if !slices.ContainsFunc(a.Keys, func(k string) bool { art, _, ok := strings.Cut(k, "/"); return ok && gone[art] }) {
			continue
		}
		st.touchActor(a)
		a.Keys = slices.DeleteFunc(a.Keys, func(k string) bool { art, _, ok := strings.Cut(k, "/"); return ok && gone[art] })
		if len(a.Keys) == 0 {
			st.deleted = append(st.deleted, accord.EntityRef{Kind: accord.KindActor, ID: id})
			delete(st.dirty, a)
			delete(st.actors, id)
		}
	}
}

// Rebased returns next with the ids of old kept for the entities that
// survive: an engagement or target sharing a report or mention with an old
// one takes its id. Parents and closing engagements follow.
func Rebased(old, next *accord.Record) *accord.Record {
	type key struct {
		article string
		start   int
	}
	owner := map[key]string{}
	index := func(id string, evs []accord.Evidence) {
		for _, ev := range evs {
			if _, ok := owner[key{ev.Article, ev.Start}]; !ok {
				owner[key{ev.Article, ev.Start}] = id
			}
		}
	}
	for _, list := range [][]accord.Engagement{old.Engagements, old.Pending} {
		for _, e := range list {
			index(e.ID, e.Reports)
			index(e.ID, e.Refs)
		}
	}
	for _, t := range old.Targets {
		index(t.ID, t.Mentions)
	}
	taken := map[string]bool{}
	rename := map[string]string{}
	find := func(id string, evs []accord.Evidence) {
		for _, ev := range evs {
			if o, ok := owner[key{ev.Article, ev.Start}]; ok && !taken[o] {
				taken[o] = true
				if o != id {
					rename[id] = o
				}
				return
			}
		}
	}
	for _, list := range [][]accord.Engagement{next.Engagements, next.Pending} {
		for _, e := range list {
			find(e.ID, append(slices.Clone(e.Reports), e.Refs...))
		}
	}
	for _, t := range next.Targets {
		find(t.ID, t.Mentions)
	}
	out := *next
	out.Engagements = slices.Clone(next.Engagements)
	out.Pending = slices.Clone(next.Pending)
	out.Targets = slices.Clone(next.Targets)
	for _, list := range [][]accord.Engagement{out.Engagements, out.Pending} {
		for i := range list {
			e := &list[i]
			if r, ok := rename[e.ID]; ok {
				e.ID = r
			}
			if r, ok := rename[e.Parent]; ok {
				e.Parent = r
			}
			if r, ok := rename[e.ClosedBy]; ok {
				e.ClosedBy = r
			}
		}
	}
	for i := range out.Targets {
		if r, ok := rename[out.Targets[i].ID]; ok {
			out.Targets[i].ID = r
		}
	}
	SortEngagements(out.Engagements)
	SortEngagements(out.Pending)
	SortTargets(out.Targets)
	return &out
}

// Diff returns the change that turns record old into next.
func Diff(old, next *accord.Record) *accord.RecordChange {
	c := &accord.RecordChange{}
	oldActors := map[string]*accord.Actor{}
	for i := range old.Actors {
		oldActors[old.Actors[i].ID] = &old.Actors[i]
	}
	for i := range next.Actors {
		a := &next.Actors[i]
		if o := oldActors[a.ID]; o == nil || !reflect.DeepEqual(*o, *a) {
			c.Actors = append(c.Actors, *a)
		}
		delete(oldActors, a.ID)
	}
	for id := range oldActors {
		c.Deleted = append(c.Deleted, accord.EntityRef{Kind: accord.KindActor, ID: id})
	}
	oldEngs := map[string]*accord.Engagement{}
	for _, list := range [][]accord.Engagement{old.Engagements, old.Pending} {
		for i := range list {
			oldEngs[list[i].ID] = &list[i]
		}
	}
	for _, list := range [][]accord.Engagement{next.Engagements, next.Pending} {
		for i := range list {
			e := &list[i]
			if o := oldEngs[e.ID]; o == nil || !reflect.DeepEqual(*o, *e) {
				c.Engagements = append(c.Engagements, *e)
			}
			delete(oldEngs, e.ID)
		}
	}
	for id := range oldEngs {
		c.Deleted = append(c.Deleted, accord.EntityRef{Kind: accord.KindEngagement, ID: id})
	}
	oldTargets := map[string]*accord.Target{}
	for i := range old.Targets {
		oldTargets[old.Targets[i].ID] = &old.Targets[i]
	}
	for i := range next.Targets {
		t := &next.Targets[i]
		if o := oldTargets[t.ID]; o == nil || !reflect.DeepEqual(*o, *t) {
			c.Targets = append(c.Targets, *t)
		}
		delete(oldTargets, t.ID)
	}
	for id := range oldTargets {
		c.Deleted = append(c.Deleted, accord.EntityRef{Kind: accord.KindTarget, ID: id})
	}
	slices.SortFunc(c.Deleted, func(a, b accord.EntityRef) int {
		if a.Kind != b.Kind {
			return strings.Compare(a.Kind, b.Kind)
		}
		return strings.Compare(a.ID, b.ID)
	})
	return c
}

// ApplyChange returns rec with a change applied, as a store would: for
// tests and for callers that keep a record in memory.
func ApplyChange(rec *accord.Record, c *accord.RecordChange) *accord.Record {
	actors := map[string]accord.Actor{}
	engs := map[string]accord.Engagement{}
	targets := map[string]accord.Target{}
	if !c.Reset && rec != nil {
		for _, a := range rec.Actors {
			actors[a.ID] = a
		}
		for _, e := range append(slices.Clone(rec.Engagements), rec.Pending...) {
			engs[e.ID] = e
		}
		for _, t := range rec.Targets {
			targets[t.ID] = t
		}
	}
	for _, d := range c.Deleted {
		switch d.Kind {
		case accord.KindActor:
			delete(actors, d.ID)
		case accord.KindEngagement:
			delete(engs, d.ID)
		case accord.KindTarget:
			delete(targets, d.ID)
		}
	}
	for _, a := range c.Actors {
		actors[a.ID] = a
	}
	for _, e := range c.Engagements {
		engs[e.ID] = e
	}
	for _, t := range c.Targets {
		targets[t.ID] = t
	}
	out := &accord.Record{Actors: []accord.Actor{}, Engagements: []accord.Engagement{}, Pending: []accord.Engagement{}, Targets: []accord.Target{}}
	for _, a := range actors {
		out.Actors = append(out.Actors, a)
	}
	sort.Slice(out.Actors, func(i, j int) bool { return out.Actors[i].ID < out.Actors[j].ID })
	for _, e := range engs {
		if e.Status == accord.StatusPending || e.Status == accord.StatusMentioned {
			out.Pending = append(out.Pending, e)
		} else {
			out.Engagements = append(out.Engagements, e)
		}
	}
	SortEngagements(out.Engagements)
	SortEngagements(out.Pending)
	for _, t := range targets {
		out.Targets = append(out.Targets, t)
	}
	SortTargets(out.Targets)
	return out
}

// sortFacts puts facts in (published, id) order, the order news arrives in.
func sortFacts(facts []*accord.ArticleFacts) {
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i].Article, facts[j].Article
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
}
