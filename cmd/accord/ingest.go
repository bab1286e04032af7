package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/sqlite"
)

// ingestMemoryLimit is the soft limit of an ingest's Go heap (GOMEMLIMIT
// overrides it): with SQLite's caches, a million articles stay under 1 GB.
// 640 MB, not 512 (issue 10, session 23): past 150,000 stored the live heap
// is 190-300 MB (the window of the record, the busy pairs' targets), the
// limit and not GOGC paces the collector, and its cost grows with the live
// heap over what is left: at 820,000 stored it took 0.147 ms an article,
// against 0.030 at 20,000. The writer's page cache gave up 32 MB of it
// (sqlite.Open); at 900,000 stored 100,000 more articles peaked at 894 MB.
const ingestMemoryLimit = 640 << 20

func runIngest(ctx context.Context, args []string) error {
	f := newFlags("ingest", "PATH... | URL... | -")
	strict := f.Bool("strict", false, "exit non-zero when any input was skipped")
	fo := addFeedFlags(f)
	quiet := f.Bool("quiet", false, "print only the summary")
	workers := f.Int("workers", 0, "extraction workers (default: one per core)")
	// 1024: a consolidation reads the months around a batch and passes
	// over them whole, whatever the batch's size; bigger batches pay for
	// that (and for a commit) four times less often on a bulk load.
	batch := f.Int("batch", 1024, "articles per transaction")
	name := f.String("name", "", "with -: a file `NAME` for the document on standard input (its extension hints the format)")
	replace := f.Bool("replace", false, "with --name: replace the latest article stored under that name")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return invalid("ingest: name files, folders, or - for standard input")
	}
	if (*name != "" || *replace) && (len(paths) != 1 || paths[0] != "-") {
		return invalid("ingest: --name and --replace apply to standard input alone: accord ingest --name report.txt [--replace] -")
	}
	if *replace && *name == "" {
		return invalid("ingest: --replace needs --name: without a name, documents on standard input are known by their content")
	}
	if *name != "" && strings.ContainsAny(*name, "/\\\x00") {
		return invalid("ingest: --name: want a base name, as in report.txt")
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// A long ingest keeps a window of the record (consolidate.Applier)
		// beside SQLite's own caches: the collector keeps the Go heap
		// under this, not at twice what is live.
		debug.SetMemoryLimit(ingestMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		// A merge allocates much and keeps little beyond the Applier's
		// window: collecting at three times the live heap (the limit above
		// still bounds it) halves the collector's share of an ingest.
		debug.SetGCPercent(200)
	}
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	if db, ok := store.(*sqlite.DB); ok {
		// The WAL's checkpoints off the one writer (sqlite.CheckpointInBackground).
		defer db.CheckpointInBackground(ctx)()
	}

	p, ap, err := newApplierPipeline(store)
	if err != nil {
		return err
	}
	p.Workers, p.BatchSize = *workers, *batch

	out := os.Stderr
	tty := term.IsTerminal(int(out.Fd())) && !*quiet
	prog := newProgress(out, tty, *quiet, paths)
	p.OnError = prog.error
	p.OnProgress = prog.update
	p.OnPhase = prog.phase

	// Feeds, sitemaps and pages by URL (feeds.go), then the files.
	paths, urls := splitURLs(paths)
	if len(urls) > 0 {
		failed, err := ingestURLs(ctx, store, p, fo, urls)
		switch {
		case err != nil:
			return err
		case len(paths) > 0:
		case failed == len(urls):
			return exitError{code: 1, msg: "no source could be read"}
		case *strict && failed > 0:
			return exitError{code: 1, msg: fmt.Sprintf("%d source(s) failed (--strict)", failed)}
		default:
			return nil
		}
	}

	var missing []string
	for _, path := range paths {
		if _, err := os.Stat(path); path != "-" && errors.Is(err, fs.ErrNotExist) {
			missing = append(missing, path)
		}
	}
	var sum *ingest.Summary
	var note string
	if *name != "" {
		sum, note, err = ingestNamed(ctx, store, p, *name, *replace, prog.error)
	} else {
		sum, err = p.Run(ctx, paths, os.Stdin)
	}
	prog.finish()
	if note != "" {
		fmt.Fprintln(os.Stderr, "accord:", termLine(note))
	}
	printSummary(os.Stdout, sum)
	if os.Getenv("ACCORD_STAGES") != "" {
		printStages(os.Stderr, sum.Stages, store, ap)
	}
	if err != nil {
		return err
	}
	switch {
	case sum.Ingested() == 0:
		return exitError{code: 1, msg: "nothing could be ingested"}
	case len(missing) > 0:
		// The rest is ingested; a typo in a name must still fail a script.
		return exitError{code: 1, msg: fmt.Sprintf("%d named path(s) do not exist: %s", len(missing), termLine(strings.Join(missing, ", ")))}
	case *strict && sum.Skipped > 0:
		return exitError{code: 1, msg: fmt.Sprintf("%d input(s) skipped (--strict)", sum.Skipped)}
	}
	return nil
}

// ingestNamed ingests standard input as one file called name: known by its
// content, beside an earlier article of that name, unless replace.
func ingestNamed(ctx context.Context, store accord.Store, p *ingest.Pipeline, name string, replace bool, onErr func(error)) (*ingest.Summary, string, error) {
	data, err := io.ReadAll(io.LimitReader(os.Stdin, 1<<30))
	if err != nil {
		return &ingest.Summary{Reasons: map[string]int{}}, "", err
	}
	arts, errs := read.Parse(name, data)
	id, err := ingest.Identify(ctx, store, arts, "stdin", name, replace)
	if err != nil {
		return &ingest.Summary{Reasons: map[string]int{}}, "", err
	}
	sum, err := p.Ingest(ctx, arts)
	sum.Files, sum.Bytes = 1, int64(len(data))
	for _, e := range errs {
		onErr(e)
		sum.Skipped++
		sum.Reasons[ingest.Reason(e)]++
	}
	note := ""
	switch {
	case id.Reused:
		note = "an earlier article named " + name + " is kept and this one stored beside it; --replace replaces it"
	case id.Replaced != "":
		note = "replaced the article stored as " + id.Replaced
	}
	return sum, note, err
}

// newPipeline wires the pipeline's parts: extraction and consolidation.
func newPipeline(store accord.Store) (*ingest.Pipeline, error) {
	p, _, err := newApplierPipeline(store)
	return p, err
}

// newApplierPipeline is newPipeline with the Applier that consolidates.
func newApplierPipeline(store accord.Store) (*ingest.Pipeline, *consolidate.Applier, error) {
	x, err := extract.New()
	if err != nil {
		return nil, nil, err
	}
	// The Applier keeps the record in memory between batches, so that a long
	// ingest loads it once rather than once a batch.
	ap := &consolidate.Applier{}
	p := &ingest.Pipeline{
		Store:       store,
		Extract:     x.Extract,
		Consolidate: ap.Apply,
		Rebuild:     consolidate.Rebuild,
		Reset:       ap.Reset,
	}
	if _, ok := store.(*sqlite.DB); ok {
		// SQLite has one writer connection, which the articles of the next
		// batch wait for: the record is saved beside the next merge
		// rather than before it (issue 10).
		ap.Async = true
		p.Flush = ap.Flush
	}
	return p, ap, nil
}

// printStages prints where an ingest's wall time went (ACCORD_STAGES set):
// the pipeline's store and merge stages, the merge's waits for the
// record's background saves, and the SQLite writer's waits and holds, so
// that a run on a quiet machine shows which stage sets the pace (issue 10).
func printStages(w io.Writer, st ingest.Stages, store accord.Store, ap *consolidate.Applier) {
	s := func(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) }
	fmt.Fprintf(w, "stages (s): store busy %s idle %s blocked %s; merge busy %s idle %s, of its busy time waiting for the record's save %s\n",
		s(st.StoreBusy), s(st.StoreIdle), s(st.StoreBlocked), s(st.MergeBusy), s(st.MergeIdle), s(ap.Waited()))
	fmt.Fprintf(w, "merge (s): consolidating %s, the consolidation mark %s\n", s(st.MergeApply), s(st.MergeMark))
	if db, ok := store.(*sqlite.DB); ok {
		t := db.WriterTimes()
		fmt.Fprintf(w, "writer (s): articles waited %s held %s (commits %s); record waited %s held %s (commits %s)\n",
			s(t.ArticlesWait), s(t.ArticlesHeld), s(t.ArticlesCommit), s(t.RecordWait), s(t.RecordHeld), s(t.RecordCommit))
	}
}

func printSummary(w io.Writer, s *ingest.Summary) {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Articles) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(w, "read %d file(s), %s, %d article(s) in %s (%.0f articles/s)\n",
		s.Files, humanBytes(s.Bytes), s.Articles, s.Elapsed.Round(time.Millisecond), rate)
	fmt.Fprintf(w, "stored %d, replaced %d, unchanged %d, skipped %d\n", s.Stored, s.Replaced, s.Unchanged, s.Skipped)
	for _, r := range s.SortedReasons() {
		fmt.Fprintf(w, "  skipped %d: %s\n", s.Reasons[r], r)
	}
	if sh := s.Shared; sh.Passes > 0 || sh.LockWait > 0 || sh.Rebuilt {
		// Shared mode (several writers): what this process did for the record.
		fmt.Fprintf(w, "record: merged %d stored article(s) in %d pass(es), %s; waited %s for the record lock at the end, then %s",
			sh.Merged, sh.Passes, sh.Merging.Round(time.Millisecond), sh.LockWait.Round(time.Millisecond), sh.Consolidate.Round(time.Millisecond))
		if sh.Rebuilt {
			fmt.Fprint(w, " (rebuilt)")
		}
		fmt.Fprintln(w)
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// progress shows an ingest's progress: a bar redrawn in place on a terminal,
// a plain line every few seconds otherwise. Errors always get their own line.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	quiet bool
	total int // input files, when known (terminal only)
	last  time.Time
	cur   ingest.Progress
	drawn bool
	// The long phase under way (consolidating, waiting for a lock), told
	// on a line of its own and ticked while it lasts.
	ph      string
	phStart time.Time
	phStop  chan struct{}
}

// phase reports a phase's start and end, with a tick while it runs: a
// rebuild of a large record can take minutes, and a lock wait as long as
// the other process's work.
func (p *progress) phase(ph ingest.Phase) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	p.drawn = false
	if ph.Start {
		p.endPhase()
		line := ph.Name
		if ph.Detail != "" {
			line += " " + ph.Detail
		}
		fmt.Fprintf(p.w, "ingest: %s…\n", line)
		p.ph, p.phStart, p.phStop = ph.Name, time.Now(), make(chan struct{})
		go p.tick(p.phStop, ph.Name, p.phStart)
		return
	}
	p.endPhase()
}

// endPhase ends the phase under way, if any; p.mu is held.
func (p *progress) endPhase() {
	if p.ph == "" {
		return
	}
	close(p.phStop)
	fmt.Fprintf(p.w, "ingest: %s: done in %s\n", p.ph, time.Since(p.phStart).Round(100*time.Millisecond))
	p.ph = ""
}

func (p *progress) tick(stop chan struct{}, name string, start time.Time) {
	every := 10 * time.Second
	if p.tty {
		every = time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		p.mu.Lock()
		select {
		case <-stop:
			p.mu.Unlock()
			return
		default:
		}
		el := time.Since(start).Round(time.Second)
		if p.tty {
			fmt.Fprintf(p.w, "\r\x1b[K%s… %s", name, el)
			p.drawn = true
		} else {
			fmt.Fprintf(p.w, "ingest: %s… %s\n", name, el)
		}
		p.mu.Unlock()
	}
}

func newProgress(w io.Writer, tty, quiet bool, paths []string) *progress {
	// The first plain line comes after a while of work: a short ingest
	// prints only its summary.
	p := &progress{w: w, tty: tty, quiet: quiet, last: time.Now()}
	if tty {
		p.total = countFiles(paths)
	}
	return p
}

// countFiles counts the regular files under paths, for the bar's length; a
// walk of names only, cheap next to reading them.
func countFiles(paths []string) int {
	n := 0
	for _, root := range paths {
		if root == "-" {
			continue
		}
		_ = filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				n++
			}
			return nil
		})
	}
	return n
}

func (p *progress) error(err error) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintln(p.w, termLine(err.Error())) // file names may hold newlines and escapes
	p.drawn = false
}

func (p *progress) update(pr ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cur = pr
	if p.quiet {
		return
	}
	now := time.Now()
	every := 2 * time.Second
	if p.tty {
		every = 100 * time.Millisecond
	}
	if now.Sub(p.last) < every {
		return
	}
	p.last = now
	p.draw()
}

func (p *progress) line() string {
	pr := p.cur
	rate := 0.0
	if pr.Elapsed > 0 {
		rate = float64(pr.Articles) / pr.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d files, %d articles (%.0f/s), %d stored, %d errors", pr.Files, pr.Articles, rate, pr.Stored+pr.Replaced, pr.Skipped)
}

func (p *progress) draw() {
	if !p.tty {
		fmt.Fprintln(p.w, "ingest:", p.line())
		return
	}
	bar := ""
	if p.total > 0 {
		const width = 24
		done := min(width, p.cur.Files*width/p.total)
		bar = fmt.Sprintf("[%s%s] %3d%% ", strings.Repeat("█", done), strings.Repeat("·", width-done), min(100, p.cur.Files*100/p.total))
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s%s", bar, p.line())
	p.drawn = true
}

func (p *progress) clear() {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	p.drawn = false
	p.endPhase()
}
