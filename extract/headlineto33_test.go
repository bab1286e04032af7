package extract

import (
	"strings"
	"testing"
)

// TestHeadlineToVerb33 checks that a title-case headline announcing what a
// principal will do ("Secretary A To Host B", "Secretary A To Travel to C",
// "A and B To Co-host …", as a ministry's media notes run) keeps "To" and
// the verb out of the name: the person is "A" alone (names invented).
func TestHeadlineToVerb33(t *testing.T) {
	x := newX(t)
	for _, c := range []struct{ title, body string }{
		{"Secretary Vance and Secretary Ruiz To Host Peruvian Foreign Minister Vega",
			"Secretary of State Karl Vance and Secretary of Defense Ana Ruiz will host Peruvian Foreign Minister Luis Vega for a meeting on Friday, April 19. An open joint press availability will follow the dialogue."},
		{"Secretary Vance and Secretary Ruiz To Co-host the Peru Security Dialogue",
			"Secretary of State Karl Vance and Secretary of Defense Ana Ruiz will host Peruvian Foreign Minister Luis Vega for a meeting on Friday, April 19."},
		{"Secretary Vance To Travel to Peru",
			"Secretary of State Karl Vance will travel to Lima, Peru on April 20 where he will meet Foreign Minister Luis Vega."},
		{"Deputy Secretary Ruiz To Meet Peruvian Foreign Minister Vega",
			"Deputy Secretary of State Ana Ruiz will meet Peruvian Foreign Minister Luis Vega on April 20."},
	} {
		f := x.Extract(article(c.title, "2019-04-18", c.body))
		for _, a := range f.Actors {
			if a.Type != "person" {
				continue
			}
			for _, w := range strings.Fields(a.Name) {
				if w == "To" || w == "Host" || w == "Co-host" || w == "Travel" || w == "Meet" {
					t.Errorf("%q: person %q", c.title, a.Name)
				}
			}
		}
	}
}
