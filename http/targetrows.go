package http

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"
)

// A target restated in every article about a busy pair has thousands of
// statements (7,031 at 1,000,000 articles), and its page lists each one
// twice (what it changed, its wording) besides a point of its chart. Run
// through html/template, a row cost a dozen reflective calls: 300 ms of
// CPU for that page. These rows are written here instead, byte for byte
// as the templates wrote them (TestTargetRowsAsTemplates keeps the
// templates they replace and compares), with html/template's escapers for
// each context: text and attribute values, a URL's path, its fragment.

// HistoryHTML is the rows of the "Wording per statement" list.
func (v targetView) HistoryHTML() template.HTML {
	var b strings.Builder
	b.Grow(len(v.History) * 400)
	for _, r := range v.History {
		b.WriteString("\n      <li><p class=\"meta\"><time datetime=\"")
		htmlEsc(&b, r.Published)
		b.WriteString("\">")
		htmlEsc(&b, r.Published)
		b.WriteString("</time> · ")
		htmlEsc(&b, formatTarget(r.Comparator, r.Value, r.Unit, r.Deadline, r.Period))
		if len(r.Changes) > 0 {
			b.WriteString(" · <strong>changed: ")
			htmlEsc(&b, strings.Join(r.Changes, ", "))
			b.WriteString("</strong>")
		}
		b.WriteString("</p>\n      <blockquote><a href=\"/articles/")
		urlEsc(&b, r.Article, true)
		b.WriteString("#")
		urlEsc(&b, factAnchor(v.ID), false)
		b.WriteString("\">")
		htmlEsc(&b, r.Quote)
		b.WriteString("</a></blockquote></li>\n    ")
	}
	return template.HTML(b.String())
}

// ChangesHTML is the rows of the list of statements with what each changed.
func (v targetView) ChangesHTML() template.HTML {
	var b strings.Builder
	b.Grow(len(v.Changes) * 400)
	for _, c := range v.Changes {
		b.WriteString("<li")
		if c.Changed {
			b.WriteString(" class=\"changed\"")
		}
		b.WriteString("><time datetime=\"")
		htmlEsc(&b, c.Date)
		b.WriteString("\">")
		htmlEsc(&b, c.Date)
		b.WriteString("</time> · ")
		switch {
		case c.First:
			b.WriteString("first stated: ")
			htmlEsc(&b, c.Value)
		case c.Changed:
			for i, it := range c.Items {
				if i > 0 {
					b.WriteString("; ")
				}
				b.WriteString("<span class=\"chg\">")
				htmlEsc(&b, it.Field)
				b.WriteString(" <span class=\"old\">")
				htmlEsc(&b, it.Old)
				b.WriteString("</span> → <strong class=\"new\">")
				htmlEsc(&b, it.New)
				b.WriteString("</strong></span>")
			}
		default:
			b.WriteString("restated: ")
			htmlEsc(&b, c.Value)
		}
		b.WriteString(" · <a href=\"")
		urlEsc(&b, urlFilter(c.Href), true)
		b.WriteString("\" title=\"")
		htmlEsc(&b, c.Quote)
		b.WriteString("\" data-tip=\"")
		htmlEsc(&b, c.Quote)
		b.WriteString("\" class=\"wording\">wording</a></li>\n")
	}
	return template.HTML(b.String())
}

// PointsHTML is the chart's points, each a link to its statement.
func (c *targetChart) PointsHTML() template.HTML {
	var b strings.Builder
	b.Grow(len(c.Points) * 300)
	for _, p := range c.Points {
		b.WriteString("<a class=\"pt-link\" href=\"")
		urlEsc(&b, urlFilter(p.Href), true)
		b.WriteString("\" aria-label=\"")
		htmlEsc(&b, p.Title)
		b.WriteString("\" data-tip=\"")
		htmlEsc(&b, p.Title)
		b.WriteString("\"><circle class=\"pt")
		if p.Changed {
			b.WriteString(" changed")
		}
		b.WriteString("\" cx=\"")
		htmlEsc(&b, strconv.FormatFloat(p.X, 'f', 1, 64))
		b.WriteString("\" cy=\"")
		htmlEsc(&b, strconv.FormatFloat(p.Y, 'f', 1, 64))
		b.WriteString("\" r=\"5\"><title>")
		htmlEsc(&b, p.Title)
		b.WriteString("</title></circle></a>")
	}
	return template.HTML(b.String())
}

// htmlEsc writes s as html/template writes a string in text, in a quoted
// attribute value and in RCDATA (htmlReplacementTable): every byte it
// replaces is ASCII, so bytes can be walked instead of runes.
func htmlEsc(b *strings.Builder, s string) {
	written := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		b.WriteString(s[written:i])
		b.WriteString(repl)
		written = i + 1
	}
	b.WriteString(s[written:])
}

// urlEsc writes s as html/template writes a string in a quoted URL
// attribute: percent-encoded (norm: a whole URL or its path, where the
// reserved characters and valid escapes stay; else a query or fragment
// part, where only the unreserved ones do), then escaped as an attribute.
func urlEsc(b *strings.Builder, s string, norm bool) {
	var u strings.Builder
	written := 0
	for i, n := 0, len(s); i < n; i++ {
		c := s[i]
		switch c {
		case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			if norm {
				continue
			}
		case '-', '.', '_', '~':
			continue
		case '%':
			if norm && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				continue
			}
		}
		u.WriteString(s[written:i])
		fmt.Fprintf(&u, "%%%02x", c)
		written = i + 1
	}
	if written == 0 {
		htmlEsc(b, s)
		return
	}
	u.WriteString(s[written:])
	htmlEsc(b, u.String())
}

// urlFilter is html/template's filter of a whole URL attribute: a scheme
// other than http, https or mailto is replaced.
func urlFilter(s string) string {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") {
		if !strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
			return "#ZgotmplZ"
		}
	}
	return s
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
