package http

import (
	"container/list"
	"context"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Every GET page and API response (but the export) is kept, for the
// store's generation, in a cache bounded in bytes: a cached page is served
// without touching the store. The generation is the one the models use
// (Server.generation): read again at most every generationCheck, and at
// once after the server's own ingests (Server.invalidate). Another process
// writing the store is seen within generationCheck. Between two checks,
// a hit costs a map lookup and a copy of the bytes.
//
// Concurrent misses of one URL run its handler once (the others wait for
// its response), and a response carries an ETag naming the generation, so
// that a client revalidating a page it has gets 304 without it being
// rendered again, or even looked up.

// Bounds of the response cache: the bytes of all responses kept, and of
// one (a larger response is served but not kept). 16 MB, not 4: the page of
// a target restated in every article about a busy pair lists each
// statement (7,031 at 1,000,000 articles: 8 MB), and rendering it again
// took 0.4-0.5 s of CPU at each request.
var (
	respCacheBytes = 64 << 20
	respEntryBytes = 16 << 20
)

// respCache holds the responses of the current generation.
type respCache struct {
	mu      sync.Mutex
	gen     int64
	bytes   int
	order   *list.List // of *respEntry, most recently used first
	entries map[string]*list.Element
	flights map[string]*respFlight // misses being computed, by key

	// refresh lets one request at a time read the generation when it is
	// due, instead of every request arriving at once.
	refresh sync.Mutex
	boot    string // part of every ETag: a restarted server may render differently
}

type respEntry struct {
	key    string
	status int
	header http.Header
	body   []byte
}

// respFlight is one miss being computed; waiters read res once done closes.
type respFlight struct {
	done    chan struct{}
	res     *respEntry // nil: not cacheable, the waiters compute their own
	waiters int        // requests waiting for it (for tests)
}

func newRespCache() *respCache {
	return &respCache{
		order:   list.New(),
		entries: map[string]*list.Element{},
		flights: map[string]*respFlight{},
		boot:    strconv.FormatInt(time.Now().UnixNano(), 36),
	}
}

// currentGeneration returns the store's generation as the server last read
// it, reading it again when generationCheck has passed (one request reads,
// the others wait for it).
func (s *Server) currentGeneration(ctx context.Context) (int64, error) {
	s.mu.Lock()
	if s.countries != nil && time.Since(s.checked) < generationCheck {
		gen := s.stats.Generation
		s.mu.Unlock()
		return gen, nil
	}
	s.mu.Unlock()
	c := s.resp
	c.refresh.Lock()
	defer c.refresh.Unlock()
	st, _, err := s.generation(ctx) // fresh now if another request just read it
	return st.Generation, err
}

// cacheKey is the request's path and its query, parameters in a fixed order.
func cacheKey(r *http.Request) string {
	q := r.URL.Query().Encode()
	if q == "" {
		return r.URL.Path
	}
	return r.URL.Path + "?" + q
}

// etag names a response by generation and URL: within a generation the
// same URL renders the same bytes.
func (c *respCache) etag(gen int64, key string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	return `W/"` + strconv.FormatInt(gen, 36) + "-" + c.boot + "-" + strconv.FormatUint(h.Sum64(), 36) + `"`
}

// cachedGET serves h through the response cache. lim, when not nil, admits
// the computing of a miss (searches: see limit.go); hits and requests
// waiting for another's identical miss are not counted against it.
func (s *Server) cachedGET(h http.HandlerFunc, lim func(w http.ResponseWriter, r *http.Request) (release func(), ok bool)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.store == nil || r.Method != http.MethodGet && r.Method != http.MethodHead {
			h(w, r)
			return
		}
		gen, err := s.currentGeneration(r.Context())
		if err != nil { // the store will say so again, with the route's error
			h(w, r)
			return
		}
		c, key := s.resp, cacheKey(r)
		tag := c.etag(gen, key)
		if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, tag) {
			// The tag was only ever given to a 200 of this URL in this
			// generation, whose bytes do not change within it.
			w.Header().Set("ETag", tag)
			w.Header().Set("Cache-Control", "no-cache")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		e, f, leader := c.lookup(gen, key)
		switch {
		case e != nil:
			e.write(w, r)
		case leader:
			s.compute(w, r, h, lim, gen, key, tag, f)
		case f == nil: // a generation older than the cache's: computed, not kept
			s.compute(w, r, h, lim, gen, key, tag, nil)
		default:
			select {
			case <-f.done:
			case <-r.Context().Done():
				return // the client left
			}
			if f.res != nil {
				f.res.write(w, r)
				return
			}
			// The leader's response was not kept (an error, too large):
			// compute this one alone.
			s.compute(w, r, h, lim, gen, key, tag, nil)
		}
	}
}

// compute runs h for a miss, writing its response through to w and keeping
// it when it is a 200 of bounded size; f, when this request leads a
// flight, is completed for the waiters.
func (s *Server) compute(w http.ResponseWriter, r *http.Request, h http.HandlerFunc, lim func(http.ResponseWriter, *http.Request) (func(), bool), gen int64, key, tag string, f *respFlight) {
	c := s.resp
	var kept *respEntry
	defer func() {
		if f != nil {
			c.finish(gen, key, f, kept)
		}
	}()
	if lim != nil {
		release, ok := lim(w, r)
		if !ok {
			return
		}
		defer release()
	}
	rec := &teeWriter{ResponseWriter: w, tag: tag}
	h(rec, r)
	if rec.status == http.StatusOK && !rec.over {
		kept = &respEntry{key: key, status: rec.status, header: rec.Header().Clone(), body: rec.buf}
	}
}

// lookup returns the entry of key in generation gen; or the flight
// computing it, leader saying the caller must compute it and complete f.
func (c *respCache) lookup(gen int64, key string) (e *respEntry, f *respFlight, leader bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		if gen < c.gen { // an older reader: serve it, keep nothing
			return nil, nil, false
		}
		c.gen, c.bytes = gen, 0
		c.order.Init()
		clear(c.entries)
		clear(c.flights)
	}
	if el := c.entries[key]; el != nil {
		c.order.MoveToFront(el)
		return el.Value.(*respEntry), nil, false
	}
	if f = c.flights[key]; f != nil {
		f.waiters++
		return nil, f, false
	}
	f = &respFlight{done: make(chan struct{})}
	c.flights[key] = f
	return nil, f, true
}

// finish completes f with e (nil: not kept) and keeps e, evicting the
// least recently used responses beyond respCacheBytes.
func (c *respCache) finish(gen int64, key string, f *respFlight, e *respEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f.res = e
	close(f.done)
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	if e == nil || gen != c.gen {
		return
	}
	if el := c.entries[key]; el != nil {
		c.bytes -= len(el.Value.(*respEntry).body)
		c.order.Remove(el)
	}
	c.entries[key] = c.order.PushFront(e)
	c.bytes += len(e.body)
	for c.bytes > respCacheBytes {
		el := c.order.Back()
		old := el.Value.(*respEntry)
		c.order.Remove(el)
		delete(c.entries, old.key)
		c.bytes -= len(old.body)
	}
}

// write replays a kept response.
func (e *respEntry) write(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	for k, v := range e.header {
		h[k] = v
	}
	h.Set("Content-Length", strconv.Itoa(len(e.body)))
	w.WriteHeader(e.status)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

// etagMatch reports whether an If-None-Match header names tag (weak
// comparison, as RFC 9110 asks for If-None-Match).
func etagMatch(header, tag string) bool {
	tag = strings.TrimPrefix(tag, "W/")
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == tag {
			return true
		}
	}
	return false
}

// teeWriter writes a response through and keeps a copy of it up to
// respEntryBytes; a 200 gets the ETag before its header is sent.
type teeWriter struct {
	http.ResponseWriter
	tag    string
	status int
	buf    []byte
	over   bool // larger than respEntryBytes: not kept
}

func (t *teeWriter) WriteHeader(status int) {
	if t.status != 0 {
		return
	}
	t.status = status
	if status == http.StatusOK {
		t.Header().Set("ETag", t.tag)
		t.Header().Set("Cache-Control", "no-cache")
	}
	t.ResponseWriter.WriteHeader(status)
}

func (t *teeWriter) Write(b []byte) (int, error) {
	if t.status == 0 {
		t.WriteHeader(http.StatusOK)
	}
	if !t.over {
		if len(t.buf)+len(b) > respEntryBytes {
			t.over, t.buf = true, nil
		} else {
			t.buf = append(t.buf, b...)
		}
	}
	return t.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (t *teeWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

// cacheRoute serves the GET route path through the response cache, its
// searches through the search limits; the export (a stream of the whole
// record) is not kept.
func (s *Server) cacheRoute(method, path string, h http.HandlerFunc) http.HandlerFunc {
	switch {
	case method != http.MethodGet || path == "/api/export":
		return h
	case path == "/search" || path == "/api/search":
		return s.cachedGET(h, s.limitSearch)
	}
	return s.cachedGET(h, nil)
}
