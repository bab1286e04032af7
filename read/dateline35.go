package read

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateAloneLine reports whether a line is a date alone, with its day
// ("October 23, 2025", "Thursday, 23 October 2025", "Date: 2025-10-23"): a
// release's own date printed over its first paragraph. Joined to the
// paragraph under it with a single line break ("October 23, 2025" /
// "Minister A received B on the afternoon of October 22."), the header's
// day opened the first sentence and beat the day the sentence gives; a
// paragraph of its own, it is the date line it is when a blank line
// follows it.
func dateAloneLine(t string) bool {
	if len(t) > 40 || len(t) < 6 {
		return false
	}
	d, span := proseDate(t)
	if d == "" || span[0] < 0 {
		return false
	}
	rest := t[:span[0]] + " " + t[span[1]:]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	}) {
		if w = strings.ToLower(w); !weekdays[w] && !dateLabels[w] {
			return false
		}
	}
	return true
}

// wrappedAround reports whether a line sits inside a wrapped sentence: the
// line before ends in a lower-case word ("met on" / "October 22, 2031" /
// "in Kestra.") or the next one starts with one.
func wrappedAround(cur, next []string) bool {
	if n := len(cur); n > 0 {
		last := strings.Fields(cur[n-1])
		if k := len(last); k > 0 {
			if r, _ := utf8.DecodeRuneInString(last[k-1]); unicode.IsLower(r) {
				return true
			}
		}
	}
	if len(next) > 0 {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next[0])); unicode.IsLower(r) {
			return true
		}
	}
	return false
}
