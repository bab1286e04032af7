package office

import "testing"

// TestSameSpelling35 checks that a title spelt the other way ("Minister of
// Defense", "Secretary of Defense") names the table's office ("Minister of
// Defence"), and that the spelling makes no other office the same.
func TestSameSpelling35(t *testing.T) {
	for _, c := range []struct {
		title, office string
		want          bool
	}{
		{"Minister of Defense", "Minister of Defence", true},
		{"Secretary of Defense", "Secretary of Defence", true},
		{"Minister of Defence", "Minister of Defence", true},
		{"Minister of Defense", "Minister of Finance", false},
		{"Minister of Defense", "Minister of State for Defence", false},
	} {
		if got := Same(c.title, c.office); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v", c.title, c.office, got, c.want)
		}
	}
}
