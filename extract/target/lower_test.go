package target

import (
	"strings"
	"testing"
)

// TestLower checks lower against strings.ToLower, whose result jointText
// searches: letters that change length when lowered, invalid bytes.
func TestLower(t *testing.T) {
	for _, s := range []string{
		"", "abc", "Joint Statement", "JOINT COMMUNIQUÉ", "“We, the Leaders”",
		"İstanbul", "\u212a", "ΣΟΦΙΑ", "a\xffb", "\xe2\x80", "x\ufffdy", "Ǆemal", "ÀÉÎÕÜ — Ça",
	} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}
