package htmldate

import "testing"

// TestLazyMustCompile (accord): lazyMustCompile returns at once, without
// compiling; the expression compiles on its first use and matches as
// regexp.MustCompile's would, and one that does not compile panics then.
func TestLazyMustCompile(t *testing.T) {
	tests := []struct {
		expr, in string
		match    bool
		bad      bool
	}{
		{`(?i)\bquarzel\b`, "the QUARZEL of Omberland", true, false},
		{`^\d{3}-\d{2}$`, "481-97", true, false},
		{`^\d{3}-\d{2}$`, "4819-7", false, false},
		{`(unclosed`, "", false, true},
	}
	for _, tc := range tests {
		re := lazyMustCompile(tc.expr) // never panics here
		if re.re != nil {
			t.Errorf("%q compiled before its first use", tc.expr)
		}
		func() {
			defer func() {
				if r := recover(); (r != nil) != tc.bad {
					t.Errorf("%q: panic %v, want a panic: %v", tc.expr, r, tc.bad)
				}
			}()
			if got := re.MatchString(tc.in); got != tc.match {
				t.Errorf("%q matching %q = %v, want %v", tc.expr, tc.in, got, tc.match)
			}
		}()
	}
}
