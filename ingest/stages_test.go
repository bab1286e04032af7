package ingest_test

import (
	"context"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/sqlite"
)

// TestIngestStages: an ingest of several batches in date order, saved in
// the background as accord ingest runs it, accounts for its stages' time
// (issue 10): both stages were busy, the merge waited for the record's
// saves through Flush, and the store's writer counts both kinds of write,
// each commit within its hold.
func TestIngestStages(t *testing.T) {
	ctx := context.Background()
	p, s := pipeline(t)
	ap := &consolidate.Applier{Async: true}
	p.Consolidate, p.Reset, p.Flush = ap.Apply, ap.Reset, ap.Flush
	var arts []*accord.Article
	for _, day := range []string{"2025-01-03", "2025-01-20", "2025-02-11", "2025-03-02", "2025-03-30", "2025-04-21"} {
		arts = append(arts, report(day, "Peru", "Ghana"), report(day, "Norway", "Laos"))
	}
	sum, err := p.Ingest(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	st := sum.Stages
	if st.StoreBusy <= 0 || st.MergeBusy <= 0 {
		t.Errorf("stages: store busy %v, merge busy %v; want both > 0", st.StoreBusy, st.MergeBusy)
	}
	if sum.Elapsed < st.StoreBusy || sum.Elapsed < st.MergeBusy+st.MergeIdle {
		t.Errorf("stages %+v longer than the run (%v)", st, sum.Elapsed)
	}
	if ap.Waited() < 0 {
		t.Errorf("Applier.Waited %v", ap.Waited())
	}
	w := s.(*sqlite.DB).WriterTimes()
	for _, c := range []struct {
		name           string
		wait, held, co int64
	}{
		{"articles", int64(w.ArticlesWait), int64(w.ArticlesHeld), int64(w.ArticlesCommit)},
		{"record", int64(w.RecordWait), int64(w.RecordHeld), int64(w.RecordCommit)},
	} {
		if c.held <= 0 || c.co <= 0 || c.co > c.held || c.wait < 0 {
			t.Errorf("writer times of the %s: waited %d held %d committing %d ns", c.name, c.wait, c.held, c.co)
		}
	}
}
