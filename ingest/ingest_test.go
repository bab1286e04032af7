package ingest_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
)

// pipeline returns the pipeline as accord ingest wires it, on a fresh store.
func pipeline(t *testing.T) (*ingest.Pipeline, accord.Store) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var ap consolidate.Applier
	return &ingest.Pipeline{Store: s, Extract: x.Extract, Consolidate: ap.Apply, Rebuild: consolidate.Rebuild, Reset: ap.Reset, BatchSize: 2}, s
}

// report is a small agency report of a call between two ministers.
func report(day, a, b string) *accord.Article {
	body := "The foreign ministers of " + a + " and " + b + " held phone talks on " + day +
		" and agreed to raise bilateral trade to US$20 billion by 2030."
	return &accord.Article{ID: accord.ArticleID(day, body), File: day + "-" + a + ".txt", Title: "Call", Published: day, Body: body}
}

func exportJSON(t *testing.T, s accord.Store) string {
	t.Helper()
	x, err := view.Export(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestIngestIdempotent(t *testing.T) {
	p, s := pipeline(t)
	ctx := context.Background()
	arts := []*accord.Article{report("2025-03-03", "Chile", "Japan"), report("2025-03-04", "Kenya", "India"), report("2025-03-05", "Chile", "Japan")}
	sum, err := p.Ingest(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 3 || sum.Unchanged != 0 {
		t.Fatalf("first ingest: %+v", sum.Progress)
	}
	before, _ := s.Stats(ctx)
	sum, err = p.Ingest(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Unchanged != 3 {
		t.Errorf("second ingest: %+v", sum.Progress)
	}
	after, _ := s.Stats(ctx)
	if after.Generation != before.Generation {
		t.Errorf("second ingest wrote: generation %d → %d", before.Generation, after.Generation)
	}
}

func TestIngestDuplicateInBatch(t *testing.T) {
	p, _ := pipeline(t)
	a := report("2025-03-03", "Chile", "Japan")
	dup := *a
	dup.File = "copy.txt"
	sum, err := p.Ingest(context.Background(), []*accord.Article{a, &dup})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 1 || sum.Unchanged != 1 {
		t.Errorf("one article under two names: %+v", sum.Progress)
	}
}

// TestIngestOrderIndependent: the record depends on which articles are
// stored, not on the order they came in or how they were batched.
func TestIngestOrderIndependent(t *testing.T) {
	arts := []*accord.Article{
		report("2025-03-05", "Chile", "Japan"), report("2025-01-10", "Chile", "Japan"),
		report("2025-02-01", "Kenya", "India"), report("2025-03-05", "Japan", "Chile"),
		report("2024-12-24", "France", "Brazil"), report("2025-02-01", "India", "Kenya"),
	}
	ctx := context.Background()
	var want string
	orders := [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {4, 1, 2, 5, 0, 3}}
	for i, order := range orders {
		p, s := pipeline(t)
		// In two runs, as a feed would bring them.
		var first, second []*accord.Article
		for j, k := range order {
			if j < 3 {
				first = append(first, arts[k])
			} else {
				second = append(second, arts[k])
			}
		}
		for _, run := range [][]*accord.Article{first, second} {
			if _, err := p.Ingest(ctx, run); err != nil {
				t.Fatal(err)
			}
		}
		got := exportJSON(t, s)
		if i == 0 {
			want = got
			continue
		}
		if got != want {
			t.Errorf("order %v gives another record than order %v", order, orders[0])
		}
	}
}

// TestIngestAsyncSave: with the record saved beside the next batch's merge
// (consolidate.Applier.Async, Pipeline.Flush), the record is the one saved
// in line, whatever the order; at the end the record lock is free and the
// consolidation mark claims the record (not "held").
func TestIngestAsyncSave(t *testing.T) {
	arts := []*accord.Article{
		report("2025-03-05", "Chile", "Japan"), report("2025-01-10", "Chile", "Japan"),
		report("2025-02-01", "Kenya", "India"), report("2025-03-05", "Japan", "Chile"),
		report("2024-12-24", "France", "Brazil"), report("2025-02-01", "India", "Kenya"),
	}
	ctx := context.Background()
	p, s := pipeline(t)
	if _, err := p.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	want := exportJSON(t, s)
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {4, 1, 2, 5, 0, 3}} {
		p, s := pipeline(t)
		ap := &consolidate.Applier{Async: true}
		p.Consolidate, p.Reset, p.Flush = ap.Apply, ap.Reset, ap.Flush
		for _, half := range [][]int{order[:3], order[3:]} {
			var run []*accord.Article
			for _, k := range half {
				run = append(run, arts[k])
			}
			if _, err := p.Ingest(ctx, run); err != nil {
				t.Fatal(err)
			}
		}
		if got := exportJSON(t, s); got != want {
			t.Errorf("order %v, saved in the background: another record than saved in line", order)
		}
		mark, err := s.Meta(ctx, "consolidated")
		if err != nil || mark == "" || strings.HasPrefix(mark, "held") {
			t.Errorf("consolidation mark after the run: %q, %v", mark, err)
		}
		lctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		if err := s.(accord.RecordLocker).WithRecordLock(lctx, func(context.Context) error { return nil }); err != nil {
			t.Errorf("record lock after the run: %v", err)
		}
		cancel()
	}
}

// TestIngestIncrementalKeepsIDs: news in date order is consolidated batch
// by batch, and an engagement's id does not change as more reports come.
func TestIngestIncrementalKeepsIDs(t *testing.T) {
	p, s := pipeline(t)
	ctx := context.Background()
	if _, err := p.Ingest(ctx, []*accord.Article{report("2025-03-03", "Chile", "Japan")}); err != nil {
		t.Fatal(err)
	}
	rec, err := s.Record(ctx)
	if err != nil || len(rec.Engagements) != 1 {
		t.Fatalf("record after one report: %d engagements, %v", len(rec.Engagements), err)
	}
	id := rec.Engagements[0].ID
	// A second report of the same call, published the day after.
	second := report("2025-03-03", "Japan", "Chile")
	second.Published = "2025-03-04"
	second.Body = strings.Replace(second.Body, "held phone talks on 2025-03-03", "held phone talks yesterday", 1)
	second.ID = accord.ArticleID(second.Published, second.Body)
	if _, err := p.Ingest(ctx, []*accord.Article{second}); err != nil {
		t.Fatal(err)
	}
	rec, err = s.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range rec.Engagements {
		if e.ID == id {
			found = true
		}
	}
	if !found {
		t.Errorf("engagement %s is gone after a later report: %+v", id, rec.Engagements)
	}
}

func TestRunSkipsBadInput(t *testing.T) {
	p, _ := pipeline(t)
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":  " date 2025-03-01 PARIS — The two ministers held talks on Monday. — AFP",
		"empty.txt": "",
		"bad.jsonl": "{\"id\":\"x\",\"published\":\"2025-01-01\",\"text\":\"ok\"}\n{broken\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var errs []string
	p.OnError = func(err error) { errs = append(errs, err.Error()) }
	sum, err := p.Run(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 2 || sum.Skipped != 2 || len(errs) != 2 {
		t.Errorf("summary %+v, errors %q", sum.Progress, errs)
	}
	if len(sum.Reasons) == 0 {
		t.Error("no reasons counted")
	}
	for _, e := range errs {
		if !strings.Contains(e, dir) {
			t.Errorf("error %q does not name the file", e)
		}
	}
}

func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{accord.ErrorAt(accord.EINVALID, "a.txt:3", "malformed JSON: unexpected end"), "malformed JSON"},
		{accord.ErrorAt(accord.EINVALID, "b.bin", "binary file, not text"), "binary file, not text"},
		{accord.ErrorAt(accord.EINVALID, "c.txt", "file too large (50.0 MB > 16 MB)"), "file too large"},
	}
	for _, tt := range tests {
		if got := ingest.Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// TestIngestOrderIndependentVisit: a visit first known by its day (an
// earlier report) and by its month (a later one) gets the same id whichever
// report comes first, because out-of-order arrival rebuilds the record.
func TestIngestOrderIndependentVisit(t *testing.T) {
	visit := func(published, date string) *accord.ArticleFacts {
		body := "President Ana Ruiz of Chile paid a state visit to Japan, report of " + published + "."
		a := &accord.Article{ID: accord.ArticleID(published, body), File: published + ".txt", Title: "Visit", Published: published, Body: body}
		ev := accord.Evidence{Article: a.ID, Quote: body, Start: 0, End: len(body), Published: published}
		return &accord.ArticleFacts{
			Article: a,
			Actors: []accord.Actor{
				{ID: "person:ana ruiz", Type: accord.Person, Name: "Ana Ruiz", Country: "CL", Roles: []string{"President"}},
				{ID: "country:JP", Type: accord.Country, Name: "Japan", Country: "JP"},
			},
			Engagements: []accord.Engagement{{
				ID: accord.HashID("e", a.ID, "visit"), Type: accord.Visit, Date: date, Place: accord.PlaceRef{Country: "JP"},
				Participants: []string{"person:ana ruiz", "country:JP"}, Countries: []string{"CL", "JP"}, Reports: []accord.Evidence{ev},
			}},
		}
	}
	early, late := visit("2025-05-21", "2025-05-21"), visit("2025-05-25", "2025-05")
	facts := map[string]*accord.ArticleFacts{early.Article.ID: early, late.Article.ID: late}
	var want string
	for i, order := range [][]*accord.ArticleFacts{{early, late}, {late, early}} {
		p, s := pipeline(t)
		p.Extract = func(a *accord.Article) *accord.ArticleFacts { return facts[a.ID] }
		for _, f := range order {
			if _, err := p.Ingest(context.Background(), []*accord.Article{f.Article}); err != nil {
				t.Fatal(err)
			}
		}
		got := exportJSON(t, s)
		if !strings.Contains(got, `"type":"visit"`) {
			t.Fatalf("no visit in the record: %s", got)
		}
		if i == 0 {
			want = got
		} else if got != want {
			t.Errorf("a visit reported late first gives another record:\n%s\nwant\n%s", got, want)
		}
	}
}
