package postgres

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accordhq/accord"
)

// query is a parsed search query: an article matches when it matches one
// alternative of every clause and none of the excluded terms. The syntax and
// its errors are those of package sqlite, so that both stores accept and
// refuse the same queries.
type query struct {
	must [][]string // each clause: alternatives (words or phrases)
	not  []string
}

// parseQuery reads the user syntax of accord.SearchQuery: words (all
// required), "phrases", OR between alternatives, -word and -"phrase". Terms
// without a letter or digit are dropped. A query with nothing left to find,
// an OR missing a side or joining an exclusion, or an unclosed quote, is
// EINVALID. Nothing else is syntax: the text of a term goes to PostgreSQL as
// a parameter.
func parseQuery(s string) (*query, error) {
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	q := new(query)
	or, afterNot := false, false
	for _, t := range toks {
		if t.or {
			if len(q.must) == 0 || or || afterNot {
				return nil, accord.ErrorAt(accord.EINVALID, "query", "OR needs a word or phrase on each side")
			}
			or = true
			continue
		}
		if !strings.ContainsFunc(t.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
			continue // punctuation only: nothing to match
		}
		switch {
		case t.not && or:
			return nil, accord.ErrorAt(accord.EINVALID, "query", "OR cannot join an excluded term")
		case t.not:
			q.not = append(q.not, t.text)
			afterNot = true
			continue
		case or:
			c := &q.must[len(q.must)-1]
			*c = append(*c, t.text)
		default:
			q.must = append(q.must, []string{t.text})
		}
		or, afterNot = false, false
	}
	if or {
		return nil, accord.ErrorAt(accord.EINVALID, "query", "OR needs a word or phrase on each side")
	}
	if len(q.must) == 0 {
		return nil, accord.ErrorAt(accord.EINVALID, "query", "no word or phrase to search for (only excluded ones)")
	}
	return q, nil
}

type token struct {
	text    string
	not, or bool
}

// lex splits a query into words, phrases and ORs. Control characters and
// invalid bytes count as spaces (PostgreSQL text holds neither NUL nor
// invalid UTF-8).
func lex(s string) ([]token, error) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	var toks []token
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return toks, nil
		}
		var t token
		if s[0] == '-' {
			t.not = true
			s = s[1:]
		}
		if strings.HasPrefix(s, `"`) {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				return nil, accord.ErrorAt(accord.EINVALID, "query", "a quote is not closed")
			}
			t.text, s = s[1:1+end], s[2+end:]
		} else {
			end := strings.IndexFunc(s, func(r rune) bool { return r == '"' || unicode.IsSpace(r) })
			if end < 0 {
				end = len(s)
			}
			t.text, s = s[:end], s[end:]
			t.or = t.text == "OR" && !t.not
		}
		toks = append(toks, t)
	}
}

// tsquery returns a SQL expression building the query's tsquery, with arg
// adding each term as a parameter. Each term goes through phraseto_tsquery,
// which treats any character as text. A query whose positive terms hold no
// word at all (punctuation only) matches nothing, rather than everything
// but its exclusions.
func (q *query) tsquery(arg func(any) string) string {
	term := func(s string) string { return "phraseto_tsquery('accord', " + arg(s) + ")" }
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
