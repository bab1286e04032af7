package read

import (
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/accordhq/accord"
	"gopkg.in/yaml.v3"
)

// Front matter keys, in order of preference.
var (
	fmDate     = []string{"date", "published", "published_time", "publish_date", "pubdate", "created"}
	fmTitle    = []string{"title", "headline"}
	fmURL      = []string{"source_url", "url", "link", "canonical_url", "permalink"}
	fmSource   = []string{"source", "agency", "credit"}
	fmDateline = []string{"dateline", "location"}
)

// parseMarkdown reads Markdown with a YAML front matter block.
func parseMarkdown(name, src string) (*accord.Article, error) {
	fm, body, line, err := splitFrontMatter(src)
	if err != nil {
		return nil, accord.ErrorAt(accord.EINVALID, name, "%v", err)
	}
	meta := map[string]any{}
	if err := yaml.Unmarshal([]byte(fm), &meta); err != nil {
		return nil, accord.ErrorAt(accord.EINVALID, name, "front matter: %s", yamlError(err, line))
	}
	a := &accord.Article{Format: accord.FormatMarkdown}
	for _, k := range fmDate {
		if a.Published = dateOf(meta[k]); a.Published != "" {
			break
		}
	}
	if a.Published == "" {
		a.Published = nameDate(name)
	}
	a.Title = firstString(meta, fmTitle)
	a.URL = firstString(meta, fmURL)
	a.Source = firstString(meta, fmSource)
	a.Dateline = firstString(meta, fmDateline)
	if a.Dateline == "" {
		a.Dateline = locationBlock(body)
	} else {
		a.Dateline = placeName(a.Dateline)
	}
	a.Body = markdownText(body)
	if a.Title == "" {
		a.Title, a.Body = headlineOf(a.Body)
	}
	return a, nil
}

// splitFrontMatter separates "---\n yaml \n---\n body". line is the line
// number of the YAML's first line in the file.
func splitFrontMatter(src string) (fm, body string, line int, err error) {
	rest, ok := strings.CutPrefix(src, "---\n")
	if !ok {
		return "", src, 0, nil
	}
	for _, end := range []string{"\n---\n", "\n...\n"} {
		if i := strings.Index(rest, end); i >= 0 {
			return rest[:i], rest[i+len(end):], 2, nil
		}
	}
	for _, end := range []string{"\n---", "\n..."} {
		if strings.HasSuffix(rest, end) {
			return rest[:len(rest)-len(end)], "", 2, nil
		}
	}
	if strings.HasPrefix(rest, "---\n") { // empty front matter
		return "", rest[4:], 2, nil
	}
	return "", "", 0, fmt.Errorf("front matter: no closing --- line")
}

var reYAMLLine = regexp.MustCompile(`line (\d+)`)

// yamlError renumbers the lines of a YAML error to lines of the file.
func yamlError(err error, first int) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	return reYAMLLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(m[5:])
		return "line " + strconv.Itoa(n+first-1)
	})
}

// dateOf reads a date from a front matter value: a string, or a timestamp
// YAML decoded already.
func dateOf(v any) string {
	switch v := v.(type) {
	case string:
		return parseDateValue(v)
	case time.Time:
		return v.Format("2006-01-02")
	}
	return ""
}

func firstString(meta map[string]any, keys []string) string {
	for _, k := range keys {
		if s, ok := meta[k].(string); ok {
			if s = normSpace(s); s != "" {
				return s
			}
		}
	}
	return ""
}

// headlineOf takes a title from a body that has none in its metadata: a
// short first paragraph that reads as a headline is removed from the body
// and used; otherwise the title is the first sentence and the body stays.
func headlineOf(body string) (title, rest string) {
	first, after, found := strings.Cut(body, "\n\n")
	if found && isHeadline(first) {
		return first, after
	}
	return firstSentence(body, maxTitle), body
}

// isHeadline reports whether a paragraph reads as a headline: short, one
// sentence, not ending like a sentence of prose does.
func isHeadline(p string) bool {
	if p == "" || len(p) > 200 || strings.HasSuffix(p, ".") || strings.HasSuffix(p, ":") || strings.HasSuffix(p, ",") {
		return false
	}
	if _, ok := parseDateline(p); ok {
		return false
	}
	return sentenceEnd(p) == 0
}

// The time line ending a remarks document's location block: "3:01 P.M. BST".
var reTimeLine = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\.?(\s+[A-Z]{2,5})?$`)

// locationBlock finds the dateline of a transcript that opens with a
// location block and a time:
//
//	Carbis Bay Hotel & Estate
//	Saint Ives, United Kingdom
//
//	3:01 P.M. BST
//
// The place is the city of the "City, Region" line just before the time
// line ("Saint Ives"). A room alone ("Oval Office") names no city.
func locationBlock(body string) string {
	var prev []string
	for n, line := range strings.Split(body, "\n") {
		t := strings.Trim(normSpace(line), "*_ ")
		if t == "" {
			continue
		}
		if n > 40 || len(t) > 100 || strings.Count(t, " ") >= 8 {
			return "" // prose began before any time line
		}
		if reTimeLine.MatchString(t) {
			for i := len(prev) - 1; i >= 0; i-- {
				p := prev[i]
				if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") {
					continue // "(March 12, 2024)": the date of the event
				}
				city, region, ok := strings.Cut(p, ",")
				if !ok || strings.TrimSpace(region) == "" || !isPlace(city) {
					return ""
				}
				return placeName(city)
			}
			return ""
		}
		prev = append(prev, unescapeMarkdown(t))
	}
	return ""
}

// markdownText turns a Markdown body into plain text: blocks become
// paragraphs (headings, list items, hard line breaks end one), the
// hard-wrapped lines of a paragraph are joined, and inline markup (links,
// emphasis, escapes, HTML tags) is removed keeping its text.
func markdownText(src string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		p := normSpace(inlineMarkdown(strings.Join(cur, " ")))
		if strings.HasSuffix(p, "#") {
			p = reEndMark.ReplaceAllString(p, "")
		}
		if p != "" && !isSeparator(p) {
			paras = append(paras, p)
		}
		cur = cur[:0]
	}
	inComment := false
	broken := false // the previous line ended with a hard break
	for _, line := range strings.Split(src, "\n") {
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			inComment = false
			line = line[i+3:]
		}
		if i := strings.Index(line, "<!--"); i >= 0 && !strings.Contains(line[i:], "-->") {
			inComment = true
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" || isCommentOnly(t) {
			flush()
			continue
		}
		if isRule(t) {
			flush()
			continue
		}
		if h := headingText(t); h != "" {
			flush()
			cur = append(cur, h)
			flush()
			continue
		}
		if item, ok := listItem(t, len(cur) == 0); ok {
			flush()
			t = item
		}
		t = strings.TrimPrefix(strings.TrimPrefix(t, ">"), " ")
		// A hard break ends a paragraph, unless the next line goes on with
		// the sentence in lower case ("good to be\" / "here.").
		if broken {
			if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) {
				flush()
			}
		}
		broken = hardBreak(line)
		if strings.HasSuffix(t, "\\") && !strings.HasSuffix(t, "\\\\") {
			t = t[:len(t)-1] // the backslash of a hard break
		}
		cur = append(cur, t)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

func isCommentOnly(t string) bool {
	return len(t) >= 7 && strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") && !strings.Contains(t[4:len(t)-3], "-->")
}

// isRule reports a thematic break or setext underline: ---, ***, * * *, ===.
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// headingText returns the text of an ATX heading line ("## Title"), "" if
// the line is none.
func headingText(t string) string {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return ""
	}
	h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[n:]), "#"))
	if h == "" {
		return " " // an empty heading still ends the paragraph
	}
	return h
}

// listItem normalises a list marker: "-   text" and "* text" become
// "• text", "1.  text" becomes "1. text". Markers stay in the text: a list
// item's link to the sentence that opens the list (targets inherit its
// deadline) depends on them. An
// ordered marker with a single space counts only at a paragraph's start, so
// that a wrapped line beginning "2029. One …" is not taken for an item.
func listItem(t string, start bool) (string, bool) {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		return "• " + strings.TrimSpace(t[2:]), true
	}
	i := 0
	for i < len(t) && i < 4 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i > 3 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' {
		return "", false
	}
	if !start && !strings.HasPrefix(t[i+1:], "  ") {
		return "", false
	}
	return t[:i+1] + " " + strings.TrimSpace(t[i+1:]), true
}

// hardBreak reports a Markdown hard line break: two trailing spaces (of any
// kind) or a trailing backslash.
func hardBreak(line string) bool {
	if strings.HasSuffix(line, "\\") && !strings.HasSuffix(line, "\\\\") {
		return true
	}
	n := 0
	for len(line) > 0 {
		r, size := utf8.DecodeLastRuneInString(line)
		if !unicode.IsSpace(r) {
			break
		}
		n++
		line = line[:len(line)-size]
	}
	return n >= 2
}

// isSeparator reports a paragraph of marks only (### or * * *), which
// press releases use as end marks and dividers.
func isSeparator(p string) bool {
	for _, r := range p {
		if !strings.ContainsRune("#*-_=~ ", r) {
			return false
		}
	}
	return true
}

// reEndMark is a press release's end mark left at a paragraph's end: "… ties. ###".
var reEndMark = regexp.MustCompile(`\s+(#\s*){3,}$`)

var removedTags = []string{"s", "del", "strike", "script", "style"}

// inlineMarkdown removes inline markup from one paragraph.
func inlineMarkdown(p string) string {
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
		case '*', '`':
			i++
			continue
		case '~':
			if strings.HasPrefix(p[i:], "~~") {
				i += 2
				continue
			}
		case '_':
			if emphasisUnderscore(p, i) {
				i++
				continue
			}
		case '!':
			if i+1 < len(p) && p[i+1] == '[' {
				if _, end, ok := link(p, i+1); ok {
					i = end // an image: its alt text is not article text
					continue
				}
			}
		case '[':
			if text, end, ok := link(p, i); ok {
				b.WriteString(inlineMarkdown(text))
				i = end
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
	return strings.TrimSpace(inlineMarkdown(s))
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

// emphasisUnderscore reports whether the "_" at i opens or closes emphasis
// (at a word's edge), not joins words (snake_case).
func emphasisUnderscore(p string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(p[:i])
	after, _ := utf8.DecodeRuneInString(p[i+1:])
	inWordBefore := i > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before))
	inWordAfter := i+1 < len(p) && (unicode.IsLetter(after) || unicode.IsDigit(after))
	if inWordBefore && inWordAfter {
		return false
	}
	spaceBefore := i == 0 || unicode.IsSpace(before)
	spaceAfter := i+1 >= len(p) || unicode.IsSpace(after)
	return !(spaceBefore && spaceAfter)
}

// link parses "[text](url)" or "[text][ref]" at i (p[i] == '['): the text
// and the offset after the link.
func link(p string, i int) (text string, end int, ok bool) {
	depth := 0
	j := i
	for ; j < len(p); j++ {
		switch p[j] {
		case '\\':
			j++
			continue
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	if j >= len(p) || j+1 >= len(p) {
		return "", 0, false
	}
	text = p[i+1 : j]
	closer := byte(')')
	switch p[j+1] {
	case '(':
	case '[':
		closer = ']'
	default:
		return "", 0, false
	}
	depth = 0
	lastClose := -1 // the last closer before white space, for unbalanced addresses
	for k := j + 1; k < len(p); k++ {
		switch p[k] {
		case '(', '[':
			if p[k] == p[j+1] {
				depth++
			}
		case ' ', '\t':
			if closer == ')' && lastClose > 0 {
				return text, lastClose + 1, true
			}
			if closer == ')' {
				return "", 0, false
			}
		case closer:
			depth--
			lastClose = k
			if depth == 0 {
				return text, k + 1, true
			}
		}
	}
	if closer == ')' && lastClose > 0 {
		return text, lastClose + 1, true
	}
	return "", 0, false
}

// inlineTag handles "<" at i: an autolink (kept as its address), an HTML
// comment or tag (dropped), or struck-out text (dropped with its content).
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
	for _, c := range tagName {
		if !isASCIILetter(byte(c)) && !isDigit(byte(c)) {
			return 0, "", false
		}
	}
	if !strings.HasPrefix(inner, "/") {
		for _, rm := range removedTags {
			if tagName == rm {
				closeTag := "</" + rm + ">"
				if k := strings.Index(strings.ToLower(rest), closeTag); k >= 0 {
					return i + k + len(closeTag), "", true
				}
			}
		}
	}
	sep := ""
	if tagName == "br" || tagName == "p" {
		sep = " "
	}
	return i + j + 1, sep, true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
