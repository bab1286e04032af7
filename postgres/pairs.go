package postgres

import (
	"slices"
	"strconv"
	"strings"
)

// The pairs of adjacent lexemes of an article's search row (migration 0010)
// were made by the SQL function search_pairs, once per stored article: a
// self-join of the positions, planned and run in the server, that cost
// about as much server time as the insert of the article itself. The
// writers share one server (issue 10), so they are made here instead, from
// the article's tsvector as the server returns it, with the function's
// rules; search_pairs stays for the migrations that use it.

// maxPairBytes is search_pairs' bound on the pairs of one article: over it,
// the article is marked as holding none.
const maxPairBytes = 300000

// noPairs is the tsvector of an article whose pairs do not fit: the mark
// alone.
const noPairs = `'` + "\x1f" + `'`

// searchPairs returns, as tsvector input, the pairs of adjacent lexemes of
// tsv, a tsvector in PostgreSQL's text output: search_pairs(tsv).
func searchPairs(tsv string) (string, bool) {
	lexemes, at, ok := parseTSVector(tsv)
	if !ok {
		return "", false
	}
	slices.SortFunc(at, func(a, b lexemeAt) int { return int(a.pos) - int(b.pos) })
	// Each pair as its two lexemes' indexes, so that repeats are found
	// without making strings.
	var keys []uint64
	for i, j := 0, 0; i < len(at); i++ {
		for j < len(at) && at[j].pos <= at[i].pos {
			j++
		}
		for k := j; k < len(at) && at[k].pos == at[i].pos+1; k++ {
			a, b := lexemes[at[i].lexeme], lexemes[at[k].lexeme]
			if len(a)+len(b) < 2000 {
				keys = append(keys, uint64(at[i].lexeme)<<32|uint64(at[k].lexeme))
			}
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	size := 0
	for _, k := range keys {
		size += len(lexemes[k>>32]) + 1 + len(lexemes[uint32(k)]) + 8
	}
	if size > maxPairBytes {
		return noPairs, true
	}
	var sb strings.Builder
	sb.Grow(size)
	for i, k := range keys {
		if i > 0 {
			sb.WriteByte(' ')
		}
		quoteLexeme(&sb, lexemes[k>>32], lexemes[uint32(k)])
	}
	return sb.String(), true
}

// quoteLexeme writes the pair a, b as a quoted lexeme of tsvector input.
func quoteLexeme(sb *strings.Builder, a, b string) {
	sb.WriteByte('\'')
	quoted(sb, a)
	sb.WriteByte('\x1f')
	quoted(sb, b)
	sb.WriteByte('\'')
}

func quoted(sb *strings.Builder, s string) {
	if !strings.ContainsAny(s, `'\\`) {
		sb.WriteString(s)
		return
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'':
			sb.WriteString("''")
		case '\\':
			sb.WriteString(`\\`)
		default:
			sb.WriteByte(c)
		}
	}
}

// lexemeAt is one position of a lexeme (its index in the lexemes).
type lexemeAt struct {
	lexeme int32
	pos    int32
}

// parseTSVector reads PostgreSQL's text output of a tsvector ('lexeme':1A,5
// 'other' …): every lexeme quoted, quotes doubled and backslashes escaped,
// positions with an optional weight. It returns the lexemes and their
// positions; lexemes without positions have none, as unnest's positions.
func parseTSVector(s string) ([]string, []lexemeAt, bool) {
	var lexemes []string
	var out []lexemeAt
	i := 0
	for i < len(s) {
		if s[i] == ' ' {
			i++
			continue
		}
		if s[i] != '\'' {
			return nil, nil, false
		}
		i++
		// The lexeme: a substring unless it holds an escape.
		start, plain := i, true
		for {
			if i >= len(s) {
				return nil, nil, false
			}
			if s[i] == '\\' {
				plain = false
				i += 2
				continue
			}
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					plain = false
					i += 2
					continue
				}
				break
			}
			i++
		}
		if i > len(s) {
			return nil, nil, false
		}
		lexeme := s[start:i]
		if !plain {
			lexeme = unescape(lexeme)
		}
		i++ // the closing quote
		lexemes = append(lexemes, lexeme)
		n := int32(len(lexemes) - 1)
		if i < len(s) && s[i] == ':' {
			i++
			for {
				j := i
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				p, err := strconv.Atoi(s[i:j])
				if err != nil {
					return nil, nil, false
				}
				out = append(out, lexemeAt{n, int32(p)})
				i = j
				if i < len(s) && s[i] >= 'A' && s[i] <= 'D' {
					i++
				}
				if i < len(s) && s[i] == ',' {
					i++
					continue
				}
				break
			}
		}
	}
	return lexemes, out, true
}

// unescape undoes the quoting of a lexeme's text output.
func unescape(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if (c == '\\' || c == '\'') && i+1 < len(q) {
			i++
			c = q[i]
		}
		b.WriteByte(c)
	}
	return b.String()
}
