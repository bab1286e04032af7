package consolidate

import (
	"context"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// rebuildBatch is the number of articles a streaming rebuild merges at once.
const rebuildBatch = 512

// applyPart merges a batch into the stored record reading only the part of
// it the batch can touch (see blocks): the cost of a batch does not depend
// on the size of the store. Articles must come in (published, id) order
// across batches for the result to be Build's; ingest rebuilds otherwise.
func applyPart(ctx context.Context, s accord.Store, added []*accord.ArticleFacts, removed []string) error {
	added = slices.DeleteFunc(slices.Clone(added), func(f *accord.ArticleFacts) bool { return f == nil || f.Article == nil })
	if len(added) == 0 && len(removed) == 0 {
		return nil
	}
	q, core := blocks(added)
	for _, id := range removed {
		q.Keys = append(q.Keys, accord.KeyReport+id)
	}
	rec, err := s.RecordOf(ctx, q)
	if err != nil {
		return err
	}
	st := load(rec)
	st.core = core
	if more := sideBlocks(added, q, rec.Actors); len(more.Keys) > 0 {
		part, err := s.RecordOf(ctx, more)
		if err != nil {
			return err
		}
		st.absorb(part)
	}
	if len(removed) > 0 {
		st.remove(removed)
	}
	st.add(added)
	// A person whose country an article gave first: every engagement of
	// theirs takes the country, not only those of this batch's months.
	if len(st.countried) > 0 {
		var keys []string
		for _, id := range st.countried {
			keys = append(keys, accord.KeyActor+id)
		}
		more, err := s.RecordOf(ctx, accord.RecordQuery{Keys: keys, Kind: accord.KindEngagement, Actors: true})
		if err != nil {
			return err
		}
		st.absorb(more)
		st.fillCountries()
	}
	return s.SaveRecord(ctx, st.change())
}

// blocks returns the query for the part of the record a batch may merge
// with, and the months whose engagements the batch may relink (its months,
// one either side):
//   - the engagements of the batch's countries (and of none) from two months
//     before its reports to two after: where the event a report names is,
//     the visit it was held during, a late fact sheet's visit;
//   - the open invitations of those countries, which a visit may close;
//   - the targets of the same holders and unit;
//   - the actors the batch names (by id, full name and name word: the
//     fuller person a short form is) and those the loaded engagements name.
func blocks(facts []*accord.ArticleFacts) (accord.RecordQuery, map[string]bool) {
	keys := map[string]bool{}
	ids := map[string]bool{}
	core := map[string]bool{}
	for _, f := range facts {
		art := f.Article
		countries := map[string]bool{"": true}
		for _, a := range f.Actors {
			if a.Country != "" {
				countries[strings.ToUpper(a.Country)] = true
			}
			ids[actorID(&a, art.ID)] = true
			if a.Type == accord.Person {
				n := accord.Fold(a.Name)
				keys[accord.KeyName+n] = true
				for _, w := range office.Words(a.Name) {
					keys[accord.KeyWord+w] = true
				}
				for _, w := range strings.Fields(n) {
					keys[accord.KeyWord+w] = true
				}
			}
		}
		for _, list := range [][]accord.Engagement{f.Engagements, f.References, f.Invitations} {
			for _, e := range list {
				for _, c := range e.Countries {
					countries[strings.ToUpper(c)] = true
				}
				if e.Place.Country != "" {
					countries[strings.ToUpper(e.Place.Country)] = true
				}
			}
		}
		for _, m := range factMonths(f) {
			for d := -2; d <= 2; d++ {
				mm := addMonths(m, d)
				if d >= -1 && d <= 1 {
					core[mm] = true
				}
				for c := range countries {
					keys[accord.BlockKey(c, mm)] = true
				}
			}
		}
		for c := range countries {
			if c != "" {
				keys[accord.KeyInvite+c] = true
				ids[c] = true
			}
		}
		keys[accord.KeyInvite+"-"] = true
		for _, t := range f.Targets {
			keys[accord.TargetBlockKey(t.Holders, t.Unit)] = true
			for _, k := range multiplierKeys(&t) {
				keys[k] = true
			}
		}
	}
	q := accord.RecordQuery{Actors: true}
	for k := range keys {
		q.Keys = append(q.Keys, k)
	}
	for id := range ids {
		q.IDs = append(q.IDs, id)
	}
	slices.Sort(q.Keys)
	slices.Sort(q.IDs)
	return q, core
}

// factMonths returns the months an article's facts are of: its
// engagements' dates, their reports' and its own publication, sorted.
func factMonths(f *accord.ArticleFacts) []string {
	var months []string
	for _, list := range [][]accord.Engagement{f.Engagements, f.References, f.Invitations} {
		for _, e := range list {
			if m := month(e.Date); m != "" {
				months = append(months, m)
			}
			for _, ev := range e.Reports {
				if m := month(ev.Published); m != "" {
					months = append(months, m)
				}
			}
		}
	}
	if m := month(f.Article.Published); m != "" {
		months = append(months, m)
	}
	return slices.Compact(slices.Sorted(slices.Values(months)))
}

// absorb adds to the state the entities of rec it does not hold yet, as
// loaded (unchanged).
func (st *state) absorb(rec *accord.Record) { st.absorbRecord(rec, false) }

// absorbOwned is absorb for a record no one else holds, as loadOwned.
func (st *state) absorbOwned(rec *accord.Record) { st.absorbRecord(rec, true) }

func (st *state) absorbRecord(rec *accord.Record, owned bool) {
	accord.Uncurate(rec) // as load does
	for i := range rec.Actors {
		if a := rec.Actors[i]; st.actors[a.ID] == nil {
			st.actors[a.ID] = &a
			if st.byWord != nil && a.Type == accord.Person {
				st.indexWords(a.ID, a.Name)
			}
			if st.byName != nil && a.Type == accord.Person {
				n := office.NameKey(accord.Fold(a.Name))
				st.byName[n] = append(st.byName[n], a.ID)
			}
		}
	}
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			if st.ids[list[i].ID] {
				continue
			}
			e := &list[i]
			if !owned {
				c := list[i]
				e = &c
			}
			st.file(e)
		}
	}
}

// Rebuild consolidates every stored article from scratch and replaces the
// stored record, streaming: the articles in (published, id) order, in
// batches merged as an ingest in date order merges them, so that memory
// does not grow with the store.
func Rebuild(ctx context.Context, s accord.Store) error {
	if err := s.SaveRecord(ctx, &accord.RecordChange{Reset: true}); err != nil {
		return err
	}
	// One writer, in date order: an Applier keeps the months it reads.
	var ap Applier
	batch := make([]*accord.ArticleFacts, 0, rebuildBatch)
	err := s.EachFacts(ctx, func(f *accord.ArticleFacts) error {
		batch = append(batch, f)
		if len(batch) < rebuildBatch {
			return nil
		}
		err := ap.Apply(ctx, s, batch, nil)
		batch = batch[:0]
		return err
	})
	if err != nil {
		return err
	}
	return ap.Apply(ctx, s, batch, nil)
}
