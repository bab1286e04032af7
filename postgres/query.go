package postgres

import (
	"strings"

	"github.com/accordhq/accord"
)

// query is a parsed search query (accord.Query): an article matches when it
// matches one alternative of every clause and none of the excluded terms.
type query struct {
	must [][]string // each clause: alternatives (words or phrases)
	not  []string
}

// parseQuery parses the user syntax (accord.ParseQuery): the same queries
// are accepted and refused as by every store. Nothing else is syntax: the
// text of a term goes to PostgreSQL as a parameter.
func parseQuery(s string) (*query, error) {
	pq, err := accord.ParseQuery(s)
	if err != nil {
		return nil, err
	}
	return &query{must: pq.Must, not: pq.Not}, nil
}

// tsquery returns a SQL expression building the query's tsquery, with arg
// adding each term as a parameter. Each term goes through phraseto_tsquery,
// which treats any character as text, or with pairs set through
// search_term (migration 0010), which matches the same articles of
// search_docs but finds phrases by their pairs of lexemes: the condition
// of the search, where phraseto_tsquery's is the one to rank and mark
// with. A query whose positive terms hold no word at all (punctuation
// only) matches nothing, rather than everything but its exclusions.
func (q *query) tsquery(arg func(any) string, pairs bool) string {
	term := func(s string) string { return "phraseto_tsquery('accord', " + arg(s) + ")" }
	if pairs {
		term = func(s string) string { return "search_term(" + arg(s) + ")" }
	}
	var must []string
	for _, clause := range q.must {
		var alts []string
		for _, a := range clause {
			alts = append(alts, term(a))
		}
		must = append(must, "("+strings.Join(alts, " || ")+")")
	}
	pos := strings.Join(must, " && ")
	expr := "p"
	if len(q.not) > 0 {
		var not []string
		for _, n := range q.not {
			not = append(not, term(n))
		}
		expr = "p && !!(" + strings.Join(not, " || ") + ")"
	}
	return "(SELECT CASE WHEN numnode(p) = 0 THEN NULL ELSE " + expr + " END FROM (SELECT " + pos + " AS p) x)"
}
