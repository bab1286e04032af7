package target

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/sentence"
)

const (
	seedsDir  = "../../testdata/seeds"
	whDir     = "../../../shared/corpus/whitehouse"
	seedsGold = "../../../shared/eval/seeds.gold.json"
	whDevGold = "../../../shared/eval/whitehouse-dev.gold.json"
)

type goldTarget struct {
	Key        string   `json:"key"`
	Metric     string   `json:"metric"`
	Value      float64  `json:"value"`
	Unit       string   `json:"unit"`
	Comparator string   `json:"comparator"`
	Deadline   string   `json:"deadline"`
	Period     string   `json:"period"`
	Holders    []string `json:"holders"`
}

type goldArticle struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Persons   []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	} `json:"persons"`
	Targets []goldTarget `json:"targets"`
}

type doc struct {
	file, title, published, body string
}

func loadGold(t testing.TB, name string) []goldArticle {
	b, err := os.ReadFile(name)
	if err != nil {
		t.Skipf("no gold file: %v", err)
	}
	var g struct{ Articles []goldArticle }
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return g.Articles
}

// readDoc reads a seed (" date YYYY-MM-DD BODY") or a White House Markdown
// document (YAML front matter, then the body) by base name.
func readDoc(t testing.TB, file string) doc {
	path := filepath.Join(seedsDir, file)
	if strings.HasSuffix(file, ".md") {
		m, _ := filepath.Glob(filepath.Join(whDir, "*", "*", file))
		if len(m) == 0 {
			t.Skipf("%s not in %s", file, whDir)
		}
		path = m[0]
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parseDoc(file, string(b))
}

func parseDoc(file, s string) doc {
	d := doc{file: file}
	if strings.HasPrefix(s, "---\n") {
		if end := strings.Index(s[4:], "\n---\n"); end >= 0 {
			for _, l := range strings.Split(s[4:4+end], "\n") {
				if v, ok := strings.CutPrefix(l, "title: "); ok {
					d.title = strings.Trim(v, `"'`)
				}
				if v, ok := strings.CutPrefix(l, "date: "); ok {
					d.published = strings.Trim(v, `"'`)
				}
			}
			d.body = s[4+end+5:]
			return d
		}
	}
	s = strings.TrimPrefix(s, " date ")
	if len(s) > 11 {
		d.published, s = s[:10], s[11:]
	}
	d.body = s
	return d
}

// split is a sentence splitter for the tests that keeps hard-wrapped
// Markdown lines together: it splits at blank lines, list items and ". "
// before a capital (not after an initial such as "U.S." or "R.").
func split(text string) []sentence.Span {
	var out []sentence.Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if e > s {
			out = append(out, sentence.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < len(text) && (text[j] == '\n' || text[j] == '-' && j+1 < len(text) && text[j+1] == ' ' ||
				j+2 < len(text) && isDigit(text[j]) && text[j+1] == '.' && text[j+2] == ' ') {
				emit(i)
			}
			continue
		}
		if (c == '.' || c == '?' || c == '!' || c == ':') && spaceAt(text, i+1) > 0 {
			j := i + 1
			for n := spaceAt(text, j); n > 0; n = spaceAt(text, j) {
				j += n
			}
			r, _ := utf8.DecodeRuneInString(text[j:])
			if c == '.' && i >= 2 && (text[i-2] == ' ' || text[i-2] == '.' || text[i-2] == '\n') && unicode.IsUpper(rune(text[i-1])) {
				continue // an initial: U.S. or Joseph R. Biden
			}
			if c == '.' && (strings.HasSuffix(text[:i], " No") || strings.HasSuffix(text[:i], " Mr") || strings.HasSuffix(text[:i], " Dr") || strings.HasSuffix(text[:i], " Jr")) {
				continue
			}
			if c == '.' && i > 0 && isDigit(text[i-1]) && (i < 2 || !isDigit(text[i-2])) && (i < 2 || text[i-2] == ' ' || text[i-2] == '\n') {
				continue // a list number: 2.
			}
			if c == ':' || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' || r == '*' || r == '"' || r == '“' {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}

// spaceAt returns the width of a space, newline or no-break space at
// text[i], or 0.
func spaceAt(text string, i int) int {
	switch {
	case i >= len(text):
		return 0
	case text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r':
		return 1
	case strings.HasPrefix(text[i:], "\u00a0"):
		return 2
	}
	return 0
}

// principals are the gold persons' countries, most frequent first, or the
// countries of the title when the gold names no one.
func principals(g goldArticle, title string) []string {
	var out []string
	for _, p := range g.Persons {
		if p.Country != "" && !slices.Contains(out, p.Country) {
			out = append(out, p.Country)
		}
	}
	if len(out) == 0 {
		x := &extractor{l: lexicon(), text: title}
		toks := tokenize(title, 0, len(title), nil)
		x.text = title
		for _, m := range x.mentions(toks) {
			if !slices.Contains(out, m.code) {
				out = append(out, m.code)
			}
		}
	}
	return out
}

// tgtMatch is the scorer's tgt_match.
func tgtMatch(g goldTarget, t accord.Target) bool {
	if norm(g.Unit) != norm(t.Unit) || math.Abs(t.Value-g.Value) > 0.01*math.Abs(g.Value) {
		return false
	}
	if g.Deadline != "" && t.Deadline != g.Deadline || g.Period != "" && t.Period != g.Period {
		return false
	}
	if !slices.Equal(sorted(g.Holders), sorted(t.Holders)) {
		return false
	}
	have := strings.Fields(norm(t.Metric))
	for _, w := range strings.Fields(norm(g.Metric)) {
		if len(w) > 2 && slices.Contains(have, w) {
			return true
		}
	}
	return false
}

func norm(s string) string { return accord.Fold(s) }

func f1(tp, nSys, nGold int) (p, r, f float64) {
	p, r = 1, 1
	if nSys > 0 {
		p = float64(tp) / float64(nSys)
	}
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestGold scores Extract against the reference targets of the seeds and of
// the White House development set with the scorer's matching rule.
func TestGold(t *testing.T) {
	_ = knowledge.Countries()
	for _, c := range []struct {
		gold  string
		floor float64
	}{{seedsGold, 0.95}, {whDevGold, 0.8}} {
		var tp, nSys, nGold int
		for _, g := range loadGold(t, c.gold) {
			d := readDoc(t, g.File)
			got := Extract("a", d.body, split(d.body), d.published, principals(g, d.title))
			used := map[int]bool{}
			for _, gt := range g.Targets {
				found := false
				for i, st := range got {
					if !used[i] && tgtMatch(gt, st) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Logf("%.50s: missed %s", g.File, gt.Key)
				}
			}
			for i, st := range got {
				if !used[i] {
					t.Logf("%.50s: extra %q %v %s %s %s %s %v", g.File, st.Metric, st.Value, st.Unit, st.Comparator, st.Deadline, st.Period, st.Holders)
				}
			}
			tp += len(used)
			nSys += len(got)
			nGold += len(g.Targets)
		}
		p, r, f := f1(tp, nSys, nGold)
		t.Logf("%s: precision %.3f recall %.3f F1 %.3f (%d/%d/%d)", filepath.Base(c.gold), p, r, f, tp, nSys, nGold)
		if f < c.floor {
			t.Errorf("%s: targets F1 %.3f below %.2f", filepath.Base(c.gold), f, c.floor)
		}
	}
}
