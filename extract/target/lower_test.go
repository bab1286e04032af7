package target

import (
	"slices"
	"strings"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestLower checks lower against strings.ToLower, whose result jointText
// searches: letters that change length when lowered, invalid bytes.
func TestLower(t *testing.T) {
	for _, s := range []string{
		"", "abc", "Joint Statement", "JOINT COMMUNIQUÉ", "“We, the Leaders”",
		"İstanbul", "\u212a", "ΣΟΦΙΑ", "a\xffb", "\xe2\x80", "x\ufffdy", "Ǆemal", "ÀÉÎÕÜ — Ça",
	} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTokenLower: an ASCII word token's f is strings.ToLower of its text
// (the "'ll" of "We'll" reads "will"), however many capitalised words a
// sentence holds; no token is left waiting for its lower case.
func TestTokenLower(t *testing.T) {
	texts := []string{
		"Norvania will provide AUD100 million to Quellan by 2031.",
		"WE'LL DOUBLE TRADE; We'll invest $4bn in the U.S. and Ostrova-Varn.",
		strings.Repeat("Quellan Pledges 40 Million To The Varnholt Fund, ", 60),
	}
	for _, text := range texts {
		for _, tk := range tokenize(text, 0, len(text), nil) {
			if tk.lo {
				t.Fatalf("%q: token %q still to lower-case", text, tk.f)
			}
			w := text[tk.s:tk.e]
			if tk.k != word || tk.f == "will" && strings.EqualFold(w, "ll") {
				continue
			}
			if want := strings.ToLower(w); tk.f != want {
				t.Errorf("%q: token %q has f %q, want %q", text, w, tk.f, want)
			}
		}
	}
}

// TestSentToks: a sentence's cached tokens are its own tokens, whichever
// sentences were read before it and in whatever order; a sentence that
// opens with "'ll" after one that ends with an apostrophe stays "ll".
func TestSentToks(t *testing.T) {
	text := "Norvania will give $40 million to the Quellans'\nll be the cue? We'll add AUD100 million. The Varnholt Fund grows."
	sents := sentence.Split(text)
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 1, 3, 0, 2, 0}} {
		x := &extractor{text: text, sents: sents}
		for _, k := range order {
			if k >= len(sents) {
				continue
			}
			got := x.sentToks(k)
			want := tokenize(text, sents[k].Start, sents[k].End, nil)
			if !slices.Equal(got, want) {
				t.Errorf("order %v, sentence %d: tokens %v, want %v", order, k, got, want)
			}
		}
	}
}
