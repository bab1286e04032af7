package sqlite

import (
	"strings"
	"unicode"

	"github.com/accordhq/accord"
)

// query is a parsed search query: an article matches when it matches one
// alternative of every group and none of the excluded terms. Terms are FTS5
// strings, quoted, so nothing a user types is read as FTS5 syntax.
type query struct {
	groups [][]string
	not    []string
}

// parseQuery reads the user syntax of accord.SearchQuery: words (all
// required), "phrases", OR between alternatives, -word and -"phrase".
func parseQuery(s string) (*query, error) {
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	q := new(query)
	or, afterNot := false, false
	for _, t := range toks {
		if t.or {
			if len(q.groups) == 0 || or || afterNot {
				return nil, accord.ErrorAt(accord.EINVALID, "query", "OR needs a word or phrase on each side")
			}
			or = true
			continue
		}
		s, ok := quote(t.text)
		if !ok {
			continue // punctuation only: nothing to match
		}
		switch {
		case t.not && or:
			return nil, accord.ErrorAt(accord.EINVALID, "query", "OR cannot join an excluded term")
		case t.not:
			q.not = append(q.not, s)
			afterNot = true
			continue
		case or:
			g := &q.groups[len(q.groups)-1]
			*g = append(*g, s)
		default:
			q.groups = append(q.groups, []string{s})
		}
		or, afterNot = false, false
	}
	if or {
		return nil, accord.ErrorAt(accord.EINVALID, "query", "OR needs a word or phrase on each side")
	}
	if len(q.groups) == 0 {
		return nil, accord.ErrorAt(accord.EINVALID, "query", "no word or phrase to search for (only excluded ones)")
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

type token struct {
	text    string
	not, or bool
}

// lex splits a query into words, phrases and ORs. Control characters count
// as spaces.
func lex(s string) ([]token, error) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
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

// quote returns text as an FTS5 string, or false when it holds no letter or
// digit, so that the tokenizer would find nothing in it.
func quote(text string) (string, bool) {
	if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
		return "", false
	}
	return `"` + strings.ReplaceAll(text, `"`, `""`) + `"`, true
}
