package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// Every word token's fold is accord.Fold of its text, whichever way it was
// made (the word itself, the shared buffer of ASCII folds, or Fold), also
// past the buffer's first 2,048 bytes; no token keeps a pending mark or an id.
func TestTokenFolds(t *testing.T) {
	texts := []string{
		"President Halvorsen met Prime Minister Quellan in the U.S. on Tuesday.",
		"O'Varra, Jean-Luc Mervaud and Dàvid Ørnby’s aides met in Kestrel-upon-Tarn (KTN).",
		"MINISTER VARNHOLT's talks; 2031 G7 e-commerce Ng\u00f4 Bảo",
		strings.Repeat("Quellan Varnholt-Ostrova U.S.A. Ministry ", 200),
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
	for _, text := range texts {
		for _, tk := range tokenize(text, map[string]bool{"Mr": true}) {
			if tk.pend || tk.id != 0 {
				t.Fatalf("%q: token %q pending %v id %d", text, tk.text, tk.pend, tk.id)
			}
			if tk.word && tk.fold != accord.Fold(tk.text) {
				t.Fatalf("%q: token %q folds to %q, want %q", text, tk.text, tk.fold, accord.Fold(tk.text))
			}
		}
	}
}
