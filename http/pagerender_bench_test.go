package http

import (
	"context"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord/sqlite"
)

// BenchmarkPageRender times pages computed again with the response cache
// off (their models cached after the first request): what rendering a
// page costs. ACCORD_VIEWS_DB names the store, ACCORD_RENDER_PAGES the
// paths (space-separated).
//
//	ACCORD_VIEWS_DB=<store> ACCORD_RENDER_PAGES='/targets/t_… /actors/p_…' go test ./http -run XXX -bench PageRender
func BenchmarkPageRender(b *testing.B) {
	paths := strings.Fields(os.Getenv("ACCORD_RENDER_PAGES"))
	if os.Getenv("ACCORD_VIEWS_DB") == "" || len(paths) == 0 {
		b.Skip("ACCORD_VIEWS_DB and ACCORD_RENDER_PAGES not set")
	}
	db, err := sqlite.OpenReadOnly(context.Background(), os.Getenv("ACCORD_VIEWS_DB"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	saved := respEntryBytes
	respEntryBytes = 0 // nothing kept: each request renders
	defer func() { respEntryBytes = saved }()
	s := NewServer(db, Options{Logger: discardLogger()})
	for _, p := range paths {
		get := func() (time.Duration, float64, int) {
			c0 := cpuMS()
			t0 := time.Now()
			rr := httptest.NewRecorder()
			s.Handler().ServeHTTP(rr, httptest.NewRequest("GET", p, nil))
			if rr.Code != 200 {
				b.Fatalf("%s: %d", p, rr.Code)
			}
			return time.Since(t0), cpuMS() - c0, rr.Body.Len()
		}
		d0, c0, n := get()
		var best float64 = 1e9
		for range 30 {
			_, c, _ := get()
			best = min(best, c)
		}
		b.Logf("%s: %d bytes; first %.1f ms (CPU %.1f); again, best CPU of 5 %.1f ms", p, n, float64(d0.Microseconds())/1000, c0, best)
	}
	for range b.N {
	}
}
