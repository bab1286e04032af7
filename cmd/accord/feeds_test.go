package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
)

// accord ingest URL, accord watch --once and accord sources against a local
// server: the feed's pages are stored once, an unchanged feed is asked
// conditionally, a failing source is reported and does not stop the others.
func TestIngestAndWatchFeeds(t *testing.T) {
	var feedHits, condHits atomic.Int32
	page, err := os.ReadFile("../../feed/testdata/page1.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss.xml":
			feedHits.Add(1)
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				condHits.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Foreign ministers discuss trade</title><link>http://%s/news/1.html</link><description>Short.</description></item>
</channel></rss>`, r.Host)
		case "/news/1.html":
			w.Write(page)
		case "/down.xml":
			http.Error(w, "down", http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	feedURL, down := srv.URL+"/rss.xml", srv.URL+"/down.xml"

	out, stderr, code := accordCmd(t, "", "ingest", "--db", db, "--delay", "0", feedURL, down)
	if code != 0 || !strings.Contains(stderr, "rss.xml: rss, 1 item(s), 1 new") || !strings.Contains(stderr, "down.xml: error") ||
		!strings.Contains(out, "read 2 source(s): 1 article(s) stored or replaced, 1 source(s) failed") {
		t.Fatalf("ingest exit %d:\n%s%s", code, out, stderr)
	}
	feeds := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(feeds, []byte(feedURL+" Example Wire\n"+down+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = accordCmd(t, "", "watch", "--db", db, "--delay", "0", "--once", "--feeds", feeds)
	if code != 0 || !strings.Contains(stderr, "rss.xml: not modified") {
		t.Fatalf("watch exit %d:\n%s", code, stderr)
	}
	if feedHits.Load() != 2 || condHits.Load() != 1 {
		t.Errorf("feed asked %d times (%d conditional), want 2 (1)", feedHits.Load(), condHits.Load())
	}

	out, stderr, code = accordCmd(t, "", "sources", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("sources: %s", stderr)
	}
	var list []accord.Source
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 2 {
		t.Fatalf("sources --json: %v\n%s", err, out)
	}
	ok, bad := list[1], list[0] // by URL: down.xml, rss.xml
	if ok.Status != accord.SourceNotModified || ok.Stored != 1 || ok.Name != "Example Wire" || ok.ETag != `"v1"` {
		t.Errorf("feed source: %+v", ok)
	}
	if bad.Status != accord.SourceError || bad.Failures != 2 || !strings.Contains(bad.Error, "503") {
		t.Errorf("failing source: %+v", bad)
	}
	out, _, _ = accordCmd(t, "", "sources", "--db", db)
	if !strings.Contains(out, "LAST FETCH") || !strings.Contains(out, "Example Wire") {
		t.Errorf("sources table:\n%s", out)
	}

	// The article is the page's, with the feed's identity.
	out, _, _ = accordCmd(t, "", "export", "--db", db)
	var doc accord.Export
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Articles) != 1 {
		t.Fatalf("export: %v", err)
	}
	a := doc.Articles[0]
	if a.URL == nil || *a.URL != srv.URL+"/news/1.html" || a.File != *a.URL || a.Source == nil || *a.Source != "Example Wire" {
		t.Errorf("article identity: %+v", a)
	}
}

// accord serve --watch FEEDS serves and watches in one process: the feed's
// article appears in the API without another command.
func TestServeWatch(t *testing.T) {
	page, err := os.ReadFile("../../feed/testdata/page2.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rss.xml":
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Prime Minister receives ambassador</title><link>http://%s/news/2.html</link></item></channel></rss>`, r.Host)
		case "/news/2.html":
			w.Write(page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := smallStore(t)
	feeds := filepath.Join(t.TempDir(), "feeds.opml")
	opml := `<?xml version="1.0"?><opml version="2.0"><body><outline text="Example Wire" xmlUrl="` + srv.URL + `/rss.xml"/></body></opml>`
	if err := os.WriteFile(feeds, []byte(opml), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", addr, "--watch", feeds, "--delay", "0")
	cmd.Env = append(os.Environ(), "ACCORD_DB=")
	var errb syncBuffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	base := "http://" + addr
	waitUp(t, base+"/api/articles")
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/api/search?q=ambassador+Wellington")
		if err == nil {
			var v struct {
				Total int `json:"total"`
			}
			json.NewDecoder(resp.Body).Decode(&v)
			resp.Body.Close()
			if v.Total == 1 {
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Errorf("the watched feed's article never appeared in the API; serve said:\n%s", errb.String())
}

// syncBuffer is a bytes.Buffer a process may write while a test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
