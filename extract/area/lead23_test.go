package area

import (
	"slices"
	"testing"
)

// TestStudents23 checks that students and academics moving between the
// countries are education (invented sentences).
func TestStudents23(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"students' mobility", "The arrangement will promote the two-way mobility of students, graduates and academic researchers.", []string{"education"}},
		{"a destination for students", "Chile is a growing destination of choice for Peruvian students.", []string{"education"}},
		{"no students", "The two leaders discussed the weather.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
