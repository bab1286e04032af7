package accord

import (
	"slices"
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

// Bounds of a query. A store's cost grows with the number of terms (each is
// one more index lookup and, on SQLite, one more position list to merge per
// match), so a query is bounded before it reaches one.
const (
	MaxQueryTerms = 64   // distinct words and phrases, kept and excluded
	MaxQueryBytes = 4096 // the query text
)

// ParseQuery parses the user syntax. Terms without a letter or digit are
// dropped, and repeated terms are folded (case aside): "trade trade" is
// "trade". An unclosed quote runs to the end of the query (`"rare earths`
// is the phrase). A query with nothing left to find, an OR missing a side
// or joining an exclusion, or beyond MaxQueryBytes or MaxQueryTerms is
// EINVALID.
func ParseQuery(s string) (*Query, error) {
	if len(s) > MaxQueryBytes {
		return nil, ErrorAt(EINVALID, "query", "the query is %d bytes long; at most %d are allowed", len(s), MaxQueryBytes)
	}
	q, err := parseQuery(s)
	if err != nil {
		return nil, err
	}
	q.fold()
	if n := q.terms(); n > MaxQueryTerms {
		return nil, ErrorAt(EINVALID, "query", "the query has %d distinct words or phrases; at most %d are allowed", n, MaxQueryTerms)
	}
	return q, nil
}

// fold removes repeated terms: a repeated alternative within a clause, a
// clause equal to an earlier one, a repeated exclusion. Matching is
// case-insensitive in every store, so case does not make terms distinct.
func (q *Query) fold() {
	key := func(t string) string { return strings.Join(strings.Fields(strings.ToLower(t)), " ") }
	seen := map[string]bool{}
	must := q.Must[:0]
	for _, c := range q.Must {
		alts := map[string]bool{}
		var kept, keys []string
		for _, t := range c {
			if k := key(t); !alts[k] {
				alts[k] = true
				kept = append(kept, t)
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		ck := strings.Join(keys, "\x00")
		if seen[ck] {
			continue
		}
		seen[ck] = true
		must = append(must, kept)
	}
	q.Must = must
	nots := map[string]bool{}
	not := q.Not[:0]
	for _, t := range q.Not {
		if k := key(t); !nots[k] {
			nots[k] = true
			not = append(not, t)
		}
	}
	if len(not) == 0 {
		not = nil
	}
	q.Not = not
}

// terms counts the distinct terms of q.
func (q *Query) terms() int {
	seen := map[string]bool{}
	for _, c := range q.Must {
		for _, t := range c {
			seen[strings.ToLower(t)] = true
		}
	}
	for _, t := range q.Not {
		seen["-"+strings.ToLower(t)] = true
	}
	return len(seen)
}

func parseQuery(s string) (*Query, error) {
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
				// An unclosed quote is a typing slip, not a request for
				// an error: the rest of the query is the phrase.
				t.text, s = s[1:], ""
			} else {
				t.text, s = s[1:1+end], s[2+end:]
			}
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
