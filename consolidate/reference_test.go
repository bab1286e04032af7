//go:build corpus

// The consolidation of the development references' own per-article facts:
// with extraction exactly right, the events each reference groups across
// documents must come out as one engagement, and no other two together.
// go test -tags corpus -run ReferenceClusters ./consolidate

package consolidate_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/extract/knowledge"
)

func TestReferenceClusters(t *testing.T) {
	for _, name := range []string{"seeds", "whitehouse-dev", "outlets"} {
		t.Run(name, func(t *testing.T) { referenceClusters(t, "../../shared/eval/"+name+".gold.json") })
	}
}

func referenceClusters(t *testing.T, path string) {
	if _, err := os.Stat(path); err != nil {
		t.Skip("no reference at " + path)
	}
	var gold struct {
		Articles []struct {
			File, Published string
			Persons         []struct{ Name, Country string }
			Engagements     []struct {
				Key, Type, Date string
				Participants    []string
				PlaceCountry    string `json:"place_country"`
			}
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	code := map[string]string{}
	for _, c := range knowledge.Countries() {
		code[c.Name] = c.Code
		for _, a := range c.Aliases {
			code[a] = c.Code
		}
	}
	code["European Union"] = "EU"
	var facts []*accord.ArticleFacts
	type link struct {
		key, art string
		n        int
	}
	var links []link
	for _, a := range gold.Articles {
		var sents []string
		for i := range a.Engagements {
			sents = append(sents, fmt.Sprintf("Sentence %d of %s.", i, a.File))
		}
		if len(sents) == 0 {
			sents = []string{"None in " + a.File + "."}
		}
		d := ct.NewDoc(a.File, a.File, a.Published, "", sents...)
		pc := map[string]string{}
		for _, p := range a.Persons {
			pc[p.Name] = p.Country
		}
		for i, e := range a.Engagements {
			var ps, cs []string
			for _, n := range a.Engagements[i].Participants {
				if c, ok := pc[n]; ok {
					ps = append(ps, d.Person(n, c, nil))
					if c != "" {
						cs = append(cs, c)
					}
				} else if c := code[n]; c != "" {
					ps = append(ps, d.Country(c, n))
					cs = append(cs, c)
				} else {
					t.Errorf("%s: participant %q is neither a person nor a country", a.File, n)
				}
			}
			d.Held(ct.E{Type: accord.EngagementType(e.Type), Date: e.Date, PlaceCountry: e.PlaceCountry, Participants: ps, Countries: cs, Sentence: i})
			links = append(links, link{e.Key, d.Facts.Article.ID, d.Ev(i).Start})
		}
		facts = append(facts, d.Facts)
	}
	rec := consolidate.Build(facts)
	owner := map[[2]any]string{}
	for _, e := range rec.Engagements {
		for _, r := range e.Reports {
			owner[[2]any{r.Article, r.Start}] = e.ID
		}
	}
	// One report per article: an article's second engagement of an event
	// keeps no report of its own; it maps to nothing.
	tp, fp, fn := 0, 0, 0
	for i := range links {
		for j := i + 1; j < len(links); j++ {
			a, b := links[i], links[j]
			sa, sb := owner[[2]any{a.art, a.n}], owner[[2]any{b.art, b.n}]
			same := sa != "" && sa == sb
			switch {
			case a.key == b.key && same:
				tp++
			case same:
				fp++
				t.Errorf("%s and %s merged", a.key, b.key)
			case a.key == b.key:
				fn++
				t.Errorf("%s reported apart: %s and %s", a.key, sa, sb)
			}
		}
	}
	t.Logf("same-event pairs: %d right, %d merged wrongly, %d apart", tp, fp, fn)
}
