package ingest_test

import (
	"context"
	"strings"
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

// markWrites counts the consolidation marks written, and notes one written
// twice in a row with the same value.
type markWrites struct {
	accord.Store
	writes, repeats int
	last            string
}

func (m *markWrites) SetMeta(ctx context.Context, key, value string) error {
	if key == "consolidated" {
		m.writes++
		if value == m.last {
			m.repeats++
		}
		m.last = value
	}
	return m.Store.SetMeta(ctx, key, value)
}

// TestIngestMarkWrites: an ingest in date order writes the consolidation
// mark when it changes, not again for each stored batch whose days are
// held back ("held" as before: each write waits for SQLite's one writer);
// the run ends with the mark claiming the record, the merge's mark and
// consolidation times within its busy time, and the record as an ingest
// of one article a batch makes it.
func TestIngestMarkWrites(t *testing.T) {
	ctx := context.Background()
	var arts []*accord.Article
	for _, day := range []string{"2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06", "2025-02-11", "2025-02-12", "2025-03-30"} {
		arts = append(arts, report(day, "Peru", "Ghana"), report(day, "Norway", "Laos"))
	}
	var want string
	for _, batch := range []int{1, 2} {
		p, s := pipeline(t)
		ms := &markWrites{Store: s}
		p.Store, p.BatchSize = ms, batch
		sum, err := p.Ingest(ctx, arts)
		if err != nil {
			t.Fatal(err)
		}
		if ms.repeats > 0 || ms.writes == 0 {
			t.Errorf("batch %d: %d mark writes, %d of them the mark as it was", batch, ms.writes, ms.repeats)
		}
		if strings.HasPrefix(ms.last, "held") {
			t.Errorf("batch %d: last mark %q, want the record claimed", batch, ms.last)
		}
		if st := sum.Stages; st.MergeMark <= 0 || st.MergeApply <= 0 || st.MergeMark+st.MergeApply > st.MergeBusy {
			t.Errorf("batch %d: merge busy %v, of it the mark %v and consolidating %v", batch, st.MergeBusy, st.MergeMark, st.MergeApply)
		}
		got := exportJSON(t, s)
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("batch %d: another record than batch 1's", batch)
		}
	}
}
