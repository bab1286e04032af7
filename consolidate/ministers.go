package consolidate

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"

	"github.com/accordhq/accord"
)

// ministersApart reports whether two reports of one day between the same
// two countries are a ministerial format and a bilateral held beside it: one
// names a single person of each side, the other two or more persons of each
// side, and neither holds a head of state or government. A "2+2" of the
// foreign and defence ministers comes with each pair of counterparts' own
// meeting the same day ("ahead of the 2+2, the defence ministers held
// talks"), each with its own readout; a leaders' meeting that ministers
// attend is still one event, and a report naming only the leaders is a
// report of it. The pair's report must name both in its sentence and not
// the format (data/format_words.txt: "met his counterpart in the 2+2" is
// a report of the format); a transcript of the format's session yields its
// speakers' pair from a greeting ("Well, good morning, everyone").
func (st *state) ministersApart(a, b *accord.Engagement) bool {
	if a.Type == accord.Visit || b.Type == accord.Visit || !ministerial(a) || !ministerial(b) {
		return false
	}
	na, sa := st.perSide(a.Participants)
	nb, sb := st.perSide(b.Participants)
	if na == nil || nb == nil || len(na) != 2 || len(nb) != 2 || !sameKeys(na, nb) {
		return false
	}
	return sa == 1 && minOf(nb) >= 2 && st.namedIn(a) || sb == 1 && minOf(na) >= 2 && st.namedIn(b)
}

// namedIn reports whether one of an engagement's reports names each of its
// persons in its sentence (a word of the name, either name order) and no
// ministerial format.
func (st *state) namedIn(e *accord.Engagement) bool {
	for _, r := range e.Reports {
		if namesFormat(r.Quote) {
			continue
		}
		q := " " + strings.Join(strings.FieldsFunc(accord.Fold(r.Quote), notLetter), " ") + " "
		all := true
		for _, id := range e.Participants {
			a := st.actors[id]
			if !isPerson(id) || a == nil {
				continue
			}
			if !slices.ContainsFunc(st.words(a), func(w string) bool { return len(w) > 2 && strings.Contains(q, " "+w+" ") }) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// ministerial reports whether an engagement's highest participant is known
// and below a head of state or government.
func ministerial(e *accord.Engagement) bool {
	return e.Level != "" && levelRank(e.Level) >= levelRank(accord.LevelMinister)
}

// perSide counts an engagement's persons by country, and returns the
// largest count; nil when a person has no country (the sides are unknown).
func (st *state) perSide(ids []string) (map[string]int, int) {
	n := map[string]int{}
	most := 0
	for _, id := range ids {
		if !isPerson(id) {
			continue
		}
		a := st.actors[id]
		if a == nil || a.Country == "" {
			return nil, 0
		}
		n[a.Country]++
		most = max(most, n[a.Country])
	}
	return n, most
}

func sameKeys(a, b map[string]int) bool {
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return len(a) == len(b)
}

func minOf(m map[string]int) int {
	least := -1
	for _, v := range m {
		if least < 0 || v < least {
			least = v
		}
	}
	return least
}

//go:embed data/format_words.txt
var formatFile string

// formatWords are the phrases naming a ministerial format.
var formatWords = func() []string {
	var out []string
	for _, line := range strings.Split(formatFile, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}()

// namesFormat reports whether a sentence names a ministerial format.
func namesFormat(quote string) bool {
	q := strings.ToLower(strings.ReplaceAll(quote, "\u2019", "'"))
	return slices.ContainsFunc(formatWords, func(w string) bool { return strings.Contains(q, w) })
}
