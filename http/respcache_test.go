package http

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
)

// countingStore counts the reads that reach the store, and can hold
// searches until released.
type countingStore struct {
	accord.Store
	calls    atomic.Int64
	searches atomic.Int64  // searches that reached the store
	hold     chan struct{} // when not nil, Search waits for it to close
}

func (c *countingStore) n() { c.calls.Add(1) }

func (c *countingStore) Article(ctx context.Context, id string) (*accord.Article, error) {
	c.n()
	return c.Store.Article(ctx, id)
}
func (c *countingStore) ArticleByFile(ctx context.Context, f string) (*accord.Article, error) {
	c.n()
	return c.Store.ArticleByFile(ctx, f)
}
func (c *countingStore) Articles(ctx context.Context, f accord.ArticleFilter) ([]*accord.Article, int, error) {
	c.n()
	return c.Store.Articles(ctx, f)
}
func (c *countingStore) Facts(ctx context.Context, id string) (*accord.ArticleFacts, error) {
	c.n()
	return c.Store.Facts(ctx, id)
}
func (c *countingStore) EachFacts(ctx context.Context, fn func(*accord.ArticleFacts) error) error {
	c.n()
	return c.Store.EachFacts(ctx, fn)
}
func (c *countingStore) Search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	c.n()
	c.searches.Add(1)
	if c.hold != nil {
		select {
		case <-c.hold:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return c.Store.Search(ctx, q)
}
func (c *countingStore) Record(ctx context.Context) (*accord.Record, error) {
	c.n()
	return c.Store.Record(ctx)
}
func (c *countingStore) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	c.n()
	return c.Store.RecordOf(ctx, q)
}
func (c *countingStore) KeyCounts(ctx context.Context, q accord.KeyQuery) ([]accord.KeyCount, error) {
	c.n()
	return c.Store.KeyCounts(ctx, q)
}
func (c *countingStore) ActorKeys(ctx context.Context, id string) (map[string]string, error) {
	c.n()
	return c.Store.ActorKeys(ctx, id)
}
func (c *countingStore) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	c.n()
	return c.Store.ArticleInfos(ctx, ids)
}
func (c *countingStore) EachEntity(ctx context.Context, q accord.EntityQuery, fn func(v any) error) error {
	c.n()
	return c.Store.EachEntity(ctx, q, fn)
}
func (c *countingStore) KeysOf(ctx context.Context, id string) ([]string, error) {
	c.n()
	return c.Store.KeysOf(ctx, id)
}
func (c *countingStore) Stats(ctx context.Context) (accord.Stats, error) {
	c.n()
	return c.Store.Stats(ctx)
}
func (c *countingStore) Meta(ctx context.Context, key string) (string, error) {
	c.n()
	return c.Store.Meta(ctx, key)
}

// fresh makes the server's reading of the generation fresh for an hour, so
// that a test sees what a hit costs between two checks.
func fresh(s *Server) {
	s.mu.Lock()
	s.checked = time.Now().Add(time.Hour)
	s.mu.Unlock()
}

// get makes a GET from the client address remote.
func get(h http.Handler, target, remote string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("GET", target, nil)
	req.RemoteAddr = remote
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// TestCacheHitSkipsStore: a page or API response asked again in the same
// generation is served from the cache, with no read of the store, and a
// client holding its ETag gets 304.
func TestCacheHitSkipsStore(t *testing.T) {
	db := seedStore(t, true)
	cs := &countingStore{Store: db}
	s := NewServer(cs, Options{Logger: discardLogger()})
	h := s.Handler()
	arts, _, err := db.Articles(context.Background(), accord.ArticleFilter{Limit: 1})
	if err != nil || len(arts) == 0 {
		t.Fatalf("articles: %v", err)
	}
	routes := []string{"/", "/search?q=trade", "/search?q=talks+OR+visit&sort=relevance", "/articles/" + arts[0].ID,
		"/api/articles", "/api/search?q=trade", "/api/actors", "/api/engagements", "/api/dyads", "/api/targets",
		"/dyads/KR/VN", "/api/dyads/KR/VN/timeline", "/api/dyads/KR/VN/brief"}
	first := map[string]*httptest.ResponseRecorder{}
	for _, r := range routes {
		w := get(h, r, "192.0.2.1:1000")
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", r, w.Code, w.Body)
		}
		first[r] = w
	}
	fresh(s)
	before := cs.calls.Load()
	for _, r := range routes {
		w := get(h, r, "192.0.2.2:1000")
		if w.Code != 200 || w.Body.String() != first[r].Body.String() {
			t.Errorf("%s again: %d, same body %v", r, w.Code, w.Body.String() == first[r].Body.String())
		}
		if ct := w.Header().Get("Content-Type"); ct != first[r].Header().Get("Content-Type") {
			t.Errorf("%s again: Content-Type %q, want %q", r, ct, first[r].Header().Get("Content-Type"))
		}
		tag := first[r].Header().Get("ETag")
		if tag == "" {
			t.Errorf("%s: no ETag", r)
			continue
		}
		if w := get(h, r, "192.0.2.2:1000", "If-None-Match", tag); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
			t.Errorf("%s with If-None-Match %s: %d, %d bytes; want 304, none", r, tag, w.Code, w.Body.Len())
		}
	}
	if n := cs.calls.Load() - before; n != 0 {
		t.Errorf("cached responses read the store %d times, want 0", n)
	}
	// An unknown ETag is a full response.
	if w := get(h, "/api/articles", "192.0.2.2:1000", "If-None-Match", `W/"0-x-y"`); w.Code != 200 {
		t.Errorf("stale ETag: %d, want 200", w.Code)
	}
}

// TestCacheIngestInvalidates: on a real store, what the server ingests is
// seen by the next request, and what another writer stores is seen once
// generationCheck has passed.
func TestCacheIngestInvalidates(t *testing.T) {
	db := seedStore(t, false)
	s := NewServer(db, Options{Logger: discardLogger(), WriteToken: "tok", Ingest: ingester(db)})
	h := s.Handler()
	total := func(word string) int {
		w := get(h, "/api/search?q="+word, "192.0.2.1:1")
		if w.Code != 200 {
			t.Fatalf("search %s: %d %s", word, w.Code, w.Body)
		}
		return decode[struct{ Total int }](t, w).Total
	}
	page := func(word string) string { return get(h, "/search?q="+word, "192.0.2.1:1").Body.String() }
	if n := total("zanzibarite"); n != 0 {
		t.Fatalf("before: %d hits", n)
	}
	before := page("zanzibarite")
	fresh(s) // the server's own ingest must not wait for the check
	doc := "date 2026-03-03 HÀ NỘI — Minister Pham Minh Chinh met Prime Minister Anthony Albanese in Hà Nội on Tuesday to discuss zanzibarite mining.\n"
	req := httptest.NewRequest("POST", "/api/articles?name=zanz.txt", strings.NewReader(doc))
	req.Header.Set("Authorization", "Bearer tok")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != 200 && w.Code != 201 {
		t.Fatalf("upload: %d %s", w.Code, w.Body)
	}
	if n := total("zanzibarite"); n != 1 {
		t.Errorf("after the server's ingest: %d hits, want 1", n)
	}
	if after := page("zanzibarite"); after == before || !strings.Contains(after, "zanz") && !strings.Contains(after, "Zanzibarite") && !strings.Contains(after, "zanzibarite</mark>") {
		t.Errorf("the search page did not change after the ingest")
	}

	// Another writer: the server learns of it at the next check.
	if n := total("quillwort"); n != 0 {
		t.Fatalf("before: %d hits", n)
	}
	other := "date 2026-03-04 HÀ NỘI — Minister Pham Minh Chinh met Prime Minister Anthony Albanese in Hà Nội on Wednesday to discuss quillwort.\n"
	if _, err := ingester(db)(context.Background(), Upload{Name: "other.txt", Data: []byte(other)}); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	s.checked = time.Now().Add(-generationCheck) // as if generationCheck had passed
	s.mu.Unlock()
	if n := total("quillwort"); n != 1 {
		t.Errorf("after another writer and a check: %d hits, want 1", n)
	}
}

// TestSearchSingleflight: concurrent identical searches run once.
func TestSearchSingleflight(t *testing.T) {
	cs := &countingStore{Store: seedStore(t, false), hold: make(chan struct{})}
	s := NewServer(cs, Options{Logger: discardLogger()})
	h := s.Handler()
	const n = 6
	codes := make([]int, n)
	bodies := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			// From different clients, so that no per-client limit applies.
			w := get(h, "/api/search?q=trade", "192.0.2."+itoa(i+1)+":1")
			codes[i], bodies[i] = w.Code, w.Body.String()
		})
	}
	// All but the leader wait for its flight.
	waitFor(t, func() bool {
		s.resp.mu.Lock()
		defer s.resp.mu.Unlock()
		f := s.resp.flights["/api/search?q=trade"]
		return f != nil && f.waiters == n-1
	})
	close(cs.hold)
	wg.Wait()
	if got := cs.searches.Load(); got != 1 {
		t.Errorf("%d identical concurrent searches reached the store %d times, want 1", n, got)
	}
	for i := range n {
		if codes[i] != 200 || bodies[i] != bodies[0] {
			t.Errorf("request %d: %d, same body %v", i, codes[i], bodies[i] == bodies[0])
		}
	}
}

// TestSearchLimits: a client computing searchesPerClient searches gets 429
// for another, with Retry-After; the server computing searchesTotal gives
// 503; a cached search is served to anyone; and costly searches run one at
// a time.
func TestSearchLimits(t *testing.T) {
	cs := &countingStore{Store: seedStore(t, false), hold: make(chan struct{})}
	s := NewServer(cs, Options{Logger: discardLogger()})
	h := s.Handler()
	defer func(p, tot int) { searchesPerClient, searchesTotal = p, tot }(searchesPerClient, searchesTotal)
	searchesPerClient, searchesTotal = 2, 3

	// A cached search, before the store is held.
	close(cs.hold)
	if w := get(h, "/api/search?q=talks", "192.0.2.9:1"); w.Code != 200 {
		t.Fatalf("warm: %d", w.Code)
	}
	cs.hold = make(chan struct{})
	cs.searches.Store(0)

	var wg sync.WaitGroup
	start := func(q, remote string) {
		wg.Go(func() {
			if w := get(h, "/api/search?q="+q, remote); w.Code != 200 {
				t.Errorf("%s from %s: %d %s", q, remote, w.Code, w.Body)
			}
		})
	}
	start("trade", "192.0.2.1:1")
	start("visit", "192.0.2.1:2")
	waitFor(t, func() bool { return cs.searches.Load() == 2 })
	for _, target := range []string{"/api/search?q=energy", "/search?q=energy"} {
		w := get(h, target, "192.0.2.1:3")
		if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" {
			t.Errorf("third search from one client, %s: %d, Retry-After %q; want 429 with Retry-After", target, w.Code, w.Header().Get("Retry-After"))
		}
	}
	if w := get(h, "/api/search?q=talks", "192.0.2.1:4"); w.Code != 200 {
		t.Errorf("a cached search from a busy client: %d, want 200", w.Code)
	}
	if w := get(h, "/api/articles", "192.0.2.1:5"); w.Code != 200 {
		t.Errorf("another route from a busy client: %d, want 200", w.Code)
	}
	start("energy", "192.0.2.2:1")
	waitFor(t, func() bool { return cs.searches.Load() == 3 })
	if w := get(h, "/api/search?q=climate", "192.0.2.3:1"); w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Errorf("a search beyond the total: %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	close(cs.hold)
	wg.Wait()

	// Costly searches, from two clients: the second waits for the first.
	cs.hold = make(chan struct{})
	cs.searches.Store(0)
	many := url.QueryEscape("the of and to in a for on")
	start(many, "192.0.2.4:1")
	waitFor(t, func() bool { return cs.searches.Load() == 1 })
	start(many+"+with", "192.0.2.5:1")
	time.Sleep(100 * time.Millisecond)
	if n := cs.searches.Load(); n != 1 {
		t.Errorf("two costly searches at once reached the store %d times, want 1", n)
	}
	start("summit", "192.0.2.6:1") // a cheap search is not held by the costly lane
	waitFor(t, func() bool { return cs.searches.Load() == 2 })
	close(cs.hold)
	wg.Wait()
}

func TestCostlySearch(t *testing.T) {
	for q, want := range map[string]bool{
		"trade":                          false,
		"trade climate energy":           false,
		"a OR b OR c":                    false,
		"a OR b OR c OR d":               true,
		"the of and to in a for":         true,
		"the of and to in a -for":        true,
		`"joint statement" trade -china`: false,
		"":                               false,
	} {
		if got := costlySearch(q); got != want {
			t.Errorf("costlySearch(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestClientOf(t *testing.T) {
	for remote, want := range map[string]string{
		"192.0.2.1:1234":                 "192.0.2.1",
		"[::ffff:192.0.2.1]:1":           "192.0.2.1",
		"[2001:db8:1:2:3:4:5:6]:80":      "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff:4:5:6]:8080": "2001:db8:1:2::/64",
		"pipe":                           "pipe",
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = remote
		if got := clientOf(r); got != want {
			t.Errorf("clientOf(%q) = %q, want %q", remote, got, want)
		}
	}
}

// waitFor polls cond for up to ten seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 10 s")
		}
	}
}

// statsStore counts the store's full counts (Stats), and tells its
// generation as the SQLite store does.
type statsStore struct {
	accord.Store
	stats atomic.Int64
}

func (c *statsStore) Stats(ctx context.Context) (accord.Stats, error) {
	c.stats.Add(1)
	return c.Store.Stats(ctx)
}

func (c *statsStore) Generation(ctx context.Context) (int64, error) {
	return c.Store.(accord.GenerationReader).Generation(ctx)
}

// TestGenerationCountsOnce: the server counts the store again only when its
// generation changed, however often it checks; counting a large store takes
// a fraction of a second.
func TestGenerationCountsOnce(t *testing.T) {
	db := seedStore(t, false)
	cs := &statsStore{Store: db}
	s := NewServer(cs, Options{Logger: discardLogger()})
	h := s.Handler()
	check := func(path string) {
		t.Helper()
		s.mu.Lock()
		s.checked = time.Now().Add(-generationCheck) // as if generationCheck had passed
		s.mu.Unlock()
		if w := get(h, path, "192.0.2.1:1"); w.Code != 200 {
			t.Fatalf("%s: %d", path, w.Code)
		}
	}
	for _, p := range []string{"/", "/api/dyads", "/?x=1", "/api/dyads?limit=2"} {
		check(p)
	}
	if n := cs.stats.Load(); n != 1 {
		t.Errorf("four checks of one generation counted the store %d times, want 1", n)
	}
	other := "date 2026-03-04 HÀ NỘI — Minister Pham Minh Chinh met Prime Minister Anthony Albanese in Hà Nội on Wednesday to discuss quillwort.\n"
	if _, err := ingester(db)(context.Background(), Upload{Name: "other.txt", Data: []byte(other)}); err != nil {
		t.Fatal(err)
	}
	check("/api/dyads?limit=3")
	if n := cs.stats.Load(); n != 2 {
		t.Errorf("a new generation: the store counted %d times in all, want 2", n)
	}
}
