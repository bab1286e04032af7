package http

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// BenchmarkViewsCold measures what BenchmarkViews's p99 is made of: each
// view's first request for each key in a freshly opened store (SQLite's
// page cache empty, as for every CLI run and for the first request of a
// key after `serve` starts), its wall time and the process's CPU time,
// and, with ACCORD_VIEWS_CALLS set, the time of each store call it made.
//
//	ACCORD_VIEWS_DB=<store> ACCORD_VIEWS_ONLY='cli-timeline|page-actor$' \
//	  go test ./http -run XXX -bench 'ViewsCold$' -benchtime 1x
func BenchmarkViewsCold(b *testing.B) {
	path := viewsStore(b)
	ctx := context.Background()
	open := func() *sqlite.DB {
		db, err := sqlite.OpenReadOnly(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		return db
	}
	db := open()
	w := newViewsWork(b, db)
	db.Close()
	calls := os.Getenv("ACCORD_VIEWS_CALLS") != ""
	for _, c := range w.classes() {
		var walls, cpus []float64
		for _, k := range c.keys {
			db := open()
			var st accord.Store = db
			var tm *timedStore
			if calls {
				tm = &timedStore{Store: db, h: db}
				st = tm
			}
			s := NewServer(st, Options{Logger: discardLogger()})
			c0 := cpuMS()
			t0 := time.Now()
			c.run(s, k)
			wall := float64(time.Since(t0).Microseconds()) / 1000
			cpu := cpuMS() - c0
			walls, cpus = append(walls, wall), append(cpus, cpu)
			if tm != nil {
				// To stderr: a benchmark's log keeps its first lines only.
				fmt.Fprintf(os.Stderr, "%s %s: %.1f ms wall, %.1f ms CPU; %s\n", c.name, k, wall, cpu, tm.summary())
			}
			db.Close()
		}
		slices.Sort(walls)
		slices.Sort(cpus)
		b.ReportMetric(walls[len(walls)/2], c.name+"-cold-p50-ms")
		b.ReportMetric(walls[len(walls)-1], c.name+"-cold-max-ms")
		b.ReportMetric(cpus[len(cpus)/2], c.name+"-cold-cpu-p50-ms")
		b.ReportMetric(cpus[len(cpus)-1], c.name+"-cold-cpu-max-ms")
	}
	for range b.N {
	}
}

// cpuMS is the process's user and system CPU time so far, in ms.
func cpuMS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
}

// timedStore times the reads views make of a store.
type timedStore struct {
	accord.Store
	h  accord.HeadReader
	mu sync.Mutex
	t  map[string]time.Duration
	c  map[string]float64 // CPU ms
	n  map[string]int
	x  map[string]int // items asked for or returned
	c0 float64        // CPU ms at the start of the call timed (calls run one at a time)
}

// start notes the CPU time at the start of a call.
func (s *timedStore) start() time.Time {
	s.mu.Lock()
	s.c0 = cpuMS()
	s.mu.Unlock()
	return time.Now()
}

func (s *timedStore) add(name string, t0 time.Time, items int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.t == nil {
		s.t, s.c, s.n, s.x = map[string]time.Duration{}, map[string]float64{}, map[string]int{}, map[string]int{}
	}
	s.t[name] += time.Since(t0)
	s.c[name] += cpuMS() - s.c0
	s.n[name]++
	s.x[name] += items
}

func (s *timedStore) summary() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var names []string
	for k := range s.t {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []string
	for _, k := range names {
		out = append(out, fmt.Sprintf("%s %d calls %d items %.1f ms (CPU %.1f)", k, s.n[k], s.x[k], float64(s.t[k].Microseconds())/1000, s.c[k]))
	}
	return strings.Join(out, "; ")
}

func (s *timedStore) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	t0 := s.start()
	rec, err := s.Store.RecordOf(ctx, q)
	n := 0
	if rec != nil {
		n = len(rec.Engagements) + len(rec.Pending) + len(rec.Targets) + len(rec.Actors)
	}
	name := "RecordOf"
	if len(q.Keys) > 0 {
		k := q.Keys[0]
		if i := strings.Index(k, ":"); i >= 0 {
			k = k[:i+1]
		}
		name += "(" + k + q.Kind + ")"
	}
	s.add(name, t0, n)
	return rec, err
}

func (s *timedStore) KeyCounts(ctx context.Context, q accord.KeyQuery) ([]accord.KeyCount, error) {
	t0 := s.start()
	kc, err := s.Store.KeyCounts(ctx, q)
	s.add("KeyCounts", t0, len(kc))
	return kc, err
}

func (s *timedStore) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	t0 := s.start()
	m, err := s.Store.ArticleInfos(ctx, ids)
	s.add("ArticleInfos", t0, len(ids))
	return m, err
}

func (s *timedStore) ArticleHeads(ctx context.Context, ids []string) (map[string]*accord.Article, error) {
	t0 := s.start()
	m, err := s.h.ArticleHeads(ctx, ids)
	s.add("ArticleHeads", t0, len(ids))
	return m, err
}

func (s *timedStore) Stats(ctx context.Context) (accord.Stats, error) {
	t0 := s.start()
	st, err := s.Store.Stats(ctx)
	s.add("Stats", t0, 0)
	return st, err
}

func (s *timedStore) Generation(ctx context.Context) (int64, error) {
	return accord.GenerationOf(ctx, s.Store)
}
