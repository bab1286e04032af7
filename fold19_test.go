package accord

import "testing"

// TestFoldInvalidUTF8 checks that folding text with invalid bytes among
// letters of two scripts does not panic (the lookalike pass once stepped by
// the replacement character's width).
func TestFoldInvalidUTF8(t *testing.T) {
	for _, s := range []string{"Virtan\xffӧ", "\xffа b", "Kalle \xfe\xffVirtanӧ x", "ӧ\xff"} {
		_ = Fold(s)
	}
}
