package consolidate

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestSpanned: a sentence that places its contact within a visit as a
// whole, not one that names a visit beside a contact of its day.
func TestSpanned(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"During his stay, the Prime Minister held talks with President Ansel.", true},
		{"As part of the visit, the two ministers signed three agreements.", true},
		{"In the course of the Chancellor's three-day official visit, she met the King.", true},
		{"During the trips, the envoy met officials.", true},
		{"The President welcomed the Prime Minister for an official visit today.", false},
		{"During the meeting, they discussed the visit of the minister next year and the long and detailed agenda of it.", false},
		{"They held talks during a working lunch.", false},
	}
	for _, tt := range tests {
		e := &accord.Engagement{Reports: []accord.Evidence{{Quote: tt.quote}}}
		if got := spanned(e); got != tt.want {
			t.Errorf("spanned(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}

// TestEnded: a sentence that says a visit has ended.
func TestEnded(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"The Premier left Velora on May 3, concluding her three-day official visit.", true},
		{"The President arrived back in the capital, wrapping up a State visit to Ostrava.", true},
		{"The Prime Minister has concluded a productive visit to Meridia.", true},
		{"The President left for home on Friday at the end of a four-day visit to Ostrava.", true},
		{"The Chancellor has completed the programme of her state visit.", true},
		{"The Prime Minister began a three-day official visit to Meridia.", false},
		{"The two leaders welcomed the conclusions of the joint commission.", false},
	}
	for _, tt := range tests {
		if got := ended(tt.quote); got != tt.want {
			t.Errorf("ended(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}
