package target

import (
	"math/rand/v2"
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

// TestMayBeJoint: the cheap test says yes whenever the lowered text holds
// the start of a joint statement's phrase, also across capitals and the
// letters that lower to ASCII (the dotted İ), and no for texts without.
func TestMayBeJoint(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The Joint Statement of Norvania and Quellan", true},
		{"JOİNT DECLARATION", true},
		{"jjoint communiqué", true},
		{"We, The Leaders of Norvania", true},
		{"we,  the leaders", false},
		{"the joints of the bridge", false},
		{"Norvania and Quellan met.", false},
		{"a\xffjoint\xff", false},
		{"", false},
	} {
		if got := mayBeJoint(tc.text); got != tc.want {
			t.Errorf("mayBeJoint(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if tc.want {
			continue
		}
		low := lower(tc.text)
		if strings.Contains(low, "joint ") || strings.Contains(low, "we, the ") {
			t.Errorf("%q: lowered %q holds a phrase's start", tc.text, low)
		}
	}
}

// TestMayBeJointRandom: mayBeJoint is exactly whether lower(text) holds
// "joint " or "we, the ", over random texts of those letters.
func TestMayBeJointRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	alpha := []rune("jJoOiInNtT wWeE,hHİ\u212a")
	for range 200000 {
		var b []rune
		for range r.IntN(14) {
			b = append(b, alpha[r.IntN(len(alpha))])
		}
		s := string(b)
		low := lower(s)
		if want := strings.Contains(low, "joint ") || strings.Contains(low, "we, the "); mayBeJoint(s) != want {
			t.Fatalf("mayBeJoint(%q) = %v, want %v", s, !want, want)
		}
	}
}
