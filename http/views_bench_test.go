package http

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
)

// BenchmarkViews measures the views of issue 10 at scale (timeline, actor,
// target, relationship and brief) as the CLI computes them (package view
// over a store's parts) and as pages, on a store of generated articles:
// p50 and p99 warm, and the first request after the store is opened.
//
// The store is built once with cmd/accordgen and accord ingest, and kept
// under the temporary folder ($TMPDIR/accord-views-N.db) for later runs:
//
//	ACCORD_VIEWS_N=100000 go test -run XXX -bench Views -benchtime 1x ./http
//
// ACCORD_VIEWS_DB names a store to use instead. Default N: 2,000.
// ACCORD_VIEWS_ONLY (a regular expression) runs the classes it matches.
func BenchmarkViews(b *testing.B) {
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
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("store %s: %d articles, %d actors, %d engagements, %d targets", path, st.Articles, st.Actors, st.Engagements, st.Targets)
	w := newViewsWork(b, db)

	// The first request of each kind after the store is opened.
	for _, c := range w.classes() {
		db2 := open()
		s := NewServer(db2, Options{Logger: discardLogger()})
		t0 := time.Now()
		c.run(s, c.keys[0])
		b.ReportMetric(float64(time.Since(t0).Microseconds())/1000, c.name+"-first-ms")
		db2.Close()
	}
	// Warm: each kind over its keys, several rounds.
	s := NewServer(db, Options{Logger: discardLogger()})
	rounds := 5
	for _, c := range w.classes() {
		var ds []time.Duration
		var cpus []float64 // CPU time (getrusage), steadier than wall on a shared machine
		for range rounds {
			for _, k := range c.keys {
				c0 := cpuMS()
				t0 := time.Now()
				c.run(s, k)
				ds = append(ds, time.Since(t0))
				cpus = append(cpus, cpuMS()-c0)
			}
		}
		slices.Sort(ds)
		slices.Sort(cpus)
		p := func(q float64) float64 { return float64(ds[int(q*float64(len(ds)-1))].Microseconds()) / 1000 }
		b.ReportMetric(p(0.5), c.name+"-p50-ms")
		b.ReportMetric(p(0.99), c.name+"-p99-ms")
		b.ReportMetric(cpus[int(0.5*float64(len(cpus)-1))], c.name+"-cpu-p50-ms")
		b.ReportMetric(cpus[int(0.99*float64(len(cpus)-1))], c.name+"-cpu-p99-ms")
	}
	if hwm := vmHWM(); hwm > 0 {
		b.ReportMetric(float64(hwm)/1024, "peak-RSS-MB")
	}
	for range b.N {
	}
}

// viewsWork is what the benchmark asks for: the busiest pairs and actors
// and some others, targets and articles.
type viewsWork struct {
	pairs   [][2]string
	actors  []string
	targets []string
	events  []string // engagements of the pairs, for the event page
	codes   []string // countries, for the country page
	t       testing.TB
}

type viewClass struct {
	name string
	keys []string
	run  func(s *Server, key string)
}

func newViewsWork(tb testing.TB, db accord.Store) *viewsWork {
	ctx := context.Background()
	w := &viewsWork{t: tb}
	kc, err := db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyPair})
	if err != nil || len(kc) == 0 {
		tb.Fatalf("pairs: %v (%d)", err, len(kc))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(kc []accord.KeyCount, top, more int) []string {
		var out []string
		for i := 0; i < len(kc) && i < top; i++ {
			out = append(out, kc[i].Key)
		}
		for range more {
			if len(kc) > top {
				out = append(out, kc[top+rng.IntN(len(kc)-top)].Key)
			}
		}
		return out
	}
	for _, k := range pick(kc, 5, 15) {
		a, b, _ := strings.Cut(strings.TrimPrefix(k, accord.KeyPair), "|")
		w.pairs = append(w.pairs, [2]string{a, b})
	}
	for _, p := range w.pairs {
		rec, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.PairKey(p[0], p[1])}, Kind: accord.KindEngagement, Limit: 2})
		if err != nil {
			tb.Fatal(err)
		}
		for _, e := range rec.Engagements {
			w.events = append(w.events, e.ID)
		}
	}
	kc, err = db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyCountry})
	if err != nil {
		tb.Fatal(err)
	}
	for _, k := range pick(kc, 5, 15) {
		w.codes = append(w.codes, strings.TrimPrefix(k, accord.KeyCountry))
	}
	kc, err = db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyActor})
	if err != nil {
		tb.Fatal(err)
	}
	for _, k := range pick(kc, 5, 15) {
		w.actors = append(w.actors, strings.TrimPrefix(k, accord.KeyActor))
	}
	kc, err = db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyTarget})
	if err != nil {
		tb.Fatal(err)
	}
	for _, k := range pick(kc, 5, 15) {
		rec, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{k}, Kind: accord.KindTarget, Limit: 1})
		if err != nil {
			tb.Fatal(err)
		}
		for _, t := range rec.Targets {
			w.targets = append(w.targets, t.ID)
		}
	}
	// Target keys are not counted (accord.Counted): on a store that lists
	// none, the pairs' targets stand in.
	for _, p := range w.pairs {
		if len(w.targets) >= 20 {
			break
		}
		rec, err := db.RecordOf(ctx, accord.RecordQuery{Keys: accord.PairKeys(p[0], p[1]), Kind: accord.KindTarget, Limit: 3})
		if err != nil {
			tb.Fatal(err)
		}
		for _, t := range rec.Targets {
			if !slices.Contains(w.targets, t.ID) {
				w.targets = append(w.targets, t.ID)
			}
		}
	}
	return w
}

func (w *viewsWork) classes() []viewClass {
	pairKeys := make([]string, len(w.pairs))
	for i, p := range w.pairs {
		pairKeys[i] = p[0] + "/" + p[1]
	}
	ctx := context.Background()
	get := func(s *Server, target string) {
		rr := httptest.NewRecorder()
		s.Handler().ServeHTTP(rr, httptest.NewRequest("GET", target, nil))
		if rr.Code != 200 && rr.Code != 301 && rr.Code != 303 {
			w.t.Fatalf("%s: %d %s", target, rr.Code, rr.Body.String())
		}
	}
	check := func(err error) {
		if err != nil {
			w.t.Fatal(err)
		}
	}
	out := []viewClass{
		{"cli-timeline", pairKeys, func(s *Server, k string) {
			a, b, _ := strings.Cut(k, "/")
			t, err := view.PairTimelineText(ctx, s.store, a, b, "", "", view.PairMax) // as the CLI reads it
			check(err)
			check(view.WriteTimeline(io.Discard, t))
		}},
		{"cli-brief", pairKeys, func(s *Server, k string) {
			a, b, _ := strings.Cut(k, "/")
			_, err := view.Brief(ctx, s.store, a, b, "")
			check(err)
		}},
		{"cli-actor", w.actors, func(s *Server, k string) {
			a, err := view.FindActor(ctx, s.store, k)
			check(err)
			rec, more, err := view.ActorPart(ctx, s.store, a, view.ActorMax) // as the CLI reads it
			check(err)
			p, err := view.ActorProfile(rec, a.ID)
			check(err)
			p.More = more
			check(view.WriteProfile(io.Discard, rec, p))
		}},
		{"cli-target", w.targets, func(s *Server, k string) {
			t, arts, err := view.TargetPart(ctx, s.store, k, false) // as the CLI reads it
			check(err)
			check(view.WriteTarget(io.Discard, t, arts))
		}},
		{"page-home", []string{"/"}, func(s *Server, k string) { get(s, k) }},
		{"page-relationship", pairKeys, func(s *Server, k string) { get(s, "/dyads/"+k) }},
		{"api-timeline", pairKeys, func(s *Server, k string) { get(s, "/api/dyads/"+k+"/timeline") }},
		{"api-brief", pairKeys, func(s *Server, k string) { get(s, "/api/dyads/"+k+"/brief") }},
		{"page-actor", w.actors, func(s *Server, k string) { get(s, "/actors/"+k) }},
		{"page-target", w.targets, func(s *Server, k string) { get(s, "/targets/"+k) }},
		// Issue 11: timelines over a date range and as SVG, and search
		// as the form sends it (names expanded, stems, order, dates).
		{"page-relationship-range", pairKeys, func(s *Server, k string) { get(s, "/dyads/"+k+"?from=2024-01&to=2024-06") }},
		{"page-actor-range", w.actors, func(s *Server, k string) { get(s, "/actors/"+k+"?from=2024-01&to=2024-06") }},
		{"svg-timeline", pairKeys, func(s *Server, k string) { get(s, "/dyads/"+k+"/timeline.svg") }},
		{"svg-target", w.targets, func(s *Server, k string) { get(s, "/targets/"+k+"/chart.svg") }},
		{"page-search", searchPages, func(s *Server, k string) { get(s, "/search?"+k) }},
		// Issue 11's pages (home.go, event.go, country.go, outputs.go).
		{"page-home-recent", []string{"/?sort=recent", "/?offset=50"}, func(s *Server, k string) { get(s, k) }},
		{"page-home-country", w.codes, func(s *Server, k string) { get(s, "/?country="+k) }},
		{"page-find", pairKeys, func(s *Server, k string) { a, b, _ := strings.Cut(k, "/"); get(s, "/find?a="+a+"&b="+b) }},
		{"page-event", w.events, func(s *Server, k string) { get(s, "/engagements/"+k) }},
		{"page-country", w.codes, func(s *Server, k string) { get(s, "/countries/"+k) }},
		{"page-brief", pairKeys, func(s *Server, k string) { get(s, "/dyads/"+k+"/brief") }},
		{"page-api", []string{"/api"}, func(s *Server, k string) { get(s, k) }},
		{"csv-timeline", pairKeys, func(s *Server, k string) { get(s, "/api/dyads/"+k+"/timeline?format=csv") }},
		{"csv-dyads", []string{"/api/dyads?format=csv"}, func(s *Server, k string) { get(s, k) }},
	}
	// ACCORD_VIEWS_ONLY, a regular expression, keeps the classes it matches.
	only := regexp.MustCompile(os.Getenv("ACCORD_VIEWS_ONLY"))
	return slices.DeleteFunc(out, func(c viewClass) bool { return len(c.keys) == 0 || !only.MatchString(c.name) })
}

// searchPages are the searches BenchmarkViews asks for, as the search
// form sends them.
var searchPages = []string{
	"q=Vietnam", "q=Viet+Nam", "q=U.S.-ROK", "q=trade", "q=sanctions&sort=relevance",
	"q=%22joint+statement%22", "q=%22unclosed+quote", "q=climate+change&from=2023-01-01&to=2024-12-31",
	"q=meeting&country=KR&type=phone_call", "q=Republic+of+Korea+semiconductors&sort=relevance",
	"q=energy&sort=newest", "q=president+call", "country=JP", "q=cooperation&offset=20",
}

// viewsStore returns the path of the benchmark's store, building it once.
func viewsStore(tb testing.TB) string {
	if p := os.Getenv("ACCORD_VIEWS_DB"); p != "" {
		return p
	}
	n := 2000
	if v := os.Getenv("ACCORD_VIEWS_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			tb.Fatalf("ACCORD_VIEWS_N=%q", v)
		}
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("accord-views-%d.db", n))
	if _, err := os.Stat(path + ".done"); err == nil {
		return path
	}
	dir := tb.TempDir()
	for _, cmd := range []string{"accord", "accordgen"} {
		out, err := exec.Command("go", "build", "-o", filepath.Join(dir, cmd), "../cmd/"+cmd).CombinedOutput()
		if err != nil {
			tb.Fatalf("build %s: %v\n%s", cmd, err, out)
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-lock"} {
		os.Remove(path + suffix)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	sh := fmt.Sprintf("%s -n %d -seed 1 > %s && %s ingest --quiet --db %s %s", filepath.Join(dir, "accordgen"), n, corpus, filepath.Join(dir, "accord"), path, corpus)
	t0 := time.Now()
	if out, err := exec.Command("sh", "-c", sh).CombinedOutput(); err != nil {
		tb.Fatalf("building the store: %v\n%s", err, out)
	}
	tb.Logf("built %s (%d articles) in %s", path, n, time.Since(t0).Round(time.Second))
	if err := os.WriteFile(path+".done", nil, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// vmHWM returns the process's peak resident memory in KB, or 0.
func vmHWM() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	return 0
}
