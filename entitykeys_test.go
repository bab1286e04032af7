package accord

import (
	"fmt"
	"slices"
	"testing"
)

// busyTarget returns a target stated by n articles, each twice (two
// sentences), as a busy pair's target is.
func busyTarget(n int) *Target {
	t := &Target{Holders: []string{"VN", "KR", "VN"}, Unit: "usd"}
	for i := range n {
		a := fmt.Sprintf("art%04d", i%(n/2+1))
		t.Mentions = append(t.Mentions, Evidence{Article: a, Published: fmt.Sprintf("2024-%02d-01", 1+i%12)},
			Evidence{Article: a, Published: "2023-01-01", Start: 7})
	}
	return t
}

// TestEntityKeysMany: a target of many mentions has each key once, in
// the order first seen, as one of few mentions has.
func TestEntityKeysMany(t *testing.T) {
	for _, n := range []int{0, 1, 5, 15, 16, 17, 40, 1000} {
		tg := busyTarget(n)
		keys, date := EntityKeys(tg)
		want := []string{KeyCountry + "KR", KeyCountry + "VN", pairKey(KeyPairTarget, "KR", "VN"), TargetBlockKey(tg.Holders, tg.Unit)}
		last := ""
		for _, m := range tg.Mentions {
			last = max(last, m.Published)
			if k := KeyReport + m.Article; !slices.Contains(want, k) {
				want = append(want, k)
			}
		}
		if !slices.Equal(keys, want) || date != last {
			t.Errorf("%d mentions: %d keys, date %q; want %d, %q", n, len(keys), date, len(want), last)
		}
	}
}

func BenchmarkEntityKeysBusyTarget(b *testing.B) {
	tg := busyTarget(5000)
	for b.Loop() {
		EntityKeys(tg)
	}
}
