package extract

import (
	"slices"
	"testing"
)

// TestKinApposition checks that a name closed by an apposition of kinship
// ("A B, the wife of the late President C B") is a person whatever the
// given name, and that "Mrs. B" then is that relative, not the office
// holder who shares the family name (names invented).
func TestKinApposition(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // persons, in any order
		mrs        string   // the person "Mrs. Hart" is, if the text says it
	}{
		{"a widow of an unknown given name",
			"On the morning of February 21, President Lai Ching-te met with Zorana Hart, the widow of the late President Ivo Hart of Ruritania.",
			[]string{"Lai Ching-te", "Zorana Hart", "Ivo Hart"}, ""},
		{"Mrs. is the relative",
			"On the morning of February 21, President Lai Ching-te met with Zorana Hart, the wife of the late President Ivo Hart of Ruritania. President Lai thanked Mrs. Hart for her visit.",
			[]string{"Lai Ching-te", "Zorana Hart", "Ivo Hart"}, "Zorana Hart"},
		{"a son of",
			"The minister received Tavo Renn Kello, son of the founder of the Ruritania Friendship Society.",
			[]string{"Tavo Renn Kello"}, ""},
		{"no kinship, no person",
			"The minister visited Harbour Point, the site of the new port.",
			nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Meeting", "2025-02-21", tt.body))
			var got []string
			for _, a := range f.Actors {
				if a.Type != "person" {
					continue
				}
				got = append(got, a.Name)
				if tt.mrs != "" && slices.Contains(a.Aliases, "Mrs. Hart") && a.Name != tt.mrs {
					t.Errorf("Mrs. Hart is %q, want %q", a.Name, tt.mrs)
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
