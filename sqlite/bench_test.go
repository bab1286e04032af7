package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
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

// benchArticles is the size of the large search benchmark's store:
// ACCORD_BENCH_ARTICLES, or 0 to skip it.
func benchArticles(b *testing.B) int {
	s := os.Getenv("ACCORD_BENCH_ARTICLES")
	if s == "" {
		b.Skip("ACCORD_BENCH_ARTICLES is not set (e.g. 1000000)")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < storetest.BenchBatch {
		b.Fatalf("ACCORD_BENCH_ARTICLES=%q: want a number of articles, at least %d", s, storetest.BenchBatch)
	}
	return n / storetest.BenchBatch * storetest.BenchBatch
}

// BenchmarkSearchLarge measures each query class of storetest.BenchQueries
// on a store of ACCORD_BENCH_ARTICLES generated articles (without
// extraction), reporting the median and 99th percentile latency. The store
// is kept in $TMPDIR/accord-bench/sqlite-N.db and filled up where an
// earlier run left it, so that a large store is built once (a million
// articles: about ten minutes).
func BenchmarkSearchLarge(b *testing.B) {
	n := benchArticles(b)
	dir := filepath.Join(os.TempDir(), "accord-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	db := open(b, filepath.Join(dir, fmt.Sprintf("sqlite-%d.db", n)))
	defer db.Close()
	// A store filled here has its full-text indexes merged, as after a
	// large ingest (see DB.OptimizeSearch); ACCORD_BENCH_OPTIMIZE=1 merges
	// those of a store filled earlier.
	if fillBench(b, db, n) || os.Getenv("ACCORD_BENCH_OPTIMIZE") == "1" {
		start := time.Now()
		if err := db.OptimizeSearch(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.Logf("full-text indexes merged in %v", time.Since(start).Round(time.Second))
	}
	for _, q := range storetest.BenchQueries {
		b.Run(q.Name, func(b *testing.B) {
			benchSearch(b, db, q.Query)
		})
	}
}

// fillBench writes the batches of storetest.BenchArticles that the store
// lacks, up to n articles, and tells whether it wrote any.
func fillBench(b *testing.B, s accord.Store, n int) bool {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	start, from := time.Now(), st.Articles/storetest.BenchBatch
	for k := from; k < n/storetest.BenchBatch; k++ {
		if _, err := s.PutArticles(ctx, storetest.BenchArticles(k)); err != nil {
			b.Fatal(err)
		}
		if done := (k + 1) * storetest.BenchBatch; done%100000 == 0 {
			b.Logf("%d articles stored, %v", done, time.Since(start).Round(time.Second))
		}
	}
	if from < n/storetest.BenchBatch {
		b.Logf("filled %d articles in %v", n-from*storetest.BenchBatch, time.Since(start).Round(time.Second))
		return true
	}
	return false
}

// benchSearch runs one query for b.N iterations (at least 50 for a p99 worth
// the name: run with -benchtime 100x) and reports its latency's median and
// 99th percentile, the matches, and the process's CPU time (user and
// system) per search: on a machine shared with other work the latencies
// include the waits for a core, the CPU time does not.
func benchSearch(b *testing.B, s accord.Store, q accord.SearchQuery) {
	ctx := context.Background()
	if _, err := s.Search(ctx, q); err != nil { // warm
		b.Fatal(err)
	}
	var lat []time.Duration
	var r *accord.SearchResults
	cpu0 := cpuTime(b)
	for b.Loop() {
		start := time.Now()
		var err error
		r, err = s.Search(ctx, q)
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuTime(b) - cpu0
	slices.Sort(lat)
	ms := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(ms(0.5), "ms-p50")
	b.ReportMetric(ms(0.99), "ms-p99")
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(len(lat)), "cpu-ms/op")
	b.ReportMetric(float64(r.Total), "matches")
	if r.Capped {
		b.ReportMetric(1, "capped")
	}
}

// cpuTime is the process's CPU time so far, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
