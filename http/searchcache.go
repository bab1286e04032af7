package http

import (
	"context"
	"fmt"
	"sync"

	"github.com/accordhq/accord"
)

// searchCache keeps the results of recent searches for the store's
// generation, so that a repeated search (a popular query, a page reloaded,
// many clients asking the same) is served without touching the store, and
// concurrent identical searches run once. Results are shared: callers must
// not modify them.
type searchCache struct {
	mu      sync.Mutex
	gen     int64
	entries map[string]*searchEntry
}

type searchEntry struct {
	done chan struct{} // closed when res and err are set
	res  *accord.SearchResults
	err  error
}

// searchCacheSize bounds the cached searches: when full, the cache starts
// afresh (a generation change does the same).
const searchCacheSize = 512

// search returns the results of q for the store's current generation, from
// the cache or from the store.
func (s *Server) search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	st, _, err := s.generation(ctx) // checked at most every generationCheck
	if err != nil {
		return s.store.Search(ctx, q)
	}
	gen := st.Generation
	key := fmt.Sprintf("%q", []any{q.Query, q.From, q.To, q.Source, q.Countries, q.Areas, q.Types, q.Limit, q.Offset, q.Sort, q.Facets})
	c := &s.searches
	c.mu.Lock()
	if c.gen != gen || len(c.entries) >= searchCacheSize {
		c.gen, c.entries = gen, map[string]*searchEntry{}
	}
	e, ok := c.entries[key]
	if !ok {
		e = &searchEntry{done: make(chan struct{})}
		c.entries[key] = e
	}
	c.mu.Unlock()
	if ok {
		select {
		case <-e.done:
			if e.err != nil { // another request's failure (its client gone, say) is not this one's
				return s.store.Search(ctx, q)
			}
			return e.res, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e.res, e.err = s.store.Search(ctx, q)
	close(e.done)
	if e.err != nil { // errors (a timeout, a cancelled client) are not kept
		c.mu.Lock()
		if c.entries[key] == e {
			delete(c.entries, key)
		}
		c.mu.Unlock()
	}
	return e.res, e.err
}
