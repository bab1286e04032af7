package stringutil

import (
	"testing"
	"unicode"
)

// TestRangeTables: the tables written out match every rune as those
// createRangeTable builds (upstream's) do.
func TestRangeTables(t *testing.T) {
	for i, c := range []struct {
		got   *unicode.RangeTable
		pairs string
	}{
		{rtMatcher1, "azAZ09__\u00C0\u1FFF\uAC00\uD7AF"},
		{rtMatcher2, "\u3040\uA4CF"},
		{rtMatcher3, "azAZ09__\u00C0\u1FFF"},
	} {
		want := createRangeTable([]rune(c.pairs))
		for r := rune(0); r <= unicode.MaxRune+1; r++ {
			if unicode.Is(c.got, r) != unicode.Is(want, r) {
				t.Fatalf("table %d: rune %U: %v, upstream %v", i+1, r, unicode.Is(c.got, r), unicode.Is(want, r))
			}
		}
	}
}
