package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/feed"
	"github.com/accordhq/accord/ingest"
)

// isURL reports whether an ingest argument is a URL rather than a path.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// splitURLs separates URLs from paths among ingest's arguments.
func splitURLs(args []string) (paths, urls []string) {
	for _, a := range args {
		if isURL(a) {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	return paths, urls
}

// feedOptions are the fetching flags of ingest, watch and serve.
type feedOptions struct {
	delay, timeout *time.Duration
}

func addFeedFlags(f *flags) feedOptions {
	return feedOptions{
		delay:   f.Duration("delay", 2*time.Second, "wait between two requests to one host"),
		timeout: f.Duration("timeout", 30*time.Second, "give up on a request after this long (it is retried twice)"),
	}
}

// newWatcher wires a watcher to the store and pipeline: articles stored
// already (by URL) are not fetched again, sources are saved when the store
// keeps them, and each poll is reported on w. mu serialises ingests with
// any other writer of the same pipeline (serve's uploads).
func newWatcher(store accord.Store, p *ingest.Pipeline, o feedOptions, mu *sync.Mutex, w io.Writer) *feed.Watcher {
	r := &feed.Reader{
		Client: feed.NewClient(*o.timeout, *o.delay),
		Known: func(ctx context.Context, u string) bool {
			_, err := store.ArticleByFile(ctx, u)
			return err == nil
		},
	}
	wt := &feed.Watcher{
		Reader: r,
		Ingest: func(ctx context.Context, arts []*accord.Article) (int, error) {
			mu.Lock()
			defer mu.Unlock()
			sum, err := p.Ingest(ctx, arts)
			if sum == nil {
				return 0, err
			}
			return sum.Written(), err
		},
		// Lines carry what servers said (titles, statuses): escaped, as
		// every text made of input the CLI prints.
		Report: func(line string) { fmt.Fprintln(w, escapeControls(line, false)) },
	}
	if ss, ok := store.(accord.SourceStore); ok {
		wt.Save = ss.PutSource
	}
	return wt
}

// knownSources returns the sources for these URLs, with the state the store
// kept of them (validators, counts), so that a restart polls conditionally.
func knownSources(ctx context.Context, store accord.Store, given []accord.Source) ([]accord.Source, error) {
	ss, ok := store.(accord.SourceStore)
	if !ok {
		return given, nil
	}
	kept, err := ss.Sources(ctx)
	if err != nil {
		return nil, err
	}
	byURL := map[string]accord.Source{}
	for _, s := range kept {
		byURL[s.URL] = s
	}
	out := make([]accord.Source, len(given))
	for i, g := range given {
		s, ok := byURL[g.URL]
		if !ok {
			s = g
		}
		if g.Name != "" {
			s.Name = g.Name // the sources file names the outlet
		}
		out[i] = s
	}
	return out, nil
}

// ingestURLs reads sources once and reports what was stored.
func ingestURLs(ctx context.Context, store accord.Store, p *ingest.Pipeline, o feedOptions, urls []string) (failed int, err error) {
	var sources []accord.Source
	for _, u := range urls {
		sources = append(sources, accord.Source{URL: u})
	}
	if sources, err = knownSources(ctx, store, sources); err != nil {
		return 0, err
	}
	var mu sync.Mutex
	w := newWatcher(store, p, o, &mu, os.Stderr)
	stored := 0
	for i, s := range w.Round(ctx, sources) {
		stored += s.Stored - sources[i].Stored
		if s.Status == accord.SourceError {
			failed++
		}
	}
	fmt.Printf("read %d source(s): %d article(s) stored or replaced, %d source(s) failed\n", len(sources), stored, failed)
	return failed, ctx.Err()
}

// sourcesFrom gathers watch's sources: URLs given, and a feeds file (OPML
// or one URL a line, with an optional name).
func sourcesFrom(urls []string, file string) ([]accord.Source, error) {
	var out []accord.Source
	for _, u := range urls {
		if !isURL(u) {
			return nil, invalid("watch: %q is not an http(s) URL", u)
		}
		out = append(out, accord.Source{URL: u})
	}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, accord.Errorf(accord.EINVALID, "watch: %v", err)
		}
		more, err := feed.ParseSources(data)
		if err != nil {
			return nil, accord.Errorf(accord.EINVALID, "watch: %s: %v", file, err)
		}
		out = append(out, more...)
	}
	if len(out) == 0 {
		return nil, invalid("watch: give feed URLs or --feeds FILE")
	}
	return out, nil
}

func runWatch(ctx context.Context, args []string) error {
	f := newFlags("watch", "URL... | --feeds FILE")
	every := f.Duration("every", 15*time.Minute, "poll every `INTERVAL`")
	feeds := f.String("feeds", "", "a feeds `FILE`: OPML, or one URL a line (optionally followed by the outlet's name)")
	once := f.Bool("once", false, "poll every source once and exit")
	o := addFeedFlags(f)
	urls, err := f.parse(args)
	if err != nil {
		return err
	}
	given, err := sourcesFrom(urls, *feeds)
	if err != nil {
		return err
	}
	if *every < time.Minute && !*once {
		return invalid("watch: --every must be at least 1m (be kind to the servers)")
	}
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := newPipeline(store)
	if err != nil {
		return err
	}
	sources, err := knownSources(ctx, store, given)
	if err != nil {
		return err
	}
	var mu sync.Mutex
	w := newWatcher(store, p, o, &mu, os.Stderr)
	if *once {
		w.Round(ctx, sources)
		return nil
	}
	fmt.Fprintf(os.Stderr, "accord: watching %d source(s) every %s\n", len(sources), *every)
	return w.Run(ctx, sources, *every)
}

func runSources(ctx context.Context, args []string) error {
	f := newFlags("sources", "").withJSON()
	if _, err := f.parse(args); err != nil {
		return err
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	ss, ok := store.(accord.SourceStore)
	if !ok {
		return accord.Errorf(accord.EINVALID, "sources: this store does not keep sources")
	}
	list, err := ss.Sources(ctx)
	if err != nil {
		return err
	}
	if *f.json {
		return writeJSON(os.Stdout, list)
	}
	return writeSources(stdout, list) // names and errors come from servers: escaped
}

func writeSources(w io.Writer, list []accord.Source) error {
	if len(list) == 0 {
		_, err := fmt.Fprintln(w, "no sources yet: accord ingest URL or accord watch URL")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tNAME\tKIND\tLAST FETCH\tSTATUS\tITEMS\tSTORED\tERROR")
	for _, s := range list {
		status := s.Status
		if s.HTTPStatus != 0 {
			status += fmt.Sprintf(" (%d)", s.HTTPStatus)
		}
		if s.Failures > 1 {
			status += fmt.Sprintf(", %d failures", s.Failures)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", s.URL, dash(s.Name), dash(s.Kind), dash(s.LastFetch), status, s.Items, s.Stored, dash(s.Error))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
