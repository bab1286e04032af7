package consolidate

import "testing"

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"", "", 2, 0},
		{"abc", "abc", 2, 0},
		{"kulenko", "kulenco", 2, 1},
		{"tokaev", "tokayev", 2, 1},
		{"japarov", "zhaparov", 2, 2},
		{"smith", "jones", 2, 3}, // past the limit: limit+1
		{"ab", "abcdef", 2, 3},   // lengths apart
		{"ölçü", "olcu", 4, 3},   // runes, not bytes
		{"marchenko", "marchenco", 0, 1},
	} {
		if got := editDistance([]rune(tt.a), []rune(tt.b), tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

func FuzzEditDistance(f *testing.F) {
	f.Add("zelensky", "zelenskyy")
	f.Add("", "abc")
	f.Fuzz(func(t *testing.T, a, b string) {
		ra, rb := []rune(a), []rune(b)
		d := editDistance(ra, rb, 2)
		if d < 0 || d > 3 {
			t.Fatalf("editDistance(%q, %q, 2) = %d, outside 0..3", a, b, d)
		}
		if d2 := editDistance(rb, ra, 2); d2 != d {
			t.Fatalf("not symmetric: %d and %d", d, d2)
		}
		if (d == 0) != (a == b) && string(ra) == a && string(rb) == b {
			t.Fatalf("distance 0 for %q and %q", a, b)
		}
	})
}
