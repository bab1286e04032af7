package read

import "testing"

// lowerProse only skips lines dateStamp would refuse anyway: every line it
// marks as prose is no stamp, and the stamps keep their answer.
func TestLowerProse35(t *testing.T) {
	for _, c := range []struct {
		line  string
		prose bool
	}{
		{"October 23, 2031", false},
		{"Thursday, 23 october 2031", false},
		{"Published : Sunday, 20 March, 2031 at 12:00 AM", false},
		{"Kestra | Updated: 21-03-2031 00:34 IST", false},
		{"12:00 p.m. 23 October 2031", false},
		{"Minister Orlan Vesk received Tamsin Hale on October 22, 2031", true},
		{"The talks were held on 3 May 2031 in Kestra", true},
	} {
		if got := lowerProse(c.line); got != c.prose {
			t.Errorf("lowerProse(%q) = %v, want %v", c.line, got, c.prose)
		}
		if ok, _ := dateStamp(c.line); c.prose && ok {
			t.Errorf("dateStamp(%q) = true for a line lowerProse calls prose", c.line)
		}
	}
}
