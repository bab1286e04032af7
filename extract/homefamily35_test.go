package extract

import (
	"slices"
	"testing"
)

// TestHomeFamilyHolder35 checks that a leader titled by family name alone
// in their own government's release is their government's holder when a
// holder of a like office of another state bears that family name on the
// day too (Singapore's and South Korea's prime ministers in 2018; the rule
// keys on the table and the publisher, not on them), and stays unresolved
// where no publisher says whose release it is. The headline's "PM Lee" is
// what made two holders fit on main. The counterparts are invented.
func TestHomeFamilyHolder35(t *testing.T) {
	x := newX(t)
	for _, c := range []struct {
		url, body string
		want      string // "name|country" of the titled person
	}{
		{"https://www.pmo.gov.sg/Newsroom/x", "Prime Minister Lee met President Tomas Varenko of Moldova at the Istana on 10 May. Prime Minister Lee welcomed the visit.", "Lee Hsien Loong|SG"},
		{"https://www.president.go.kr/news/x", "Prime Minister Lee met President Tomas Varenko of Moldova in Seoul on 10 May. Prime Minister Lee welcomed the visit.", "Lee Nak-yon|KR"},
		{"", "Prime Minister Lee met President Tomas Varenko of Moldova on 10 May. Prime Minister Lee welcomed the visit.", "Lee|"},
	} {
		a := article("PM Lee meets Moldovan President", "2018-05-10", c.body)
		a.URL = c.url
		f := x.Extract(a)
		got := personCountries(f)
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: persons %q, want %q", c.url, got, c.want)
		}
	}
}
