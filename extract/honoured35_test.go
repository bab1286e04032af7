package extract

import (
	"slices"
	"testing"
)

// TestHonouredCues35 checks that a person the text names only as one who
// national hero A", "the bust of A", "the life of A") is no actor, while
// the sides of the contact stay. Names are invented.
func TestHonouredCues35(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		body   string
		gone   string
		remain string
	}{
		{"President Tomas Varenko of Moldova met Prime Minister Ion Bratu of Romania today. Earlier, he laid a wreath at the monument dedicated to national hero Stefan Dragomir.", "Stefan Dragomir", "Tomas Varenko"},
		{"President Tomas Varenko of Moldova met Prime Minister Ion Bratu of Romania today. Earlier, he laid a wreath at the memorial of Stefan Dragomir.", "Stefan Dragomir", "Tomas Varenko"},
		{"President Tomas Varenko of Moldova met Prime Minister Ion Bratu of Romania today. It was good to see the bust of Stefan Dragomir in the hall.", "Stefan Dragomir", "Tomas Varenko"},
		{"President Tomas Varenko of Moldova met Prime Minister Ion Bratu of Romania today. They attended a service of reflection on the life of Queen Ilona Marek.", "Ilona Marek", "Tomas Varenko"},
	} {
		f := x.Extract(article("Prime Minister meets President of Moldova", "2022-09-12", c.body))
		var names []string
		for n := range persons(f) {
			names = append(names, n)
		}
		if slices.Contains(names, c.gone) || !slices.Contains(names, c.remain) {
			t.Errorf("%q: persons %q, want %q and not %q", c.body, names, c.remain, c.gone)
		}
	}
}
