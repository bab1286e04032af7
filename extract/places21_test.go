package extract

import (
	"slices"
	"testing"
)

// TestPlacesShapedLikeNames checks that places whose names read like a
// person's (a given name and a family name, a title and a surname) are not
// taken for persons, while a person beside them still is (persons invented).
func TestPlacesShapedLikeNames(t *testing.T) {
	x := newX(t)
	tests := []struct{ body, person, notPerson string }{
		{"Turning to Diego Garcia, Minister Anna Velkova of Chile said the base must stay open.", "Anna Velkova", "Diego Garcia"},
		{"Minister Anna Velkova of Chile visited the new port in General Santos on Friday.", "Anna Velkova", "Santos"},
		{"Minister Anna Velkova of Chile opened the airport of Pedro Juan Caballero.", "Anna Velkova", "Pedro Juan Caballero"},
		{"Minister Anna Velkova of Chile watched the exercise near Alice Springs.", "Anna Velkova", "Alice Springs"},
		{"Minister Anna Velkova of Chile attended the forum in Charlotte Amalie.", "Anna Velkova", "Charlotte Amalie"},
		{"Minister Anna Velkova of Chile spoke at the summit in George Town.", "Anna Velkova", "George Town"},
	}
	for _, tt := range tests {
		f := x.Extract(article("", "2025-05-10", tt.body))
		var got []string
		for n := range persons(f) {
			got = append(got, n)
		}
		if !slices.Contains(got, tt.person) || slices.Contains(got, tt.notPerson) {
			t.Errorf("%q: persons %v, want %q and not %q", tt.body, got, tt.person, tt.notPerson)
		}
	}
}
