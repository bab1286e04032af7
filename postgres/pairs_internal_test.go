package postgres

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestParseTSVector reads PostgreSQL's text output of tsvectors: quoted
// lexemes with doubled quotes and escaped backslashes, weights, and
// lexemes without positions (left out, as unnest's positions leave them).
func TestParseTSVector(t *testing.T) {
	type at struct {
		lexeme string
		pos    int32
	}
	for _, tt := range []struct {
		in   string
		want []at
	}{
		{``, nil},
		{`'alpha':1A,4 'beta':2B`, []at{{"alpha", 1}, {"alpha", 4}, {"beta", 2}}},
		{`'o''neil':3 'c:\\dir':5C`, []at{{"o'neil", 3}, {`c:\dir`, 5}}},
		{`'tag x' 'gamma':7`, []at{{"gamma", 7}}},
	} {
		lexemes, got, ok := parseTSVector(tt.in)
		var ats []at
		for _, g := range got {
			ats = append(ats, at{lexemes[g.lexeme], g.pos})
		}
		if !ok || !slices.Equal(ats, tt.want) {
			t.Errorf("parseTSVector(%q) = %v %v, want %v", tt.in, ats, ok, tt.want)
		}
	}
	if _, _, ok := parseTSVector(`alpha:1`); ok {
		t.Error("an unquoted lexeme read")
	}
}

// TestSearchPairsGo pairs each position's lexemes with the next position's,
// once each, quoted for tsvector input; too many pairs give the mark.
func TestSearchPairsGo(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{``, ``},
		{`'zorb':1`, ``},
		{`'zorb':1,3 'quil':2,4`, "'quil\x1fzorb' 'zorb\x1fquil'"},
		{`'a''b':1 'c\\d':2`, "'a''b\x1fc\\\\d'"},
		{`'far':1 'near':9`, ``},
	} {
		got, ok := searchPairs(tt.in)
		// In any order: the server sorts a tsvector's lexemes.
		sorted := func(s string) string { f := strings.Fields(s); slices.Sort(f); return strings.Join(f, " ") }
		if !ok || sorted(got) != sorted(tt.want) {
			t.Errorf("searchPairs(%q) = %q %v, want %q", tt.in, got, ok, tt.want)
		}
	}
	var long strings.Builder
	for i := range 40000 {
		fmt.Fprintf(&long, "'w%d':%d ", i, i+1)
	}
	if got, _ := searchPairs(long.String()); got != noPairs {
		t.Errorf("too many pairs: %d bytes, want the mark", len(got))
	}
}
