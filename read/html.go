package read

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/accordhq/accord"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Where a page states its publication date when trafilatura finds none.
var htmlDateSelectors = []struct{ sel, attr string }{
	{`meta[property="article:published_time"]`, "content"},
	{`meta[name="article:published_time"]`, "content"},
	{`meta[itemprop="datePublished"]`, "content"},
	{`meta[name="pubdate"]`, "content"},
	{`meta[name="publishdate"]`, "content"},
	{`meta[name="date"]`, "content"},
	{`meta[name="dc.date"]`, "content"},
	{`meta[name="DC.date.issued"]`, "content"},
	{`meta[property="og:published_time"]`, "content"},
	{`time[itemprop="datePublished"]`, "datetime"},
	{`time[datetime]`, "datetime"},
}

// parseHTML reads a web page: its main text (not menus, footers, asides),
// title, address and date.
func parseHTML(name, src string) (*accord.Article, error) {
	res, err := trafilatura.Extract(strings.NewReader(src), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast, // no guessing from arbitrary text
	})
	if (err != nil || res == nil || strings.TrimSpace(res.ContentText) == "") && htmlDepth(src) > maxHTMLDepth {
		// The HTML parser refuses nesting deeper than 512 elements; such a
		// page is read flattened.
		src = flattenHTML(src, maxHTMLDepth)
		res, err = trafilatura.Extract(strings.NewReader(src), trafilatura.Options{
			EnableFallback:  true,
			ExcludeComments: true,
			HtmlDateMode:    trafilatura.Fast,
		})
	}
	if err != nil || res == nil || strings.TrimSpace(res.ContentText) == "" {
		return nil, accord.ErrorAt(accord.EINVALID, name, "no article text found in the HTML page")
	}
	a := &accord.Article{
		Format: accord.FormatHTML,
		Title:  res.Metadata.Title,
		URL:    res.Metadata.URL,
	}
	if !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date.Format("2006-01-02")
	}
	if a.Published == "" {
		a.Published = htmlDate(src)
	}
	if a.Published == "" {
		a.Published = nameDate(name)
	}

	paras := htmlParagraphs(res.ContentNode)
	if len(paras) > 0 && a.Title != "" && normSpace(a.Title) == paras[0] {
		paras = paras[1:] // the headline repeated as the text's first line
	}
	if len(paras) > 0 {
		if d, ok := parseDateline(paras[0]); ok {
			a.Dateline = placeName(d.place)
			a.Source = d.source
			if a.Published == "" {
				a.Published = withYear(d.date, nameDate(name))
			}
			if rest := strings.TrimSpace(paras[0][d.end:]); rest != "" {
				paras[0] = rest
			} else {
				paras = paras[1:]
			}
		}
	}
	body := strings.Join(paras, "\n\n")
	if rest, credit := trailingCredit(body); credit != "" {
		body, a.Source = rest, credit
	}
	a.Body = body
	return a, nil
}

// blockTags end a paragraph of the extracted text.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "figure": true, "figcaption": true, "br": true, "hr": true, "head": true,
	"quote": true, "list": true, "item": true, "row": true, "lb": true,
}

// htmlParagraphs collects the text of trafilatura's content tree, one
// paragraph per block element.
func htmlParagraphs(root *html.Node) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := normSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if block {
			flush()
		}
	}
	if root != nil {
		visit(root)
	}
	flush()
	return paras
}

// htmlDate looks for a publication date in <meta> and <time> elements.
func htmlDate(src string) string {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return ""
	}
	for _, ds := range htmlDateSelectors {
		var found string
		doc.Find(ds.sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			v, _ := s.Attr(ds.attr)
			found = parseDateValue(v)
			return found == ""
		})
		if found != "" {
			return found
		}
	}
	return ""
}

// maxHTMLDepth is the nesting kept when a page is flattened, well below the
// HTML parser's limit of 512 open elements (which counts implied ones too).
const maxHTMLDepth = 256

// voidTags are elements without content or end tag.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// htmlDepth returns the deepest nesting of elements in src, by tags.
func htmlDepth(src string) int {
	z := html.NewTokenizer(strings.NewReader(src))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidTags[string(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			depth = max(0, depth-1)
		}
	}
}

// flattenHTML drops the tags of elements nested deeper than limit, keeping
// their text, so that a page of any depth can be parsed.
func flattenHTML(src string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidTags[string(name)] {
				depth++
				if depth > limit {
					b.WriteByte(' ')
					continue
				}
			}
		case html.EndTagToken:
			depth = max(0, depth-1)
			if depth >= limit {
				b.WriteByte(' ')
				continue
			}
		}
		b.Write(z.Raw())
	}
}
