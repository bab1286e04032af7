package view

import (
	"strings"
	"testing"
)

// TestMdPlain: md returns what the whole escaping gives for every kind of
// input its shortcut (mdPlain) must turn away or may let through.
func TestMdPlain(t *testing.T) {
	for _, s := range []string{
		"", " ", "Ministers meet in Varnel", "Ministers  meet", " Ministers meet", "Ministers meet ",
		"Ministers\tmeet", "Ministers\nmeet", "Ministers\u00a0meet", "Ministers\u2003meet", "Ministers\u0085meet",
		"Şahin and Nguyễn meet in Hà Nội", "Talks, then a visit: “a new era”.", "Leaders (again) meet.",
		"1. Talks", "12) Talks", "1999 talks.", "2024 talks (second round)", "# Talks", "- Talks", "+ Talks", "= Talks",
		"Talks - round two", "a*b", "a_b", "[link](x)", "<b>", "a|b", "~x~", "{x}", "a`b`", `a\b`,
		"AT&T", "a &lt; b", "a &#60; b", "x & y", "bad \xff byte", "\xc2",
	} {
		if got, want := md(s), mdEscape(s); got != want {
			t.Errorf("md(%q) = %q, want %q", s, got, want)
		}
		if got, want := Short(s, 10), shortSlow(s, 10); got != want {
			t.Errorf("Short(%q, 10) = %q, want %q", s, got, want)
		}
	}
}

func shortSlow(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n+1], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
