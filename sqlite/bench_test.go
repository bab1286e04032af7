package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/storetest"
)

// BenchmarkPutArticles stores batches of 500 generated articles of about
// 3 KB each, with their facts.
func BenchmarkPutArticles(b *testing.B) {
	const size = 500
	ctx := context.Background()
	db := open(b, filepath.Join(b.TempDir(), "bench.db"))
	defer db.Close()
	var bytes int64
	for _, f := range storetest.Generate(0, size) {
		bytes += int64(len(f.Article.Body) + len(f.Article.Title))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := storetest.Generate(uint64(i+1), size)
		b.StartTimer()
		res, err := db.PutArticles(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		if res[0].Outcome != accord.Stored {
			b.Fatalf("outcome %s", res[0].Outcome)
		}
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "articles/s")
}

const whitehouse = "../../shared/corpus/whitehouse"

// BenchmarkSearch runs typical queries over the White House corpus and
// reports the median and 99th percentile latency of each.
func BenchmarkSearch(b *testing.B) {
	if _, err := os.Stat(whitehouse); err != nil {
		b.Skip("no corpus:", err)
	}
	ctx := context.Background()
	db := open(b, filepath.Join(b.TempDir(), "search.db"))
	defer db.Close()
	var batch []*accord.ArticleFacts
	err := read.Walk(ctx, []string{whitehouse}, nil, func(it read.Item) error {
		for _, a := range it.Articles {
			batch = append(batch, &accord.ArticleFacts{Article: a})
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for len(batch) > 0 {
		n := min(500, len(batch))
		if _, err := db.PutArticles(ctx, batch[:n]); err != nil {
			b.Fatal(err)
		}
		batch = batch[n:]
	}
	st, _ := db.Stats(ctx)
	b.Logf("%d articles", st.Articles)

	queries := []struct {
		name string
		q    accord.SearchQuery
	}{
		{"word", accord.SearchQuery{Query: "trade"}},
		{"two words", accord.SearchQuery{Query: "trade agreement"}},
		{"phrase", accord.SearchQuery{Query: `"joint statement"`}},
		{"or", accord.SearchQuery{Query: "tariffs OR sanctions"}},
		{"exclusion", accord.SearchQuery{Query: "security -china"}},
		{"dates", accord.SearchQuery{Query: "security", From: "2025-06-01", To: "2025-12-31"}},
		{"common word", accord.SearchQuery{Query: "president"}},
		{"facets", accord.SearchQuery{Query: "trade", Facets: true}},
	}
	for _, qq := range queries {
		b.Run(qq.name, func(b *testing.B) {
			var lat []time.Duration
			total := 0
			for b.Loop() {
				start := time.Now()
				r, err := db.Search(ctx, qq.q)
				lat = append(lat, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				total = r.Total
			}
			slices.Sort(lat)
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(ms(lat[len(lat)/2]), "median-ms")
			b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
			b.ReportMetric(float64(total), "matches")
		})
	}
}
