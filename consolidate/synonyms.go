package consolidate

import (
	_ "embed"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

//go:embed data/metric_synonyms.txt
var metricSynonymsFile string

// synonym maps a metric word to the word it stands for when restatements
// are compared ("turnover" → "trade"); metric heads and ids keep the word.
var synonym = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(metricSynonymsFile, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && !strings.HasPrefix(line, "#") {
			m[accord.Fold(f[0])] = accord.Fold(f[1])
		}
	}
	// A one-word demonym stands for its country's one-word name: "Tuvaluan
	// citizens" and "people from Tuvalu" measure one thing.
	for _, c := range knowledge.Countries() {
		name := ""
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if f := accord.Fold(n); !strings.Contains(f, " ") && len(f) > 3 {
				name = f
				break
			}
		}
		for _, d := range c.Demonyms {
			if f := accord.Fold(d); name != "" && !strings.Contains(f, " ") && f != name && m[f] == "" {
				m[f] = name
			}
		}
	}
	return m
}()

//go:embed data/metric_alike.txt
var metricAlikeFile string

// alike maps a metric word to the word it is compared as, like synonym, but
// targetName does not name a target by the pair; "-" leaves the word out of
// comparisons.
var alike = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(metricAlikeFile, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && !strings.HasPrefix(line, "#") {
			to := accord.Fold(f[1])
			if f[1] == "-" {
				to = "-"
			}
			m[accord.Fold(f[0])] = to
		}
	}
	return m
}()

// rawWords returns the significant words of a metric, folded, plurals as
// their singular, without mapping synonyms.
func rawWords(metric string) []string {
	var out []string
	for _, w := range strings.Fields(accord.Fold(metric)) {
		if !generic[w] {
			out = append(out, singular(w))
		}
	}
	return out
}

// targetName returns the name of a target stated as a and as b: the shortest
// wording, unless one wording uses a synonym without the word it stands for
// ("two-way business turnover") and one uses that word ("trade volume"): then
// "trade turnover", with both, so that every wording shares a word with the
// name. The name does not depend on the order of the statements: a name with
// both words keeps them.
func targetName(a, b string) string {
	wa, wb := rawWords(a), rawWords(b)
	for _, p := range [2]struct {
		m     string
		w, wo []string
	}{{a, wa, wb}, {b, wb, wa}} {
		for _, w := range p.w {
			s := synonym[w]
			if s == "" {
				continue
			}
			// The synonym alone, or the name this gave before.
			lone := !slices.Contains(p.w, s) || accord.Fold(p.m) == s+" "+w
			if lone && (slices.Contains(p.w, s) || slices.Contains(p.wo, s)) {
				return s + " " + w
			}
		}
	}
	// A wording with its object over the kind alone: "clean energy
	// financing", not "financing".
	if oa, ob := objectless(a), objectless(b); oa != ob {
		if oa {
			return b
		}
		return a
	}
	if len(b) < len(a) || len(b) == len(a) && b < a {
		return b
	}
	return a
}

// sharedWords counts the significant words two metrics share.
func sharedWords(a, b string) int {
	wb := metricWords(b)
	n := 0
	for _, w := range metricWords(a) {
		if slices.Contains(wb, w) {
			n++
		}
	}
	return n
}
