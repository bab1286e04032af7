package consolidate_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// busyFacts returns n articles, one a day from start on, each restating
// one target of two invented countries.
func busyFacts(from, n int) []*accord.ArticleFacts {
	start := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	var out []*accord.ArticleFacts
	for i := from; i < from+n; i++ {
		day := start.AddDate(0, 0, i).Format(time.DateOnly)
		d := ct.NewDoc(day, day, day, "", fmt.Sprintf("Qland and Pland reaffirmed two-way commerce of $10 billion by 2040, statement %d.", i))
		d.Target(ct.T{Metric: "two-way commerce", Value: 10e9, Unit: "USD", Deadline: "2040", Holders: []string{"QA", "PB"}})
		out = append(out, d.Facts)
	}
	return out
}

// BenchmarkBusyTarget: an Applier merges batches of 16 articles restating
// a target already stated by ACCORD_BUSY_STATED articles (default 2,000),
// into a SQLite store: the cost of merging a batch of a busy pair's news
// once its target has a long history (storing the articles is left out).
func BenchmarkBusyTarget(b *testing.B) {
	n := 2000
	if v := os.Getenv("ACCORD_BUSY_STATED"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	ctx := context.Background()
	db := openStore(b)
	var ap consolidate.Applier
	apply := func(facts []*accord.ArticleFacts) {
		b.StopTimer() // storing the articles is not what is measured
		if _, err := db.PutArticles(ctx, facts); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := ap.Apply(ctx, db, facts, nil); err != nil {
			b.Fatal(err)
		}
	}
	stated := busyFacts(0, n)
	for i := 0; i < len(stated); i += 256 {
		apply(stated[i:min(i+256, len(stated))])
	}
	next := n
	b.ResetTimer()
	for b.Loop() {
		apply(busyFacts(next, 16))
		next += 16
	}
}
