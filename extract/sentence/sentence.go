// Package sentence splits article bodies into sentences with byte offsets.
package sentence

import (
	"unicode"
	"unicode/utf8"

	"github.com/accordhq/accord/extract/knowledge"
)

// Span is one sentence: Body[Start:End], trimmed of surrounding space.
type Span struct {
	Start, End int
}

// Split returns the sentences of text in order. Offsets are always inside
// text and never overlap.
//
// A sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
// followed by space and a capital, digit or opening quote, unless the word
// before the period is an abbreviation (Mr., U.S., Jr.) or an initial (M.).
// A blank line or a Markdown hard break (two spaces before a newline) always
// ends a sentence; a single newline is a line wrap.
func Split(text string) []Span {
	abbr := knowledge.Abbreviations()
	out := make([]Span, 0, len(text)/100+1)
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			// A list marker ("1.", "•") belongs to the item it opens.
			if n := len(out); n > 0 && listMarker(text[out[n-1].Start:out[n-1].End]) {
				out[n-1].End = e
			} else {
				out = append(out, Span{s, e})
			}
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			if paragraphBreak(text, i) || itemLine(text, i+1) {
				emit(i)
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && isCloser(text, j) {
				j += closerLen(text, j)
			}
			if j < len(text) && !isSpace(text[j]) {
				continue
			}
			k := j
			for k < len(text) && isSpace(text[k]) {
				k++
			}
			if k < len(text) && !startsSentence(text, k) {
				continue
			}
			if c == '.' && abbreviation(text, i, abbr) {
				continue
			}
			if inShortBrackets(text, i) {
				continue // "On September 21 (local time. September 22, Japan time.), …"
			}
			emit(j)
			i = j - 1
		}
	}
	emit(len(text))
	return out
}

// inShortBrackets reports whether the stop at i is inside a short bracketed
// aside on one line, "(local time. September 22, Japan time.)": the aside
// ends no sentence.
func inShortBrackets(text string, i int) bool {
	const span = 80
	open := false
	for j := i - 1; j >= 0 && i-j <= span; j-- {
		if c := text[j]; c == ')' || c == '\n' {
			return false
		} else if c == '(' {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := i + 1; j < len(text) && j-i <= span; j++ {
		switch text[j] {
		case ')':
			return true
		case '(', '\n':
			return false
		}
	}
	return false
}

// paragraphBreak reports whether the newline at i ends a paragraph: the next
// line is blank, or this line ends with two spaces (a Markdown hard break).
func paragraphBreak(text string, i int) bool {
	for j := i + 1; j < len(text); j++ {
		if text[j] == '\n' {
			return true
		}
		if text[j] != ' ' && text[j] != '\t' && text[j] != '\r' {
			break
		}
	}
	n := 0
	for j := i - 1; j >= 0 && (text[j] == ' ' || text[j] == '\r'); j-- {
		if text[j] == ' ' {
			n++
		}
	}
	return n >= 2
}

// abbreviation reports whether the period at i ends an abbreviation or an initial.
func abbreviation(text string, i int, abbr map[string]bool) bool {
	s := i
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:s])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		s -= n
	}
	word := text[s:i]
	if word == "" {
		return false
	}
	if abbr[word] {
		return true
	}
	r, n := utf8.DecodeRuneInString(word)
	if n == len(word) && unicode.IsUpper(r) {
		return true // an initial: M.
	}
	return initials(word) // P.K. Mishra
}

// initials reports whether word is capital letters joined by periods,
// "P.K" of "P.K. Mishra": a person's initials, not a sentence's end.
func initials(word string) bool {
	n := 0
	for i, r := range word {
		want := i%2 == 0
		if want && !(r < utf8.RuneSelf && unicode.IsUpper(r)) || !want && r != '.' {
			return false
		}
		n++
	}
	return n >= 3 && n%2 == 1
}

func startsSentence(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '“' || r == '‘' || r == '(' || r == '[' || r == '*' || r == '-' || r == '—' || r == '\\' || r == '#' || bullet(r)
}

// bullet reports whether r marks a list item: •, ●, ▪, ◦.
func bullet(r rune) bool {
	return r == '•' || r == '●' || r == '▪' || r == '◦'
}

// itemLine reports whether the line starting at i opens a list item: a
// bullet, or "-", "*" or "+" followed by a space. An item is a block of
// its own, as in Markdown, even when the line before has no full stop
// ("Investments:" over "- Up to $3 billion to …").
func itemLine(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i >= len(text) {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if bullet(r) {
		return true
	}
	return (r == '-' || r == '*' || r == '+') && i+n < len(text) && text[i+n] == ' '
}

func isCloser(text string, j int) bool {
	switch text[j] {
	case '"', '\'', ')', ']', '*':
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r == '”' || r == '’'
}

func closerLen(text string, j int) int {
	_, n := utf8.DecodeRuneInString(text[j:])
	return n
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// listMarker reports whether s is only a list item's marker: "1.", "12)",
// "a.", "•", "-".
func listMarker(s string) bool {
	switch s {
	case "•", "-", "*", "–":
		return true
	}
	if len(s) < 2 || len(s) > 4 || (s[len(s)-1] != '.' && s[len(s)-1] != ')') {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] < '0' || s[i] > '9' {
			return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z'
		}
	}
	return true
}
