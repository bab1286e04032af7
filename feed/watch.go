package feed

import (
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// Watcher polls sources again and again and hands their new articles to
// the pipeline.
type Watcher struct {
	Reader *Reader
	// Ingest stores articles and says how many were new or replaced ones.
	Ingest func(ctx context.Context, arts []*accord.Article) (int, error)
	// Save keeps a source's state after each poll (nil: kept in memory only).
	Save func(ctx context.Context, s accord.Source) error
	// Report is told of each poll's outcome, one line (nil: silent).
	Report func(line string)
}

// Round polls every source once, in order, and returns them updated. A
// source that fails is reported with its reason and left for the next round;
// the others go on.
func (w *Watcher) Round(ctx context.Context, sources []accord.Source) []accord.Source {
	out := make([]accord.Source, len(sources))
	for i, src := range sources {
		if ctx.Err() != nil {
			copy(out[i:], sources[i:])
			break
		}
		p := w.Reader.Poll(ctx, src)
		s := p.Source
		stored := 0
		if len(p.Articles) > 0 && w.Ingest != nil {
			n, err := w.Ingest(ctx, p.Articles)
			stored = n
			s.Stored += n
			if err != nil {
				s.Status, s.Error = accord.SourceError, "storing: "+err.Error()
				s.Failures++
			}
		}
		if w.Save != nil {
			if err := w.Save(ctx, s); err != nil && w.Report != nil {
				w.Report(fmt.Sprintf("%s: saving the source's state: %v", s.URL, err))
			}
		}
		if w.Report != nil {
			w.Report(pollLine(s, p, stored))
		}
		out[i] = s
	}
	return out
}

func pollLine(s accord.Source, p *Poll, stored int) string {
	switch s.Status {
	case accord.SourceNotModified:
		return s.URL + ": not modified"
	case accord.SourceError:
		return fmt.Sprintf("%s: error (failure %d): %s", s.URL, s.Failures, s.Error)
	}
	line := fmt.Sprintf("%s: %s, %d item(s), %d new, %d stored already, %d stored", s.URL, s.Kind, s.Items, len(p.Articles), p.Skipped, stored)
	if len(p.Errs) > 0 {
		line += fmt.Sprintf("; %s", s.Error)
	}
	return line
}

// Run polls the sources every interval until ctx is done.
func (w *Watcher) Run(ctx context.Context, sources []accord.Source, every time.Duration) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		sources = w.Round(ctx, sources)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// ParseSources reads a feeds file: OPML (each outline's xmlUrl, else its
// htmlUrl or url, named by its title or text), or one source a line, a URL
// and optionally the outlet's name after it (`#` starts a comment).
func ParseSources(data []byte) ([]accord.Source, error) {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	if bytes.HasPrefix(trimmed, []byte("<")) {
		return parseOPML(trimmed)
	}
	var out []accord.Source
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		u, name, _ := strings.Cut(line, " ")
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return nil, accord.ErrorAt(accord.EINVALID, fmt.Sprintf("line %d", n), "not an http(s) URL: %q", u)
		}
		if !seen[u] {
			seen[u] = true
			out = append(out, accord.Source{URL: u, Name: strings.TrimSpace(name)})
		}
	}
	return out, sc.Err()
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr"`
	XMLURL   string    `xml:"xmlUrl,attr"`
	HTMLURL  string    `xml:"htmlUrl,attr"`
	URL      string    `xml:"url,attr"`
	Outlines []outline `xml:"outline"`
}

func parseOPML(data []byte) ([]accord.Source, error) {
	var doc struct {
		XMLName xml.Name  `xml:"opml"`
		Body    []outline `xml:"body>outline"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, accord.Errorf(accord.EINVALID, "malformed OPML: %v", err)
	}
	var out []accord.Source
	seen := map[string]bool{}
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			u := firstOf(o.XMLURL, o.URL, o.HTMLURL)
			if u != "" && !seen[u] {
				seen[u] = true
				out = append(out, accord.Source{URL: u, Name: firstOf(o.Title, o.Text)})
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body)
	return out, nil
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
