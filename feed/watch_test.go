package feed

import (
	"context"
	"strings"
	"sync"
	"testing"

	accord "github.com/accordhq/accord"
)

// A watch adds items to a feed between polls: each new item is stored once,
// an unchanged feed costs one conditional request, and a failing source does
// not stop the others.
func TestWatch(t *testing.T) {
	f := newFixtures(t)
	item := func(n string) string {
		return `<item><title>Item ` + n + `</title><link>` + f.URL + `/news/` + n + `.html</link><pubDate>Tue, 03 Feb 2026 09:00:00 GMT</pubDate></item>`
	}
	setItems := func(ns ...string) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.liveItems = nil
		for _, n := range ns {
			f.liveItems = append([]string{item(n)}, f.liveItems...) // newest first
		}
	}
	var mu sync.Mutex
	stored := map[string]int{}
	saved := map[string]accord.Source{}
	r := testReader()
	r.Known = func(_ context.Context, u string) bool { mu.Lock(); defer mu.Unlock(); return stored[u] > 0 }
	var lines []string
	w := &Watcher{
		Reader: r,
		Ingest: func(_ context.Context, arts []*accord.Article) (int, error) {
			mu.Lock()
			defer mu.Unlock()
			for _, a := range arts {
				stored[a.URL]++
			}
			return len(arts), nil
		},
		Save:   func(_ context.Context, s accord.Source) error { saved[s.URL] = s; return nil },
		Report: func(l string) { lines = append(lines, l) },
	}
	sources := []accord.Source{{URL: f.URL + "/error"}, {URL: f.URL + "/live.xml"}, {URL: f.URL + "/missing"}}
	ctx := context.Background()

	setItems("1")
	sources = w.Round(ctx, sources)
	setItems("1", "2")
	sources = w.Round(ctx, sources)
	sources = w.Round(ctx, sources) // unchanged

	for _, n := range []string{"1", "2"} {
		if got := stored[f.URL+"/news/"+n+".html"]; got != 1 {
			t.Errorf("item %s stored %d times, want once", n, got)
		}
	}
	if h, _ := f.count("/news/1.html"); h != 1 {
		t.Errorf("page 1 fetched %d times, want once", h)
	}
	hits, conds := f.count("/live.xml")
	if hits != 3 || conds != 2 {
		t.Errorf("feed: %d requests, %d conditional; want 3, 2", hits, conds)
	}
	live := sources[1]
	if live.Status != accord.SourceNotModified || live.Stored != 2 || live.Items != 2 || live.Name != "Live Desk" || saved[live.URL] != live {
		t.Errorf("live source after three rounds: %+v", live)
	}
	for _, i := range []int{0, 2} {
		if s := sources[i]; s.Status != accord.SourceError || s.Failures != 3 || s.Error == "" {
			t.Errorf("failing source after three rounds: %+v", s)
		}
	}
	if len(lines) != 9 || !strings.Contains(strings.Join(lines, "\n"), "live.xml: not modified") {
		t.Errorf("report:\n%s", strings.Join(lines, "\n"))
	}
}

// An item whose page failed is tried again at the next poll, though the feed
// did not change.
func TestFailedItemRetried(t *testing.T) {
	f := newFixtures(t)
	f.mu.Lock()
	f.liveItems = []string{`<item><title>Gone</title><link>` + f.URL + `/missing</link></item>`}
	f.mu.Unlock()
	r := testReader()
	p := poll(t, r, f.URL+"/live.xml")
	if len(p.Errs) != 1 || p.Source.Status != accord.SourceOK || !strings.Contains(p.Source.Error, "1 item(s) failed") {
		t.Fatalf("first poll: %v %+v", p.Errs, p.Source)
	}
	p = r.Poll(context.Background(), p.Source)
	if h, _ := f.count("/missing"); h != 2 || p.Source.Status != accord.SourceOK {
		t.Errorf("failed item asked %d times after two polls, status %s; want 2, ok", h, p.Source.Status)
	}
}
