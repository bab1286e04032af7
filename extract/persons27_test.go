package extract

import (
	"slices"
	"testing"
)

// TestPersons27 checks capitalised words that are no person of the story
// (names invented): an event noun after a title ("Foreign Minister
// Consultations", "the Coral Princess Ship", "the Prime Minister
// Dialogue").
func TestPersons27(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // persons, in any order
	}{
		{"consultations after a minister's title",
			"Foreign Minister Aldo Varga and Foreign Minister Tavo Renn held the annual Ruritania-Borduria Foreign Minister Consultations.",
			[]string{"Aldo Varga", "Tavo Renn"}},
		{"a ship after a princess's title",
			"President Tavo Renn thanked Prime Minister Aldo Varga for the evacuation of the crew of the Coral Princess Ship.",
			[]string{"Aldo Varga", "Tavo Renn"}},
		{"a dialogue after a title",
			"President Tavo Renn opened the Ruritania-Borduria Prime Minister Dialogue with Prime Minister Aldo Varga.",
			[]string{"Aldo Varga", "Tavo Renn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Meeting", "2025-02-21", tt.body))
			var got []string
			for _, a := range f.Actors {
				if a.Type == "person" {
					got = append(got, a.Name)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("persons %q, want %q", got, want)
			}
		})
	}
}
