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
				if !(len(ws) == 1 && commonWords[key]) {
					x.names[c.Code] = append(x.names[c.Code], n)
				}
			}
		}
		// An alias held in another country's name ("Korea" in "Democratic
		// People's Republic of Korea") is searched only when typed; the
		// country's own name always is.
		var all []string
		owner := map[string]string{}
		for code, names := range x.names {
			for _, n := range names {
				k := " " + strings.Join(foldWords(n), " ") + " "
				all = append(all, k)
				owner[k] = code
			}
		}
		for code, names := range x.names {
			kept := names[:0:0]
			for i, n := range names {
				k := " " + strings.Join(foldWords(n), " ") + " "
				ambiguous := false
				for _, o := range all {
					if owner[o] != code && strings.Contains(o, k) {
						ambiguous = true
						break
					}
				}
				if i == 0 || !ambiguous {
					kept = append(kept, n)
				}
			}
			x.names[code] = kept
		}
		countriesIdx = x
	})
	return countriesIdx
}

// searchedNames keeps the names a mention is searched as: a name that
// holds another whole ("Socialist Republic of Viet Nam" holds "Viet Nam")
// finds nothing more, and each phrase costs the store a position list, so
// only the shortest forms are searched, at most maxAlternatives of them.
func searchedNames(names []string) []string {
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = " " + strings.Join(foldWords(n), " ") + " "
	}
	var out []string
	for i, n := range names {
		held := false
		for j, k := range keys {
			if j != i && k != keys[i] && strings.Contains(keys[i], k) || j < i && k == keys[i] {
				held = true
				break
			}
		}
		if !held && len(out) < maxAlternatives {
			out = append(out, n)
		}
	}
	return out
}

// foldWords splits s into its words without case or diacritics, as the
// stores' tokenizers do: "U.S." is "u s", "Việt Nam" is "viet nam".
func foldWords(s string) []string {
	return strings.Fields(accord.Fold(s))
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
	// A mention is searched as typed and as the country's other names.
	expand := func(code, typed string) []string {
		changed = true
		names := x.names[code]
		if ws := foldWords(typed); !(len(ws) == 1 && commonWords[ws[0]]) {
			names = append([]string{typed}, names...)
		}
		return searchedNames(names)
	}
	for i := 0; i < len(q.Must); i++ {
		c := q.Must[i]
		if len(c) > 1 {
			var alts []string
			for _, t := range c {
				if code := x.country(t); code != "" {
					alts = append(alts, expand(code, t)...)
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
				must = append(must, expand(code, strings.Join(words, " ")))
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
				for i, code := range codes {
					must = append(must, expand(code, parts[i]))
				}
				continue
			}
		}
		must = append(must, c)
	}
	var not []string
	for _, t := range q.Not {
		if code := x.country(t); code != "" {
			not = append(not, expand(code, t)...)
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
