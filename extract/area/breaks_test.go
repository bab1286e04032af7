package area

import (
	"slices"
	"testing"
)

// TestListBreaks checks that a shadow does not run across a comma or full
// stop, so the items of a list keep their areas, while a keyword still
// reads a list that shares its head noun. Invented sentences.
func TestListBreaks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"list items are not a shadow", "cooperation in the political, economic, security and cultural fields", []string{"culture", "security"}},
		{"a sentence end is not a shadow", "They discussed the national. Security cooperation will grow.", []string{"security"}},
		{"the shadow itself still holds", "to strengthen economic security and resilience", []string{}},
		{"a shared head noun still reads", "security, economic, and humanitarian assistance", []string{"development_aid", "security"}},
		{"a possessive keeps the name", "They welcomed the UN's work and ASEAN’s role.", []string{"multilateral"}},
		{"a possessive keeps a capitals-only name", "with the UN's agencies", []string{"multilateral"}},
		{"a keyword with its own comma", "peace, stability and prosperity in the region", []string{"regional_peace"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSeaInPassing checks that the sea named once names no maritime
// cooperation, while maritime words or a second mention do. Invented
// sentences.
func TestSeaInPassing(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"domains of operations", "cooperation across the air, land, sea, cyber and space domains", []string{}},
		{"a drone's name", "the purchase of Sea Hawk unmanned aircraft", []string{}},
		{"water released into the sea", "the release of treated water into the sea", []string{}},
		{"the sea twice", "rescue at sea and safety of the seas", []string{"maritime"}},
		{"maritime words", "They agreed on maritime cooperation at sea.", []string{"maritime"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
