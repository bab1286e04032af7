package accord

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a parsed search query, the syntax of SearchQuery.Query that every
// store accepts: words (all required), "exact phrases", OR between
// alternatives, and -word or -"phrase" to exclude. An article matches when
// it matches one alternative of every clause of Must and none of Not. Terms
// are as the user typed them; each store turns them into its engine's
// syntax, quoting them so that nothing typed is read as syntax there.
type Query struct {
	Must [][]string
	Not  []string
}

// ParseQuery parses the user syntax. Terms without a letter or digit are
// dropped. A query with nothing left to find, an OR missing a side or
// joining an exclusion, or an unclosed quote is EINVALID.
func ParseQuery(s string) (*Query, error) {
	toks, err := lexQuery(s)
	if err != nil {
		return nil, err
	}
	q := new(Query)
	or, afterNot := false, false
	for _, t := range toks {
		if t.or {
			if len(q.Must) == 0 || or || afterNot {
				return nil, ErrorAt(EINVALID, "query", "OR needs a word or phrase on each side")
			}
			or = true
			continue
		}
		if !strings.ContainsFunc(t.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
			continue // punctuation only: nothing to match
		}
		switch {
		case t.not && or:
			return nil, ErrorAt(EINVALID, "query", "OR cannot join an excluded term")
		case t.not:
			q.Not = append(q.Not, t.text)
			afterNot = true
			continue
		case or:
			c := &q.Must[len(q.Must)-1]
			*c = append(*c, t.text)
		default:
			q.Must = append(q.Must, []string{t.text})
		}
		or, afterNot = false, false
	}
	if or {
		return nil, ErrorAt(EINVALID, "query", "OR needs a word or phrase on each side")
	}
	if len(q.Must) == 0 {
		return nil, ErrorAt(EINVALID, "query", "no word or phrase to search for (only excluded ones)")
	}
	return q, nil
}

type queryToken struct {
	text    string
	not, or bool
}

// lexQuery splits a query into words, phrases and ORs. Control characters
// and invalid bytes count as spaces: no store's text holds them.
func lexQuery(s string) ([]queryToken, error) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	var toks []queryToken
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return toks, nil
		}
		var t queryToken
		if s[0] == '-' {
			t.not = true
			s = s[1:]
		}
		if strings.HasPrefix(s, `"`) {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				return nil, ErrorAt(EINVALID, "query", "a quote is not closed")
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
