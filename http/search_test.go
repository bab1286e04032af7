package http

import (
	"context"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// cappedStore reports every search as capped, as a store does when more
// than accord.SearchCap articles match, and records the order asked for.
type cappedStore struct {
	accord.Store
	sort string
}

func (s *cappedStore) Search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	r, err := s.Store.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	s.sort = q.Sort
	r.Total, r.Capped = accord.SearchCap, true
	return r, nil
}

// TestSearchCapped: a count beyond the cap reads "more than 10,000" on the
// search page and "capped" in the API; sort=relevance reaches the store and
// a bad sort is a 400.
func TestSearchCapped(t *testing.T) {
	store := &cappedStore{Store: seedStore(t, false)}
	h := NewServer(store, Options{}).Handler()
	tests := []struct {
		target string
		status int
		want   []string
		sort   string
	}{
		{"/api/search?q=trade", 200, []string{`"total": 10000`, `"capped": true`, `"sort": "newest"`}, ""},
		{"/api/search?q=trade&sort=relevance", 200, []string{`"capped": true`, `"sort": "relevance"`}, accord.SortRelevance},
		{"/api/search?q=trade&sort=best", 400, []string{"sort"}, ""},
		{"/search?q=trade", 200, []string{"of more than 10,000 articles", "Newest first", "sort=relevance"}, ""},
		{"/search?q=trade&sort=relevance", 200, []string{"of more than 10,000 articles", "Most relevant of the newest 2,000"}, accord.SortRelevance},
	}
	for _, tt := range tests {
		store.sort = "-"
		w := do(t, h, "GET", tt.target, nil)
		if w.Code != tt.status {
			t.Errorf("%s: status %d, want %d: %s", tt.target, w.Code, tt.status, w.Body)
			continue
		}
		body := strings.ReplaceAll(w.Body.String(), "\u00a0", " ")
		for _, s := range tt.want {
			if !strings.Contains(body, s) {
				t.Errorf("%s: no %q in %.300s", tt.target, s, body)
			}
		}
		if tt.status == 200 && store.sort != tt.sort {
			t.Errorf("%s: the store was asked for sort %q, want %q", tt.target, store.sort, tt.sort)
		}
	}
}
