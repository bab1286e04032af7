package sqlite

import (
	"strings"

	"github.com/accordhq/accord"
)

// query is a parsed search query: an article matches when it matches one
// alternative of every group and none of the excluded terms. Terms are FTS5
// strings, quoted, so nothing a user types is read as FTS5 syntax.
type query struct {
	groups [][]string
	not    []string
	// parsed is the query as parsed, its terms unquoted (see pairs).
	parsed *accord.Query
}

// parseQuery parses the user syntax (accord.ParseQuery) and quotes every
// term as an FTS5 string.
func parseQuery(s string) (*query, error) {
	pq, err := accord.ParseQuery(s)
	if err != nil {
		return nil, err
	}
	q := &query{parsed: pq}
	for _, clause := range pq.Must {
		g := make([]string, len(clause))
		for i, t := range clause {
			g[i] = quote(t)
		}
		q.groups = append(q.groups, g)
	}
	for _, t := range pq.Not {
		q.not = append(q.not, quote(t))
	}
	return q, nil
}

// match returns the FTS5 MATCH expression of q.
func (q *query) match() string {
	var b strings.Builder
	b.WriteByte('(')
	for i, g := range q.groups {
		if i > 0 {
			b.WriteString(" AND ")
		}
		if len(g) > 1 {
			b.WriteString("(" + strings.Join(g, " OR ") + ")")
		} else {
			b.WriteString(g[0])
		}
	}
	b.WriteByte(')')
	if len(q.not) > 0 {
		b.WriteString(" NOT (" + strings.Join(q.not, " OR ") + ")")
	}
	return b.String()
}

// quote returns text as an FTS5 string: whatever it holds is text to FTS5.
func quote(text string) string {
	return `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
}
