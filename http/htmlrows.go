package http

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"
)

// A target restated in every article about a busy pair has thousands of
// statements (7,031 at 1,000,000 articles), and its page lists each one
// twice (what it changed, its wording) besides a point of its chart; an
// actor's page lists 200 contacts. Run through html/template, a row cost
// a dozen reflective calls or more: 300 ms of CPU for that target's page.
// These rows are written here instead, byte for byte as the templates
// wrote them (the tests keep the templates they replace and compare),
// with html/template's escapers for each context: text and attribute
// values, a URL's path, its fragment.

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
		repl := htmlRepl[s[i]]
		if repl == "" {
			continue
		}
		b.WriteString(s[written:i])
		b.WriteString(repl)
		written = i + 1
	}
	b.WriteString(s[written:])
}

// htmlRepl is html/template's htmlReplacementTable by byte.
var htmlRepl = [256]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

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

// contactRows is the items of the "contacts" list (an actor's page lists
// 200), written as the template wrote them (TestContactRowsAsTemplate).
func contactRows(cs []contactView) template.HTML {
	var b strings.Builder
	b.Grow(len(cs) * 900)
	for _, c := range cs {
		b.WriteString("\n  <li>\n    <svg class=\"dot\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\" focusable=\"false\"><circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"")
		htmlEsc(&b, typeColor(c.Type))
		b.WriteString("\"/></svg>\n    <div>\n      <p class=\"meta\">")
		switch {
		case c.Invitation != "":
			b.WriteString("<span class=\"invite ")
			htmlEsc(&b, c.Invitation)
			b.WriteString("\">Invitation ")
			htmlEsc(&b, c.Invitation)
			b.WriteString("</span> · ")
			if c.Invited != "" {
				b.WriteString("invited ")
				timeEsc(&b, c.Invited)
			} else {
				b.WriteString("invitation date unknown")
			}
			if c.Date != "" {
				b.WriteString(" · for ")
				timeEsc(&b, c.Date)
			}
		case c.Date != "":
			timeEsc(&b, c.Date)
		default:
			b.WriteString("date unknown")
		}
		b.WriteString(" · <a class=\"type\" href=\"")
		urlEsc(&b, urlFilter(c.Event), true)
		b.WriteString("\">")
		htmlEsc(&b, typeLabel(string(c.Type)))
		b.WriteString("</a>")
		if c.Place != "" {
			b.WriteString(" · ")
			htmlEsc(&b, c.Place)
		}
		if c.Level != "" {
			b.WriteString(" · ")
			htmlEsc(&b, levelLabel(c.Level))
		}
		b.WriteString("</p>\n      <p>")
		for i, p := range c.Participants {
			if i > 0 {
				b.WriteString(", ")
			}
			if p.ID != "" {
				b.WriteString("<a href=\"/actors/")
				urlEsc(&b, p.ID, true)
				b.WriteString("\">")
				htmlEsc(&b, p.Name)
				b.WriteString("</a>")
			} else {
				htmlEsc(&b, p.Name)
			}
		}
		b.WriteString("</p>\n      ")
		if c.Title != "" {
			b.WriteString("<p class=\"report\"><a href=\"")
			urlEsc(&b, urlFilter(c.Href), true)
			b.WriteString("\">")
			htmlEsc(&b, c.Title)
			b.WriteString("</a></p>")
		}
		b.WriteString("\n      ")
		if len(c.Marks) > 0 {
			b.WriteString("<p class=\"corrected-inline\"><a href=\"/engagements/")
			urlEsc(&b, c.ID, true)
			b.WriteString("/correct\">Corrected</a>: ")
			for i, m := range c.Marks {
				if i > 0 {
					b.WriteString("; ")
				}
				htmlEsc(&b, m.Detail)
				b.WriteString(" (“")
				htmlEsc(&b, m.Note)
				b.WriteString("”)")
			}
			b.WriteString("</p>")
		}
		b.WriteString("\n      ")
		if c.ClosedBy != "" {
			b.WriteString("<p class=\"closed\">Fulfilled by ")
			if c.ClosedHref != "" {
				b.WriteString("<a href=\"")
				urlEsc(&b, urlFilter(c.ClosedHref), true)
				b.WriteString("\">")
				htmlEsc(&b, c.ClosedBy)
				b.WriteString("</a>")
			} else {
				htmlEsc(&b, c.ClosedBy)
			}
			b.WriteString("</p>")
		}
		b.WriteString("\n    </div>\n  </li>\n")
	}
	return template.HTML(b.String())
}

// timeEsc writes a <time> element of a date.
func timeEsc(b *strings.Builder, date string) {
	b.WriteString("<time datetime=\"")
	htmlEsc(b, date)
	b.WriteString("\">")
	htmlEsc(b, date)
	b.WriteString("</time>")
}

// MarksHTML is the marks of a timeline drawn one by one.
func (c timelineChart) MarksHTML() template.HTML {
	var b strings.Builder
	b.Grow(len(c.Marks) * 400)
	for _, m := range c.Marks {
		b.WriteString("\n  <a class=\"mark\" href=\"")
		urlEsc(&b, urlFilter(m.Href), true)
		b.WriteString("\" aria-label=\"")
		htmlEsc(&b, m.Title)
		b.WriteString("\" data-tip=\"")
		htmlEsc(&b, m.Title)
		b.WriteString("\"><path d=\"")
		htmlEsc(&b, m.Shape)
		b.WriteString("\" fill=\"")
		htmlEsc(&b, m.Color)
		b.WriteString("\"><title>")
		htmlEsc(&b, m.Title)
		b.WriteString("</title></path></a>\n  ")
	}
	return template.HTML(b.String())
}

// BinsHTML is the cells of a timeline counted by bin (an actor's busy
// years: hundreds).
func (c timelineChart) BinsHTML() template.HTML {
	var b strings.Builder
	f1 := func(v float64) { htmlEsc(&b, strconv.FormatFloat(v, 'f', 1, 64)) }
	for _, r := range c.Bins {
		for _, x := range r.Cells {
			b.WriteString("\n  <a class=\"bin\" href=\"")
			urlEsc(&b, urlFilter(x.Href), true)
			b.WriteString("#timeline\" aria-label=\"")
			htmlEsc(&b, x.Title)
			b.WriteString("\" data-tip=\"")
			htmlEsc(&b, x.Title)
			b.WriteString("\"><rect x=\"")
			f1(x.X)
			b.WriteString("\" y=\"")
			f1(x.Y)
			b.WriteString("\" width=\"")
			f1(x.W)
			b.WriteString("\" height=\"")
			f1(x.H)
			b.WriteString("\" rx=\"2\" fill=\"")
			htmlEsc(&b, x.Fill)
			b.WriteString("\"><title>")
			htmlEsc(&b, x.Title)
			b.WriteString("</title></rect>")
			if x.Label {
				b.WriteString("<text class=\"count\" x=\"")
				f1(x.X + x.W/2)
				b.WriteString("\" y=\"")
				f1(x.Y + x.H/2)
				b.WriteString("\" dy=\"0.35em\" text-anchor=\"middle\" fill=\"")
				htmlEsc(&b, x.Ink)
				b.WriteString("\">")
				b.WriteString(strconv.Itoa(x.Count))
				b.WriteString("</text>")
			}
			b.WriteString("</a>\n  ")
		}
	}
	return template.HTML(b.String())
}
