package consolidate

import (
	"context"
	"hash/fnv"
	"path/filepath"
	"testing"

	accord "github.com/accordhq/accord"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/sqlite"
	"github.com/google/go-cmp/cmp"
)

// stmt is one article stating one target.
type stmt struct {
	published, sentence string
	t                   ct.T
}

func stmtFacts(list []stmt) []*accord.ArticleFacts {
	var out []*accord.ArticleFacts
	for _, s := range list {
		d := ct.NewDoc(s.published, s.published, s.published, "", s.sentence)
		d.Target(s.t)
		out = append(out, d.Facts)
	}
	return out
}

// applied merges facts one article a batch through an Applier into a new
// SQLite store and returns the stored record as Build makes it, and the
// Applier.
func applied(t *testing.T, facts []*accord.ArticleFacts, again ...*accord.ArticleFacts) (*accord.Record, *Applier) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ap := &Applier{}
	for _, f := range append(facts, again...) {
		if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{f}); err != nil {
			t.Fatal(err)
		}
		if err := ap.Apply(ctx, db, []*accord.ArticleFacts{f}, nil); err != nil {
			t.Fatal(err)
		}
	}
	rec, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return ApplyChange(nil, &accord.RecordChange{Reset: true, Actors: rec.Actors,
		Engagements: append(rec.Engagements, rec.Pending...), Targets: rec.Targets}), ap
}

// TestKeptStatements: an Applier keeps of a target's lists the first
// statement and the latest (tailSize, here 1) and what merging reads of
// those between (gap); a statement whose merge turns on one left out
// merges as with the lists whole (Build).
func TestKeptStatements(t *testing.T) {
	defer SetTailSize(1)()
	hold := []string{"QA", "QB"}
	trade := func(v float64, deadline string) ct.T {
		return ct.T{Metric: "two-way commerce", Value: v, Unit: "USD", Deadline: deadline, Holders: hold}
	}
	times := func(deadline string) ct.T {
		return ct.T{Metric: "ocean fund pledge", Value: 2, Unit: "times", Deadline: deadline, Holders: []string{"QC"}}
	}
	sum := func(v float64) ct.T {
		return ct.T{Metric: "ocean fund pledge", Value: v, Unit: "USD", Holders: []string{"QC"}}
	}
	tests := []struct {
		name    string
		stmts   []stmt
		targets int
		// shown is the deadline the target first stated shows.
		shown string
	}{
		{"revised for a deadline stated only between", []stmt{
			{"2031-01-05", "Commerce of $10 billion.", trade(10e9, "")},
			{"2031-02-05", "Commerce of $10 billion by 2041.", trade(10e9, "2041")},
			{"2031-03-05", "Commerce of $10 billion.", trade(10e9, "")},
			{"2031-04-05", "Commerce of $10 billion again.", trade(10e9, "")},
			{"2031-05-05", "Commerce of $25 billion by 2041.", trade(25e9, "2041")},
		}, 1, "2041"},
		{"a deadline between clashes", []stmt{
			{"2031-01-05", "Commerce of $10 billion by 2041.", trade(10e9, "2041")},
			{"2031-02-05", "Commerce of $10 billion by 2039.", trade(10e9, "2039")},
			{"2031-03-05", "Commerce of $10 billion by 2041 again.", trade(10e9, "2041")},
			{"2031-04-05", "Commerce of $10 billion by 2041 once more.", trade(10e9, "2041")},
			{"2031-05-05", "Commerce of $20 billion by 2041.", trade(20e9, "2041")},
		}, 2, "2041"},
		{"the latest in its unit is between", []stmt{
			{"2031-01-05", "Qland will double its ocean fund pledge by 2040.", times("2040")},
			{"2031-02-05", "Qland will double its ocean fund pledge by 2042.", times("2042")},
			{"2031-03-05", "Qland doubled its ocean fund pledge to $3 billion.", sum(3e9)},
			{"2031-04-05", "Qland doubled its ocean fund pledge to $3 billion, it said.", sum(3e9)},
			{"2031-05-05", "Qland doubled its ocean fund pledge to $3 billion, it added.", sum(3e9)},
		}, 2, "2040"}, // by 2040, later by 2042: two commitments (session 22)
		{"a doubling stated between", []stmt{
			{"2031-01-05", "Qland's ocean fund pledge is $3 billion.", sum(3e9)},
			{"2031-02-05", "Qland doubled its ocean fund pledge to $3 billion.", sum(3e9)},
			{"2031-03-05", "Qland's ocean fund pledge is $3 billion, it said.", sum(3e9)},
			{"2031-04-05", "Qland's ocean fund pledge is $3 billion, it added.", sum(3e9)},
			{"2031-05-05", "Qland will double its ocean fund pledge by 2040.", times("2040")},
		}, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := stmtFacts(tt.stmts)
			want := Build(facts)
			got, ap := applied(t, facts)
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("stored record ≠ Build (-build +stored):\n%s", d)
			}
			if len(got.Targets) != tt.targets || got.Targets[0].Deadline != tt.shown {
				t.Errorf("%d targets, the first shows deadline %q; want %d, %q", len(got.Targets), got.Targets[0].Deadline, tt.targets, tt.shown)
			}
			if ap.w == nil || len(ap.w.gaps) == 0 || ap.whole != 0 {
				t.Errorf("the Applier left no statement out, or merged %d batches whole", ap.whole)
			}
		})
	}
}

// TestKeptStatementsAgain: a batch with an article whose statement the
// kept lists leave out is merged as Apply merges it, with the lists whole.
func TestKeptStatementsAgain(t *testing.T) {
	defer SetTailSize(1)()
	hold := []string{"QA", "QB"}
	var list []stmt
	for i, day := range []string{"2031-01-05", "2031-02-05", "2031-03-05", "2031-04-05"} {
		list = append(list, stmt{day, "Commerce of $10 billion by 2041, item " + string(rune('a'+i)) + ".",
			ct.T{Metric: "two-way commerce", Value: 10e9, Unit: "USD", Deadline: "2041", Holders: hold}})
	}
	facts := stmtFacts(list)
	got, ap := applied(t, facts, facts[1])
	if ap.whole != 1 {
		t.Errorf("%d batches merged whole, want 1", ap.whole)
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, f := range append(facts, facts[1]) {
		if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{f}); err != nil {
			t.Fatal(err)
		}
		if err := Apply(ctx, db, []*accord.ArticleFacts{f}, nil); err != nil {
			t.Fatal(err)
		}
	}
	rec, err := db.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := ApplyChange(nil, &accord.RecordChange{Reset: true, Actors: rec.Actors,
		Engagements: append(rec.Engagements, rec.Pending...), Targets: rec.Targets})
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Applier ≠ Apply (-apply +applier):\n%s", d)
	}
}

// TestArtHash: artHash is FNV-1a, as hash/fnv computes it (the gaps'
// article sets must not change with the implementation).
func TestArtHash(t *testing.T) {
	for _, id := range []string{"", "a", "gen-1-0", "art-ünïcode-42"} {
		h := fnv.New64a()
		h.Write([]byte(id))
		if got, want := artHash(id), h.Sum64(); got != want {
			t.Errorf("artHash(%q) = %x, want %x", id, got, want)
		}
	}
}
