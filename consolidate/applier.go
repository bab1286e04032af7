package consolidate

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// windowSize is the number of engagements an Applier keeps before it lets
// go of the months behind the news it merges.
var windowSize = 40_000

// Applier is Apply for a run of many batches (an ingest in date order). It
// keeps the blocks of the record recent batches read (see blocks), indexed
// by key as the store indexes them, so that a batch reads from the store
// only the blocks no earlier batch read: news in date order touches the
// same months batch after batch. Months well behind the batches are let go
// once more than windowSize engagements are kept, so memory stays bounded.
//
// The blocks kept are current only while this Applier is the record's one
// writer: call Reset when another writer may have changed the record (the
// ingest pipeline does, from the consolidation mark). An Applier serves one
// store; it is not safe for concurrent use.
type Applier struct {
	w *window
	// whole counts the batches merged with the targets' lists read whole
	// (tgap.go).
	whole int
	// Async saves each change in the background while the next batch
	// merges (issue 10): the store's writes and the merge then take the
	// two cores instead of one after the other. At most one save runs;
	// Flush waits for it. The caller must keep other writers of the record
	// out until Flush (the ingest pipeline holds the record lock).
	Async bool
	save  *pendingSave
	// waited is how long Flush waited for background saves.
	waited atomic.Int64
}

// pendingSave is a change being saved in the background.
type pendingSave struct {
	done chan struct{}
	err  error
	// gone: the entities it deletes (kind/id), which the store may still
	// return until it is done; kept: those it writes, which the window
	// keeps until then (the store may still return older versions).
	gone, kept map[string]bool
}

// Reset drops what the Applier keeps: the next batch reads from the store.
func (a *Applier) Reset() { a.w = nil }

// Flush waits for the change being saved in the background, if any, and
// returns its error.
func (a *Applier) Flush(ctx context.Context) error {
	p := a.save
	if p == nil {
		return nil
	}
	t := time.Now()
	select {
	case <-p.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	a.waited.Add(int64(time.Since(t)))
	a.save = nil
	if a.w != nil {
		a.w.pend = nil
	}
	if p.err != nil {
		a.w = nil
	}
	return p.err
}

// Waited returns how long Flush has waited for background saves: with
// Async, the merge's time spent waiting for the store's record writes.
func (a *Applier) Waited() time.Duration { return time.Duration(a.waited.Load()) }

// saved forgets a background save that has ended, and returns its error.
func (a *Applier) saved() error {
	if p := a.save; p != nil {
		select {
		case <-p.done:
			return a.Flush(context.Background())
		default:
		}
	}
	return nil
}

// saveChange saves c, in the background when a.Async: the store gets a
// copy of c (see deepCopy), and the window protects what c changes until
// it is saved.
func (a *Applier) saveChange(ctx context.Context, s accord.Store, c *accord.RecordChange) error {
	if !a.Async {
		return s.SaveRecord(ctx, c)
	}
	if err := a.Flush(ctx); err != nil {
		return err
	}
	p := &pendingSave{done: make(chan struct{}), gone: map[string]bool{}, kept: map[string]bool{}}
	for _, d := range c.Deleted {
		p.gone[ref(d.Kind, d.ID)] = true
	}
	for i := range c.Actors {
		p.kept[ref(accord.KindActor, c.Actors[i].ID)] = true
	}
	for i := range c.Engagements {
		p.kept[ref(accord.KindEngagement, c.Engagements[i].ID)] = true
	}
	for i := range c.Targets {
		p.kept[ref(accord.KindTarget, c.Targets[i].ID)] = true
	}
	cc := deepCopy(c)
	a.save = p
	a.w.pend = p
	go func() {
		defer close(p.done)
		p.err = s.SaveRecord(context.WithoutCancel(ctx), cc)
	}()
	return nil
}

// Apply merges the added articles' facts into the record and saves the
// change, as the package-level Apply does.
func (a *Applier) Apply(ctx context.Context, s accord.Store, added []*accord.ArticleFacts, removed []string) error {
	added = slices.DeleteFunc(slices.Clone(added), func(f *accord.ArticleFacts) bool { return f == nil || f.Article == nil })
	if err := a.saved(); err != nil {
		return err
	}
	if len(removed) > 0 || a.w == nil {
		// What follows reads the store alone: the change before must be
		// in it.
		if err := a.Flush(ctx); err != nil {
			return err
		}
	}
	if len(removed) > 0 {
		a.w = nil
		return Apply(ctx, s, added, removed)
	}
	if len(added) == 0 {
		return nil
	}
	if a.w == nil {
		a.w = newWindow()
		if ap, ok := s.(accord.StatementAppender); ok && ap.AppendsStatements() {
			a.w.gaps = map[string]*gap{}
		}
	}
	err := a.apply(ctx, s, added)
	if err != nil {
		a.w = nil // what is kept may no longer be the store's
	}
	return err
}

func (a *Applier) apply(ctx context.Context, s accord.Store, added []*accord.ArticleFacts) error {
	w := a.w
	q, core := blocks(added)
	if err := w.fetch(ctx, s, q); err != nil {
		return err
	}
	part := w.part(q)
	if blockDiag {
		diagPart(w, q, part)
	}
	st := loadOwned(part)
	st.core = core
	st.gaps = w.gaps
	st.tsums = w.tsums
	if more := sideBlocks(added, q, part.Actors); len(more.Keys) > 0 {
		if err := w.fetch(ctx, s, more); err != nil {
			return err
		}
		st.absorbOwned(w.part(more))
	}
	st.add(added)
	if st.needWhole {
		// A statement the targets' kept lists cannot place (tgap.go):
		// this batch as Apply merges it, and a new window after it.
		a.w = nil
		a.whole++
		if err := a.Flush(ctx); err != nil {
			return err
		}
		return applyPart(ctx, s, added, nil)
	}
	if len(st.countried) > 0 {
		more := accord.RecordQuery{Kind: accord.KindEngagement, Actors: true}
		for _, id := range st.countried {
			more.Keys = append(more.Keys, accord.KeyActor+id)
		}
		if err := w.fetch(ctx, s, more); err != nil {
			return err
		}
		st.absorbOwned(w.part(more))
		st.fillCountries()
	}
	c := st.change()
	if err := a.saveChange(ctx, s, c); err != nil {
		return err
	}
	w.apply(c)
	if !w.evict(core) {
		if err := a.Flush(ctx); err != nil {
			return err
		}
		w.evict(core)
	}
	return nil
}

// window is the part of the stored record an Applier keeps, indexed by the
// keys of accord.EntityKeys.
type window struct {
	actors  map[string]*accord.Actor
	engs    map[string]*accord.Engagement
	targets map[string]*accord.Target
	byKey   map[string]map[wref]any // key → entities, each with its kept version
	// live are the kept engagements (engs' values), by pointer: the
	// window's order is checked against it after every batch, and a
	// pointer hashes faster than an id.
	live   map[*accord.Engagement]struct{}
	loaded map[string]bool // keys whose every entity is kept; "id:" ids asked for
	// order is the kept engagements by date and id, as a batch's part
	// lists them, with some no longer kept (dropped or replaced since:
	// engs says); fresh are those put since order was last brought up to
	// date. A batch's part is most of the window: sorting it anew each
	// time cost more than the merge's own passes over it.
	order, fresh []*accord.Engagement
	// gaps, when the store appends targets' statements, are what the
	// targets kept leave out of their lists, by id (tgap.go); nil: they
	// are kept whole.
	gaps map[string]*gap
	// pend is the change being saved in the background (Applier.Async).
	pend *pendingSave
	// tsums are the kept targets' summaries (tsum.go), by id, worked out
	// as a batch's statements meet them: a busy block's targets are met
	// by a statement or two a batch, batch after batch.
	tsums map[string]*tsum
}

func newWindow() *window {
	return &window{
		actors:  map[string]*accord.Actor{},
		engs:    map[string]*accord.Engagement{},
		targets: map[string]*accord.Target{},
		byKey:   map[string]map[wref]any{},
		live:    map[*accord.Engagement]struct{}{},
		loaded:  map[string]bool{},
		tsums:   map[string]*tsum{},
	}
}

// fetch reads from the store the keys and ids of q not kept yet.
func (w *window) fetch(ctx context.Context, s accord.Store, q accord.RecordQuery) error {
	need := accord.RecordQuery{Kind: q.Kind, Actors: q.Actors}
	for _, k := range q.Keys {
		if !w.loaded[k] {
			need.Keys = append(need.Keys, k)
		}
	}
	for _, id := range q.IDs {
		if !w.loaded["id:"+id] {
			need.IDs = append(need.IDs, id)
		}
	}
	if len(need.Keys) == 0 && len(need.IDs) == 0 {
		return nil
	}
	rec, err := s.RecordOf(ctx, need)
	if err != nil {
		return err
	}
	// While a change is being saved, the store may still hold what it
	// deletes: the window keeps what it writes, and what it deletes is
	// not taken.
	gone := func(kind, id string) bool { return w.pend != nil && w.pend.gone[ref(kind, id)] }
	for i := range rec.Actors {
		if w.actors[rec.Actors[i].ID] == nil && !gone(accord.KindActor, rec.Actors[i].ID) {
			w.put(&rec.Actors[i])
		}
	}
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			if w.engs[list[i].ID] == nil && !gone(accord.KindEngagement, list[i].ID) {
				w.put(&list[i])
			}
		}
	}
	for i := range rec.Targets {
		if w.targets[rec.Targets[i].ID] == nil && !gone(accord.KindTarget, rec.Targets[i].ID) {
			w.put(&rec.Targets[i])
		}
	}
	if q.Kind == "" {
		for _, k := range need.Keys {
			w.loaded[k] = true
		}
	}
	for _, id := range need.IDs {
		w.loaded["id:"+id] = true
	}
	return nil
}

func ref(kind, id string) string { return kind + "/" + id }

// wref is an entity of the window: its kind and id.
type wref struct{ kind, id string }

// put keeps an entity (replacing any kept version) under its keys.
func (w *window) put(v any) {
	switch x := v.(type) {
	case *accord.Actor:
		w.drop(accord.KindActor, x.ID)
		w.actors[x.ID] = x
		w.index(accord.KindActor, x.ID, x)
	case *accord.Engagement:
		w.drop(accord.KindEngagement, x.ID)
		w.engs[x.ID] = x
		w.live[x] = struct{}{}
		w.fresh = append(w.fresh, x)
		if len(w.fresh) > len(w.engs) {
			w.ordered() // lets go of those dropped since
		}
		w.index(accord.KindEngagement, x.ID, x)
	case *accord.Target:
		g := w.gaps[x.ID]
		w.drop(accord.KindTarget, x.ID)
		if w.gaps != nil && x.Curation == nil {
			// A saved change's target leaves out what its kept version
			// did (as many); one read from the store, nothing yet.
			// (Without it, none is kept: a batch that meets the target
			// is merged with its lists whole.)
			whole := x.Unlisted == (accord.Unlisted{})
			if whole {
				g = nil
			}
			if whole || g != nil {
				if g = trim(x, g); g != nil {
					w.gaps[x.ID] = g
				}
			}
		}
		w.targets[x.ID] = x
		w.index(accord.KindTarget, x.ID, x)
	}
}

// windowKeys are the key prefixes an Applier asks for (blocks, and an
// actor's engagements when an article gives a person's country first):
// the window indexes only these. A target has a report key for every
// article that states it, thousands for a busy pair's, which no batch asks
// the window for.
var windowKeys = []string{accord.KeyBlock, accord.KeyInvite, accord.KeyTarget, accord.KeyName, accord.KeyWord, accord.KeyActor}

func windowKey(k string) bool {
	for _, p := range windowKeys {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// keysOf returns the keys of an entity the window may index (windowKey
// filters them). A target's are its holders' block alone: EntityKeys would
// also make a report key for each of a busy target's thousands of mentions,
// at each put and drop.
func keysOf(v any) []string {
	if t, ok := v.(*accord.Target); ok && t.Curation == nil {
		return []string{accord.TargetBlockKey(t.Holders, t.Unit)}
	}
	keys, _ := accord.EntityKeys(v)
	if a, ok := v.(*accord.Actor); ok && loneWord(a) {
		keys = slices.DeleteFunc(keys, func(k string) bool {
			return strings.HasPrefix(k, accord.KeyName) || strings.HasPrefix(k, accord.KeyWord)
		})
	}
	return keys
}

// loneWord reports whether a is a person named by one word ("Nam"): an
// article's short form, whose id names its article, so that no other
// article's actor is ever it. What a batch reads by name key finds only
// persons of two words or more: the fuller person a short form is
// (fullerPerson: more name words than the short form's), the person of a
// full name (personsNamed, sideBlocks: a folded name with a space). A
// common short form is a new actor in every article that names it, thousands
// under one name key in a large record (issue 10): the window keeps them by
// id, for the engagements that name them, not under their name keys, so
// that a batch's part does not grow with the store.
func loneWord(a *accord.Actor) bool {
	return a.Type == accord.Person && !strings.Contains(accord.Fold(a.Name), " ") && len(office.Words(a.Name)) <= 1
}

func (w *window) index(kind, id string, v any) {
	keys := keysOf(v)
	r := wref{kind, id}
	for _, k := range keys {
		if !windowKey(k) {
			continue
		}
		m := w.byKey[k]
		if m == nil {
			m = map[wref]any{}
			w.byKey[k] = m
		}
		m[r] = v
	}
}

// drop forgets the kept version of an entity and its keys.
func (w *window) drop(kind, id string) {
	var v any
	switch kind {
	case accord.KindActor:
		if a := w.actors[id]; a != nil {
			v = a
		}
		delete(w.actors, id)
	case accord.KindEngagement:
		if e := w.engs[id]; e != nil {
			v = e
			delete(w.live, e)
		}
		delete(w.engs, id)
	case accord.KindTarget:
		if t := w.targets[id]; t != nil {
			v = t
		}
		delete(w.targets, id)
		delete(w.gaps, id)
		delete(w.tsums, id)
	}
	if v == nil {
		return
	}
	keys := keysOf(v)
	r := wref{kind, id}
	for _, k := range keys {
		if !windowKey(k) {
			continue
		}
		if m := w.byKey[k]; m != nil {
			delete(m, r)
			if len(m) == 0 {
				delete(w.byKey, k)
			}
		}
	}
}

// part returns the kept entities q selects, as the store's RecordOf would:
// by key and id, with the actors they refer to when q.Actors is set. The
// record is the caller's own: copies of the kept entities, in lists
// allocated once (a batch's part is most of the window: growing the lists
// by append copied it twice more).
func (w *window) part(q accord.RecordQuery) *accord.Record {
	var acts []*accord.Actor
	var tgts []*accord.Target
	var picked []*accord.Engagement
	// What has been taken, by pointer: a batch's part is most of the
	// window, and hashing a pointer costs less than a kind and an id. An
	// entity of a kind q leaves out is marked all the same (an actor so
	// marked is not added for q.Actors either).
	seenA := map[*accord.Actor]struct{}{}
	seenE := make(map[*accord.Engagement]struct{}, len(w.engs))
	seenT := map[*accord.Target]struct{}{}
	// take takes a kept entity: v is its kept version (byKey's), or nil
	// to look it up by id.
	take := func(r wref, v any) {
		keep := q.Kind == "" || r.kind == q.Kind
		switch r.kind {
		case accord.KindActor:
			a, _ := v.(*accord.Actor)
			if a == nil {
				a = w.actors[r.id]
			}
			if _, ok := seenA[a]; ok {
				return
			}
			seenA[a] = struct{}{}
			if keep {
				acts = append(acts, a)
			}
		case accord.KindEngagement:
			e, _ := v.(*accord.Engagement)
			if e == nil {
				e = w.engs[r.id]
			}
			if _, ok := seenE[e]; ok {
				return
			}
			seenE[e] = struct{}{}
			if keep {
				picked = append(picked, e)
			}
		case accord.KindTarget:
			t, _ := v.(*accord.Target)
			if t == nil {
				t = w.targets[r.id]
			}
			if _, ok := seenT[t]; ok {
				return
			}
			seenT[t] = struct{}{}
			if keep {
				tgts = append(tgts, t)
			}
		}
	}
	for _, k := range q.Keys {
		for r, v := range w.byKey[k] {
			take(r, v)
		}
	}
	for _, id := range q.IDs {
		if w.actors[id] != nil {
			take(wref{accord.KindActor, id}, nil)
		}
		if w.engs[id] != nil {
			take(wref{accord.KindEngagement, id}, nil)
		}
		if w.targets[id] != nil {
			take(wref{accord.KindTarget, id}, nil)
		}
	}
	// The store's order (Record.SortParts), which merges depend on: by
	// date and id, held and pending apart.
	var engs, pend []*accord.Engagement
	for _, e := range w.sorted(picked, seenE) {
		if e.Status == accord.StatusPending {
			pend = append(pend, e)
		} else {
			engs = append(engs, e)
		}
	}
	if q.Actors {
		actor := func(id string) {
			a := w.actors[id]
			if a == nil {
				return
			}
			if _, ok := seenA[a]; !ok {
				seenA[a] = struct{}{}
				acts = append(acts, a)
			}
		}
		for _, list := range [][]*accord.Engagement{engs, pend} {
			for _, e := range list {
				for _, p := range e.Participants {
					actor(p)
				}
				for _, c := range e.Countries {
					actor(c)
				}
			}
		}
		for _, t := range tgts {
			for _, h := range t.Holders {
				actor(h)
			}
		}
	}
	// Sorted as pointers before the copies: moving whole entities about
	// while sorting cost more than the merge's comparisons. Ids are
	// unique, so the order is the same.
	slices.SortFunc(acts, func(a, b *accord.Actor) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(tgts, func(a, b *accord.Target) int { return strings.Compare(a.ID, b.ID) })
	return &accord.Record{
		Actors:      derefs(acts),
		Engagements: derefs(engs),
		Pending:     derefs(pend),
		Targets:     derefs(tgts),
	}
}

// byDate orders engagements by date, then id: the store's order.
func byDate(a, b *accord.Engagement) int {
	if a.Date != b.Date {
		return strings.Compare(a.Date, b.Date)
	}
	return strings.Compare(a.ID, b.ID)
}

// sorted returns picked, the kept engagements that seen holds (all that
// it holds, unless none), by date and id. When they are most of the
// window, it walks the window's order rather than sorting them.
func (w *window) sorted(picked []*accord.Engagement, seen map[*accord.Engagement]struct{}) []*accord.Engagement {
	if len(picked)*8 < len(w.engs) {
		slices.SortFunc(picked, byDate)
		return picked
	}
	out := picked[:0]
	for _, e := range w.ordered() {
		if _, ok := seen[e]; ok {
			out = append(out, e)
		}
	}
	return out
}

// ordered brings the window's order up to date and returns it: the kept
// engagements by date and id.
func (w *window) ordered() []*accord.Engagement {
	live := func(e *accord.Engagement) bool { _, ok := w.live[e]; return ok }
	fresh := slices.DeleteFunc(w.fresh, func(e *accord.Engagement) bool { return !live(e) })
	slices.SortFunc(fresh, byDate)
	old := slices.DeleteFunc(w.order, func(e *accord.Engagement) bool { return !live(e) })
	order := make([]*accord.Engagement, 0, len(old)+len(fresh))
	add := func(e *accord.Engagement) {
		if n := len(order); n == 0 || order[n-1] != e { // one put twice
			order = append(order, e)
		}
	}
	i, j := 0, 0
	for i < len(old) || j < len(fresh) {
		if j == len(fresh) || i < len(old) && byDate(old[i], fresh[j]) <= 0 {
			add(old[i])
			i++
		} else {
			add(fresh[j])
			j++
		}
	}
	w.order, w.fresh = order, nil
	return order
}

// derefs copies the values ps point to into one list (nil for none, as
// append to a nil list left it).
func derefs[T any](ps []*T) []T {
	if len(ps) == 0 {
		return nil
	}
	out := make([]T, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

// apply keeps a saved change.
func (w *window) apply(c *accord.RecordChange) {
	for _, d := range c.Deleted {
		w.drop(d.Kind, d.ID)
	}
	for i := range c.Actors {
		a := c.Actors[i]
		a.Keys = nil // the store keeps them apart; a merge only adds
		w.put(&a)
	}
	for i := range c.Engagements {
		e := c.Engagements[i]
		w.put(&e)
	}
	for i := range c.Targets {
		t := c.Targets[i]
		w.put(&t)
	}
}

// evict lets go of the held engagements of months before the batch's
// earliest core month, less two, when more than windowSize are kept, with
// the month blocks they made whole. Keys whose entities may have been let go
// (an actor's engagements) are no longer whole either. It returns false,
// having let go of nothing, when it would let go of what the background
// save writes: the caller waits for the save and calls it again.
func (w *window) evict(core map[string]bool) bool {
	if len(w.engs) <= windowSize || len(core) == 0 {
		return true
	}
	first := ""
	for m := range core {
		if first == "" || m < first {
			first = m
		}
	}
	cut := addMonths(first, -2)
	// What a background save writes is not let go before it is saved:
	// read again from the store before, it would be its older version.
	// (Rare: a batch writes the months it merges, after the cut.)
	kept := func(kind, id string) bool { return w.pend != nil && w.pend.kept[ref(kind, id)] }
	var engs []string
	for id, e := range w.engs {
		if e.Status != accord.StatusPending && month(e.Date) < cut {
			if kept(accord.KindEngagement, id) {
				return false
			}
			engs = append(engs, id)
		}
	}
	// Targets not stated since the cut go too, a holders' block at a time
	// (all targets of one holders and unit), when none of the block was:
	// all targets together grow with the store. A block with one target
	// stated since (a busy pair's) stays whole, since letting go of the
	// others would have the next batch read the whole block again, every
	// statement of its busy targets with it.
	blocks := map[string][]string{}
	active := map[string]bool{}
	for id, t := range w.targets {
		k := accord.TargetBlockKey(t.Holders, t.Unit)
		blocks[k] = append(blocks[k], id)
		if month(lastStated(t)) >= cut {
			active[k] = true
		}
	}
	for k, ids := range blocks {
		if active[k] {
			continue
		}
		for _, id := range ids {
			if kept(accord.KindTarget, id) {
				return false
			}
		}
	}
	for _, id := range engs {
		w.drop(accord.KindEngagement, id)
	}
	for k, ids := range blocks {
		if active[k] {
			continue
		}
		delete(w.loaded, k)
		for _, id := range ids {
			w.drop(accord.KindTarget, id)
		}
	}
	for k := range w.loaded {
		if strings.HasPrefix(k, accord.KeyBlock) {
			if _, m, _ := strings.Cut(k, "|"); m >= cut {
				continue
			}
		} else if !strings.HasPrefix(k, accord.KeyActor) {
			continue
		}
		delete(w.loaded, k)
	}
	return true
}

// lastStated returns the date of a target's latest mention: its last, as
// mentions are kept in date order (were they not, the target would only be
// read again sooner).
func lastStated(t *accord.Target) string {
	if len(t.Mentions) == 0 {
		return ""
	}
	return t.Mentions[len(t.Mentions)-1].Published
}

// blockDiag (ACCORD_BLOCKDIAG set) has every batch print the size of its
// part of the record, by key prefix, and of the window: what grows with the
// store (issue 10, session 26; eval/read/scale26).
var blockDiag = os.Getenv("ACCORD_BLOCKDIAG") != ""

// diagPart prints a batch's part's sizes: entities under each key prefix
// asked, targets' list lengths, the window's sizes and the Go heap.
func diagPart(w *window, q accord.RecordQuery, part *accord.Record) {
	by := map[string]int{}
	nk := map[string]int{}
	for _, k := range q.Keys {
		by[k[:2]] += len(w.byKey[k])
		nk[k[:2]]++
	}
	ments, hist := 0, 0
	for i := range part.Targets {
		ments += len(part.Targets[i].Mentions)
		hist += len(part.Targets[i].History)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "blockdiag part a=%d e=%d p=%d t=%d ment=%d hist=%d win a=%d e=%d t=%d gaps=%d heap=%dM keys=%v ents=%v\n",
		len(part.Actors), len(part.Engagements), len(part.Pending), len(part.Targets), ments, hist,
		len(w.actors), len(w.engs), len(w.targets), len(w.gaps), ms.HeapAlloc>>20, nk, by)
}
