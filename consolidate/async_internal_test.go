package consolidate

import (
	"context"
	"testing"

	accord "github.com/accordhq/accord"
)

// recordStore is a store that answers RecordOf with one record.
type recordStore struct {
	accord.Store
	rec accord.Record
}

func (s *recordStore) RecordOf(context.Context, accord.RecordQuery) (*accord.Record, error) {
	rec := s.rec
	rec.Engagements = append([]accord.Engagement(nil), s.rec.Engagements...)
	return &rec, nil
}

// TestFetchSkipsPendingDeletes: while a change is being saved in the
// background, the store still returns what the change deletes; the window
// must not take it back.
func TestFetchSkipsPendingDeletes(t *testing.T) {
	s := &recordStore{rec: accord.Record{Engagements: []accord.Engagement{
		{ID: "e1", Type: accord.Talks, Date: "2024-05-02", Countries: []string{"XA", "XB"}},
		{ID: "e2", Type: accord.Talks, Date: "2024-05-03", Countries: []string{"XA", "XB"}},
	}}}
	w := newWindow()
	w.pend = &pendingSave{gone: map[string]bool{ref(accord.KindEngagement, "e1"): true}}
	if err := w.fetch(context.Background(), s, accord.RecordQuery{Keys: []string{"k"}}); err != nil {
		t.Fatal(err)
	}
	if w.engs["e1"] != nil {
		t.Error("the window took back an engagement the change being saved deletes")
	}
	if w.engs["e2"] == nil {
		t.Error("the window did not take an engagement the change leaves")
	}
}

// TestEvictKeepsPendingWrites: the window does not let go of what a change
// being saved writes (read again from the store, it would be its older
// version): evict lets go of nothing and says so, and once the change is
// saved, lets go as before.
func TestEvictKeepsPendingWrites(t *testing.T) {
	defer func(n int) { windowSize = n }(windowSize)
	windowSize = 1
	w := newWindow()
	for _, id := range []string{"e1", "e2"} {
		w.put(&accord.Engagement{ID: id, Type: accord.Talks, Date: "2020-01-05", Countries: []string{"XA", "XB"}})
	}
	core := map[string]bool{"2024-06": true}
	w.pend = &pendingSave{kept: map[string]bool{ref(accord.KindEngagement, "e1"): true}}
	if w.evict(core) || len(w.engs) != 2 {
		t.Fatalf("evict with e1 being saved: kept %d engagements, want both and false", len(w.engs))
	}
	w.pend = nil
	if !w.evict(core) || len(w.engs) != 0 {
		t.Fatalf("evict once saved: kept %d engagements, want none", len(w.engs))
	}
}
