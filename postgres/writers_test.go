package postgres_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/postgres"
	"github.com/accordhq/accord/read"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

// generated returns n articles of cmd/accordgen's corpus (seed 2), read as
// accord ingest reads them.
func generated(t *testing.T, n int) []*accord.Article {
	t.Helper()
	cmd := exec.Command("go", "run", "./cmd/accordgen", "-n", strconv.Itoa(n), "-seed", "2")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("cmd/accordgen does not run: %v", err)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	var arts []*accord.Article
	err = read.Walk(context.Background(), []string{path}, nil, func(it read.Item) error {
		arts = append(arts, it.Articles...)
		return nil
	})
	if err != nil || len(arts) != n {
		t.Fatalf("read %d of %d generated articles: %v", len(arts), n, err)
	}
	return arts
}

// pipelineOn is the pipeline of accord ingest on its own pool of the store
// at u, as one ingest process has.
func pipelineOn(t *testing.T, u string, x *extract.Extractor) (*ingest.Pipeline, *postgres.DB) {
	t.Helper()
	db := open(t, u)
	t.Cleanup(func() { db.Close() })
	var ap consolidate.Applier
	return &ingest.Pipeline{Store: db, Extract: x.Extract, Consolidate: ap.Apply, Rebuild: consolidate.Rebuild, Reset: ap.Reset, Workers: 1, BatchSize: 40}, db
}

func recordOf(t *testing.T, s accord.Store) *accord.Record {
	t.Helper()
	r, err := s.Record(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSharedWriters ingests generated articles with three pipelines at once
// (each on a pool of its own, as three processes), in two splits: each
// takes every third article (the writers move through the dates together),
// or a third of the dates each (the record can only follow the earliest).
// The record must be the one a single pipeline gives and the one
// consolidate.Rebuild gives, with each article stored once and no rebuild
// needed.
func TestSharedWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts and consolidates 1,500 articles four times")
	}
	serverURL(t)
	arts := generated(t, 1500)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	p, one := pipelineOn(t, freshURL(t), x)
	if _, err := p.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	want := recordOf(t, one)
	if len(want.Engagements) < 100 || len(want.Targets) < 10 {
		t.Fatalf("a record of %d engagements and %d targets: too small to test with", len(want.Engagements), len(want.Targets))
	}
	if err := consolidate.Rebuild(ctx, one); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, recordOf(t, one)); d != "" {
		t.Fatalf("one shared-mode writer's record differs from Rebuild's (-writer +rebuild):\n%s", d)
	}

	splits := map[string]func(i int) int{
		"interleaved": func(i int) int { return i % 3 },
		"by date":     func(i int) int { return 3 * i / len(arts) },
	}
	for name, part := range splits {
		t.Run(name, func(t *testing.T) {
			u := freshURL(t)
			parts := make([][]*accord.Article, 3)
			for i, a := range arts {
				parts[part(i)] = append(parts[part(i)], a)
			}
			// A writer that has stored nothing holds the frontier until the
			// three have joined: none merges before another brings older
			// articles (that would be late, and rebuild).
			gate := open(t, u)
			defer gate.Close()
			id, err := gate.JoinWriters(ctx)
			if err != nil {
				t.Fatal(err)
			}
			sums := make([]*ingest.Summary, 3)
			errs := make([]error, 3)
			var wg sync.WaitGroup
			for i := range parts {
				p, _ := pipelineOn(t, u, x)
				wg.Go(func() { sums[i], errs[i] = p.Ingest(ctx, parts[i]) })
			}
			for {
				if _, live, err := gate.WritersFrontier(ctx); err != nil || live == 4 {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
			if err := gate.LeaveWriters(ctx, id); err != nil {
				t.Fatal(err)
			}
			wg.Wait()
			merged := 0
			for i, err := range errs {
				if err != nil {
					t.Fatalf("writer %d: %v", i, err)
				}
				if sums[i].Shared.Rebuilt {
					t.Errorf("writer %d rebuilt the record: the articles came in order", i)
				}
				merged += sums[i].Shared.Merged
			}
			if merged != len(arts) {
				t.Errorf("the writers merged %d articles, want each of the %d once", merged, len(arts))
			}
			s := open(t, u)
			defer s.Close()
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Articles != len(arts) {
				t.Errorf("%d articles stored, want %d", st.Articles, len(arts))
			}
			if d := cmp.Diff(want, recordOf(t, s)); d != "" {
				t.Errorf("record of three writers differs from one's (-one +three):\n%s", d)
			}
		})
	}
}

// TestSharedWritersLate: a writer that brings articles older than the
// record has merged marks the store, and the last writer to leave rebuilds,
// once: the record is that of all articles in order.
func TestSharedWritersLate(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts and consolidates")
	}
	serverURL(t)
	arts := generated(t, 300)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	p, one := pipelineOn(t, freshURL(t), x)
	if _, err := p.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	want := recordOf(t, one)

	p, s := pipelineOn(t, freshURL(t), x)
	sum, err := p.Ingest(ctx, arts[150:])
	if err != nil {
		t.Fatal(err)
	}
	if sum.Shared.Rebuilt || sum.Shared.Merged != 150 {
		t.Fatalf("first run: merged %d, rebuilt %v; want 150 merged in order", sum.Shared.Merged, sum.Shared.Rebuilt)
	}
	sum, err = p.Ingest(ctx, arts[:150])
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Shared.Rebuilt {
		t.Errorf("older articles did not rebuild the record")
	}
	if d := cmp.Diff(want, recordOf(t, s)); d != "" {
		t.Errorf("record after a late run differs from one run's (-one +late):\n%s", d)
	}
	// The same articles again change nothing and rebuild nothing.
	sum, err = p.Ingest(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Shared.Rebuilt || sum.Unchanged != len(arts) {
		t.Errorf("again: %d unchanged, rebuilt %v; want all unchanged, no rebuild", sum.Unchanged, sum.Shared.Rebuilt)
	}
	// A merger that died between saving a batch and its mark leaves the
	// mark "merging …": the next run rebuilds.
	mark, err := s.Meta(ctx, "consolidated")
	if err != nil || !strings.HasPrefix(mark, "range ") {
		t.Fatalf("mark %q, %v; want range …", mark, err)
	}
	if err := s.SetMeta(ctx, "consolidated", "merging "+strings.TrimPrefix(mark, "range ")); err != nil {
		t.Fatal(err)
	}
	if sum, err = p.Ingest(ctx, arts[:10]); err != nil {
		t.Fatal(err)
	}
	if !sum.Shared.Rebuilt {
		t.Errorf("a merge that died did not rebuild the record")
	}
	if d := cmp.Diff(want, recordOf(t, s)); d != "" {
		t.Errorf("record after a merge that died differs from one run's (-one +rebuilt):\n%s", d)
	}
}

// TestWritersFrontier: the frontier is the least position of the live
// writers; one that has stored nothing holds it at "", and one whose
// session died no longer counts.
func TestWritersFrontier(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	a, b := open(t, u), open(t, u)
	defer a.Close()
	defer b.Close()
	frontier := func(want string, live int) {
		t.Helper()
		f, n, err := a.WritersFrontier(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if f != want || n != live {
			t.Errorf("frontier %q of %d live writers, want %q of %d", f, n, want, live)
		}
	}
	frontier(postgres.NoFrontier, 0)
	ida, err := a.JoinWriters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetWriterPosition(ctx, ida, "2024-01-10"); err != nil {
		t.Fatal(err)
	}
	idb, err := b.JoinWriters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	frontier("", 2)
	if err := b.SetWriterPosition(ctx, idb, "2023-05-01"); err != nil {
		t.Fatal(err)
	}
	frontier("2023-05-01", 2)
	// b's process dies: its session ends.
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `SELECT pg_terminate_backend(l.pid, 5000) FROM pg_locks l JOIN writers w ON w.id = $1
		WHERE l.locktype = 'advisory' AND (l.classid::bigint << 32 | l.objid::bigint) = w.lock`, idb); err != nil {
		t.Fatal(err)
	}
	frontier("2024-01-10", 1)
	if err := a.LeaveWriters(ctx, ida); err != nil {
		t.Fatal(err)
	}
	frontier(postgres.NoFrontier, 0)
}
