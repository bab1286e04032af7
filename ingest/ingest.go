// Package ingest runs accord's pipeline: read inputs, extract facts in
// parallel, store them in batches, and consolidate the record.
//
// Reading is sequential (one goroutine walks the inputs in a stable order),
// extraction fans out to one worker per core, and a single writer stores
// batches: SQLite has one writer anyway, and batching amortises commits.
// Consolidation keeps two promises: ids stay stable as news arrives, and the
// record depends only on which articles are stored, never on the order they
// came in or on an interrupted run. So a batch whose articles are all newer
// than everything consolidated so far (a feed, news in date order) is
// consolidated incrementally, right after it is committed; an ingest that
// brings older articles (a bulk load in file order) stores them and rebuilds
// the record once at the end, which gives the same record as any other order.
// After each consolidation the store's generation is recorded (Meta
// "consolidated"): a run that finds the generation moved on without it (an
// ingest killed between storing and consolidating, another writer) rebuilds.
// A store several processes write at once (SharedStore: PostgreSQL) runs in
// shared mode instead (shared.go): every process stores, one at a time
// merges everyone's stored articles in order.
package ingest

import (
	"context"
	"errors"
	"io"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/read"
)

// Pipeline ingests articles into a store.
type Pipeline struct {
	Store accord.Store
	// Extract returns the facts of one article; it must be safe for concurrent use.
	Extract func(*accord.Article) *accord.ArticleFacts
	// Consolidate merges newly stored facts into the record (consolidate.Apply).
	// Nil skips consolidation.
	Consolidate func(ctx context.Context, s accord.Store, added []*accord.ArticleFacts, removed []string) error
	// Rebuild consolidates every stored article from scratch
	// (consolidate.Rebuild), for articles that arrive out of date order.
	Rebuild func(ctx context.Context, s accord.Store) error
	// Reset, if set, is called when another process has consolidated into
	// the store since this pipeline did: a Consolidate that keeps the record
	// in memory (consolidate.Applier) must drop it.
	Reset func()
	// Flush, if set, waits for what Consolidate still saves in the
	// background (consolidate.Applier.Async) and returns its error. The
	// pipeline then holds the store's record lock from its first
	// consolidation to the end of the run, so that no other process reads
	// the record before it is saved, and calls Flush before it marks the
	// record consolidated, rebuilds it, or lets go of the lock.
	Flush func(ctx context.Context) error

	Workers   int // extraction workers; default GOMAXPROCS
	BatchSize int // articles per transaction; default 256

	// OnError is called for each skipped input or article, as it happens.
	OnError func(error)
	// OnProgress is called after each input file and each stored batch.
	OnProgress func(Progress)
	// OnPhase is called when a phase that may last long starts and when it
	// ends: rebuilding the record, waiting for another process's lock.
	OnPhase func(Phase)

	// Where consolidation stands during a run: a Pipeline runs one ingest
	// at a time.
	rebuild bool   // rebuild the record at the end
	through string // (published/id) of the latest article consolidated
	wrote   bool
	mark    string                 // the consolidation mark as this pipeline last wrote it
	held    []*accord.ArticleFacts // stored articles of the latest day, not consolidated yet
	ending  bool                   // merge consolidates what is held
	sh      *shared                // shared mode (shared.go), with a SharedStore
	ls      *lockSession           // the record lock held across steps (with Flush)
	// ahead counts the batches being stored or stored and waiting for
	// consolidation (process): the mark must not claim them.
	ahead atomic.Int64
	// markTime and applyTime add up Stages.MergeMark and MergeApply (the
	// merge's goroutine only).
	markTime, applyTime time.Duration
	// prepared holds what an ArticlePreparer store made of each article
	// extracted and not yet stored (prepare.go).
	prepared sync.Map
}

// Progress is a running count of an ingest.
type Progress struct {
	Files     int           // input files read
	Bytes     int64         // bytes read
	Articles  int           // articles read
	Stored    int           // new articles stored
	Replaced  int           // articles that replaced an older version of their file
	Unchanged int           // articles stored already
	Skipped   int           // inputs or lines skipped with an error
	Elapsed   time.Duration // since the start
}

// Phase is a stretch of an ingest without file or batch progress.
type Phase struct {
	Name   string // PhaseConsolidating, PhaseLockWait
	Detail string // whose lock; how many articles
	Start  bool   // false: the phase ended
}

// Phase names.
const (
	PhaseConsolidating = "consolidating the record"
	PhaseLockWait      = "waiting for the record lock"
)

func (p *Pipeline) phase(ph Phase) {
	if p.OnPhase != nil {
		p.OnPhase(ph)
	}
}

// Summary is the outcome of an ingest.
type Summary struct {
	Progress
	// Reasons counts the skipped inputs by reason ("not valid UTF-8": 2).
	Reasons map[string]int
	// Shared is what the run did for the record in shared mode.
	Shared SharedStats
	// Stages is where the run's time went, stage by stage.
	Stages Stages
}

// Stages is the wall time of the pipeline's two ordered stages, which
// every batch passes through in turn: which one holds the other up, and
// how long (issue 10: whether the store's writes or the merge set the
// pace). Extraction runs beside them, one worker a core.
type Stages struct {
	StoreBusy    time.Duration // storing batches
	StoreIdle    time.Duration // waiting for an extracted batch
	StoreBlocked time.Duration // a stored batch waiting for the merge to take it
	MergeBusy    time.Duration // consolidating stored batches (with the record's lock)
	MergeIdle    time.Duration // waiting for a stored batch
	// MergeMark is the part of MergeBusy spent reading and writing the
	// consolidation mark (one of each a stored batch), with the wait for
	// SQLite's one writer, which the store stage and the record's save
	// hold; MergeApply the part spent in Consolidate.
	MergeMark, MergeApply time.Duration
}

// Written reports how many articles the ingest wrote (stored or replaced).
func (s *Summary) Written() int { return s.Stored + s.Replaced }

// Ingested reports how many articles are in the store after the ingest,
// whether written now or found unchanged.
func (s *Summary) Ingested() int { return s.Stored + s.Replaced + s.Unchanged }

// Run reads the inputs at paths ("-" is stdin) and ingests every article.
// Bad inputs are skipped, counted and passed to OnError; Run fails only when
// the store fails or ctx is done, and what was committed before stays.
func (p *Pipeline) Run(ctx context.Context, paths []string, stdin io.Reader) (*Summary, error) {
	start := time.Now()
	sum := &Summary{Reasons: map[string]int{}}
	var mu sync.Mutex // guards sum: the reader and the writer both count

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := p.begin(ctx); err != nil {
		return sum, err
	}
	defer p.closeShared(ctx, sum)

	articles := make(chan *accord.Article, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(articles)
		readErr <- read.Walk(ctx, paths, stdin, func(it read.Item) error {
			mu.Lock()
			if !it.Cont {
				sum.Files++
			}
			sum.Bytes += it.Size
			sum.Articles += len(it.Articles)
			for _, err := range it.Errs {
				p.skip(sum, err)
			}
			prog := sum.Progress
			mu.Unlock()
			p.progress(prog, start)
			for _, a := range it.Articles {
				select {
				case articles <- a:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}()

	err := p.process(ctx, articles, sum, &mu, start)
	if err != nil {
		cancel()
	}
	// Drain so the reader can finish, then collect its error.
	for range articles {
	}
	if rerr := <-readErr; err == nil && rerr != nil && !errors.Is(rerr, context.Canceled) {
		err = rerr
	}
	if err == nil {
		err = p.end(ctx)
	}
	if uerr := p.unlock(ctx); err == nil {
		err = uerr
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// Ingest ingests articles already read (the HTTP API's POST, tests).
func (p *Pipeline) Ingest(ctx context.Context, arts []*accord.Article) (*Summary, error) {
	start := time.Now()
	sum := &Summary{Reasons: map[string]int{}}
	sum.Articles = len(arts)
	ch := make(chan *accord.Article, len(arts))
	for _, a := range arts {
		ch <- a
	}
	close(ch)
	if err := p.begin(ctx); err != nil {
		return sum, err
	}
	defer p.closeShared(ctx, sum)
	var mu sync.Mutex
	err := p.process(ctx, ch, sum, &mu, start)
	if err == nil {
		err = p.end(ctx)
	}
	if uerr := p.unlock(ctx); err == nil {
		err = uerr
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// process extracts articles in parallel and stores them in batches, in the
// order they were read (so ids and outcomes do not depend on scheduling).
func (p *Pipeline) process(ctx context.Context, in <-chan *accord.Article, sum *Summary, mu *sync.Mutex, start time.Time) error {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	size := p.BatchSize
	if size <= 0 {
		size = 256
	}

	// Each article travels with a sequence number; a reorder buffer restores
	// reading order before batching.
	type job struct {
		seq int
		a   *accord.Article
	}
	type done struct {
		seq int
		f   *accord.ArticleFacts
	}
	jobs := make(chan job, 2*workers)
	results := make(chan done, 2*workers)
	// A failed batch stops the reading: what is read after it would only
	// be extracted to be dropped.
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	go func() {
		defer close(jobs)
		seq := 0
		for a := range in {
			select {
			case jobs <- job{seq, a}:
				seq++
			case <-readCtx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- done{j.seq, p.prepare(p.extract(j.a))}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Batches are stored and consolidated in order while the workers
	// extract the next ones: one goroutine stores batch N+1 while another
	// consolidates batch N (the merge's own work in Go overlaps SQLite's
	// writing of articles), so that on two cores a batch costs about its
	// longest stage, not the sum. Each stage holds one batch and one waits
	// before it at most, so memory stays bounded. The consolidation mark
	// says "held" while a stored batch waits (see saveMark).
	batches := make(chan []*accord.ArticleFacts, 1)
	var failed atomic.Bool
	fail := func() { failed.Store(true); stopReading() }
	wrote := make(chan error, 1)
	merged := make(chan error, 1)
	toMerge := make(chan storedBatch, 1)
	var stages Stages // each stage's goroutine writes its own fields
	go func() {
		var err error
		t := time.Now()
		for b := range toMerge {
			stages.MergeIdle += time.Since(t)
			t = time.Now()
			p.ahead.Add(-1)
			if err != nil {
				continue // drain
			}
			if err = p.consolidate(ctx, b.added, b.removed); err != nil {
				fail()
				continue
			}
			p.progress(b.prog, start)
			stages.MergeBusy += time.Since(t)
			t = time.Now()
		}
		merged <- err
	}()
	go func() {
		var err error
		t := time.Now()
		for b := range batches {
			stages.StoreIdle += time.Since(t)
			t = time.Now()
			if err != nil || failed.Load() {
				continue // drain
			}
			p.ahead.Add(1)
			var sb storedBatch
			if sb, err = p.store(ctx, b, sum, mu); err != nil {
				p.ahead.Add(-1)
				fail()
				continue
			}
			stages.StoreBusy += time.Since(t)
			t = time.Now()
			toMerge <- sb
			stages.StoreBlocked += time.Since(t)
			t = time.Now()
		}
		close(toMerge)
		wrote <- err
	}()

	pending := map[int]*accord.ArticleFacts{}
	next := 0
	batch := make([]*accord.ArticleFacts, 0, size)
	for r := range results {
		if failed.Load() {
			continue // drain
		}
		pending[r.seq] = r.f
		for {
			f, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			batch = append(batch, f)
			if len(batch) == size {
				batches <- batch
				batch = make([]*accord.ArticleFacts, 0, size)
			}
		}
	}
	if len(batch) > 0 && !failed.Load() {
		batches <- batch
	}
	close(batches)
	err := <-wrote
	if merr := <-merged; err == nil {
		err = merr
	}
	mu.Lock()
	stages.MergeMark, stages.MergeApply = p.markTime, p.applyTime
	sum.Stages = stages
	mu.Unlock()
	if err == nil {
		err = ctx.Err()
	}
	return err
}

func (p *Pipeline) extract(a *accord.Article) *accord.ArticleFacts {
	if p.Extract == nil {
		return &accord.ArticleFacts{Article: a}
	}
	f := p.Extract(a)
	PlausibleEvents(f)
	return f
}

// MaxEventYears is how far after its publication an article may date an
// event: a state visit planned for next year is news, one in 9999 a misread.
const MaxEventYears = 10

// PlausibleEvents drops the engagements, references and invitations whose
// dates fall before 1900 or more than MaxEventYears after the article's
// publication: one date in year 9999 or 0001 would stretch every timeline,
// chart and brief of its countries across millennia.
func PlausibleEvents(f *accord.ArticleFacts) {
	if f == nil || f.Article == nil || len(f.Article.Published) < 4 {
		return
	}
	year, err := strconv.Atoi(f.Article.Published[:4])
	if err != nil {
		return
	}
	lo, hi := strconv.Itoa(read.MinPublishedYear), strconv.Itoa(year+MaxEventYears+1)
	ok := func(d string) bool {
		// Dates are YYYY, YYYY-MM or YYYY-MM-DD, compared as text.
		return d == "" || (len(d) >= 4 && d[:4] >= lo && d[:4] < hi)
	}
	keep := func(es []accord.Engagement) []accord.Engagement {
		out := es[:0]
		for _, e := range es {
			if ok(e.Date) && ok(e.EndDate) {
				out = append(out, e)
			}
		}
		if len(out) == 0 {
			return es[:0:0]
		}
		return out
	}
	if len(f.Engagements) > 0 {
		f.Engagements = keep(f.Engagements)
	}
	if len(f.References) > 0 {
		f.References = keep(f.References)
	}
	if len(f.Invitations) > 0 {
		f.Invitations = keep(f.Invitations)
	}
}

// storedBatch is what storing a batch added and removed, for consolidation,
// and the progress after it.
type storedBatch struct {
	added   []*accord.ArticleFacts
	removed []string
	prog    Progress
}

// store stores one batch and counts outcomes.
func (p *Pipeline) store(ctx context.Context, batch []*accord.ArticleFacts, sum *Summary, mu *sync.Mutex) (storedBatch, error) {
	// Two articles of one batch may share an id (the same document under two
	// names); the store sees each id once per batch.
	seen := make(map[string]bool, len(batch))
	uniq := batch[:0:0]
	dups := 0
	for _, f := range batch {
		if seen[f.Article.ID] {
			dups++
			continue
		}
		seen[f.Article.ID] = true
		uniq = append(uniq, f)
	}
	put := p.Store.PutArticles
	if p.sh != nil {
		put = p.storeShared
	} else if pr, ok := p.Store.(ArticlePreparer); ok {
		prepared := p.takePrepared(uniq)
		put = func(ctx context.Context, batch []*accord.ArticleFacts) ([]accord.PutResult, error) {
			return pr.PutPrepared(ctx, batch, prepared)
		}
	}
	p.dropPrepared(batch) // the duplicates'
	res, err := put(ctx, uniq)
	if err != nil {
		return storedBatch{}, err
	}
	var sb storedBatch
	mu.Lock()
	sum.Unchanged += dups
	for i, r := range res {
		switch r.Outcome {
		case accord.Stored:
			sum.Stored++
			sb.added = append(sb.added, uniq[i])
		case accord.Replaced:
			sum.Replaced++
			sb.added = append(sb.added, uniq[i])
			sb.removed = append(sb.removed, r.ReplacedID)
		default:
			sum.Unchanged++
		}
	}
	sb.prog = sum.Progress
	mu.Unlock()
	return sb, nil
}

// metaConsolidated is the store's generation right after the last
// consolidation, with the (published, id) of the latest article in it.
const metaConsolidated = "consolidated"

// begin reads where consolidation stands: a store written since its last
// consolidation (by a killed run or another writer) is rebuilt at the end.
func (p *Pipeline) begin(ctx context.Context) error {
	p.rebuild, p.through, p.wrote, p.mark, p.held, p.sh = false, "", false, "", nil, nil
	p.prepared.Clear()
	if p.Consolidate == nil && p.Rebuild == nil {
		return nil
	}
	if s, ok := p.Store.(SharedStore); ok && p.Consolidate != nil && p.Rebuild != nil {
		return p.startShared(ctx, s)
	}
	st, err := p.Store.Stats(ctx)
	if err != nil {
		return err
	}
	mark, err := p.Store.Meta(ctx, metaConsolidated)
	if err != nil {
		return err
	}
	gen, through, _ := strings.Cut(mark, " ")
	switch {
	case gen == strconv.FormatInt(st.Generation, 10):
		p.through, p.mark = through, mark
	case st.Articles > 0 || st.Actors > 0 || st.Engagements > 0 || st.Targets > 0:
		p.rebuild = true // written since the last consolidation
	}
	return nil
}

// consolidate merges a stored batch into the record, or leaves it to the
// rebuild at the end when it is not newer than what is consolidated.
func (p *Pipeline) consolidate(ctx context.Context, added []*accord.ArticleFacts, removed []string) error {
	if len(added) == 0 && len(removed) == 0 {
		return nil
	}
	p.wrote = true
	if p.Consolidate == nil || p.sh != nil {
		return nil // shared mode merges from the store (shared.go)
	}
	return p.locked(ctx, func(ctx context.Context) error { return p.merge(ctx, added, removed) })
}

// locked runs a consolidation step under the store's record lock, when it
// has one, after catching up with consolidations other processes made since
// this pipeline's last: where the record now stands, and that a record kept
// in memory is stale.
func (p *Pipeline) locked(ctx context.Context, fn func(context.Context) error) error {
	step := func(ctx context.Context) error {
		ls := p.ls
		if ls != nil && ls.markKnown {
			// The lock has been held since this session's first step,
			// which read the mark: no other process has consolidated
			// since, and p.mark is the stored mark. (Read again, it waits
			// for SQLite's one writer, which the store stage and the
			// record's save hold most of the time.)
			err := fn(ctx)
			if err != nil {
				ls.markKnown = false
			}
			return err
		}
		t := time.Now()
		mark, err := p.Store.Meta(ctx, metaConsolidated)
		p.markTime += time.Since(t)
		if err != nil {
			return err
		}
		if mark != p.mark {
			if p.Reset != nil {
				p.Reset()
			}
			_, through, _ := strings.Cut(mark, " ")
			p.through, p.mark = through, mark
		}
		err = fn(ctx)
		if ls != nil {
			ls.markKnown = err == nil
		}
		return err
	}
	if l, ok := p.Store.(accord.RecordLocker); ok {
		ctx = accord.WithLockWait(ctx, func(holder string, waiting bool) {
			p.phase(Phase{Name: PhaseLockWait, Detail: "held by " + holder, Start: waiting})
		})
		if p.Flush != nil {
			return p.lockedHeld(ctx, l, step)
		}
		return l.WithRecordLock(ctx, step)
	}
	return step(ctx)
}

// lockSession is the record lock held from one step to the next, while a
// goroutine inside WithRecordLock runs the steps sent to it.
type lockSession struct {
	steps chan lockStep
	done  chan error // WithRecordLock's error, once it returned
	// markKnown: a step of this session read the consolidation mark and
	// every step since ended without error, so p.mark is the stored mark
	// (the steps run one at a time).
	markKnown bool
}

type lockStep struct {
	fn  func(context.Context) error
	err chan error
}

// lockedHeld runs step under the record lock, taking it on the first step
// and keeping it until unlock: with Flush, a step's record may still be
// being saved when it returns.
func (p *Pipeline) lockedHeld(ctx context.Context, l accord.RecordLocker, step func(context.Context) error) error {
	if p.ls == nil {
		ls := &lockSession{steps: make(chan lockStep), done: make(chan error, 1)}
		go func() {
			ls.done <- l.WithRecordLock(ctx, func(ctx context.Context) error {
				for st := range ls.steps {
					st.err <- st.fn(ctx)
				}
				return nil
			})
		}()
		p.ls = ls
	}
	errc := make(chan error, 1)
	select {
	case p.ls.steps <- lockStep{step, errc}:
		return <-errc
	case err := <-p.ls.done: // the lock was not taken
		p.ls = nil
		if err == nil {
			err = accord.Errorf(accord.EINTERNAL, "record lock released early")
		}
		return err
	}
}

// unlock waits for what is saved in the background and lets go of the
// record lock held across steps, if any.
func (p *Pipeline) unlock(ctx context.Context) error {
	var err error
	if p.Flush != nil {
		err = p.Flush(context.WithoutCancel(ctx))
	}
	if p.ls != nil {
		close(p.ls.steps)
		if lerr := <-p.ls.done; err == nil && !errors.Is(lerr, context.Canceled) {
			err = lerr
		}
		p.ls = nil
	}
	return err
}

// holdDays is how many of the latest days of articles an ingest holds back
// from consolidation until later ones come (see merge).
const holdDays = 14

// merge is one consolidation of a stored batch, under the lock. Articles of
// the batch's latest holdDays are held back until later days come (or the
// run ends): news roughly in date order then reaches consolidation in
// (published, id) order although a day's articles span batches, and no
// rebuild is needed.
func (p *Pipeline) merge(ctx context.Context, added []*accord.ArticleFacts, removed []string) error {
	key := func(f *accord.ArticleFacts) string { return f.Article.Published + "/" + f.Article.ID }
	all := append(p.held, added...)
	p.held = nil
	slices.SortFunc(all, func(a, b *accord.ArticleFacts) int { return strings.Compare(key(a), key(b)) })
	if p.rebuild || len(all) > 0 && key(all[0]) <= p.through || p.Rebuild != nil && len(removed) > 0 {
		p.rebuild = p.Rebuild != nil
		if p.rebuild {
			return nil
		}
	}
	if !p.ending && len(removed) == 0 && len(all) > 0 {
		// Hold back the latest holdDays: a feed or an archive brings news
		// roughly in date order, a report of one day after one of the next.
		last := all[len(all)-1].Article.Published
		if t, err := time.Parse(time.DateOnly, last[:min(len(last), 10)]); err == nil {
			last = t.AddDate(0, 0, -holdDays+1).Format(time.DateOnly)
		}
		cut := len(all)
		for cut > 0 && all[cut-1].Article.Published >= last {
			cut--
		}
		all, p.held = all[:cut], slices.Clone(all[cut:])
	}
	if len(all) > 0 || len(removed) > 0 {
		t := time.Now()
		err := p.Consolidate(ctx, p.Store, all, removed)
		p.applyTime += time.Since(t)
		if err != nil {
			return err
		}
	}
	if len(all) > 0 {
		p.through = max(p.through, key(all[len(all)-1]))
	}
	t := time.Now()
	defer func() { p.markTime += time.Since(t) }()
	return p.saveMark(ctx)
}

// end consolidates the articles held back, or rebuilds the record when the
// run needs it.
func (p *Pipeline) end(ctx context.Context) error {
	if p.sh != nil {
		return p.endShared(ctx)
	}
	if !p.rebuild && len(p.held) > 0 {
		p.ending = true
		err := p.locked(ctx, func(ctx context.Context) error { return p.merge(ctx, nil, nil) })
		p.ending = false
		if err != nil {
			return err
		}
	}
	if !p.rebuild || p.Rebuild == nil {
		return nil
	}
	return p.locked(ctx, p.rebuildAll)
}

// rebuildAll rebuilds the record from every stored article, under the lock.
func (p *Pipeline) rebuildAll(ctx context.Context) error {
	detail := ""
	if st, err := p.Store.Stats(ctx); err == nil {
		detail = "from " + strconv.Itoa(st.Articles) + " stored articles"
	}
	if p.Flush != nil {
		if err := p.Flush(ctx); err != nil {
			return err
		}
	}
	p.phase(Phase{Name: PhaseConsolidating, Detail: detail, Start: true})
	err := p.Rebuild(ctx, p.Store)
	p.phase(Phase{Name: PhaseConsolidating})
	if err != nil {
		return err
	}
	if p.Reset != nil {
		p.Reset()
	}
	// The latest article now consolidated bounds what comes next in order.
	_, n, err := p.Store.Articles(ctx, accord.ArticleFilter{Limit: 1})
	if err != nil {
		return err
	}
	p.through = ""
	if n > 0 {
		as, _, err := p.Store.Articles(ctx, accord.ArticleFilter{Limit: 1, Offset: n - 1})
		if err != nil {
			return err
		}
		if len(as) > 0 {
			p.through = as[0].Published + "/" + as[0].ID
		}
	}
	return p.saveMark(ctx)
}

// saveMark records the generation the record is consolidated through.
func (p *Pipeline) saveMark(ctx context.Context) error {
	if p.Flush != nil && len(p.held) == 0 && p.ahead.Load() == 0 {
		// The mark will claim the record: what it saves in the background
		// must be in the store. (Only this goroutine lowers ahead or
		// changes held: held now, held below.)
		if err := p.Flush(ctx); err != nil {
			return err
		}
	}
	// Stored, not consolidated: if this run stops before its end, the
	// next one must rebuild. No generation reads "held". (Only this
	// goroutine lowers ahead: "held" now is "held" after any generation
	// read, and the generation, read through the writer's connection,
	// waits for the store stage and the record's save.)
	mark := "held " + p.through
	if len(p.held) == 0 && p.ahead.Load() == 0 {
		gen, err := accord.GenerationOf(ctx, p.Store)
		if err != nil {
			return err
		}
		// A later batch whose storing began before gen was read may be in
		// it (ahead is counted up before storing starts); one that began
		// after moves the generation past gen.
		if len(p.held) == 0 && p.ahead.Load() == 0 {
			mark = strconv.FormatInt(gen, 10) + " " + p.through
		}
	}
	if mark == p.mark {
		// The store holds it (see locked). A batch that consolidates
		// nothing (its days held back) leaves "held" as it was, and
		// writing it again would wait for SQLite's one writer, which the
		// store stage and the record's save hold most of the time.
		return nil
	}
	if p.ls != nil && strings.HasPrefix(mark, "held ") && strings.HasPrefix(p.mark, "held ") {
		// The lock is held until this run's last mark (lockedHeld): the
		// stored "held" already tells any later run to rebuild, whatever
		// it is held through, and no process reads it before this run
		// writes its last mark or stops. The run knows its own through.
		return nil
	}
	p.mark = mark
	return p.Store.SetMeta(ctx, metaConsolidated, p.mark)
}

// skip counts one skipped input under its reason; the caller holds the lock.
func (p *Pipeline) skip(sum *Summary, err error) {
	sum.Skipped++
	sum.Reasons[Reason(err)]++
	if p.OnError != nil {
		p.OnError(err)
	}
}

func (p *Pipeline) progress(prog Progress, start time.Time) {
	if p.OnProgress != nil {
		prog.Elapsed = time.Since(start)
		p.OnProgress(prog)
	}
}

// Reason is the short reason of an error for the summary: its message up to
// the first colon or parenthesis, without the file and line.
func Reason(err error) string {
	var e *accord.Error
	msg := err.Error()
	if errors.As(err, &e) {
		msg = e.Message
		if msg == "" && e.Err != nil {
			msg = e.Err.Error()
		}
	}
	if i := strings.IndexAny(msg, ":("); i > 0 {
		msg = msg[:i]
	}
	return strings.TrimSpace(msg)
}

// SortedReasons returns the reasons of a summary, most frequent first.
func (s *Summary) SortedReasons() []string {
	out := make([]string, 0, len(s.Reasons))
	for r := range s.Reasons {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if s.Reasons[out[i]] != s.Reasons[out[j]] {
			return s.Reasons[out[i]] > s.Reasons[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
