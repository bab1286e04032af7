package consolidate

import (
	"slices"
	"testing"

	"github.com/accordhq/accord"
)

// The window indexes a target under its holders' block alone (keysOf):
// that must be every key of EntityKeys the window takes (windowKey).
func TestWindowKeysOfTarget(t *testing.T) {
	ev := func(art string) accord.Evidence {
		return accord.Evidence{Article: art, Quote: "q", Published: "2025-01-02"}
	}
	for _, tc := range []struct {
		name string
		t    accord.Target
	}{
		{"two holders", accord.Target{ID: "t1", Holders: []string{"VN", "KR"}, Unit: "USD", Mentions: []accord.Evidence{ev("a1"), ev("a2")}}},
		{"one holder", accord.Target{ID: "t2", Holders: []string{"FR"}, Unit: "percent", Mentions: []accord.Evidence{ev("a1")}}},
		{"three holders", accord.Target{ID: "t3", Holders: []string{"JP", "AU", "IN"}, Unit: "count"}},
		{"repeated holder", accord.Target{ID: "t4", Holders: []string{"KR", "KR", "VN"}, Unit: "usd", Mentions: []accord.Evidence{ev("a1")}}},
		{"no holder", accord.Target{ID: "t5", Unit: "USD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all, _ := accord.EntityKeys(&tc.t)
			var want []string
			for _, k := range all {
				if windowKey(k) {
					want = append(want, k)
				}
			}
			var got []string
			for _, k := range keysOf(&tc.t) {
				if windowKey(k) {
					got = append(got, k)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("keysOf = %q, EntityKeys (window keys) = %q", got, want)
			}
		})
	}
}
