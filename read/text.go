package read

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/accordhq/accord"
)

// A metadata line at the top of a text file: "date 2025-03-03",
// "Published: March 3, 2025".
var reMetaLine = regexp.MustCompile(`(?i)^(date|dated|published|posted|updated)\s*:?\s+(.+)$`)

// parseText reads plain text: an optional headline and date lines, then the
// report, whose first paragraph may open with a dateline. Markdown files
// without front matter are read the same way, with their markup removed.
func parseText(name, src string) (*accord.Article, error) {
	a := &accord.Article{Format: accord.FormatText}
	ext := strings.ToLower(filepath.Ext(name))
	isMD := ext == ".md" || ext == ".markdown"

	var body string
	if isMD {
		body = markdownText(src)
	} else {
		body = textParagraphs(src)
	}
	paras := strings.Split(body, "\n\n")

	// Header: a headline and metadata lines, in any order, before the text.
	var published string
	for len(paras) > 1 {
		p := paras[0]
		if m := reMetaLine.FindStringSubmatch(p); m != nil && len(p) < 80 {
			if d := parseDateValue(m[2]); d != "" {
				if published == "" {
					published = d
				}
				paras = paras[1:]
				continue
			}
		}
		if a.Title == "" && isHeadline(p) {
			a.Title = p
			paras = paras[1:]
			continue
		}
		break
	}
	// A headline with a metadata line stuck to it in one paragraph
	// ("Title\ndate 2025-03-03" with no blank line) is rare enough to skip.

	if d, ok := parseDateline(paras[0]); ok {
		a.Dateline = placeName(d.place)
		a.Source = d.source
		if published == "" {
			published = d.date
		}
		if rest := strings.TrimSpace(paras[0][d.end:]); rest != "" {
			paras[0] = rest
		} else {
			paras = paras[1:]
		}
	}
	fileDate := nameDate(name)
	switch {
	case published == "":
		published = fileDate
	case strings.HasPrefix(published, "--"):
		// A dateline without a year ("HANOI (Jan. 5) —") takes the file's.
		published = withYear(published, fileDate)
	}
	a.Published = published

	text := strings.Join(paras, "\n\n")
	if rest, credit := trailingCredit(text); credit != "" {
		text, a.Source = rest, credit
	}
	a.Body = strings.TrimSpace(text)
	return a, nil
}
