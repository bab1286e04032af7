package feed

import (
	"context"
	"testing"
)

// The parsers of what servers and users send: none may panic, and what they
// accept must be well formed.

func FuzzParseSources(f *testing.F) {
	f.Add([]byte("https://wire.example/rss.xml Example Wire\n# c\n"))
	f.Add([]byte(`<opml><body><outline text="a" xmlUrl="https://a.example/f"><outline xmlUrl="https://b.example/f"/></outline></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		srcs, err := ParseSources(data)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, s := range srcs {
			if s.URL == "" || seen[s.URL] {
				t.Fatalf("empty or repeated URL %q", s.URL)
			}
			seen[s.URL] = true
		}
	})
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nAllow: /private/open$\nCrawl-delay: 1.5\n"), "/private/x")
	f.Add([]byte("user-agent: accord\ndisallow: /*.pdf$\n"), "/a.pdf")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := parseRobots(data, robotsAgent)
		_ = r.allowed(path)
		if !r.allowed("/robots.txt") {
			t.Fatal("robots.txt disallowed")
		}
	})
}

func FuzzDetect(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`))
	f.Add([]byte(`<urlset><url><loc>https://a.example/1</loc></url></urlset>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[]}`))
	f.Add([]byte("<!DOCTYPE html><html><body><p>x</p></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		kind, err := detectKind(data)
		if err == nil && kind == "" {
			t.Fatal("no kind and no error")
		}
		if kind == KindSitemap {
			r := &Reader{Client: NewClient(0, 0)}
			ctx, cancel := context.WithCancel(context.Background())
			cancel() // an index's children are not fetched
			_, _ = r.sitemap(ctx, "https://a.example/", data, 1)
		}
	})
}
