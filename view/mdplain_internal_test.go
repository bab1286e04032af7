package view

import (
	"strings"
	"testing"
)

// mdSlow is md without its shortcut: every input goes through the
// normalisation and the escaping loop.
func mdSlow(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '{', '}':
			b.WriteByte('\\')
		case '&':
			if j := strings.IndexByte(s[i:], ';'); j > 1 && j < 34 && isEntityName(s[i+1:i+j]) {
				b.WriteByte('\\')
			}
		case '#', '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if i > 0 && strings.TrimLeft(s[:i], "0123456789") == "" {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

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
		if got, want := md(s), mdSlow(s); got != want {
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
