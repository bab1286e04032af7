package extract

import "testing"

func TestLowerProbe28(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a", "ANI", "News", "2024-03-05",
			"Indian external affairs minister Ravi Menon met Slovak foreign minister Jurko Blatnik in New Delhi on Monday.",
			[]string{"x"}},
		{"b", "ANI", "News", "2024-03-05",
			"Slovak foreign minister Jurko Blatnik met Indian external affairs minister Ravi Menon in New Delhi on Monday.",
			[]string{"x"}},
		{"c", "ANI", "News", "2024-03-05",
			"Japanese prime minister Tarokichi Anzai held talks with Ravi Menon in Tokyo on Monday.",
			[]string{"x"}},
	})
}
