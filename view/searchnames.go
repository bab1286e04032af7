package view

// Search as an analyst types it (issue 11): a country named in a query
// finds the articles that name it any other way ("Vietnam" = "Viet Nam",
// "U.S.-ROK" = United States and Republic of Korea). The query is rewritten
// before it reaches a store, so that every store gives the same results;
// the web app, the API and the CLI all search through ExpandCountries.

import (
	"strings"
	"sync"
	"unicode"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// countryIndex finds countries by their names and aliases.
type countryIndex struct {
	byKey    map[string]string   // folded words of a name → country code
	upper    map[string]bool     // keys that match only when typed in capitals (US, ROK)
	names    map[string][]string // code → the names a query is expanded to
	maxWords int
}

// maxAlternatives bounds the names a country mention is expanded to: each
// is one more term for the store (accord.MaxQueryTerms).
const maxAlternatives = 8

// commonWords are aliases that are also words: "US" is "us". They still
// find their country when typed in capitals, but are not searched for.
var commonWords = map[string]bool{"us": true, "in": true, "it": true, "no": true, "is": true, "am": true, "me": true, "to": true, "so": true}

var (
	countriesIdxOnce sync.Once
	countriesIdx     *countryIndex
)

func countryIdx() *countryIndex {
	countriesIdxOnce.Do(func() {
		x := &countryIndex{byKey: map[string]string{}, upper: map[string]bool{}, names: map[string][]string{}}
		for _, c := range knowledge.Countries() {
			weak := map[string]bool{}
			for _, w := range c.Weak {
				weak[w] = true
			}
			seen := map[string]bool{}
			for _, n := range append([]string{c.Name, c.Official}, c.Aliases...) {
				ws := foldWords(n)
				key := strings.Join(ws, " ")
				if n == "" || weak[n] || key == "" || seen[key] {
					continue
				}
				seen[key] = true
				if _, taken := x.byKey[key]; !taken {
					x.byKey[key] = c.Code
					// Short names typed in capitals in the data (US, ROK,
					// UAE) are abbreviations: "us" or "rok" typed in lower
					// case are words.
					letters := strings.Join(ws, "")
					if len([]rune(letters)) <= 3 {
						x.upper[key] = true
					}
				}
				x.maxWords = max(x.maxWords, len(ws))
				if !(len(ws) == 1 && commonWords[key]) && len(x.names[c.Code]) < maxAlternatives {
					x.names[c.Code] = append(x.names[c.Code], n)
				}
			}
		}
		countriesIdx = x
	})
	return countriesIdx
}

// foldWords splits s into its lower-cased words, as the stores' tokenizers
// do: "U.S." is "u s", "Viet Nam" is "viet nam".
func foldWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// country returns the country a term (or a run of words) names, if any.
func (x *countryIndex) country(text string) string {
	ws := foldWords(text)
	key := strings.Join(ws, " ")
	code, ok := x.byKey[key]
	if !ok {
		return ""
	}
	if x.upper[key] {
		for _, r := range text {
			if unicode.IsLetter(r) && !unicode.IsUpper(r) && r != 'o' { // RoK
				return ""
			}
		}
	}
	return code
}

// ExpandCountries rewrites a query so that each country it names matches
// any name of that country: a clause "Vietnam" becomes "Viet Nam" OR
// "Vietnam" OR …; words in a row that make a name ("Viet Nam" unquoted)
// are taken together; a term of countries joined by hyphens or slashes
// ("U.S.-ROK") is one clause per country. Other terms are kept as typed.
// A query that does not parse, or that the names would take beyond
// accord.MaxQueryTerms, is returned as it was: the store judges it.
func ExpandCountries(query string) string {
	q, err := accord.ParseQuery(query)
	if err != nil {
		return query
	}
	x := countryIdx()
	changed := false
	var must [][]string
	expand := func(code string) []string {
		changed = true
		return x.names[code]
	}
	for i := 0; i < len(q.Must); i++ {
		c := q.Must[i]
		if len(c) > 1 {
			var alts []string
			for _, t := range c {
				if code := x.country(t); code != "" {
					alts = append(alts, expand(code)...)
				} else {
					alts = append(alts, t)
				}
			}
			must = append(must, alts)
			continue
		}
		// The longest run of single-word clauses that names a country.
		found := false
		for n := min(x.maxWords, len(q.Must)-i); n >= 1 && !found; n-- {
			words := make([]string, 0, n)
			for _, c2 := range q.Must[i : i+n] {
				if len(c2) != 1 || (n > 1 && strings.ContainsFunc(c2[0], unicode.IsSpace)) {
					break
				}
				words = append(words, c2[0])
			}
			if len(words) != n {
				continue
			}
			if code := x.country(strings.Join(words, " ")); code != "" {
				must = append(must, expand(code))
				i += n - 1
				found = true
			}
		}
		if found {
			continue
		}
		// Countries joined: "U.S.-ROK", "US/Japan".
		parts := strings.FieldsFunc(c[0], func(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '/' })
		if len(parts) > 1 {
			codes := make([]string, 0, len(parts))
			for _, p := range parts {
				if code := x.country(p); code != "" {
					codes = append(codes, code)
				}
			}
			if len(codes) == len(parts) {
				for _, code := range codes {
					must = append(must, expand(code))
				}
				continue
			}
		}
		must = append(must, c)
	}
	var not []string
	for _, t := range q.Not {
		if code := x.country(t); code != "" {
			not = append(not, expand(code)...)
		} else {
			not = append(not, t)
		}
	}
	if !changed {
		return query
	}
	var b strings.Builder
	quote := func(t string) {
		b.WriteByte('"')
		b.WriteString(t)
		b.WriteByte('"')
	}
	for i, c := range must {
		if i > 0 {
			b.WriteByte(' ')
		}
		for j, t := range c {
			if j > 0 {
				b.WriteString(" OR ")
			}
			quote(t)
		}
	}
	for _, t := range not {
		b.WriteString(" -")
		quote(t)
	}
	out := b.String()
	if p, err := accord.ParseQuery(out); err != nil || len(p.Must) == 0 {
		return query
	}
	return out
}
