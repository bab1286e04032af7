package extract

import (
	"slices"
	"testing"
)

// TestNoContractionsOrCutWords checks that a capitalised contraction with a
// curly apostrophe ("I’ve" after a title and a comma) and a word cut off in
// speech ("Mr. Presi- —") are no persons, a title-case headline's "To
// Visit" is no word of the name before it, and a name with an apostrophe
// stays one. Names are invented.
func TestNoContractionsOrCutWords(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, title, body string
		want              []string
	}{
		{"a curly contraction after a title", "Remarks by President Tom Reid and Prime Minister Ana Ruiz of Chile",
			"THE PRESIDENT: And, you know, I’ve spent some time with the Prime Minister of Great Britain, and I’ve very much supported the agreement.",
			nil},
		{"a straight contraction after a title", "Remarks by President Tom Reid and Prime Minister Ana Ruiz of Chile",
			"THE PRESIDENT: And, you know, I've spent some time with the Prime Minister of Great Britain, and I'll support the agreement.",
			nil},
		{"a title cut off in speech", "Remarks by President Tom Reid and Prime Minister Ana Ruiz of Chile",
			"PRESIDENT REID: Well, Mr. Presi- — “Mr. President.” I just welcome Prime Minister Ruiz.",
			nil},
		{"a title-case headline's verb after the name is no word of it", "Chilean Foreign Minister Ravi Menon To Visit the Philippines from 25 to 27 March 2024",
			"Chile's Foreign Minister Ravi Menon will undertake his second visit to the Philippines on 25 - 27 March 2024.",
			[]string{"Ravi Menon|CL"}},
		{"a name with an apostrophe is a name", "Prime Minister meets Minister",
			"Prime Minister Ana Ruiz of Chile met Irish Foreign Minister Sean O’Neill today.",
			[]string{"Sean O’Neill|IE"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article(tc.title, "2023-06-08", tc.body)))
			for _, bad := range []string{"I’ve", "I've", "I'll", "Presi", "Ravi Menon To"} {
				if slices.ContainsFunc(got, func(p string) bool { return len(p) >= len(bad) && p[:len(bad)] == bad }) {
					t.Errorf("got %q, want no person %q", got, bad)
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %q, want %q", got, w)
				}
			}
		})
	}
}
