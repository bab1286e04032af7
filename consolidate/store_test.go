package consolidate_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/sqlite"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// normal returns a record as consolidate keeps it, whatever lists the store
// put engagements in.
func normal(rec *accord.Record) *accord.Record {
	return consolidate.ApplyChange(nil, &accord.RecordChange{Reset: true, Actors: rec.Actors,
		Engagements: append(slices.Clone(rec.Engagements), rec.Pending...), Targets: rec.Targets})
}

// TestApplyStore ingests articles in date order through Apply on a real
// SQLite file, in batches of several sizes: each batch reads only its part
// of the stored record, and the stored record must be Build's.
func TestApplyStore(t *testing.T) {
	ctx := context.Background()
	facts := byDate(append(ct.Relationship(), ct.Synthetic(150, 7)...))
	want := consolidate.Build(facts)
	var db accord.Store
	var got *accord.Record
	for _, size := range []int{1, 7, 40} {
		db = openStore(t)
		for i := 0; i < len(facts); i += size {
			batch := facts[i:min(i+size, len(facts))]
			if _, err := db.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
			if err := consolidate.Apply(ctx, db, batch, nil); err != nil {
				t.Fatal(err)
			}
		}
		var err error
		got, err = db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, normal(got)); d != "" {
			t.Fatalf("batches of %d: stored record ≠ Build (-build +stored):\n%s", size, d)
		}
	}

	// Rebuild gives the same record.
	if err := consolidate.Rebuild(ctx, db); err != nil {
		t.Fatal(err)
	}
	again, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(normal(got), normal(again)); d != "" {
		t.Fatalf("Rebuild changed the record (-before +after):\n%s", d)
	}
}

// TestApplyReplaced changes a file: the new version replaces the old, and
// nothing the old one alone said is left.
func TestApplyReplaced(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	facts := byDate(ct.Relationship())
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Rebuild(ctx, db); err != nil {
		t.Fatal(err)
	}
	before, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// a4.txt again, without its press conference and with a new alias.
	d := ct.NewDoc("a4.txt", "Leaders brief the press after talks", "2025-08-11", "Asia Wire",
		"SEOUL — President Park Min Jun and General Secretary Nguyễn Văn An met in Seoul on Monday.")
	an := d.Person(ct.Leader, "VN", []string{"General Secretary"}, "Mr An")
	park := d.Person("Park Min Jun", "KR", []string{"President"})
	d.Held(ct.E{Type: accord.Meeting, Date: "2025-08-11", Place: "Seoul", PlaceCountry: "KR",
		Participants: []string{an, park}, Countries: []string{"KR", "VN"}, Sentence: 0})
	res, err := db.PutArticles(ctx, []*accord.ArticleFacts{d.Facts})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != accord.Replaced {
		t.Fatalf("outcome %s, want replaced", res[0].Outcome)
	}
	if err := consolidate.Apply(ctx, db, []*accord.ArticleFacts{d.Facts}, []string{res[0].ReplacedID}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if find(got.Engagements, accord.PressConference, "") != nil {
		t.Errorf("the press conference of the old version is still there")
	}
	// Ids of what survives are kept.
	for _, typ := range []accord.EngagementType{accord.Talks, accord.Visit, accord.Reception} {
		if a, b := find(before.Engagements, typ, ""), find(got.Engagements, typ, ""); a == nil || b == nil || a.ID != b.ID {
			t.Errorf("%s: id changed or lost: %v → %v", typ, a, b)
		}
	}
	var facts2 []*accord.ArticleFacts
	for _, f := range facts {
		if f.Article.File != "a4.txt" {
			facts2 = append(facts2, f)
		}
	}
	// The same engagements and targets as a rebuild, with the same
	// reports and statements; what a removed report alone set (a date, a
	// level, an actor's alias) may stay until Rebuild, which is exact.
	want := consolidate.Rebased(before, consolidate.Build(append(facts2, d.Facts)))
	type shape struct {
		ID      string
		Reports []accord.Evidence
		Refs    []accord.Evidence
	}
	shapes := func(r *accord.Record) (out []shape) {
		for _, list := range [][]accord.Engagement{r.Engagements, r.Pending} {
			for _, e := range list {
				out = append(out, shape{e.ID, e.Reports, e.Refs})
			}
		}
		for _, t := range r.Targets {
			out = append(out, shape{t.ID, t.Mentions, nil})
		}
		slices.SortFunc(out, func(a, b shape) int { return strings.Compare(a.ID, b.ID) })
		return out
	}
	if diff := cmp.Diff(shapes(want), shapes(normal(got)), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("record after replacing ≠ a rebuild (-want +got):\n%s", diff)
	}
}

// BenchmarkApplyOne adds one article to a SQLite store holding 2,000
// articles and their record, end to end: store the article, load the
// record, update it, save the change.
func BenchmarkApplyOne(b *testing.B) {
	ctx := context.Background()
	db := openStore(b)
	const base = 2000
	facts := ct.Synthetic(base+b.N+10, 1)
	if _, err := db.PutArticles(ctx, facts[:base]); err != nil {
		b.Fatal(err)
	}
	if err := consolidate.Rebuild(ctx, db); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		one := facts[base+i : base+i+1]
		if _, err := db.PutArticles(ctx, one); err != nil {
			b.Fatal(err)
		}
		if err := consolidate.Apply(ctx, db, one, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestApplier ingests batches through an Applier: the stored record is
// Build's, also when another writer merged meanwhile and the Applier was
// reset.
func TestApplier(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	facts := byDate(append(ct.Relationship(), ct.Synthetic(40, 3)...))
	var ap consolidate.Applier
	for i := 0; i < len(facts); i += 9 {
		batch := facts[i:min(i+9, len(facts))]
		if _, err := db.PutArticles(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if i == 18 {
			// Another writer merges meanwhile; the Applier is told (the
			// ingest pipeline tells it from the consolidation mark).
			if err := consolidate.Apply(ctx, db, batch, nil); err != nil {
				t.Fatal(err)
			}
			ap.Reset()
			continue
		}
		if err := ap.Apply(ctx, db, batch, nil); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(consolidate.Build(facts), normal(got)); d != "" {
		t.Fatalf("stored record ≠ Build (-build +stored):\n%s", d)
	}
}

// TestApplierWindow: an Applier that keeps few engagements lets months go
// and reads them again when a batch needs them; the record is Build's
// whatever the batch size.
func TestApplierWindow(t *testing.T) {
	defer consolidate.SetWindowSize(10)()
	facts := byDate(append(ct.Relationship(), ct.Synthetic(150, 7)...))
	want := consolidate.Build(facts)
	for _, size := range []int{1, 5, 23} {
		var ap consolidate.Applier
		if d := cmp.Diff(want, inBatches(t, facts, size, ap.Apply)); d != "" {
			t.Fatalf("batches of %d: stored record ≠ Build (-build +stored):\n%s", size, d)
		}
	}
}

// TestApplierAsync: an Applier that saves each change in the background,
// while the next batch merges, stores Build's record, with a window small
// enough that months are let go and read again while a change is being
// saved (run it with -race: the store writes a copy of the change).
func TestApplierAsync(t *testing.T) {
	defer consolidate.SetWindowSize(10)()
	facts := byDate(append(ct.Relationship(), ct.Synthetic(150, 7)...))
	want := consolidate.Build(facts)
	ctx := context.Background()
	for _, size := range []int{1, 5, 23} {
		db := &lateSaves{DB: openStore(t), read: make(chan struct{}, 1)}
		ap := consolidate.Applier{Async: true}
		for i := 0; i < len(facts); i += size {
			batch := facts[i:min(i+size, len(facts))]
			if _, err := db.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
			if err := ap.Apply(ctx, db, batch, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := ap.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, normal(got)); d != "" {
			t.Fatalf("batches of %d: stored record ≠ Build (-build +stored):\n%s", size, d)
		}
	}
}

// lateSaves is a store whose saves wait until the next read has begun
// (or 20 ms), so that the batch after a change reads the store before the
// change is in it.
type lateSaves struct {
	*sqlite.DB
	read chan struct{}
}

func (s *lateSaves) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	rec, err := s.DB.RecordOf(ctx, q)
	select {
	case s.read <- struct{}{}:
	default:
	}
	return rec, err
}

func (s *lateSaves) SaveRecord(ctx context.Context, c *accord.RecordChange) error {
	select {
	case <-s.read:
	case <-time.After(20 * time.Millisecond):
	}
	return s.DB.SaveRecord(ctx, c)
}

// inBatches stores facts in a new store in batches of size, merging each
// with apply, and returns the stored record as consolidate keeps it.
func inBatches(t *testing.T, facts []*accord.ArticleFacts, size int, apply func(context.Context, accord.Store, []*accord.ArticleFacts, []string) error) *accord.Record {
	t.Helper()
	ctx := context.Background()
	db := openStore(t)
	for i := 0; i < len(facts); i += size {
		batch := facts[i:min(i+size, len(facts))]
		if _, err := db.PutArticles(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if err := apply(ctx, db, batch, nil); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return normal(got)
}

// TestVisitPlaceBatches: what is held during a visit takes the visit's
// place, the best its reports gave, wherever the batches were cut: a talks
// report filed at home, then the visit's city reported later.
func TestVisitPlaceBatches(t *testing.T) {
	smith, lopez := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}
	facts := docs([]report{
		{published: "2024-10-01", typ: accord.Visit, date: "2024-10", place: "BB", persons: []party{smith, lopez}},
		{published: "2024-10-02", typ: accord.Talks, date: "2024-10-02", place: "AA", placeName: "Aville", persons: []party{smith, lopez}},
		{published: "2024-10-03", typ: accord.Visit, date: "2024-10", place: "BB", placeName: "Bcity", persons: []party{smith, lopez}},
	})
	want := consolidate.Build(facts)
	talks := find(want.Engagements, accord.Talks, "")
	if talks == nil || talks.Parent == "" || talks.Place != (accord.PlaceRef{Name: "Bcity", Country: "BB"}) {
		t.Fatalf("talks during the visit: %+v", want.Engagements)
	}
	for _, size := range []int{1, 2, 3} {
		if d := cmp.Diff(want, inBatches(t, facts, size, consolidate.Apply)); d != "" {
			t.Errorf("batches of %d: stored record ≠ Build (-build +stored):\n%s", size, d)
		}
	}
}
