package extract

import "testing"

// The gate must never say no to a member, and should say no to words of
// another length or first letter.
func TestWordGate(t *testing.T) {
	s := newSet([]string{"landed", "arrived", "touched down"})
	g := newWordGate(s)
	for w := range s {
		if !g.may(w) {
			t.Errorf("may(%q) = false for a member", w)
		}
	}
	for _, w := range []string{"the", "gone", "", "Arrived"} {
		if g.may(w) {
			t.Errorf("may(%q) = true for a word of no member's length and first byte", w)
		}
	}
}
