package http

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	accord "github.com/accordhq/accord"
)

// A search cannot take the server from the other routes: searches that
// are not served from the response cache are admitted at most
// searchesPerClient at once per client address and searchesTotal at once
// in all (429 and 503 beyond, with Retry-After), and those whose plan is
// costly (many words, wide ORs) run one at a time, so that at most one
// core goes to them. Pages and API calls other than searches are not
// limited here: they read bounded parts of the record, and most are hits.

var (
	searchesPerClient = 2
	searchesTotal     = max(4, 2*runtime.GOMAXPROCS(0))
	// costlyWait bounds the wait of a costly search for its lane before
	// it is refused with 503.
	costlyWait = 5 * time.Second
)

// costlyTerms: a search with more words and phrases than this, or with an
// OR of more than costlyOr alternatives, runs in the costly lane.
const (
	costlyTerms = 6
	costlyOr    = 3
)

// searchLimiter counts the searches being computed, by client and in all.
type searchLimiter struct {
	mu       sync.Mutex
	byClient map[string]int
	total    int
	costly   chan struct{} // the costly lane: one at a time
}

func newSearchLimiter() *searchLimiter {
	return &searchLimiter{byClient: map[string]int{}, costly: make(chan struct{}, 1)}
}

// clientOf names the client of r by its address: an IPv6 client by its
// /64, the block one host is given. The server is meant to face clients
// directly; behind a proxy, every client is the proxy.
func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// costlySearch reports whether the query q would run in the costly lane:
// FTS cost grows with the posting lists it merges, so with the number of
// words and the width of ORs.
func costlySearch(q string) bool {
	pq, err := accord.ParseQuery(q)
	if err != nil {
		return false // refused as invalid before it reaches the store
	}
	n := len(pq.Not)
	for _, c := range pq.Must {
		n += len(c)
		if len(c) > costlyOr {
			return true
		}
	}
	return n > costlyTerms
}

// limitSearch admits the computing of a search (a response cache miss),
// or answers 429 (this client has searchesPerClient running), 503 (the
// server has searchesTotal running, or the costly lane stayed busy) with
// Retry-After, and refuses it. release must be called once the search is
// done.
func (s *Server) limitSearch(w http.ResponseWriter, r *http.Request) (release func(), ok bool) {
	l := s.limiter
	client := clientOf(r)
	l.mu.Lock()
	switch {
	case l.byClient[client] >= searchesPerClient:
		l.mu.Unlock()
		s.refuse(w, r, http.StatusTooManyRequests, 1, "too_many_requests",
			"you have "+strconv.Itoa(searchesPerClient)+" searches running; wait for one to finish")
		return nil, false
	case l.total >= searchesTotal:
		l.mu.Unlock()
		s.refuse(w, r, http.StatusServiceUnavailable, 2, "busy",
			"the server is running as many searches as it takes ("+strconv.Itoa(searchesTotal)+"); retry shortly")
		return nil, false
	}
	l.byClient[client]++
	l.total++
	l.mu.Unlock()
	done := func() {
		l.mu.Lock()
		if l.byClient[client]--; l.byClient[client] <= 0 {
			delete(l.byClient, client)
		}
		l.total--
		l.mu.Unlock()
	}
	if !costlySearch(r.URL.Query().Get("q")) {
		return done, true
	}
	ctx, cancel := context.WithTimeout(r.Context(), costlyWait)
	defer cancel()
	select {
	case l.costly <- struct{}{}:
		return func() { <-l.costly; done() }, true
	case <-ctx.Done():
		done()
		if r.Context().Err() == nil {
			s.refuse(w, r, http.StatusServiceUnavailable, int(costlyWait/time.Second),
				"busy", "searches of many words run one at a time, and the one before this took too long; retry shortly, or search fewer words")
		}
		return nil, false
	}
}

// refuse answers a search that was not admitted: JSON under /api/, a page
// elsewhere, with Retry-After in seconds.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, status, retry int, code, msg string) {
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSONError(w, status, code, msg)
		return
	}
	s.errorPage(w, r, status, msg)
}
