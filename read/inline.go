package read

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Elements dropped with their content: struck-out text and code.
var removedTags = []string{"s", "del", "strike", "script", "style"}

// inlineMarkdown removes inline markup from one paragraph. refs holds the
// labels of the document's link reference definitions, which make
// "[label]" a link.
func inlineMarkdown(p string, refs map[string]bool) string {
	if !strings.ContainsAny(p, "\\*_[]<`~&!") {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	for i := 0; i < len(p); {
		c := p[i]
		switch c {
		case '\\':
			if i+1 < len(p) && isASCIIPunct(p[i+1]) {
				b.WriteByte(p[i+1])
				i += 2
				continue
			}
			if i+1 == len(p) {
				i++ // a hard break's backslash
				continue
			}
		case '*', '`', '_':
			n := 1
			for i+n < len(p) && p[i+n] == c {
				n++
			}
			if c == '_' && !emphasisUnderscore(p, i, n) {
				b.WriteString(p[i : i+n]) // snake_case
				i += n
				continue
			}
			// One backtick inside a word stands for an apostrophe, as some
			// official sites type it ("Erdogan`s greetings"), not code.
			if c == '`' && n == 1 && i > 0 && i+1 < len(p) && isLetterByte(p[i-1]) && isLetterByte(p[i+1]) {
				b.WriteByte('\'')
				i++
				continue
			}
			// Emphasis opened right after a word, before a capital, stood
			// for a space the conversion to Markdown lost ("the**Forum**").
			if c != '`' && lowerThenUpper(p, i, i+n) {
				b.WriteByte(' ')
			}
			i += n
			continue
		case '~':
			if strings.HasPrefix(p[i:], "~~") {
				i += 2
				continue
			}
		case '!':
			if i+1 < len(p) && p[i+1] == '[' {
				if _, end, ok := link(p, i+1, refs); ok {
					i = end // an image: its alt text is not article text
					continue
				}
			}
		case '[':
			if strings.HasPrefix(p[i:], "[^") {
				if end := footnoteRef(p, i); end > 0 {
					i = end
					continue
				}
			}
			if text, end, ok := link(p, i, refs); ok {
				text = inlineMarkdown(text, refs)
				b.WriteString(text)
				i = end
				if needsSpaceAfterLink(text, p[i:]) {
					b.WriteByte(' ')
				}
				continue
			}
		case '<':
			if end, text, ok := inlineTag(p, i); ok {
				b.WriteString(text)
				i = end
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	s := b.String()
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	return s
}

// unescapeMarkdown removes backslash escapes and emphasis marks from a
// short line (for the location block).
func unescapeMarkdown(s string) string {
	return strings.TrimSpace(inlineMarkdown(s, nil))
}

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

// emphasisUnderscore reports whether the run of n "_" at i opens or closes
// emphasis (at a word's edge), not joins words (snake_case).
func emphasisUnderscore(p string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(p[:i])
	after, _ := utf8.DecodeRuneInString(p[i+n:])
	inWordBefore := i > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before))
	inWordAfter := i+n < len(p) && (unicode.IsLetter(after) || unicode.IsDigit(after))
	if inWordBefore && inWordAfter {
		return false
	}
	spaceBefore := i == 0 || unicode.IsSpace(before)
	spaceAfter := i+n >= len(p) || unicode.IsSpace(after)
	return !(spaceBefore && spaceAfter)
}

// lowerThenUpper reports a lower-case letter before i and an upper-case
// one at end.
func lowerThenUpper(p string, i, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(p[:i])
	after, _ := utf8.DecodeRuneInString(p[end:])
	return unicode.IsLower(before) && unicode.IsUpper(after)
}

// needsSpaceAfterLink reports a link glued to the next word
// ("[capabilities](…)through"): the space was lost on conversion, unless
// the letters are a plural ending outside the link ("[session](…)s").
func needsSpaceAfterLink(text, rest string) bool {
	last, _ := utf8.DecodeLastRuneInString(text)
	next, _ := utf8.DecodeRuneInString(rest)
	if text == "" || !unicode.IsLetter(last) || !unicode.IsLetter(next) {
		return false
	}
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if n < 0 {
		n = len(rest)
	}
	suffix := rest[:n]
	return suffix != "s" && suffix != "es"
}

// footnoteRef returns the end of a footnote reference "[^1]" at i, or 0.
func footnoteRef(p string, i int) int {
	j := strings.IndexByte(p[i:], ']')
	if j < 3 || strings.ContainsAny(p[i+2:i+j], "[ \t") {
		return 0
	}
	if strings.HasPrefix(p[i+j:], "]:") {
		return 0 // a definition, handled as a block
	}
	return i + j + 1
}

// link parses a link at i (p[i] == '['): "[text](url)", "[text](url
// "title")", "[text](<url>)", "[text][ref]", "[text][]", or "[label]" when
// label is a defined reference. It returns the text and the offset after
// the link.
func link(p string, i int, refs map[string]bool) (text string, end int, ok bool) {
	j := closingBracket(p, i)
	if j < 0 {
		return "", 0, false
	}
	text = p[i+1 : j]
	if j+1 < len(p) {
		switch p[j+1] {
		case '(':
			if end, ok := destination(p, j+1); ok {
				return text, end, true
			}
		case '[':
			if k := closingBracket(p, j+1); k >= 0 {
				return text, k + 1, true
			}
		}
	}
	if len(refs) > 0 && refs[refLabel(text)] {
		return text, j + 1, true
	}
	return "", 0, false
}

// closingBracket returns the offset of the "]" that closes the "[" at i,
// or -1.
func closingBracket(p string, i int) int {
	depth := 0
	for j := i; j < len(p); j++ {
		switch p[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// destination parses a link's "(url "title")" at i (p[i] == '(') and
// returns the offset after it.
func destination(p string, i int) (end int, ok bool) {
	k := skipSpace(p, i+1)
	if k < len(p) && p[k] == '<' {
		e := strings.IndexByte(p[k:], '>')
		if e < 0 {
			return 0, false
		}
		k += e + 1
	} else {
		depth := 0
	url:
		for ; k < len(p); k++ {
			switch p[k] {
			case '\\':
				k++
			case '(':
				depth++
			case ')':
				if depth == 0 {
					break url
				}
				depth--
			case ' ', '\t':
				break url
			}
		}
	}
	k = skipSpace(p, k)
	if k < len(p) && (p[k] == '"' || p[k] == '\'' || p[k] == '(') {
		closer := p[k]
		if closer == '(' {
			closer = ')'
		}
		if e := strings.IndexByte(p[k+1:], closer); e >= 0 {
			k = skipSpace(p, k+e+2)
		}
	}
	if k < len(p) && p[k] == ')' {
		return k + 1, true
	}
	return looseDestination(p, i)
}

// looseDestination ends an address with unbalanced parentheses
// ("(https://x.org/a(b) more") at the last ")" before white space.
func looseDestination(p string, i int) (end int, ok bool) {
	lastClose := -1
	for k := i + 1; k < len(p); k++ {
		switch p[k] {
		case ' ', '\t':
			return lastClose + 1, lastClose > 0
		case ')':
			lastClose = k
		}
	}
	return lastClose + 1, lastClose > 0
}

func skipSpace(p string, i int) int {
	for i < len(p) && (p[i] == ' ' || p[i] == '\t') {
		i++
	}
	return i
}

// inlineTag handles "<" at i: an autolink (kept as its address), an HTML
// comment or tag (dropped, a block element leaving a space), struck-out
// text or a footnote number in <sup> (dropped with its content).
func inlineTag(p string, i int) (end int, text string, ok bool) {
	rest := p[i:]
	if strings.HasPrefix(rest, "<!--") {
		if j := strings.Index(rest, "-->"); j >= 0 {
			return i + j + 3, "", true
		}
		return 0, "", false
	}
	j := strings.IndexByte(rest, '>')
	if j < 0 {
		return 0, "", false
	}
	inner := rest[1:j]
	if strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://") || strings.HasPrefix(inner, "mailto:") || strings.Contains(inner, "@") {
		if !strings.ContainsAny(inner, " \t<") {
			return i + j + 1, strings.TrimPrefix(inner, "mailto:"), true
		}
	}
	tag := strings.TrimPrefix(inner, "/")
	if tag == "" || !isASCIILetter(tag[0]) {
		return 0, "", false
	}
	nameEnd := strings.IndexAny(tag, " \t/")
	if nameEnd < 0 {
		nameEnd = len(tag)
	}
	tagName := strings.ToLower(tag[:nameEnd])
	if atom.Lookup([]byte(tagName)) == 0 {
		return 0, "", false // not an HTML element: "x<y>z" is text
	}
	if !strings.HasPrefix(inner, "/") {
		closeTag := "</" + tagName + ">"
		content := rest[j+1:]
		for _, rm := range removedTags {
			if tagName == rm {
				if k := indexASCIIFold(content, closeTag); k >= 0 {
					end := i + j + 1 + k + len(closeTag)
					// Keep a space the struck text stood between words.
					dropped := content[:k]
					if strings.TrimLeftFunc(dropped, unicode.IsSpace) != dropped || strings.TrimRightFunc(dropped, unicode.IsSpace) != dropped {
						return end, " ", true
					}
					return end, "", true
				}
			}
		}
		if tagName == "sup" {
			if k := strings.Index(content, closeTag); k >= 0 && isNoteMark(p[:i], content[:k]) {
				return i + j + 1 + k + len(closeTag), "", true
			}
		}
	}
	sep := ""
	if blockTags[tagName] || tagName == "td" || tagName == "th" {
		sep = " "
	}
	return i + j + 1, sep, true
}

// isNoteMark reports whether a superscript is a footnote reference: a
// number after a word of three letters or more or after punctuation
// ("projects.<sup>8</sup>"), not an ordinal ("21<sup>st</sup>") nor a unit's
// power ("m<sup>2</sup>").
func isNoteMark(before, sup string) bool {
	if sup == "" || strings.TrimLeft(sup, "0123456789,*†‡") != "" {
		return false
	}
	letters := 0
	for before != "" {
		r, n := utf8.DecodeLastRuneInString(before)
		if !unicode.IsLetter(r) {
			if letters == 0 {
				return strings.ContainsRune(".,;:”\"’", r)
			}
			break
		}
		letters++
		before = before[:len(before)-n]
	}
	return letters >= 3
}

// indexASCIIFold is strings.Index of a lower-case sub ignoring ASCII case,
// with offsets into s (strings.ToLower can change the length of non-ASCII
// text).
func indexASCIIFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
