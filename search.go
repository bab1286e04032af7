package accord

import (
	"context"
	"errors"
	"strings"
	"time"
)

// SearchTimeout bounds one search in every store, queueing included, so
// that no query holds the connections other requests need. A variable for
// tests and for a deployment that wants another bound.
var SearchTimeout = 10 * time.Second

// errSearchDeadline is the cause of a search context that ran out of time.
var errSearchDeadline = errors.New("search deadline")

// SearchContext returns ctx bounded by SearchTimeout; stores run a search
// under it and pass its error through SearchError.
func SearchContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, SearchTimeout, errSearchDeadline)
}

// SearchError returns err, as an ETIMEOUT error when the search's own
// deadline (not the caller's cancellation) ended it.
func SearchError(ctx context.Context, err error) error {
	if err != nil && errors.Is(context.Cause(ctx), errSearchDeadline) {
		return SearchTimeoutError(err)
	}
	return err
}

// SearchTimeoutError is the ETIMEOUT error of a search that ran out of time.
func SearchTimeoutError(err error) error {
	return &Error{Code: ETIMEOUT, Where: "query", Message: "the search took longer than " + SearchTimeout.String() + "; narrow it with fewer words or filters", Err: err}
}

// SearchQuery is a full-text query. Query syntax, the same on every store:
// words (all must match), "exact phrases", OR between alternatives, and
// -word or -"phrase" to exclude.
type SearchQuery struct {
	Query     string
	From, To  string   // published, YYYY-MM-DD inclusive
	Source    string   // agency credit
	Countries []string // ISO alpha-2: articles naming all of these countries
	Areas     []string // area ids: articles naming all of these areas
	Types     []string // engagement types: articles reporting one of these
	Limit     int      // default 20
	Offset    int
	// Facets asks for facet counts (country, area, type, source, year) over
	// all matching articles.
	Facets bool
}

// SearchHit is one ranked match.
type SearchHit struct {
	Article *Article `json:"article"` // without body
	// Snippet is a passage of the body with each match between MarkStart and
	// MarkEnd; renderers escape the text first, then turn the marks into
	// highlighting (see Highlight).
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"` // higher is better
}

// SearchResults are a page of hits and the total count of matches.
type SearchResults struct {
	Total  int                     `json:"total"`
	Hits   []SearchHit             `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"`
}

// FacetCount is how many matching articles carry one facet value.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Facet names.
const (
	FacetCountry = "country"
	FacetArea    = "area"
	FacetType    = "type"
	FacetSource  = "source"
	FacetYear    = "year"
)

// Highlight marks in snippets: control characters never found in article text.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// Highlight replaces the marks of a snippet with open and close, after escape
// has been applied to the text between them (escape may be nil). The output
// is balanced whatever the snippet holds: a start inside a match, an end
// outside one (stray marks from text stored before control characters were
// removed at read time) are dropped, and an open match is closed.
func Highlight(snippet, open, close string, escape func(string) string) string {
	if escape == nil {
		escape = func(s string) string { return s }
	}
	var b strings.Builder
	inside := false
	for {
		i := strings.IndexAny(snippet, MarkStart+MarkEnd)
		if i < 0 {
			b.WriteString(escape(snippet))
			break
		}
		b.WriteString(escape(snippet[:i]))
		switch snippet[i : i+1] {
		case MarkStart:
			if !inside {
				b.WriteString(open)
				inside = true
			}
		case MarkEnd:
			if inside {
				b.WriteString(close)
				inside = false
			}
		}
		snippet = snippet[i+1:]
	}
	if inside {
		b.WriteString(close)
	}
	return b.String()
}
