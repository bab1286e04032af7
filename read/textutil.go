package read

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle is the longest title made from a first sentence, in bytes.
const maxTitle = 120

// normSpace turns every run of white space (no-break spaces, tabs, newlines
// included) into one space, drops invisible format characters and trims.
func normSpace(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case unicode.IsSpace(r) || r == '\u200B':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isInvisible reports characters that carry nothing in plain text: BOM,
// word joiner, soft hyphen. Joiners that shape scripts (ZWJ, ZWNJ) are kept.
func isInvisible(r rune) bool {
	return r == '\uFEFF' || r == '\u2060' || r == '\u00AD'
}

// stripControls removes the control characters a text may not hold: C0 but
// newline and tab (form feed and vertical tab become spaces), DEL, and C1.
// ESC among them starts terminal escape sequences (clear the screen, set the
// window title, forge links) that would reach whoever prints the text; STX
// and ETX are accord's own highlight marks.
func stripControls(s string) string {
	if strings.IndexFunc(s, isStripped) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\f' || r == '\v':
			return ' '
		case isStripped(r):
			return -1
		}
		return r
	}, s)
}

func isStripped(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f)
}

// isBlank reports a line of nothing but white space.
func isBlank(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// textParagraphs makes a body of plain text: blank lines separate
// paragraphs and the lines of a paragraph are joined. Text with no blank line
// at all has one paragraph a line (feeds often separate paragraphs so).
func textParagraphs(s string) string {
	lines := strings.Split(s, "\n")
	blankSeparated := false
	for i, l := range lines {
		if isBlank(l) && i > 0 && i < len(lines)-1 {
			blankSeparated = true
			break
		}
	}
	var paras []string
	var cur []string
	flush := func() {
		if headlineLines(cur) {
			for _, l := range cur {
				paras = append(paras, normSpace(l))
			}
			cur = cur[:0]
			return
		}
		if p := normSpace(strings.Join(cur, " ")); p != "" {
			paras = append(paras, p)
		}
		cur = cur[:0]
	}
	for i, l := range lines {
		if isBlank(l) {
			flush()
			continue
		}
		// A date line ends its paragraph (dateStamp).
		alone := blankSeparated && joinsNext(lines[i+1:]) && stampApart(strings.TrimSpace(l), cur, lines[i+1:])
		if alone && !proseBefore(paras, cur) {
			continue // a page's stamp above its text (markdownText)
		}
		cur = append(cur, l)
		if !blankSeparated || alone {
			flush()
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// headlineLines reports whether the lines of one block are a list of
// headlines, one a line ("PM A meets Prime Minister B" / "PM A presents
// …"), as a page's highlights are: three or more lines, each of four words
// or more, opening with a capital, none ending as a sentence or a clause
// does. Hard-wrapped prose ends its paragraph with a full stop.
func headlineLines(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		n := len(strings.Fields(l))
		if n < 4 || n > 30 {
			return false
		}
		first, _ := utf8.DecodeRuneInString(l)
		last, _ := utf8.DecodeLastRuneInString(l)
		if !unicode.IsUpper(first) || strings.ContainsRune(".,;:!?-–—(\\", last) {
			return false
		}
	}
	return true
}

// firstSentence returns the first sentence of the first paragraph of body,
// cut at a word boundary to at most max bytes.
func firstSentence(body string, max int) string {
	p, _, _ := strings.Cut(strings.TrimSpace(body), "\n\n")
	p = normSpace(p)
	if end := sentenceEnd(p); end > 0 {
		p = p[:end]
	}
	return cutWords(p, max)
}

// sentenceEnd returns the byte offset just after the first sentence's final
// punctuation (and closing quotes), or 0 if p is a single sentence.
func sentenceEnd(p string) int {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) {
			r, n := utf8.DecodeRuneInString(p[j:])
			if r != '"' && r != '\'' && r != '’' && r != '”' && r != ')' {
				break
			}
			j += n
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“‘'(", next) {
			continue
		}
		if c == '.' && isAbbreviation(p[:i]) {
			continue
		}
		return j
	}
	return 0
}

// isAbbreviation reports whether the word ending text (before a ".") is an
// abbreviation rather than a sentence's last word: an initial ("J"), a dotted
// form ("U.S"), or a listed abbreviation ("Dr").
func isAbbreviation(text string) bool {
	w := text[strings.LastIndexAny(text, " (\"“")+1:]
	if w == "" {
		return false
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	if strings.Contains(w, ".") {
		return true
	}
	return abbreviations[w]
}

// cutWords shortens s to at most max bytes at a word boundary, without
// trailing punctuation that would dangle.
func cutWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max+1], ' ')
	if cut <= 0 {
		// One long word: cut at a rune boundary.
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:–—-")
}

// placeName writes a dateline in its usual spelling: upper-case datelines
// are title-cased ("HÀ NỘI" → "Hà Nội", "DAR ES SALAAM" → "Dar es Salaam");
// anything already in mixed case is kept.
func placeName(s string) string {
	s = normSpace(strings.Trim(s, " ,*_"))
	if s == "" || hasLower(s) {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			parts[j] = titleWord(p, i == 0 && j == 0)
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// titleWord title-cases one word of an upper-case place name.
func titleWord(w string, first bool) string {
	lw := strings.ToLower(w)
	if !first && particles[lw] {
		return lw
	}
	// Letters that start a word keep their upper-case form as written (so
	// Turkish İ stays İ); the others are lowered.
	var b strings.Builder
	up := true
	prevLetters := 0
	for _, r := range w {
		if up && unicode.IsLetter(r) {
			b.WriteRune(r)
			up = false
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		if unicode.IsLetter(r) {
			prevLetters++
		}
		// O'Brien, N'Djamena: a capital after an apostrophe that follows one letter.
		if (r == '\'' || r == '’') && prevLetters == 1 {
			up = true
		}
		if r == '.' {
			up = true // St.Petersburg written without a space
		}
	}
	return b.String()
}

// dashes that separate a dateline or a credit from the text.
var dashes = []string{" — ", " – ", " -- ", " - "}

// trailingCredit splits an agency credit off the end of a body
// ("… with pleasure. — VNA/VNS" → "… with pleasure.", "VNA/VNS").
func trailingCredit(body string) (rest, credit string) {
	t := strings.TrimRightFunc(body, unicode.IsSpace)
	if rest, credit := bracketCredit(t); credit != "" {
		return rest, credit
	}
	if rest, credit := lineCredit(t); credit != "" {
		return rest, credit
	}
	best := -1
	var dash string
	for _, d := range dashes {
		if i := strings.LastIndex(t, d); i > best {
			best, dash = i, d
		}
	}
	// Also a credit on its own last line: "\n\n— AFP".
	for _, d := range []string{"\n— ", "\n– "} {
		if i := strings.LastIndex(t, d); i > best {
			best, dash = i, d
		}
	}
	if best < 0 {
		return body, ""
	}
	c := strings.TrimSpace(t[best+len(dash):])
	if !isCredit(c) {
		return body, ""
	}
	return strings.TrimRightFunc(t[:best], unicode.IsSpace), c
}

// bracketCredit reads the credit some agencies put in brackets after the
// last sentence ("… within the year. (PNA)"): an upper-case acronym alone
// in the brackets, after the sentence's own stop, so a bracketed acronym
// inside a sentence ("… the Association (ASEAN).") is not one.
func bracketCredit(t string) (rest, credit string) {
	if !strings.HasSuffix(t, ")") {
		return t, ""
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return t, ""
	}
	return acronymAfterSentence(t, open, t[open+1:len(t)-1])
}

// lineCredit reads a credit some agencies put alone on the last line, with
// no dash ("… partnership./.\n\nVNA"): an upper-case acronym, after a
// line that ends the last sentence.
func lineCredit(t string) (rest, credit string) {
	nl := strings.LastIndexByte(t, '\n')
	if nl < 0 {
		return t, ""
	}
	return acronymAfterSentence(t, nl, strings.TrimSpace(t[nl+1:]))
}

// acronymAfterSentence splits t at index at into the text before and the
// credit c, when c is an agency's acronym and the text before ends its
// last sentence; else it leaves t whole.
func acronymAfterSentence(t string, at int, c string) (rest, credit string) {
	if !acronymCredit(c) {
		return t, ""
	}
	before := strings.TrimRightFunc(t[:at], unicode.IsSpace)
	if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?\"”’", r) {
		return t, ""
	}
	return before, c
}

// acronymCredit reports whether c is an agency's acronym a credit may be
// alone: two to twelve upper-case letters or "/" and "-" ("VNA", "VNA/VNS"),
// no newsroom label ("BREAKING").
func acronymCredit(c string) bool {
	if len(c) < 2 || len(c) > 12 || newsLabels[c] {
		return false
	}
	for _, r := range c {
		if !unicode.IsUpper(r) && r != '/' && r != '-' {
			return false
		}
	}
	return true
}

// isCredit reports whether s looks like an agency credit: short, a few
// capitalised words (VNA/VNS, Reuters, Yonhap News Agency), no sentence.
func isCredit(s string) bool {
	if s == "" || len(s) > 40 || strings.ContainsAny(s, ".!?,;:\"“”") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' {
			return false
		}
	}
	return true
}

// splitGluedNumbers puts back the space lost between a word and a number
// ("represent90 percent", "in2024.", "June2023"): a word of two or more
// lower-case letters, or a month, after a space or an opening mark, directly
// followed by a number of two or more digits that ends the token. Names with
// capitals ("Justice40", "COP26"), one-letter prefixes ("x86"), short
// numbers ("web3"), letters after the digits ("i2X") and anything in an
// address ("/page12", "#tag2024") are left alone.
func splitGluedNumbers(s string) string {
	var b strings.Builder
	last := 0
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i]) || s[i-1] < 'a' || s[i-1] > 'z' && s[i-1] < 0x80 {
			continue
		}
		if !gluedNumberAt(s, i) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last = i
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedNumberAt reports whether the digits at i follow a glued word.
func gluedNumberAt(s string, i int) bool {
	// The word before: lower-case letters only, two or more, after a space,
	// an opening quote or parenthesis, or the start.
	start, letters, upper := i, 0, 0
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) && !strings.ContainsRune("(“‘\"'", r) {
				return false
			}
			break
		}
		if !unicode.IsLower(r) {
			upper++
		}
		letters++
		start -= n
	}
	if letters < 2 {
		return false
	}
	if upper > 0 {
		// A capital only as a month's initial: "June2023".
		r, _ := utf8.DecodeRuneInString(s[start:])
		if upper > 1 || !unicode.IsUpper(r) || months[strings.ToLower(s[start:i])] == 0 {
			return false
		}
	}
	// The number: two or more digits (with separators), ending the token.
	j, digits := i, 0
	for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
		if isDigit(s[j]) {
			digits++
		}
		j++
	}
	if digits < 2 {
		return false
	}
	if j == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsSpace(r) || strings.ContainsRune(",.;:!?)%”’\"'", r) && !(r == '.' && j+1 < len(s) && !unicode.IsSpace(rune(s[j+1])))
}
