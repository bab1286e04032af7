package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// checkMergedAcross builds the record of two articles in both orders and
// fails unless some target holds mentions of both exactly when want says:
// a join must not depend on which report arrives first.
func checkMergedAcross(t *testing.T, a, b *accord.ArticleFacts, want bool) {
	t.Helper()
	for _, order := range [][]*accord.ArticleFacts{{a, b}, {b, a}} {
		merged := false
		for _, got := range consolidate.Build(order).Targets {
			arts := map[string]bool{}
			for _, m := range got.Mentions {
				arts[m.Article] = true
			}
			merged = merged || len(arts) == 2
		}
		if merged != want {
			t.Fatalf("merged across articles %v, want %v", merged, want)
		}
	}
}
