package accord

import (
	"context"
	"errors"
	"strconv"
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
	// Offset skips hits; hits are listed within the first SearchCap
	// matches only, so Offset+Limit beyond SearchCap is cut to it.
	Offset int
	// Sort is the order of hits: SortNewest (the default, also "") or
	// SortRelevance.
	Sort string
	// Facets asks for facet counts (country, area, type, source, year) over
	// the matching articles, the newest SearchCap of them.
	Facets bool
}

// Orders of search hits.
const (
	// SortNewest lists matches newest first (by publication date; within a
	// day, the last stored first). A store walks its index in that order
	// and stops at the page: the cost does not grow with the matches.
	SortNewest = "newest"
	// SortRelevance ranks the newest RelevanceWindow matches by relevance;
	// older matches follow them, newest first, with score 0.
	SortRelevance = "relevance"
)

// Bounds of a search's work, whatever the number of matches.
const (
	// SearchCap bounds counting: Total is exact up to SearchCap matches;
	// beyond, Total is SearchCap and Capped is set ("more than 10,000").
	// Facets count the same newest SearchCap matches, and paging stops
	// there.
	SearchCap = 10000
	// RelevanceWindow is how many of the newest matches SortRelevance
	// ranks: scoring reads each match's positions, so every match is not
	// scored.
	RelevanceWindow = 2000
)

// CheckSearch validates the bounds and order of q and fills in their
// defaults (Limit 20, Sort SortNewest), with Limit cut so that no hit lies
// beyond SearchCap. Stores call it first.
func CheckSearch(q *SearchQuery) error {
	switch q.Sort {
	case "":
		q.Sort = SortNewest
	case SortNewest, SortRelevance:
	default:
		return ErrorAt(EINVALID, "sort", "want %s or %s, got %q", SortNewest, SortRelevance, q.Sort)
	}
	if q.Limit < 0 {
		return ErrorAt(EINVALID, "limit", "limit must not be negative")
	}
	if q.Offset < 0 {
		return ErrorAt(EINVALID, "offset", "offset must not be negative")
	}
	if q.Limit == 0 {
		q.Limit = 20
	}
	q.Offset = min(q.Offset, SearchCap)
	q.Limit = min(q.Limit, SearchCap-q.Offset)
	return nil
}

// SearchHit is one match.
type SearchHit struct {
	Article *Article `json:"article"` // without body
	// Snippet is a passage of the body with each match between MarkStart and
	// MarkEnd; renderers escape the text first, then turn the marks into
	// highlighting (see Highlight).
	Snippet string `json:"snippet"`
	// Score is the relevance of a hit ranked by SortRelevance, higher is
	// better; 0 in newest-first order.
	Score float64 `json:"score"`
}

// SearchResults are a page of hits and the count of matches.
type SearchResults struct {
	// Total counts the matches up to SearchCap; Capped says there are more.
	Total  int                     `json:"total"`
	Capped bool                    `json:"capped"`
	Hits   []SearchHit             `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"`
}

// TotalText is Total in words: "1,234", or "more than 10,000" when capped.
func (r *SearchResults) TotalText() string {
	if r.Capped {
		return "more than " + thousands(r.Total)
	}
	return thousands(r.Total)
}

// thousands writes n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
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
