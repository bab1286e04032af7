package extract

import (
	"slices"
	"testing"
)

// TestPrincipalsOffice checks that a title a link makes another's
// principal ("Assistant to the President A", "Head of the Office of the
// President A") is not A's office, while a verb's "to" ("spoke to
// President B") leaves B's title as it is (names invented).
func TestPrincipalsOffice(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body, person string
		notRole, role      string
	}{
		{"assistant to the President", "Secretary Lena Voss met today with Assistant to the President Dara Kell of Ruritania.", "Dara Kell", "President", ""},
		{"head of the office of the President", "Secretary Lena Voss spoke today with Head of the Office of the President of Ukraine Oles Marchuk.", "Oles Marchuk", "President", ""},
		{"a verb's to", "Secretary Lena Voss spoke to President Oles Marchuk of Ukraine today.", "Oles Marchuk", "", "President"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Readout", "2023-03-17", tt.body))
			for _, a := range f.Actors {
				if a.Name != tt.person {
					continue
				}
				if tt.notRole != "" && slices.Contains(a.Roles, tt.notRole) {
					t.Errorf("%s has the principal's office %q: %q", a.Name, tt.notRole, a.Roles)
				}
				if tt.role != "" && !slices.Contains(a.Roles, tt.role) {
					t.Errorf("%s lost the office %q: %q", a.Name, tt.role, a.Roles)
				}
				return
			}
			t.Errorf("no person %q", tt.person)
		})
	}
}
