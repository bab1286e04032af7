package area

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldArticle is the part of an accord.gold/v1 article these tests read.
type goldArticle struct {
	File  string   `json:"file"`
	Areas []string `json:"areas"`
}

// corpusDoc is one gold article's title and body as the reader gives them.
type corpusDoc struct {
	file, title, body string
}

const (
	seedsDir   = "../../testdata/seeds"
	whDir      = "../../../shared/corpus/whitehouse"
	seedsGold  = "../../../shared/eval/seeds.gold.json"
	whDevGold  = "../../../shared/eval/whitehouse-dev.gold.json"
	floorAreas = 0.85
)

// loadGold returns the articles of a gold file, skipping the test when the
// shared evaluation files are not there.
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
// document (YAML front matter, then the body).
func readDoc(t testing.TB, file string) corpusDoc {
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
		t.Fatalf("%v", err)
	}
	return splitDoc(file, string(b))
}

func splitDoc(file, s string) corpusDoc {
	d := corpusDoc{file: file}
	if strings.HasPrefix(s, "---\n") {
		end := strings.Index(s[4:], "\n---\n")
		if end >= 0 {
			for _, l := range strings.Split(s[4:4+end], "\n") {
				if v, ok := strings.CutPrefix(l, "title: "); ok {
					d.title = strings.Trim(v, `"'`)
				}
			}
			d.body = s[4+end+5:]
			return d
		}
	}
	s = strings.TrimPrefix(s, " date ")
	if len(s) > 11 {
		s = s[11:] // YYYY-MM-DD and a space
	}
	d.body = s
	return d
}

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

// TestGold scores Extract against the hand-made reference of the seeds and
// the White House development set, as the scorer does.
func TestGold(t *testing.T) {
	var tp, nSys, nGold int
	for _, gf := range []string{seedsGold, whDevGold} {
		for _, g := range loadGold(t, gf) {
			d := readDoc(t, g.File)
			got := Extract(d.title, d.body)
			want := map[string]bool{}
			for _, a := range g.Areas {
				want[a] = true
			}
			var missed, extra []string
			hit := 0
			for _, a := range got {
				if want[a] {
					hit++
					delete(want, a)
				} else {
					extra = append(extra, a)
				}
			}
			for a := range want {
				missed = append(missed, a)
			}
			tp += hit
			nSys += len(got)
			nGold += len(g.Areas)
			if len(missed)+len(extra) > 0 {
				t.Logf("%.60s: missed %v extra %v", g.File, missed, extra)
			}
		}
	}
	p, r, f := f1(tp, nSys, nGold)
	t.Logf("areas: precision %.3f recall %.3f F1 %.3f (%d/%d/%d)", p, r, f, tp, nSys, nGold)
	if f < floorAreas {
		t.Errorf("areas F1 %.3f below %.2f", f, floorAreas)
	}
}
