package consolidate

import (
	"context"

	accord "github.com/accordhq/accord"
)

// Applier is Apply for a run of many batches (an ingest): it keeps the
// record in memory between calls, so that the store's record is loaded once
// rather than for every batch. It reloads when the store's counts of
// actors, engagements and targets are not those of the record it keeps
// (another writer changed the record), and after an error.
// An Applier serves one store; it is not safe for concurrent use.
type Applier struct {
	rec *accord.Record
}

// Apply merges the added articles' facts into the record and saves the
// change, as the package-level Apply does.
func (a *Applier) Apply(ctx context.Context, s accord.Store, added []*accord.ArticleFacts, removed []string) error {
	if a.rec != nil {
		st, err := s.Stats(ctx)
		if err != nil || !a.matches(st) {
			a.rec = nil
		}
	}
	if a.rec == nil || len(removed) > 0 {
		a.rec = nil
		if err := Apply(ctx, s, added, removed); err != nil {
			return err
		}
		rec, err := s.Record(ctx)
		if err != nil {
			return err
		}
		a.rec = ApplyChange(nil, recordAsChange(rec))
		return nil
	}
	c := Update(a.rec, added, nil)
	if err := s.SaveRecord(ctx, c); err != nil {
		a.rec = nil
		return err
	}
	a.rec = ApplyChange(a.rec, c)
	return nil
}

// Reset drops the record kept in memory: the next Apply loads the store's.
func (a *Applier) Reset() { a.rec = nil }

// matches reports whether the store's counts are those of the kept record.
func (a *Applier) matches(st accord.Stats) bool {
	engagements := len(a.rec.Engagements)
	for _, e := range a.rec.Pending {
		if e.Status != accord.StatusPending {
			engagements++ // a store counts mentions with the held
		}
	}
	return st.Actors == len(a.rec.Actors) && st.Targets == len(a.rec.Targets) && st.Engagements == engagements
}

func recordAsChange(rec *accord.Record) *accord.RecordChange {
	c := &accord.RecordChange{Reset: true, Actors: rec.Actors, Targets: rec.Targets}
	c.Engagements = append(append([]accord.Engagement{}, rec.Engagements...), rec.Pending...)
	return c
}
