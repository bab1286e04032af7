package target

import (
	"strings"
	"testing"
)

func TestMayNameJoint(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The Joint Statement of Arvelia and Tesk", true},
		{"JOINT DECLARATION", true},
		{"JO\u0130NT COMMUNIQUE", true}, // İ lowers to i
		{"We, the leaders of Arvelia", true},
		{"we,the", true},
		{"The ministers met in Joinville.", false},
		{"They agreed to work together; we will follow.", false},
		{"jo", false},
		{"", false},
	} {
		if got := mayNameJoint(tc.text); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzMayNameJoint checks that the pre-check never turns away a text whose
// lower-cased form holds the phrases' starts.
func FuzzMayNameJoint(f *testing.F) {
	for _, s := range []string{"Joint", "JO\u0130NT", "We, the", "\u212A joint", "w\u00e9, jo\xffint"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		low := lower(text)
		if (strings.Contains(low, "joint") || strings.Contains(low, "we,")) && !mayNameJoint(text) {
			t.Fatalf("%q (%q): turned away", text, low)
		}
	})
}
