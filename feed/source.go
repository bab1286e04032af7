package feed

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/read"
)

// Kinds of source.
const (
	KindRSS     = "rss"
	KindAtom    = "atom"
	KindJSON    = "json"
	KindSitemap = "sitemap"
	KindPage    = "page"
)

// Reader turns sources into articles.
type Reader struct {
	Client *Client
	// Known reports whether an article was stored from a URL already: its
	// page is not fetched again. Nil: nothing is known.
	Known func(ctx context.Context, url string) bool
	// MaxItems is the most items (or sitemap URLs) read from one source in
	// one poll, newest first as the source lists them (default 200).
	MaxItems int
	// SummaryWords: an item whose text has fewer words is a summary, and its
	// page is fetched for the full text (default 150).
	SummaryWords int
}

// Poll is what one fetch of a source gave.
type Poll struct {
	Source   accord.Source // updated: status, validators, counts, error
	Articles []*accord.Article
	Errs     []error // items that could not be read; the others were
	Err      error   // the source itself could not be read
	Skipped  int     // items stored already (Known), not fetched again
}

// Poll fetches a source once, conditionally when it has validators, and
// reads its new items. A failure is in the returned Poll (Err, and the
// source's status and error), never a panic or a stop: the caller goes on
// with its other sources.
func (r *Reader) Poll(ctx context.Context, src accord.Source) *Poll {
	p := &Poll{Source: src}
	s := &p.Source
	now := time.Now().UTC().Format(time.RFC3339)
	s.LastFetch = now
	resp, err := r.Client.Get(ctx, src.URL, Validators{ETag: src.ETag, LastModified: src.LastModified})
	if err != nil {
		return p.fail(err)
	}
	s.HTTPStatus = resp.Status
	if resp.NotModified {
		s.Status, s.Error, s.Failures, s.LastSuccess = accord.SourceNotModified, "", 0, now
		return p
	}
	s.ETag, s.LastModified = resp.ETag, resp.LastModified
	kind, err := detectKind(resp.Body)
	if err != nil {
		return p.fail(accord.ErrorAt(accord.EINVALID, src.URL, "%v", err))
	}
	s.Kind = kind
	switch kind {
	case KindPage:
		s.Items = 1
		a, err := r.article(resp.URL, resp.Body, item{}, s.Name)
		if err != nil {
			return p.fail(err)
		}
		a.File, a.Path = src.URL, src.URL // the address asked for, not a redirect's
		p.Articles = append(p.Articles, a)
	case KindSitemap:
		urls, err := r.sitemap(ctx, resp.URL, resp.Body, 0)
		if err != nil {
			return p.fail(accord.ErrorAt(accord.EINVALID, src.URL, "%v", err))
		}
		s.Items = len(urls)
		r.items(ctx, p, urls)
	default:
		f, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
		if err != nil {
			return p.fail(accord.ErrorAt(accord.EINVALID, src.URL, "malformed %s feed: %v", kind, err))
		}
		if s.Name == "" {
			s.Name = strings.TrimSpace(f.Title)
		}
		items := feedItems(resp.URL, f)
		s.Items = len(items)
		r.items(ctx, p, items)
	}
	s.Status, s.Failures, s.LastSuccess, s.Error = accord.SourceOK, 0, now, ""
	if len(p.Errs) > 0 {
		s.Error = fmt.Sprintf("%d item(s) failed; first: %v", len(p.Errs), p.Errs[0])
		// Ask unconditionally next time, so that the failed items are tried
		// again even if the feed does not change (stored ones are skipped).
		s.ETag, s.LastModified = "", ""
	}
	return p
}

func (p *Poll) fail(err error) *Poll {
	p.Err = err
	p.Source.Status = accord.SourceError
	p.Source.Failures++
	p.Source.Error = err.Error()
	return p
}

// item is one entry of a feed or sitemap.
type item struct {
	link, title, date string
	text              string // HTML or text the feed gives for it
}

// items reads a source's items: from the feed's own text when it is the
// full article, else from the page.
func (r *Reader) items(ctx context.Context, p *Poll, items []item) {
	maxItems := r.MaxItems
	if maxItems <= 0 {
		maxItems = 200
	}
	if len(items) > maxItems {
		items = items[:maxItems]
	}
	minWords := r.SummaryWords
	if minWords <= 0 {
		minWords = 150
	}
	seen := map[string]bool{} // a link listed twice is read once
	for _, it := range items {
		if ctx.Err() != nil {
			p.Errs = append(p.Errs, ctx.Err())
			return
		}
		if it.link == "" || seen[it.link] {
			continue
		}
		seen[it.link] = true
		if r.Known != nil && r.Known(ctx, it.link) {
			p.Skipped++
			continue
		}
		var a *accord.Article
		var err error
		if words(it.text) >= minWords {
			a, err = r.article(it.link, wrapHTML(it), it, p.Source.Name)
		} else {
			var resp *Response
			if resp, err = r.Client.Get(ctx, it.link, Validators{}); err == nil {
				a, err = r.article(it.link, resp.Body, it, p.Source.Name)
			}
		}
		if err != nil {
			p.Errs = append(p.Errs, err)
			continue
		}
		p.Articles = append(p.Articles, a)
	}
}

// article reads an HTML page (or an item's HTML) with package read, and
// gives it the identity of its URL: the URL is its file, path and url; the
// outlet is its source when the text credits none; the feed's title and date
// stand when the page has none.
func (r *Reader) article(link string, page []byte, it item, outlet string) (*accord.Article, error) {
	data := page
	if it.date != "" {
		// A date the page's metadata lacks; read prefers the page's own.
		data = append([]byte(`<meta name="date" content="`+it.date+`">`+"\n"), page...)
	}
	arts, errs := read.Parse(link, data)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	if len(arts) != 1 {
		return nil, accord.ErrorAt(accord.EINVALID, link, "not one article but %d", len(arts))
	}
	a := arts[0]
	a.File, a.Path, a.URL = link, link, link
	if t := strings.TrimSpace(it.title); t != "" {
		a.Title = t // a feed's title is the headline, without the site's name
	}
	if a.Source == "" {
		a.Source = outlet
	}
	return a, nil
}

// wrapHTML makes a page of an item's own text.
func wrapHTML(it item) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>")
	b.WriteString(html.EscapeString(it.title))
	b.WriteString("</title></head><body><article>")
	if !strings.Contains(it.text, "<") {
		for _, para := range strings.Split(it.text, "\n\n") {
			b.WriteString("<p>" + html.EscapeString(para) + "</p>")
		}
	} else {
		b.WriteString(it.text)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

var tags = regexp.MustCompile(`<[^>]*>`)

// words counts the words of HTML or text.
func words(s string) int {
	return len(strings.Fields(html.UnescapeString(tags.ReplaceAllString(s, " "))))
}

// feedItems lists a feed's items with absolute links.
func feedItems(base string, f *gofeed.Feed) []item {
	var out []item
	for _, i := range f.Items {
		it := item{link: resolve(base, strings.TrimSpace(i.Link)), title: i.Title}
		if it.link == "" && strings.HasPrefix(i.GUID, "http") {
			it.link = i.GUID
		}
		switch {
		case i.PublishedParsed != nil:
			it.date = i.PublishedParsed.Format("2006-01-02")
		case i.UpdatedParsed != nil:
			it.date = i.UpdatedParsed.Format("2006-01-02")
		}
		it.text = i.Content
		if words(i.Description) > words(it.text) {
			it.text = i.Description
		}
		out = append(out, it)
	}
	return out
}

func resolve(base, ref string) string {
	if ref == "" {
		return ""
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	return b.ResolveReference(r).String()
}

// detectKind names what a response holds from its first element.
func detectKind(body []byte) (string, error) {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\uFEFF")), " \t\r\n")
	if len(trimmed) == 0 {
		return "", errors.New("empty response")
	}
	if trimmed[0] == '{' {
		return KindJSON, nil
	}
	head := trimmed[:min(len(trimmed), 4096)]
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
		return KindPage, nil
	}
	dec := xml.NewDecoder(bytes.NewReader(head))
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch strings.ToLower(se.Name.Local) {
			case "rss", "rdf":
				return KindRSS, nil
			case "feed":
				return KindAtom, nil
			case "urlset", "sitemapindex":
				return KindSitemap, nil
			case "html":
				return KindPage, nil
			}
			break
		}
	}
	if bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<article")) || bytes.Contains(lower, []byte("<p>")) {
		return KindPage, nil
	}
	return "", errors.New("neither a feed (RSS, Atom, JSON Feed), a sitemap nor an HTML page")
}

// sitemapDoc is an XML sitemap or sitemap index (sitemaps.org), with the
// publication date and title of Google News sitemaps when given.
type sitemapDoc struct {
	XMLName xml.Name
	URLs    []struct {
		Loc  string `xml:"loc"`
		News struct {
			Date  string `xml:"publication_date"`
			Title string `xml:"title"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// maxSitemaps bounds the child sitemaps of an index read in one poll.
const maxSitemaps = 50

// sitemap lists the URLs of a sitemap, following an index one level down.
func (r *Reader) sitemap(ctx context.Context, base string, body []byte, depth int) ([]item, error) {
	var doc sitemapDoc
	dec := xml.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("malformed sitemap: %v", err)
	}
	var out []item
	for _, u := range doc.URLs {
		it := item{link: resolve(base, strings.TrimSpace(u.Loc)), title: strings.TrimSpace(u.News.Title)}
		if d := strings.TrimSpace(u.News.Date); len(d) >= 10 {
			it.date = d[:10]
		}
		out = append(out, it)
	}
	if depth > 0 {
		return out, nil
	}
	for i, sm := range doc.Sitemaps {
		if i >= maxSitemaps {
			break
		}
		resp, err := r.Client.Get(ctx, resolve(base, strings.TrimSpace(sm.Loc)), Validators{})
		if err != nil {
			return out, err
		}
		more, err := r.sitemap(ctx, resp.URL, resp.Body, depth+1)
		if err != nil {
			return out, err
		}
		out = append(out, more...)
	}
	return out, nil
}
