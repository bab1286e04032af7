package accord

import (
	"math/rand/v2"
	"testing"
)

// TestFoldASCII: Fold's byte-by-byte path for ASCII strings gives what
// the Unicode path gives.
func TestFoldASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Xaver Quintano", "xaver quintano"},
		{"  Bo-Ret  O'Dally ", "bo ret odally"},
		{"Trade Volume (2031)", "trade volume 2031"},
		{"US$120 billion", "us 120 billion"},
		{"e-commerce & AI", "e commerce ai"},
		{"''", ""},
		{"a'b", "ab"},
		{"--x--", "x"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := foldUnicode(tc.in); got != tc.want {
			t.Errorf("foldUnicode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = byte(r.IntN(128))
		}
		s := string(b)
		if a, u := foldASCII(s), foldUnicode(s); a != u {
			t.Fatalf("%q: ASCII path %q, Unicode path %q", s, a, u)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	for _, s := range []string{"Minister of Foreign Affairs Xaver Quintano", "Tô Lâm"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				Fold(s)
			}
		})
	}
}

// TestFoldLookalikes: a Cyrillic letter typed inside a Latin word folds as
// the Latin letter it looks like; a word all in Cyrillic keeps its letters.
func TestFoldLookalikes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Virtanӧ", "virtano"}, // Cyrillic ӧ (U+04E7) for ö
		{"President Virtanӧ", "president virtano"},
		{"Vіrtanen", "virtanen"},             // Cyrillic і for i
		{"Мирон Virtanen", "мирон virtanen"}, // a Cyrillic word stays
		{"Virtanö", "virtano"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFolded: a string Fold leaves as it is is returned without a copy;
// folded must say so exactly when foldASCII would return the same string.
func TestFolded(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"xaver quintano", true},
		{"q7 2031", true},
		{"Xaver quintano", false},
		{" xaver", false},
		{"xaver ", false},
		{"xaver  quintano", false},
		{"o'dally", false},
		{"x-y", false},
		{"tô lâm", false},
	} {
		if got := folded(tc.in); got != tc.want {
			t.Errorf("folded(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	alpha := []rune("ab9 Z'-é")
	for range 50000 {
		var b []rune
		for range r.IntN(8) {
			b = append(b, alpha[r.IntN(len(alpha))])
		}
		s := string(b)
		if got, want := folded(s), foldUnicode(s) == s; got != want {
			t.Fatalf("folded(%q) = %v, Fold gives %q", s, got, foldUnicode(s))
		}
	}
}
