package postgres_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/postgres"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/storetest"
	"github.com/jackc/pgx/v5"
)

// BenchmarkPutArticles measures ingest throughput into PostgreSQL with 1, 2
// and 4 concurrent writers (separate pools, as separate processes would
// be), each putting batches of 500 new articles of about 3 KB with facts.
func BenchmarkPutArticles(b *testing.B) {
	const perRun, batch = 4000, 500
	for _, writers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			u := freshURL(b)
			dbs := make([]*postgres.DB, writers)
			for i := range dbs {
				dbs[i] = open(b, u)
				defer dbs[i].Close()
			}
			ctx := context.Background()
			seed := uint64(0)
			var total int
			var elapsed time.Duration
			for b.Loop() {
				seed++
				b.StopTimer()
				pool := storetest.Generate(seed, perRun)
				b.StartTimer()
				start := time.Now()
				var wg sync.WaitGroup
				errs := make([]error, writers)
				for w := range writers {
					wg.Go(func() {
						for i := w * batch; i < len(pool); i += writers * batch {
							if _, err := dbs[w].PutArticles(ctx, pool[i:min(i+batch, len(pool))]); err != nil {
								errs[w] = err
								return
							}
						}
					})
				}
				wg.Wait()
				elapsed += time.Since(start)
				total += len(pool)
				for _, err := range errs {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(total)/elapsed.Seconds(), "articles/s")
		})
	}
}

// benchQueries are the search benchmark's queries: a frequent word, a rarer
// one, a phrase, alternatives, an exclusion, and filters with facets.
var benchQueries = []struct {
	name string
	q    accord.SearchQuery
}{
	{"word", accord.SearchQuery{Query: "cooperation"}},
	{"rare", accord.SearchQuery{Query: "semiconductors"}},
	{"two-words", accord.SearchQuery{Query: "investment tourism"}},
	{"phrase", accord.SearchQuery{Query: `"official visit"`}},
	{"or", accord.SearchQuery{Query: "semiconductors OR smart"}},
	{"exclude", accord.SearchQuery{Query: `trade -"climate change"`}},
	{"filters+facets", accord.SearchQuery{Query: "energy", From: "2015-01-01", To: "2019-12-31", Facets: true}},
	{"browse", accord.SearchQuery{From: "2020-01-01"}},
}

// benchN is the size of the search benchmark's store: ACCORD_BENCH_N,
// default 20,000.
func benchN(b *testing.B) int {
	n := 20000
	if s := os.Getenv("ACCORD_BENCH_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n <= 0 {
			b.Fatalf("ACCORD_BENCH_N=%q", s)
		}
	}
	return n
}

// BenchmarkSearch measures search latency (median and 99th percentile) on
// a store of ACCORD_BENCH_N articles written by cmd/accordgen, in
// PostgreSQL and, for comparison, in SQLite. The stores are kept between
// runs (schema accord_bench_N, file $TMPDIR/accord-bench-N.db) and filled
// up idempotently, so that a large store is built once.
func BenchmarkSearch(b *testing.B) {
	n := benchN(b)
	ctx := context.Background()
	base := serverURL(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	schema := fmt.Sprintf("accord_bench_%d", n)
	_, err = conn.Exec(ctx, `SELECT pg_advisory_lock(1); CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public; CREATE SCHEMA IF NOT EXISTS `+schema+`; SELECT pg_advisory_unlock(1)`)
	conn.Close(ctx)
	if err != nil {
		b.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		b.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", schema+",public")
	u.RawQuery = v.Encode()
	pg := open(b, u.String())
	defer pg.Close()
	sq, err := sqlite.Open(ctx, filepath.Join(os.TempDir(), fmt.Sprintf("accord-bench-%d.db", n)))
	if err != nil {
		b.Fatal(err)
	}
	defer sq.Close()

	for _, s := range []struct {
		name  string
		store accord.Store
	}{{"postgres", pg}, {"sqlite", sq}} {
		fill(b, s.name, s.store, n)
		for _, q := range benchQueries {
			b.Run(s.name+"/"+q.name, func(b *testing.B) {
				var lat []time.Duration
				var total int
				for b.Loop() {
					start := time.Now()
					r, err := s.store.Search(ctx, q.q)
					lat = append(lat, time.Since(start))
					if err != nil {
						b.Fatal(err)
					}
					total = r.Total
				}
				slices.Sort(lat)
				ms := func(p float64) float64 {
					return float64(lat[int(p*float64(len(lat)-1))]) / float64(time.Millisecond)
				}
				b.ReportMetric(ms(0.5), "ms-p50")
				b.ReportMetric(ms(0.99), "ms-p99")
				b.ReportMetric(float64(total), "hits")
			})
		}
	}
}

// fill writes the first n articles of accordgen's corpus (seed 1) into a
// store that has fewer, in batches of 1,000.
func fill(b *testing.B, name string, s accord.Store, n int) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if st.Articles >= n {
		return
	}
	start := time.Now()
	cmd := exec.Command("go", "run", "./cmd/accordgen", "-n", strconv.Itoa(n), "-seed", "1")
	cmd.Dir = ".."
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(nil, 1<<20)
	var batch []*accord.ArticleFacts
	done := 0
	flush := func() {
		if _, err := s.PutArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
		done += len(batch)
		batch = batch[:0]
		if done%50000 == 0 {
			b.Logf("%s: %d articles in %v", name, done, time.Since(start).Round(time.Second))
		}
	}
	for sc.Scan() {
		var it struct{ ID, Title, Published, URL, Text, Source string }
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			b.Fatal(err)
		}
		a := storetest.Article(it.ID+".jsonl", it.Published, it.Source, it.Title, it.Text)
		a.URL, a.Format = it.URL, accord.FormatJSONL
		batch = append(batch, &accord.ArticleFacts{Article: a})
		if len(batch) == 1000 {
			flush()
		}
	}
	if len(batch) > 0 {
		flush()
	}
	if err := cmd.Wait(); err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: filled %d articles in %v (%.0f articles/s)", name, n, time.Since(start).Round(time.Second), float64(n)/time.Since(start).Seconds())
}

// benchSchema opens the store in a schema of the test server kept between
// runs (not dropped), created if need be.
func benchSchema(b *testing.B, schema string) (*postgres.DB, string) {
	ctx := context.Background()
	base := serverURL(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	_, err = conn.Exec(ctx, `SELECT pg_advisory_lock(1); CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public; CREATE SCHEMA IF NOT EXISTS `+schema+`; SELECT pg_advisory_unlock(1)`)
	conn.Close(ctx)
	if err != nil {
		b.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		b.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", schema+",public")
	u.RawQuery = v.Encode()
	return open(b, u.String()), u.String()
}

// BenchmarkSearchLarge measures each query class of storetest.BenchQueries
// on a store of ACCORD_BENCH_ARTICLES generated articles (without
// extraction), reporting the median and 99th percentile latency, as the
// sqlite package's benchmark of the same name does. The store is kept in
// the schema accord_bench_large_N and filled up where an earlier run left
// it, so that a large store is built once.
func BenchmarkSearchLarge(b *testing.B) {
	s := os.Getenv("ACCORD_BENCH_ARTICLES")
	if s == "" {
		b.Skip("ACCORD_BENCH_ARTICLES is not set (e.g. 1000000)")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < storetest.BenchBatch {
		b.Fatalf("ACCORD_BENCH_ARTICLES=%q: want a number of articles, at least %d", s, storetest.BenchBatch)
	}
	n = n / storetest.BenchBatch * storetest.BenchBatch
	db, u := benchSchema(b, fmt.Sprintf("accord_bench_large_%d", n))
	defer db.Close()
	ctx := context.Background()
	st, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	start, from := time.Now(), st.Articles/storetest.BenchBatch
	for k := from; k < n/storetest.BenchBatch; k++ {
		if _, err := db.PutArticles(ctx, storetest.BenchArticles(k)); err != nil {
			b.Fatal(err)
		}
		if done := (k + 1) * storetest.BenchBatch; done%100000 == 0 {
			b.Logf("%d articles stored, %v", done, time.Since(start).Round(time.Second))
		}
	}
	if from < n/storetest.BenchBatch {
		b.Logf("filled %d articles in %v", n-from*storetest.BenchBatch, time.Since(start).Round(time.Second))
	}
	// Statistics and the visibility map, as autovacuum would leave them in
	// time (quick when nothing changed).
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range []string{"articles", "article_tags", "search_docs"} {
		if _, err := conn.Exec(ctx, `VACUUM ANALYZE `+t); err != nil {
			b.Fatal(err)
		}
	}
	conn.Close(ctx)
	for _, q := range storetest.BenchQueries {
		b.Run(q.Name, func(b *testing.B) {
			if _, err := db.Search(ctx, q.Query); err != nil && accord.ErrorCode(err) != accord.ETIMEOUT { // warm
				b.Fatal(err)
			}
			var lat []time.Duration
			r := new(accord.SearchResults)
			timeouts := 0
			for b.Loop() {
				start := time.Now()
				res, err := db.Search(ctx, q.Query)
				lat = append(lat, time.Since(start))
				switch {
				case accord.ErrorCode(err) == accord.ETIMEOUT:
					timeouts++ // counted at the timeout's latency
				case err != nil:
					b.Fatal(err)
				default:
					r = res
				}
			}
			if timeouts > 0 {
				b.ReportMetric(float64(timeouts), "timeouts")
			}
			slices.Sort(lat)
			ms := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))]) / float64(time.Millisecond) }
			b.ReportMetric(ms(0.5), "ms-p50")
			b.ReportMetric(ms(0.99), "ms-p99")
			b.ReportMetric(float64(r.Total), "matches")
			if r.Capped {
				b.ReportMetric(1, "capped")
			}
		})
	}
}
