package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/wordfilter"
	"github.com/accordhq/accord/extract/sentence"
)

// Every word token's fold is accord.Fold of its text, whichever way it was
// made (the word itself, a fold in a buffer, the vocabulary's own string, or
// Fold); a word the vocabulary holds has its id, one it lacks -1, as
// lexicon.ids would number them.
func TestTokenFolds(t *testing.T) {
	texts := []string{
		"President Halvorsen met Prime Minister Quellan in the U.S. on Tuesday.",
		"O'Varra, Jean-Luc Mervaud and Dàvid Ørnby’s aides met in Kestrel-upon-Tarn (KTN).",
		"MINISTER VARNHOLT's talks; 2031 G7 e-commerce Ng\u00f4 Bảo",
		strings.Repeat("Quellan Varnholt-Ostrova U.S.A. Ministry ", 20),
		"An Extraordinarily-Long-Hyphenated-Name-Of-More-Than-Sixty-Four-Letters-In-All met.",
	}
	r := rand.New(rand.NewPCG(5, 6))
	alpha := []rune("aZ9 .-'’ôB,")
	for range 3000 {
		var b []rune
		for range r.IntN(30) {
			b = append(b, alpha[r.IntN(len(alpha))])
		}
		texts = append(texts, string(b))
	}
	vocab := map[string]int32{"quellan": 1, "u s a": 2, "ministry": 3, "president": 4, "met": 5}
	index := wordfilter.NewIndex(vocab)
	for _, text := range texts {
		for _, withVocab := range []bool{false, true} {
			var toks []token
			if withVocab {
				toks = tokenizeTo(nil, text, map[string]bool{"Mr": true}, index)
			} else {
				toks = tokenize(text, map[string]bool{"Mr": true})
			}
			for _, tk := range toks {
				if tk.word && tk.fold != accord.Fold(tk.text) {
					t.Fatalf("%q: token %q folds to %q, want %q", text, tk.text, tk.fold, accord.Fold(tk.text))
				}
				want := int32(0)
				if k, _, _ := foldable(tk.text); withVocab && tk.word && k == foldASCII {
					if want = vocab[tk.fold]; want == 0 {
						want = -1
					}
				}
				if tk.id != want {
					t.Fatalf("%q: token %q has id %d, want %d", text, tk.text, tk.id, want)
				}
				if err := plainFlags(tk); err != "" {
					t.Fatalf("%q: %s", text, err)
				}
			}
		}
	}
}

// TestHoldsFold: a set's look-up of a word's fold without a copy answers as
// the look-up of accord.Fold of it, for ASCII words of any marks and for
// words that are not ASCII; appendFoldASCII is Fold of any ASCII string.
func TestHoldsFold(t *testing.T) {
	s := set{"prime minister": true, "us": true, "dato seri": true, "o varra": true, "ngo": true}
	for _, w := range []string{"Prime Minister", "PRIME  MINISTER", "US", "Dato' Seri", "O-Varra", "Ngô", "prime", "", "--"} {
		if got, want := s.holdsFold(w), s[accord.Fold(w)]; got != want {
			t.Errorf("holdsFold(%q) = %v, want %v", w, got, want)
		}
	}
	r := rand.New(rand.NewPCG(15, 16))
	for range 100000 {
		b := make([]byte, r.IntN(20))
		for i := range b {
			b[i] = byte(r.IntN(128))
		}
		if got, want := string(appendFoldASCII(nil, string(b))), accord.Fold(string(b)); got != want {
			t.Fatalf("appendFoldASCII(%q) = %q, want %q", b, got, want)
		}
	}
}

// plainFlags checks what a word token tells the other extractors
// (reading.Word): plain when its text is ASCII letters and digits alone,
// its fold then their lower case, lower when it has a lower-case letter.
func plainFlags(tk token) string {
	if !tk.word {
		return ""
	}
	plain, lower := tk.text != "", false
	for i := 0; i < len(tk.text); i++ {
		switch c := tk.text[i]; {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			plain = false
		}
	}
	switch {
	case tk.plain != plain:
		return fmt.Sprintf("token %q: plain %v, want %v", tk.text, tk.plain, plain)
	case plain && tk.lower != lower:
		return fmt.Sprintf("token %q: lower %v, want %v", tk.text, tk.lower, lower)
	case plain && tk.fold != strings.ToLower(tk.text):
		return fmt.Sprintf("token %q: plain, fold %q", tk.text, tk.fold)
	}
	return ""
}

// FuzzPlainFlags checks the plain words' flags and folds on any text, as
// a doc's tokens are made (the vocabulary's strings, glued words split).
func FuzzPlainFlags(f *testing.F) {
	for _, s := range []string{"President Halvorsen met QUELLAN's aides", "U.S.-made 2031 G7 e-commerce", "PresidentVarnholt, Ngô Bảo", "Mr. O'Varra’s"} {
		f.Add(s)
	}
	lx := newX(f).lx
	f.Fuzz(func(t *testing.T, text string) {
		d := lx.newDoc(text, sentence.Split(text), time.Time{})
		defer d.release()
		for _, tk := range d.toks {
			if err := plainFlags(tk); err != "" {
				t.Fatalf("%q: %s", text, err)
			}
		}
		ws := d.reading(nil)
		for i := 1; i < len(ws); i++ {
			if ws[i].Start < ws[i-1].End {
				t.Fatalf("%q: words out of order", text)
			}
		}
	})
}
