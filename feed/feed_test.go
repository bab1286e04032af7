package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
)

// fullText is an item's own text long enough to be the article (over 150
// words), so that its page is not fetched.
var fullText = strings.Repeat("<p>The Minister of Foreign Affairs of India met the Minister of Foreign Affairs of Brazil in New Delhi on Monday, and the two ministers agreed to deepen cooperation in agriculture, energy, health and science and technology between the two countries.</p>\n", 5)

// fixtures is the local server every test reads from: feeds, a sitemap,
// pages, and URLs that fail in each way a server can.
type fixtures struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int // requests by path
	conds map[string]int // conditional requests by path
	// rssItems are the items of /live.xml, changed by the watch test.
	liveItems []string
	release   chan struct{} // unblocks /slow
}

func newFixtures(t *testing.T) *fixtures {
	t.Helper()
	f := &fixtures{hits: map[string]int{}, conds: map[string]int{}, release: make(chan struct{})}
	page := func(name string) []byte {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits[r.URL.Path]++
		if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
			f.conds[r.URL.Path]++
		}
		live := strings.Join(f.liveItems, "\n")
		f.mu.Unlock()
		base := "http://" + r.Host
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/news/1.html":
			w.Write(page("page1.html"))
		case "/news/2.html":
			w.Write(page("page2.html"))
		case "/news/3.html", "/private/3.html":
			w.Write(page("page3.html"))
		case "/rss.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>%[1]s/</link><description>World news</description>
<item><title>Foreign ministers of Norland and Sudia discuss trade</title><link>%[1]s/news/1.html</link>
<description>The two ministers agreed to expand cooperation.</description><pubDate>Tue, 03 Feb 2026 09:00:00 GMT</pubDate><guid>%[1]s/news/1.html</guid></item>
<item><title>Prime Minister receives ambassador</title><link>/news/2.html</link>
<description>&lt;p&gt;A farewell call in Wellington.&lt;/p&gt;</description><pubDate>Wed, 04 Feb 2026 10:30:00 GMT</pubDate></item>
</channel></rss>`, base)
		case "/atom.xml":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry Newsroom</title><id>urn:x</id><updated>2026-02-05T00:00:00Z</updated>
<entry><title>Ministers of India and Brazil meet</title><link href="%[1]s/atom/full-1"/><id>urn:1</id>
<updated>2026-02-02T08:00:00Z</updated><published>2026-02-02T08:00:00Z</published><content type="html">%[2]s</content></entry>
<entry><title>President holds phone call with counterpart</title><link href="%[1]s/news/3.html"/><id>urn:3</id>
<updated>2026-02-05T08:00:00Z</updated><summary>Kenya and Ghana.</summary></entry>
</feed>`, base, escapeXML(fullText))
		case "/feed.json":
			w.Header().Set("Content-Type", "application/feed+json")
			fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Desk","items":[
{"id":"1","url":"%[1]s/json/full-1","title":"Ministers of India and Brazil meet","date_published":"2026-02-02T08:00:00Z","content_html":%[2]q},
{"id":"2","url":"%[1]s/news/2.html","title":"Prime Minister receives ambassador","summary":"A farewell call."}]}`, base, fullText)
		case "/sitemap.xml":
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/news/1.html</loc><lastmod>2026-02-03</lastmod></url>
<url><loc>%[1]s/news/3.html</loc><news:news><news:publication_date>2026-02-05T08:00:00Z</news:publication_date><news:title>President holds phone call with counterpart</news:title></news:news></url>
</urlset>`, base)
		case "/sitemap-index.xml":
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap.xml</loc></sitemap></sitemapindex>`, base)
		case "/etag.xml", "/live.xml":
			items := `<item><title>Foreign ministers of Norland and Sudia discuss trade</title><link>` + base + `/news/1.html</link><pubDate>Tue, 03 Feb 2026 09:00:00 GMT</pubDate></item>`
			if r.URL.Path == "/live.xml" {
				items = live
			}
			etag := fmt.Sprintf(`"%x"`, len(items))
			w.Header().Set("ETag", etag)
			w.Header().Set("Last-Modified", "Tue, 03 Feb 2026 09:00:00 GMT")
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Live Desk</title>%s</channel></rss>`, items)
		case "/not-modified":
			w.WriteHeader(http.StatusNotModified)
		case "/missing":
			http.NotFound(w, r)
		case "/error":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/slow":
			select {
			case <-f.release:
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
			w.Write(page("page1.html"))
		case "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusFound)
		case "/big":
			// 50 MB of page, streamed without a length: the client must stop
			// reading at its limit.
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<!DOCTYPE html><html><body><article><p>"))
			chunk := []byte(strings.Repeat("talks ", 1<<14))
			for n := 0; n < 50<<20; n += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/malformed.xml":
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed <b>tag</title></item></channel>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(func() {
		close(f.release)
		f.Close()
	})
	return f
}

func escapeXML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func (f *fixtures) count(path string) (hits, conds int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[path], f.conds[path]
}

func testReader() *Reader {
	c := NewClient(2*time.Second, 0)
	c.Backoff = time.Millisecond
	return &Reader{Client: c}
}

func poll(t *testing.T, r *Reader, u string) *Poll {
	t.Helper()
	return r.Poll(context.Background(), accord.Source{URL: u})
}

func TestRSSWithSummaries(t *testing.T) {
	f := newFixtures(t)
	p := poll(t, testReader(), f.URL+"/rss.xml")
	if p.Err != nil || len(p.Errs) > 0 {
		t.Fatalf("poll: %v %v", p.Err, p.Errs)
	}
	if p.Source.Kind != KindRSS || p.Source.Name != "Example Wire" || p.Source.Items != 2 || p.Source.Status != accord.SourceOK {
		t.Errorf("source: %+v", p.Source)
	}
	if len(p.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(p.Articles))
	}
	a := p.Articles[0]
	want := f.URL + "/news/1.html"
	if a.URL != want || a.File != want || a.Path != want {
		t.Errorf("identity: url %q file %q path %q, want %q", a.URL, a.File, a.Path, want)
	}
	if a.Title != "Foreign ministers of Norland and Sudia discuss trade" || a.Published != "2026-02-03" || a.Source != "Example Wire" {
		t.Errorf("article: title %q published %q source %q", a.Title, a.Published, a.Source)
	}
	// The summary was not the text: the page was fetched for it.
	if !strings.Contains(a.Body, "US$5 billion by 2030") || strings.Contains(a.Body, "Copyright") {
		t.Errorf("body is not the page's main text:\n%s", a.Body)
	}
	if p.Articles[1].URL != f.URL+"/news/2.html" { // a relative link, resolved
		t.Errorf("second article url %q", p.Articles[1].URL)
	}
	if h, _ := f.count("/news/2.html"); h != 1 {
		t.Errorf("page 2 fetched %d times", h)
	}
}

func TestAtomAndJSONFeed(t *testing.T) {
	f := newFixtures(t)
	for _, c := range []struct{ path, kind, name, fullURL string }{
		{"/atom.xml", KindAtom, "Ministry Newsroom", "/atom/full-1"},
		{"/feed.json", KindJSON, "JSON Desk", "/json/full-1"},
	} {
		p := poll(t, testReader(), f.URL+c.path)
		if p.Err != nil || len(p.Errs) > 0 {
			t.Fatalf("%s: %v %v", c.path, p.Err, p.Errs)
		}
		if p.Source.Kind != c.kind || p.Source.Name != c.name || len(p.Articles) != 2 {
			t.Fatalf("%s: %+v, %d articles", c.path, p.Source, len(p.Articles))
		}
		full := p.Articles[0]
		if full.URL != f.URL+c.fullURL || full.Published != "2026-02-02" || !strings.Contains(full.Body, "Minister of Foreign Affairs of Brazil") {
			t.Errorf("%s: full-text item: %+v", c.path, full)
		}
		// The full text came with the feed: its page was never asked for.
		if h, _ := f.count(c.fullURL); h != 0 {
			t.Errorf("%s: full-text item's page fetched %d times", c.path, h)
		}
	}
	// page3 has no date of its own: the Atom entry's date stands.
	p := poll(t, testReader(), f.URL+"/atom.xml")
	if got := p.Articles[1].Published; got != "2026-02-05" {
		t.Errorf("summary item's date %q, want the feed's 2026-02-05", got)
	}
}

func TestSitemap(t *testing.T) {
	f := newFixtures(t)
	for _, path := range []string{"/sitemap.xml", "/sitemap-index.xml"} {
		p := poll(t, testReader(), f.URL+path)
		if p.Err != nil || len(p.Errs) > 0 {
			t.Fatalf("%s: %v %v", path, p.Err, p.Errs)
		}
		if p.Source.Kind != KindSitemap || p.Source.Items != 2 || len(p.Articles) != 2 {
			t.Fatalf("%s: %+v, %d articles", path, p.Source, len(p.Articles))
		}
		if a := p.Articles[1]; a.Published != "2026-02-05" || a.Title != "President holds phone call with counterpart" {
			t.Errorf("%s: news sitemap's date and title not used: %q %q", path, a.Published, a.Title)
		}
	}
}

func TestPage(t *testing.T) {
	f := newFixtures(t)
	p := poll(t, testReader(), f.URL+"/news/1.html")
	if p.Err != nil || p.Source.Kind != KindPage || len(p.Articles) != 1 || p.Articles[0].URL != f.URL+"/news/1.html" {
		t.Fatalf("page: %v %+v", p.Err, p.Source)
	}
}

// Each way a source can fail is an error that says why, and leaves the
// source in status error with one more failure.
func TestFailures(t *testing.T) {
	f := newFixtures(t)
	for _, c := range []struct {
		path, want, code string
		attempts         int
	}{
		{"/missing", "404", accord.ENOTFOUND, 1},
		{"/error", "500", accord.EINTERNAL, 3}, // retried twice
		{"/slow", "timed out", accord.EINTERNAL, 1},
		{"/loop-a", "redirect loop", accord.EINVALID, 1},
		{"/big", "over the limit", accord.EINVALID, 1},
		{"/malformed.xml", "malformed rss feed", accord.EINVALID, 1},
		{"/private/3.html", "disallowed by robots.txt", accord.EINVALID, 0},
		{"/not-modified", "", "", 1}, // 304 without validators: nothing new, not a failure
	} {
		r := testReader()
		if c.path == "/slow" {
			r.Client.HTTP.Timeout = 100 * time.Millisecond
			r.Client.Retries = 0
		}
		p := r.Poll(context.Background(), accord.Source{URL: f.URL + c.path, Failures: 1})
		hits, _ := f.count(c.path)
		if c.want == "" {
			if p.Err != nil || p.Source.Status != accord.SourceNotModified {
				t.Errorf("%s: %v, status %s", c.path, p.Err, p.Source.Status)
			}
			continue
		}
		if p.Err == nil || !strings.Contains(p.Err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.path, p.Err, c.want)
			continue
		}
		if got := accord.ErrorCode(p.Err); got != c.code {
			t.Errorf("%s: code %s, want %s", c.path, got, c.code)
		}
		if p.Source.Status != accord.SourceError || p.Source.Failures != 2 || p.Source.Error == "" {
			t.Errorf("%s: source %+v", c.path, p.Source)
		}
		if c.path != "/loop-a" && hits != c.attempts {
			t.Errorf("%s: %d requests, want %d", c.path, hits, c.attempts)
		}
	}
}

// A feed unchanged since the last poll costs one conditional request.
func TestConditional(t *testing.T) {
	f := newFixtures(t)
	r := testReader()
	p := poll(t, r, f.URL+"/etag.xml")
	if p.Err != nil || p.Source.ETag == "" || p.Source.LastModified == "" || len(p.Articles) != 1 {
		t.Fatalf("first poll: %v %+v", p.Err, p.Source)
	}
	pages, _ := f.count("/news/1.html")
	p2 := r.Poll(context.Background(), p.Source)
	hits, conds := f.count("/etag.xml")
	if p2.Err != nil || p2.Source.Status != accord.SourceNotModified || len(p2.Articles) != 0 || hits != 2 || conds != 1 {
		t.Errorf("second poll: %v, status %s, %d articles; %d requests (%d conditional)", p2.Err, p2.Source.Status, len(p2.Articles), hits, conds)
	}
	if again, _ := f.count("/news/1.html"); again != pages {
		t.Error("a 304 fetched pages")
	}
}

func TestParseSources(t *testing.T) {
	opml := `<?xml version="1.0"?><opml version="2.0"><head><title>feeds</title></head><body>
<outline text="Wires"><outline text="Example Wire" title="Example Wire" type="rss" xmlUrl="https://wire.example/rss.xml" htmlUrl="https://wire.example/"/>
<outline text="Ministry" xmlUrl="https://mfa.example/atom.xml"/></outline>
<outline text="again" xmlUrl="https://wire.example/rss.xml"/></body></opml>`
	got, err := ParseSources([]byte(opml))
	if err != nil || len(got) != 2 || got[0].Name != "Example Wire" || got[1].URL != "https://mfa.example/atom.xml" || got[1].Name != "Ministry" {
		t.Errorf("OPML: %v %+v", err, got)
	}
	lines := "# my feeds\nhttps://wire.example/rss.xml Example Wire\n\nhttps://mfa.example/sitemap.xml  # no name\n"
	got, err = ParseSources([]byte(lines))
	if err != nil || len(got) != 2 || got[0].Name != "Example Wire" || got[1].Name != "" {
		t.Errorf("lines: %v %+v", err, got)
	}
	if _, err := ParseSources([]byte("ftp://x.example/feed\n")); accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("ftp URL: %v", err)
	}
	if _, err := ParseSources([]byte("<opml><body><outline")); accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("malformed OPML: %v", err)
	}
}

func TestRobots(t *testing.T) {
	r := parseRobots([]byte(`# comment
User-agent: Googlebot
Disallow: /

User-agent: *
User-agent: accord
Disallow: /private/
Allow: /private/open$
Disallow: /*.pdf$
Crawl-delay: 2
`), robotsAgent)
	for path, want := range map[string]bool{
		"/": true, "/news/1.html": true, "/private/x": false, "/private/open": true, "/private/open/x": false,
		"/doc.pdf": false, "/doc.pdf?x": true, "/robots.txt": true,
	} {
		if got := r.allowed(path); got != want {
			t.Errorf("allowed(%q) = %v, want %v", path, got, want)
		}
	}
	if r.delay != 2*time.Second {
		t.Errorf("crawl delay %v", r.delay)
	}
	if !parseRobots(nil, robotsAgent).allowed("/anything") {
		t.Error("an empty robots.txt disallows")
	}
}

// The client waits its delay between two requests to one host.
func TestPoliteness(t *testing.T) {
	f := newFixtures(t)
	c := NewClient(2*time.Second, 0)
	c.Delay = 50 * time.Millisecond
	var slept []time.Duration
	c.sleep = func(_ context.Context, d time.Duration) error { slept = append(slept, d); return nil }
	for range 3 {
		if _, err := c.Get(context.Background(), f.URL+"/news/1.html", Validators{}); err != nil {
			t.Fatal(err)
		}
	}
	// robots.txt, then three pages: three waits.
	if len(slept) != 3 {
		t.Errorf("waited %d times (%v), want 3", len(slept), slept)
	}
	for _, d := range slept {
		if d <= 0 || d > 50*time.Millisecond {
			t.Errorf("waited %v", d)
		}
	}
}
