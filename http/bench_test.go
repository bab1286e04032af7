package http

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/sqlite"
)

const whitehouse = "../../shared/corpus/whitehouse"

var (
	benchOnce sync.Once
	benchDir  string // removed by TestMain
	benchDB   *sqlite.DB
	benchErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDB != nil {
		benchDB.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// corpusStore ingests the White House corpus once per test binary: read.Walk,
// extract on every core, batched PutArticles, one consolidation.
func corpusStore(b *testing.B) *sqlite.DB {
	if _, err := os.Stat(whitehouse); err != nil {
		b.Skipf("corpus %s absent", whitehouse)
	}
	benchOnce.Do(func() {
		ctx := context.Background()
		benchDir, benchErr = os.MkdirTemp("", "accord-bench")
		if benchErr != nil {
			return
		}
		benchDB, benchErr = sqlite.Open(ctx, filepath.Join(benchDir, "accord.db"))
		if benchErr != nil {
			return
		}
		x, err := extract.New()
		if err != nil {
			benchErr = err
			return
		}
		var arts []*accord.Article
		benchErr = read.Walk(ctx, []string{whitehouse}, nil, func(it read.Item) error {
			arts = append(arts, it.Articles...)
			return nil
		})
		if benchErr != nil {
			return
		}
		facts := make([]*accord.ArticleFacts, len(arts))
		var wg sync.WaitGroup
		work := make(chan int)
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := range work {
					facts[i] = x.Extract(arts[i])
				}
			})
		}
		for i := range arts {
			work <- i
		}
		close(work)
		wg.Wait()
		for batch := range slices.Chunk(facts, 500) {
			if _, benchErr = benchDB.PutArticles(ctx, batch); benchErr != nil {
				return
			}
		}
		benchErr = consolidate.Rebuild(ctx, benchDB)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDB
}

// BenchmarkRoutes measures the server time of every page and API call over
// the corpus, reporting p50 and p99 per route. The budget is 100 ms at p99.
func BenchmarkRoutes(b *testing.B) {
	db := corpusStore(b)
	ctx := context.Background()
	s := NewServer(db, Options{})
	h := s.Handler()
	m, err := s.model(ctx) // built once per generation, outside the timings
	if err != nil {
		b.Fatal(err)
	}
	arts, _, err := db.Articles(ctx, accord.ArticleFilter{Limit: 1, Offset: m.stats.Articles / 2})
	if err != nil || len(arts) == 0 {
		b.Fatalf("articles: %v", err)
	}
	routes := []string{"/", "/search?q=trade", "/articles/" + arts[0].ID,
		"/api/articles", "/api/articles/" + arts[0].ID, "/api/search?q=trade", "/api/search?q=%22climate+change%22&year=2022",
		"/api/actors", "/api/engagements", "/api/targets", "/api/dyads", "/api/export"}
	if len(m.dyads) > 0 {
		d := m.dyads[0]
		routes = append(routes, "/dyads/"+d.A+"/"+d.B, "/api/dyads/"+d.A+"/"+d.B+"/timeline", "/api/dyads/"+d.A+"/"+d.B+"/brief",
			"/api/engagements?country="+d.A+"&country="+d.B)
	}
	if len(m.rec.Engagements) > 0 {
		routes = append(routes, "/api/engagements/"+m.rec.Engagements[0].ID)
	}
	if len(m.rec.Targets) > 0 {
		routes = append(routes, "/targets/"+m.rec.Targets[0].ID, "/api/targets/"+m.rec.Targets[0].ID)
	}
	// The busiest actor.
	var busiest string
	for id, es := range m.byActor {
		if busiest == "" || len(es) > len(m.byActor[busiest]) || len(es) == len(m.byActor[busiest]) && id < busiest {
			busiest = id
		}
	}
	if busiest != "" {
		routes = append(routes, "/actors/"+busiest, "/api/actors/"+busiest)
	}
	for _, route := range routes {
		b.Run(route, func(b *testing.B) {
			if w := do(b, h, "GET", route, nil); w.Code != http.StatusOK {
				b.Fatalf("status %d: %.300s", w.Code, w.Body)
			}
			times := make([]time.Duration, 0, b.N)
			for b.Loop() {
				req := httptest.NewRequest("GET", route, nil)
				w := httptest.NewRecorder()
				start := time.Now()
				h.ServeHTTP(w, req)
				times = append(times, time.Since(start))
			}
			slices.Sort(times)
			p := func(q float64) float64 {
				return float64(times[min(len(times)-1, int(q*float64(len(times))))]) / 1e6
			}
			b.ReportMetric(p(0.50), "p50-ms")
			b.ReportMetric(p(0.99), "p99-ms")
			if p(0.99) > 100 {
				b.Errorf("p99 %.1f ms over the 100 ms budget", p(0.99))
			}
		})
	}
}
