package read

import "testing"

// TestBacktickApostrophe19 checks that one backtick inside a word is an
// apostrophe ("Aksoy`s greetings"), while code spans still lose theirs.
func TestBacktickApostrophe19(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"President Kemal Aksoy`s greetings", "President Kemal Aksoy's greetings"},
		{"the Federation`s Republic of Bashkiria", "the Federation's Republic of Bashkiria"},
		{"run `make` first", "run make first"},
		{"a `quoted` word", "a quoted word"},
	} {
		if got := inlineMarkdown(tc.in, nil); got != tc.want {
			t.Errorf("inlineMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
