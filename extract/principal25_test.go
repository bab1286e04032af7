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
		{"a greeting's to", "PRIME MINISTER: Well to Prime Minister Oles Marchuk and your delegation, thank you for coming to Ukraine.", "Oles Marchuk", "", "Prime Minister"},
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

// TestNoHolderByGivenName checks that a minister named in full, whose
// last word is the given name of another portfolio's minister of the day
// where names start with the family name ("Minister of Industry and Trade
// Tran Van Dung", the table's Minister of Finance Dinh Tien Dung), stays
// the person the text names; the holder named in full is the holder.
func TestNoHolderByGivenName(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ body, want string }{
		{"Vietnamese Minister of Industry and Trade Tran Van Dung visited the UAE.", "Tran Van Dung"},
		{"Vietnamese Minister of Finance Dinh Tien Dung visited the UAE.", "Dinh Tien Dung"},
	} {
		f := x.Extract(article("Visit", "2019-07-09", tt.body))
		var got []string
		for _, a := range f.Actors {
			if a.Type == "person" {
				got = append(got, a.Name)
			}
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: persons %q, want %q", tt.body, got, tt.want)
		}
	}
}
