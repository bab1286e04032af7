package curate_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/curate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/sqlite"
	"github.com/google/go-cmp/cmp"
)

// pipeline opens a SQLite store with the ingest pipeline as the CLI wires it.
func pipeline(t *testing.T) (*sqlite.DB, *ingest.Pipeline) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var ap consolidate.Applier
	return db, &ingest.Pipeline{Store: db, Extract: x.Extract, Consolidate: ap.Apply, Rebuild: consolidate.Rebuild, Reset: ap.Reset}
}

func run(t *testing.T, p *ingest.Pipeline, paths []string) {
	t.Helper()
	if _, err := p.Run(context.Background(), paths, nil); err != nil {
		t.Fatalf("ingest %v: %v", paths, err)
	}
}

// merge stores the articles of files and merges their facts into the
// record (consolidate.Apply), as an ingest of news in date order does.
func merge(t *testing.T, s accord.Store, paths []string) {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var facts []*accord.ArticleFacts
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts, errs := read.Parse(filepath.Base(p), data)
		if len(errs) > 0 {
			t.Fatal(errs[0])
		}
		for _, a := range arts {
			facts = append(facts, x.Extract(a))
		}
	}
	ctx := context.Background()
	if _, err := s.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Apply(ctx, s, facts, nil); err != nil {
		t.Fatal(err)
	}
}

// uncurated is a store's whole record as consolidation made it.
func uncurated(t *testing.T, s accord.Store) *accord.Record {
	t.Helper()
	r, err := s.Record(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	accord.Uncurate(r)
	r.SortParts()
	return r
}

// TestCorrectionsSurvive corrects a record of the seed articles, then ingests
// more articles, ingests every article again and rebuilds the record: every
// correction still holds, and the record under the corrections is the one
// a store without corrections builds from the same ingests.
func TestCorrectionsSurvive(t *testing.T) {
	ctx := context.Background()
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	sort.Strings(paths)
	if len(paths) < 4 {
		t.Fatal("too few seeds in ../testdata/seeds")
	}
	// In date order (published, id), so that the second part merges into
	// the record the first made (a report of the talks and the visit of
	// the first part among them) rather than rebuilding it.
	first := []string{paths[2], paths[3]}
	rest := []string{paths[1], paths[0], paths[4]}

	db, p := pipeline(t)
	plain, pp := pipeline(t)
	merge(t, db, first)
	merge(t, plain, first)

	rec, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Engagements) < 3 || len(rec.Targets) == 0 {
		t.Fatalf("the first seeds give %d engagements, %d targets", len(rec.Engagements), len(rec.Targets))
	}
	var persons []accord.Actor
	for _, a := range rec.Actors {
		if a.Type == accord.Person {
			persons = append(persons, a)
		}
	}
	if len(persons) < 2 {
		t.Fatalf("the first seeds give %d persons", len(persons))
	}
	add := func(c accord.Correction) accord.Correction {
		t.Helper()
		c.Note, c.Author = "survival test", "test"
		c, err := curate.Add(ctx, db, c)
		if err != nil {
			t.Fatalf("add %s %s: %v", c.Kind, c.Target, err)
		}
		return c
	}
	es := rec.Engagements
	corrs := []accord.Correction{
		add(accord.Correction{Kind: accord.CorrectHideEngagement, Target: es[0].ID}),
		add(accord.Correction{Kind: accord.CorrectRedateEngagement, Target: es[1].ID, Value: "2020-01-02"}),
		add(accord.Correction{Kind: accord.CorrectRetypeEngagement, Target: es[2].ID, Value: string(accord.Summit)}),
		add(accord.Correction{Kind: accord.CorrectHideTarget, Target: rec.Targets[0].ID}),
		add(accord.Correction{Kind: accord.CorrectMergeActors, Target: persons[0].ID, Other: persons[1].ID}),
	}
	check := func(when string) {
		t.Helper()
		r, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		marked := map[string][]int64{}
		note := func(id string, c *accord.Curation) {
			if c != nil {
				for _, m := range c.Marks {
					marked[id] = append(marked[id], m.ID)
				}
			}
		}
		byID := map[string]*accord.Engagement{}
		for i := range r.Engagements {
			byID[r.Engagements[i].ID] = &r.Engagements[i]
			note(r.Engagements[i].ID, r.Engagements[i].Curation)
		}
		for _, x := range r.Targets {
			note(x.ID, x.Curation)
		}
		for _, a := range r.Actors {
			note(a.ID, a.Curation)
		}
		for _, c := range corrs {
			if !slices.Contains(marked[c.Target], c.ID) {
				t.Errorf("%s: correction %d (%s %s) is not applied", when, c.ID, c.Kind, c.Target)
			}
		}
		if e := byID[es[0].ID]; e == nil || !e.Curation.Hidden {
			t.Errorf("%s: %s not hidden", when, es[0].ID)
		}
		if e := byID[es[1].ID]; e == nil || e.Date != "2020-01-02" {
			t.Errorf("%s: %s not re-dated", when, es[1].ID)
		}
		if e := byID[es[2].ID]; e == nil || e.Type != accord.Summit {
			t.Errorf("%s: %s not re-typed", when, es[2].ID)
		}
		for _, e := range r.Engagements {
			if slices.Contains(e.Participants, persons[0].ID) {
				t.Errorf("%s: %s still has merged actor %s", when, e.ID, persons[0].ID)
			}
		}
		if d := cmp.Diff(uncurated(t, plain), uncurated(t, db)); d != "" {
			t.Errorf("%s: the record under the corrections is not the one built without them (-plain +corrected):\n%s", when, d)
		}
	}
	check("corrected")

	merge(t, db, rest)
	merge(t, plain, rest)
	check("after ingesting more articles")

	run(t, p, paths)
	run(t, pp, paths)
	check("after ingesting every article again")

	if err := consolidate.Rebuild(ctx, db); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Rebuild(ctx, plain); err != nil {
		t.Fatal(err)
	}
	check("after a rebuild")

	for i := len(corrs) - 1; i >= 0; i-- {
		if _, err := curate.Undo(ctx, db, corrs[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	want, err := plain.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want.SortParts()
	got.SortParts()
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("every correction undone, the record differs from one never corrected (-plain +undone):\n%s", d)
	}
}
