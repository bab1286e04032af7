package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadlineToPlace34 checks that a title-case headline's "To" before a
// destination ("… Prime Minister A B To The Philippines", "… B C To
// Canada") is no word of the name before it, while "To" as a given name
// ("General Secretary To Lam") stays one (names invented).
func TestHeadlineToPlace34(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		title, body string
		want        []string // person names that must be read
	}{
		{"Joint Press Statement on the Visit of Japanese Prime Minister Sato Kenji To The Philippines",
			"Prime Minister Sato Kenji of Japan conducted an official visit to the Philippines and met President Ramon Cruz.",
			[]string{"Sato Kenji"}},
		{"PM Albright To Welcome Indian Prime Minister Arjun Mehta To Canada",
			"Prime Minister Helen Albright today announced that Arjun Mehta, Prime Minister of India, will visit Canada in April.",
			[]string{"Arjun Mehta"}},
		{"Visit of General Secretary To Lam To Chile",
			"General Secretary To Lam will pay a state visit to Chile at the invitation of President Carlos Vega.",
			[]string{"To Lam"}},
	} {
		f := x.Extract(article(c.title, "2023-11-03", c.body))
		var names []string
		for _, a := range f.Actors {
			if a.Type != "person" {
				continue
			}
			names = append(names, a.Name)
			if strings.HasSuffix(a.Name, " To") {
				t.Errorf("%q: person %q", c.title, a.Name)
			}
		}
		for _, w := range c.want {
			if !slices.Contains(names, w) {
				t.Errorf("%q: persons %q, want %q among them", c.title, names, w)
			}
		}
	}
}
