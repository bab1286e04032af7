package read

import (
	"fmt"
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
	fmDate   = []string{"date", "published", "published_time", "publish_date", "pubdate", "created"}
	fmTitle  = []string{"title", "headline"}
	fmURL    = []string{"source_url", "url", "link", "canonical_url", "permalink"}
	fmSource = []string{"source", "agency", "credit"}
	// The publisher names who put the text out, which an agency credit at
	// the foot of the body ("— VNA/VNS") outranks: the credit says whose
	// report it is, as it does in a plain-text file.
	fmPublisher = []string{"outlet", "publisher"}
	fmDateline  = []string{"dateline", "location"}
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
	if rest, credit := footCredit(a.Body); credit != "" {
		a.Body = rest
		if a.Source == "" {
			a.Source = credit
		}
	}
	if a.Source == "" {
		a.Source = firstString(meta, fmPublisher)
	}
	if a.Dateline == "" {
		a.Dateline = bodyDateline(body)
	}
	if a.Title == "" {
		a.Title, a.Body = headlineOf(a.Body)
	}
	return a, nil
}

// footCredit is trailingCredit for a Markdown body, stricter because its
// bodies end in lists and tables as often as in prose ("Parkland College –
// Illinois"): the credit must follow the last sentence's own punctuation
// ("… ties. — VNS") or stand on a line of its own.
func footCredit(body string) (rest, credit string) {
	rest, credit = trailingCredit(body)
	if credit == "" {
		return body, ""
	}
	before := strings.TrimRight(rest, " \t")
	if before == "" {
		return body, ""
	}
	gap := strings.TrimRightFunc(body, unicode.IsSpace)
	gap = gap[len(before) : len(gap)-len(credit)]
	if strings.Contains(gap, "\n") {
		return rest, credit
	}
	if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(".!?\"”’)", r) {
		return rest, credit
	}
	return body, ""
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

// reSpeakerLabel is a transcript's speaker label opening a line:
// "VICE PRESIDENT HARRIS:", "PRIME MINISTER KISHIDA:".
var reSpeakerLabel = regexp.MustCompile(`^[A-Z][A-Z .'’-]{2,60}:`)

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
	emphasized := false // the last line kept was set in italics: "*Tokyo, Japan*"
	for n, line := range strings.Split(body, "\n") {
		raw := strings.TrimSpace(line)
		t := strings.Trim(normSpace(line), "*_ ")
		if t == "" {
			continue
		}
		if n > 40 || len(t) > 100 || strings.Count(t, " ") >= 8 || reSpeakerLabel.MatchString(t) {
			// Prose or the first speaker began before any time line: an
			// italic "City, Country" line just before is the dateline
			// ("*Tokyo, Japan*" over a transcript without a time).
			if k := len(prev) - 1; emphasized && k >= 0 && k < 3 {
				if city, region, ok := strings.Cut(prev[k], ","); ok && strings.TrimSpace(region) != "" && isPlace(city) {
					return placeName(city)
				}
			}
			return ""
		}
		emphasized = strings.HasPrefix(raw, "*") || strings.HasPrefix(raw, "_")
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
// paragraphs (headings, list items, table rows, hard line breaks end one),
// the hard-wrapped lines of a paragraph are joined, and inline markup
// (links, emphasis, escapes, HTML tags and comments) is removed keeping its
// text. Link reference definitions are dropped; footnote definitions keep
// their text.
func markdownText(src string) string {
	src = stripComments(src)
	refs := linkDefinitions(src)
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		// A block of headlines, one a line: a paragraph each.
		if headlineLines(cur) {
			for _, l := range cur {
				if p := normSpace(inlineMarkdown(l, refs)); p != "" && !isSeparator(p) {
					paras = append(paras, p)
				}
			}
			cur = cur[:0]
			return
		}
		p := normSpace(inlineMarkdown(strings.Join(cur, " "), refs))
		if strings.HasSuffix(p, "#") {
			p = reEndMark.ReplaceAllString(p, "")
		}
		p = strings.TrimRight(p, "| ") // a table border left at the end
		if p != "" && !isSeparator(p) {
			paras = append(paras, p)
		}
		cur = cur[:0]
	}
	broken := false  // the previous line ended with a hard break
	quoted := false  // the previous line was in a block quote
	columns := false // in a simple table: every line is a row
	lines := strings.Split(src, "\n")
	for li, line := range lines {
		t := strings.TrimSpace(line)
		// A block quote's lines are read as any others; a quote starting
		// after a paragraph ends it.
		q := false
		for strings.HasPrefix(t, ">") {
			t, q = strings.TrimSpace(t[1:]), true
		}
		if q && !quoted {
			flush()
		}
		quoted = q
		if t == "" {
			flush()
			columns = false
			continue
		}
		if isFence(t) || isTableRule(t) {
			flush()
			continue
		}
		if isColumnRule(t) {
			// A dashed line under a header line starts a simple table
			// (Pandoc): the header and each line after it are rows.
			if len(cur) == 1 {
				cur[0] = columnCells(cur[0])
			}
			flush()
			columns = true
			continue
		}
		if isRule(t) {
			flush()
			continue
		}
		if _, ok := linkDefinition(t); ok {
			flush()
			continue
		}
		if h := headingText(t); h != "" {
			flush()
			cur = append(cur, h)
			flush()
			continue
		}
		if row, ok := tableRow(t); ok {
			flush()
			cur = append(cur, row)
			flush()
			continue
		}
		if columns {
			flush()
			cur = append(cur, columnCells(t))
			flush()
			continue
		}
		if note, ok := footnoteDefinition(t); ok {
			flush()
			t = note
		}
		if item, ok := listItem(t, true); ok && len(cur) > 0 && numberedHeading(cur[len(cur)-1], item, lines[li+1:]) {
			flush()
			cur = append(cur, item)
			flush()
			continue
		}
		if item, ok := listItem(t, len(cur) == 0); ok {
			flush()
			t = item
		}
		// A hard break ends a paragraph, unless the next line goes on with
		// the sentence: in lower case ("good to be\" / "here.") or with
		// punctuation no sentence starts with ("have you here  " / ".").
		if broken {
			if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) && !strings.ContainsRune(continuing, r) {
				flush()
			}
		}
		broken = hardBreak(line)
		if strings.HasSuffix(t, "\\") && !strings.HasSuffix(t, "\\\\") {
			t = t[:len(t)-1] // the backslash of a hard break
		}
		if t == "" {
			continue
		}
		if len(cur) > 0 && strings.IndexByte(".,;:!?", t[0]) >= 0 && !strings.HasPrefix(t, "..") {
			cur[len(cur)-1] += t // a sentence's end wrapped onto a line of its own
			continue
		}
		if joinsNext(lines[li+1:]) && stampApart(t, cur, lines[li+1:]) {
			// A page's stamp above its text is dropped, as the front
			// matter's date is no sentence: as a paragraph of its own it
			// would be the body's first sentence, where the lead is
			// looked for. A date line further down ends its paragraph.
			if !proseBefore(paras, cur) {
				continue
			}
			cur = append(cur, t)
			flush()
			continue
		}
		cur = append(cur, t)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// stripComments removes HTML comments, keeping the line breaks inside them
// so that the blocks around a comment stay apart. As in CommonMark, "<!-->"
// and "<!--->" are empty comments and an unclosed comment runs to the end.
func stripComments(s string) string {
	i := commentStart(s, 0)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		rest := s[i+4:]
		var end int
		switch {
		case strings.HasPrefix(rest, ">"):
			end = 1
		case strings.HasPrefix(rest, "->"):
			end = 2
		default:
			k := strings.Index(rest, "-->")
			if k < 0 {
				return b.String()
			}
			end = k + 3
		}
		b.WriteString(strings.Repeat("\n", strings.Count(rest[:end], "\n")))
		s = rest[end:]
		i = commentStart(s, 0)
	}
	b.WriteString(s)
	return b.String()
}

// commentStart finds the next "<!--" from i that is not escaped ("\<!--").
func commentStart(s string, i int) int {
	for {
		j := strings.Index(s[i:], "<!--")
		if j < 0 {
			return -1
		}
		if i+j == 0 || s[i+j-1] != '\\' {
			return i + j
		}
		i += j + 4
	}
}

// reLinkDef is a link reference definition: `[label]: url "title"`.
var reLinkDef = regexp.MustCompile(`^\[([^\]\[^][^\]\[]*)\]:[ \t]*(<[^>]*>|\S+)([ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$`)

// linkDefinition returns the label of a link reference definition line.
func linkDefinition(t string) (label string, ok bool) {
	if len(t) < 4 || t[0] != '[' || !strings.Contains(t, "]:") {
		return "", false
	}
	m := reLinkDef.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	return refLabel(m[1]), true
}

// linkDefinitions collects the labels that reference links may use.
func linkDefinitions(src string) map[string]bool {
	if !strings.Contains(src, "]:") {
		return nil
	}
	refs := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		if label, ok := linkDefinition(strings.TrimSpace(line)); ok {
			refs[label] = true
		}
	}
	return refs
}

// refLabel normalises a link label for matching, case- and space-blind.
func refLabel(s string) string {
	return strings.ToLower(normSpace(s))
}

// footnoteDefinition returns the text of a footnote definition line
// ("[^1]: The note.").
func footnoteDefinition(t string) (string, bool) {
	if !strings.HasPrefix(t, "[^") {
		return "", false
	}
	i := strings.Index(t, "]:")
	if i < 0 || strings.ContainsAny(t[2:i], "[] \t") {
		return "", false
	}
	return strings.TrimSpace(t[i+2:]), true
}

// isFence reports a code fence line: ``` or ~~~, with an info string.
func isFence(t string) bool {
	if len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return false
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	return n >= 3 && (t[0] == '~' || !strings.Contains(t[n:], "`"))
}

// tableRow returns the cells of a pipe table row ("| a | b |") joined by
// " | ". Delimiter rows ("|---|:--:|") are handled by isTableRule.
func tableRow(t string) (string, bool) {
	if len(t) < 2 || t[0] != '|' {
		return "", false
	}
	var cells []string
	start := 1
	for i := 1; i <= len(t); i++ {
		if i < len(t) && t[i] == '\\' {
			i++
			continue
		}
		if i == len(t) || t[i] == '|' {
			if c := strings.TrimSpace(t[start:min(i, len(t))]); c != "" {
				cells = append(cells, c)
			}
			start = i + 1
		}
	}
	return strings.Join(cells, " | "), true
}

// isTableRule reports a table's delimiter row ("|---|:--:|", "--|--") or
// a grid table's border ("+----+----+", "+====+").
func isTableRule(t string) bool {
	if c := t[0]; c != '|' && c != '+' && c != '-' && c != ':' && c != '=' || !strings.ContainsAny(t, "|+") || !strings.Contains(t, "-") && !strings.Contains(t, "=") {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '|', '+', '-', '=', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// isColumnRule reports the dashed line of a Pandoc simple table: two or
// more runs of at least three dashes separated by spaces ("-----  ---").
func isColumnRule(t string) bool {
	if t[0] != '-' || !strings.Contains(t, "- ") {
		return false
	}
	runs := 0
	for _, f := range strings.Fields(t) {
		if len(f) < 3 || strings.Trim(f, "-") != "" {
			return false
		}
		runs++
	}
	return runs >= 2
}

// columnCells separates the cells of a simple table row, which are
// aligned by runs of two or more spaces, by " | ".
func columnCells(t string) string {
	var b strings.Builder
	for i, f := range reColumnGap.Split(strings.TrimSpace(t), -1) {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(f)
	}
	return b.String()
}

var reColumnGap = regexp.MustCompile(`\s{2,}`)

// continuing are the marks that continue a sentence after a hard break.
const continuing = ".,;:!?)]”’–—"

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

// numberedHeading reports whether item, a numbered line after the line
// prev, is a heading of its own: ministries number the parts of a summary
// ("2. Flower Offering at the Cemetery", "3. Summit Meeting") between
// paragraphs without blank lines. prev ends a sentence, the heading is a
// title that ends in a letter or digit, and the next line (of rest) starts
// with a capital; a list item wrapped onto the next line goes on in lower
// case.
func numberedHeading(prev, item string, rest []string) bool {
	if len(item) > 120 || !isDigit(item[0]) || !strings.ContainsAny(prev[len(prev)-1:], ".!?") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(item); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	// A heading is a title: no comma, and its longer words mostly
	// capitalised ("Japan-Malaysia Summit Meeting") unless it is a word
	// or two ("Bilateral relations"); a numbered sentence wrapped onto
	// the next line ("12. In December 2022, the agency launched the") is
	// none.
	// (Nor is an item whose link the next line closes: "7. Under its
	// [Climate Change and Health" / "Equity](…) program, …".)
	if strings.ContainsAny(item, ",[]") {
		return false
	}
	words := strings.Fields(item)[1:]
	long, caps := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) > 3 {
			long++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				caps++
			}
		}
	}
	if len(words) > 3 && 2*caps < long {
		return false
	}
	if len(rest) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest[0]))
	return unicode.IsUpper(r) // a blank line ends the paragraph anyway
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
// press releases use as end marks and dividers, or a stray table border.
func isSeparator(p string) bool {
	for _, r := range p {
		if !strings.ContainsRune("#*-_=~|—– ", r) {
			return false
		}
	}
	return true
}

// reEndMark is a press release's end mark left at a paragraph's end: "… ties. ###".
var reEndMark = regexp.MustCompile(`\s+(#\s*){3,}$`)

// maxDatelineParas bounds how many opening paragraphs of a Markdown body may
// come before its dateline (a time line and a repeated headline often do).
const maxDatelineParas = 3

// reBlankLine ends a Markdown paragraph: an empty line, or one of spaces
// (a line break "  " left alone).
var reBlankLine = regexp.MustCompile(`\n[ \t\x{a0}]*\n`)

// maxColonPlaceWords bounds a place before a colon ("BANDAR SERI BEGAWAN:"):
// longer capitals are a run-in heading.
const maxColonPlaceWords = 3

// bodyDateline reads the dateline of a report pasted as Markdown prose: an
// upper-case place opening one of its first paragraphs and closed by a dash
// or a colon, with a date or an agency in between ("TALLINN, Feb. 8 (Xinhua)
// --", "RIYADH, April 29 —", "PUTRAJAYA:", "ASTANA. KAZINFORM –"). Wire
// copy names the place it was filed from that way, and a contact the text
// places nowhere else ("held a meeting here") was held there. Only an
// upper-case place counts: a capitalised sentence start before a dash
// ("Macron — who …") is not one. The body keeps the dateline, whose date
// extraction reads as the filing day.
func bodyDateline(body string) string {
	paras := reBlankLine.Split(body, -1)
	// A transcript's turns open with speakers' labels in capitals
	// ("MODERATOR:", "SECRETARY BLINKEN:"): no place among them.
	labels := 0
	for _, p := range paras {
		if label, _, ok := strings.Cut(strings.Trim(strings.TrimSpace(p), "*_"), ":"); ok && len(label) <= 60 && label != "" && !hasLower(label) && (isPlace(label) || speakerLabel(strings.Fields(label))) {
			labels++
		}
	}
	if labels > 1 {
		return ""
	}
	n := 0
	for _, p := range paras {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if n++; n > maxDatelineParas {
			break
		}
		// A heading, a list item, a quote or a run-in heading set in bold
		// ("**KEY OUTCOMES:** Today, …") opens no report.
		if strings.ContainsRune("*_#<|>[-+", rune(p[0])) {
			continue
		}
		if place := upperDateline(strings.Join(strings.Fields(p), " ")); place != "" {
			return placeName(place)
		}
	}
	return ""
}

// upperDateline returns the upper-case place opening p as a dateline, or "".
func upperDateline(p string) string {
	head := p
	if len(head) > maxDateline {
		head = head[:maxDateline]
	}
	var place string
	if d, ok := parseDateline(p); ok {
		place = d.place
	} else if i := strings.Index(head, ": "); i > 0 && hasLower(head[i:min(len(head), i+40)]) {
		// "VLADIVOSTOK: Prime Minister …"; a heading in capitals after
		// its colon too ("THE ALLIANCE: FORGING …") is none, nor a longer
		// run-in heading ("WHAT THEY ARE SAYING: …").
		if len(strings.Fields(head[:i])) <= maxColonPlaceWords {
			place = head[:i]
		}
	}
	// "ASTANA. KAZINFORM": the agency after a stop.
	if city, credit, ok := strings.Cut(place, ". "); ok && isCredit(credit) {
		place = city
	}
	place = strings.TrimSpace(place)
	words := strings.Fields(place)
	if place == "" || hasLower(place) || !isPlace(place) || newsLabels[strings.Join(words, " ")] || newsLabels[words[len(words)-1]] || speakerLabel(words) {
		return ""
	}
	return place
}
