package target

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/accordhq/accord/extract/internal/reading"
)

// runWords is a reading of text's runs of ASCII letters and digits, cut
// after every cut-th byte (a glued word read as two) when cut > 0, folded
// to lower case; every third fold is left as written when odd is set.
func runWords(text string, cut int, odd bool) []reading.Word {
	var out []reading.Word
	alnum := func(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' }
	for i := 0; i < len(text); {
		if !alnum(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && alnum(text[j]) && (cut == 0 || j-i < cut) {
			j++
		}
		w := reading.Word{Start: i, End: j, Fold: strings.ToLower(text[i:j]), Plain: true, Lower: strings.ToUpper(text[i:j]) != text[i:j]}
		if odd && len(out)%3 == 2 {
			w.Fold, w.Plain = text[i:j], false // a word the tokenizer read otherwise
		}
		out = append(out, w)
		i = j
	}
	return out
}

func showTokens(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		fmt.Fprintf(&b, "%d-%d/%d/%q/%v/%v/%v/%v/%v/%v ", t.s, t.e, t.k, t.f, t.sp, t.upper, t.v, t.v2, t.whole, t.lo)
	}
	return b.String()
}

func TestTokenizeRead(t *testing.T) {
	for _, text := range []string{
		"Arvelia will provide AUD100 million to Tesk by 2030.",
		"We'll fund the U.S.-Tesk two-way trade, and the QX-9 fleet.",
		"The ZentaBlor programme: 5bn for 14th-century sites, naïve plans.",
		"Velmar’s 2026-30 plan; ORVIK pledged 3.2 per cent",
	} {
		for _, cut := range []int{0, 3} {
			for _, odd := range []bool{false, true} {
				want := showTokens(tokenize(text, 0, len(text), nil))
				if got := showTokens(tokenizeRead(text, 0, len(text), nil, runWords(text, cut, odd))); got != want {
					t.Errorf("%q cut %d odd %v:\n got %s\nwant %s", text, cut, odd, got, want)
				}
			}
		}
	}
}

// FuzzTokenizeRead checks that a reading's words change no token: the
// same tokens as the text read alone, for any part of the text.
func FuzzTokenizeRead(f *testing.F) {
	for _, s := range []string{"AUD100 million by 2026-30", "We'll fund U.S.-made two-way", "ZentaBlor, naïve 5bn 14th", "A.B. x’s—y"} {
		f.Add(s, uint8(0), uint16(0))
		f.Add(s, uint8(3), uint16(5))
	}
	f.Fuzz(func(t *testing.T, text string, cut uint8, from uint16) {
		if !utf8.ValidString(text) {
			return
		}
		s := int(from) % (len(text) + 1)
		for s > 0 && !utf8.RuneStart(text[s%len(text)]) {
			s--
		}
		words := runWords(text, int(cut%8), cut&8 != 0)
		want := showTokens(tokenize(text, s, len(text), nil))
		if got := showTokens(tokenizeRead(text, s, len(text), nil, words)); got != want {
			t.Fatalf("%q from %d:\n got %s\nwant %s", text, s, got, want)
		}
	})
}
