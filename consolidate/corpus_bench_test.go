//go:build corpus

// Benchmarks over the real White House corpus, read and extracted by
// packages read and extract: go test -tags corpus -bench Whitehouse.
// (A tag, so that these packages being rebuilt never breaks this one's tests.)

package consolidate_test

import (
	"context"
	"encoding/json"
	"os"
	"sync"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/view"
)

const whitehouse = "../../shared/corpus/whitehouse"

var (
	corpusOnce  sync.Once
	corpusFacts []*accord.ArticleFacts
)

// corpus reads and extracts the White House corpus once.
func corpus(b *testing.B) []*accord.ArticleFacts {
	if _, err := os.Stat(whitehouse); err != nil {
		b.Skip("no corpus at " + whitehouse)
	}
	corpusOnce.Do(func() {
		x, err := extract.New()
		if err != nil {
			b.Fatal(err)
		}
		err = read.Walk(context.Background(), []string{whitehouse}, nil, func(it read.Item) error {
			for _, a := range it.Articles {
				corpusFacts = append(corpusFacts, x.Extract(a))
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	})
	if len(corpusFacts) == 0 {
		b.Skip("no articles read from " + whitehouse)
	}
	return corpusFacts
}

func BenchmarkBuildWhitehouse(b *testing.B) {
	facts := corpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		consolidate.Build(facts)
	}
	b.ReportMetric(float64(len(facts)), "articles")
}

func BenchmarkUpdateOneWhitehouse(b *testing.B) {
	facts := corpus(b)
	rec := consolidate.Build(facts[:len(facts)-1])
	one := facts[len(facts)-1:]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		consolidate.Update(rec, one, nil)
	}
}

// TestCorpusExport writes the export of a corpus (read, extracted,
// consolidated) to $ACCORD_EXPORT, for the scorer:
// ACCORD_CORPUS=dir ACCORD_EXPORT=out.json go test -tags corpus -run CorpusExport
func TestCorpusExport(t *testing.T) {
	dir, out := os.Getenv("ACCORD_CORPUS"), os.Getenv("ACCORD_EXPORT")
	if dir == "" || out == "" {
		t.Skip("set ACCORD_CORPUS and ACCORD_EXPORT")
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var facts []*accord.ArticleFacts
	err = read.Walk(context.Background(), []string{dir}, nil, func(it read.Item) error {
		for _, a := range it.Articles {
			facts = append(facts, x.Extract(a))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	doc := view.ExportOf(consolidate.Build(facts), facts)
	b, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkApplyOneWhitehouse adds the corpus's last article to a SQLite
// store holding all the others, end to end (load, update, save). Each
// iteration adds it again after removing nothing: the first is the real
// cost, the rest re-merge an article already in the record.
func BenchmarkApplyOneWhitehouse(b *testing.B) {
	facts := corpus(b)
	ctx := context.Background()
	db := openStore(b)
	n := len(facts) - 1
	if _, err := db.PutArticles(ctx, facts[:n]); err != nil {
		b.Fatal(err)
	}
	if err := consolidate.Rebuild(ctx, db); err != nil {
		b.Fatal(err)
	}
	if _, err := db.PutArticles(ctx, facts[n:]); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := consolidate.Apply(ctx, db, facts[n:], nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplierWhitehouse is BenchmarkApplyOneWhitehouse with an Applier
// that keeps the record between batches, as an ingest would.
func BenchmarkApplierWhitehouse(b *testing.B) {
	facts := corpus(b)
	ctx := context.Background()
	db := openStore(b)
	n := len(facts) - 1
	if _, err := db.PutArticles(ctx, facts[:n]); err != nil {
		b.Fatal(err)
	}
	var ap consolidate.Applier
	if err := ap.Apply(ctx, db, facts[:n], nil); err != nil {
		b.Fatal(err)
	}
	if _, err := db.PutArticles(ctx, facts[n:]); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := ap.Apply(ctx, db, facts[n:], nil); err != nil {
			b.Fatal(err)
		}
	}
}
