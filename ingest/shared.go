package ingest

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	accord "github.com/accordhq/accord"
)

// SharedStore is a store several ingest processes write at once
// (postgres.DB). With one, an ingest runs in shared mode:
//
//   - every process extracts and stores its articles at once, without
//     waiting for the others;
//   - each process declares a position: it will store no article published
//     before it from now on (its latest published date less holdDays, as
//     the single-writer ingest holds articles back);
//   - the record follows the stored articles in (published, id) order up to
//     the frontier, the least position of the live writers. Consolidation
//     merges in that order, because merges of one block do not commute (an
//     engagement's id comes from its first report, a target's from its
//     first statement, an invitation is closed by a later visit), and every
//     batch touches blocks that span the years (its persons' names, its
//     pairs' targets, its countries' open invitations). So one process at a
//     time, holding the record lock, merges everyone's stored articles,
//     from a goroutine of its own; the others do not wait for the lock but
//     go on extracting and storing;
//   - an article older than what is consolidated, or than its writer's
//     position, and any replaced article, mark the store for a rebuild,
//     done once by the last writer to leave (and only then: a rebuild
//     replaces every merge before it).
//
// The mark "consolidated" reads "range <n> <published>/<id>": the n stored
// articles up to (published, id), and none after, are in the record. They
// are merged in batches of sharedBatch articles counted from the first
// stored (a batch waits until it is whole, unless no writer is left), which
// are the batches of consolidate.Rebuild and Build: merges are not quite
// independent of how articles are cut in batches (a visit's place learnt in
// a later batch), and so the record is Rebuild's. A writer that dies
// leaves its stored articles to the others' merges; its row is ignored once
// its session ends.
type SharedStore interface {
	accord.RecordLocker
	// TryRecordLock runs fn under the record lock if no one holds it.
	TryRecordLock(ctx context.Context, fn func(context.Context) error) (bool, error)
	JoinWriters(ctx context.Context) (id string, err error)
	SetWriterPosition(ctx context.Context, id, position string) error
	LeaveWriters(ctx context.Context, id string) error
	// WritersFrontier returns the least position of the live writers:
	// "" when one has none yet, "\uffff" when none lives.
	WritersFrontier(ctx context.Context) (frontier string, live int, err error)
	// EachFactsBetween streams the stored articles after (published, id) and
	// published before before, in (published, id) order; bodies may be left
	// out.
	EachFactsBetween(ctx context.Context, afterPublished, afterID, before string, fn func(*accord.ArticleFacts) error) error
}

const (
	// metaRebuild is set when the record must be rebuilt once no writer is
	// left.
	metaRebuild = "consolidate.rebuild"
	// rangeMark starts the mark of a record consolidated in shared mode;
	// mergingMark replaces it while a batch is merged, so that a merger that
	// dies between saving the record and the mark is found out (its batch
	// would be merged twice): the store is then rebuilt.
	rangeMark   = "range "
	mergingMark = "merging "
	// sharedBatch is how many stored articles a merge takes (as Rebuild).
	sharedBatch = 512
	// sharedPoll is how often a process checks whether there is consolidation
	// to do that no one does.
	sharedPoll = 250 * time.Millisecond
	// sharedGrace is how long a writer waits for the others before its
	// first merge.
	sharedGrace = time.Second
	// noFrontier bounds nothing.
	noFrontier = "\uffff"
)

// shared is the state of a shared-mode run.
type shared struct {
	s      SharedStore
	id     string
	pos    string // this writer's position
	kick   chan struct{}
	stop   chan struct{}
	done   chan struct{}
	left   bool
	closed bool

	// buf holds the stored articles read after the record's end by the
	// last pass, too few for a whole batch, while the mark is still bufMark
	// (no other process merged since): the next pass reads on from the last
	// of them instead of reading them again. Articles published before the
	// frontier are all stored when it is read (a writer's position moves
	// after its batch commits; a later one marks the store for a rebuild),
	// so nothing comes between them.
	buf     []*accord.ArticleFacts
	bufMark string

	mu     sync.Mutex
	err    error     // of the background merges
	seen   string    // the mark as last read
	seenAt time.Time // when it last changed
	stats  SharedStats
}

// SharedStats is what a process did for the record in shared mode.
type SharedStats struct {
	Passes      int           // consolidation passes that merged something
	Merged      int           // stored articles merged into the record
	Merging     time.Duration // time spent merging (reading, merging, saving)
	LockWait    time.Duration // time waiting for the record lock (at the end only)
	Rebuilt     bool          // this process rebuilt the record at its end
	Consolidate time.Duration // the last pass, at the end: what the run waited for
}

// startShared joins the writers of a shared store and starts the merging
// goroutine.
func (p *Pipeline) startShared(ctx context.Context, s SharedStore) error {
	id, err := s.JoinWriters(ctx)
	if err != nil {
		return err
	}
	sh := &shared{s: s, id: id, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	p.sh = sh
	go p.merger(ctx)
	return nil
}

// merger merges what it may whenever a batch is stored or a poll comes,
// unless another process is doing it: the process that merged last keeps
// merging (its Applier holds the months it read), and another takes over
// only when the mark has not moved for a second.
func (p *Pipeline) merger(ctx context.Context) {
	sh := p.sh
	defer close(sh.done)
	tick := time.NewTicker(sharedPoll)
	defer tick.Stop()
	// Writers started together join within a moment of each other: the
	// first merges wait for them, lest one bring older articles than
	// another's first merge and make the store rebuild.
	grace := time.Now().Add(sharedGrace)
	for {
		select {
		case <-sh.stop:
			return
		case <-ctx.Done():
			return
		case <-sh.kick:
		case <-tick.C:
		}
		if time.Now().Before(grace) {
			continue
		}
		mark, err := p.Store.Meta(ctx, metaConsolidated)
		if err == nil {
			sh.mu.Lock()
			if mark != sh.seen {
				sh.seen, sh.seenAt = mark, time.Now()
			}
			idle := time.Since(sh.seenAt) > time.Second
			sh.mu.Unlock()
			if mark != p.mark && !idle {
				continue // another process merges
			}
			_, err = sh.s.TryRecordLock(ctx, func(ctx context.Context) error { return p.pass(ctx, false) })
		}
		if err != nil && ctx.Err() == nil {
			sh.mu.Lock()
			sh.err = err
			sh.mu.Unlock()
			return
		}
	}
}

// failed is the error of the merging goroutine, if any.
func (sh *shared) failed() error {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.err
}

// storeShared stores a batch in shared mode: a batch that breaks the order
// the record follows marks the store for a rebuild first, and the writer's
// position moves on after.
func (p *Pipeline) storeShared(ctx context.Context, batch []*accord.ArticleFacts) ([]accord.PutResult, error) {
	sh := p.sh
	if err := sh.failed(); err != nil {
		return nil, err
	}
	mark, err := p.Store.Meta(ctx, metaConsolidated)
	if err != nil {
		return nil, err
	}
	_, through, _ := parseRange(mark)
	var late []string
	for _, f := range batch {
		a := f.Article
		if a.Published < sh.pos || through != "" && a.Published+"/"+a.ID <= through {
			late = append(late, a.ID)
		}
	}
	if len(late) > 0 {
		// Stored already (the same file again) is no change; the others are
		// marked before they are stored, so that a crash cannot hide them.
		have, err := p.Store.ArticleInfos(ctx, late)
		if err != nil {
			return nil, err
		}
		if len(have) < len(late) {
			if err := p.Store.SetMeta(ctx, metaRebuild, "1"); err != nil {
				return nil, err
			}
		}
	}
	res, err := p.Store.PutArticles(ctx, batch)
	if err != nil {
		return nil, err
	}
	pos := sh.pos
	for i, r := range res {
		if r.Outcome == accord.Replaced {
			if err := p.Store.SetMeta(ctx, metaRebuild, "1"); err != nil {
				return nil, err
			}
		}
		if r.Outcome == accord.Stored || r.Outcome == accord.Replaced {
			pos = max(pos, position(batch[i].Article.Published))
		}
	}
	if pos != sh.pos {
		if err := sh.s.SetWriterPosition(ctx, sh.id, pos); err != nil {
			return nil, err
		}
		sh.pos = pos
	}
	select {
	case sh.kick <- struct{}{}:
	default:
	}
	return res, nil
}

// position is where a writer whose latest article was published on day
// stands: news in date order comes a little out of order, so articles up to
// holdDays before it may still come.
func position(day string) string {
	t, err := time.Parse(time.DateOnly, day[:min(len(day), 10)])
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -holdDays+1).Format(time.DateOnly)
}

// pass merges the stored articles up to the frontier, under the record
// lock. At the end (final) with no writer left, a store marked for a
// rebuild is rebuilt.
func (p *Pipeline) pass(ctx context.Context, final bool) error {
	sh := p.sh
	mark, err := p.Store.Meta(ctx, metaConsolidated)
	if err != nil {
		return err
	}
	if mark != p.mark && p.Reset != nil {
		p.Reset() // another process merged since this one did
	}
	p.mark = mark
	if rest, died := strings.CutPrefix(mark, mergingMark); died {
		if err := p.Store.SetMeta(ctx, metaRebuild, "1"); err != nil {
			return err
		}
		mark = rangeMark + rest
	}
	n, through, ok := parseRange(mark)
	if !ok {
		if n, through, err = p.legacyMark(ctx, mark); err != nil {
			return err
		}
	}
	frontier, live, err := sh.s.WritersFrontier(ctx)
	if err != nil {
		return err
	}
	flag, err := p.Store.Meta(ctx, metaRebuild)
	if err != nil {
		return err
	}
	if flag != "" {
		if !final || live > 0 || p.Rebuild == nil {
			return nil // the last writer rebuilds: merging now is lost work
		}
		// Cleared first: a writer that comes during the rebuild and marks
		// the store again is rebuilt for at its end.
		if err := p.Store.SetMeta(ctx, metaRebuild, ""); err != nil {
			return err
		}
		if err := p.rebuildAll(ctx); err != nil {
			return err
		}
		sh.mu.Lock()
		sh.stats.Rebuilt = true
		sh.mu.Unlock()
		st, err := p.Store.Stats(ctx)
		if err != nil {
			return err
		}
		p.mark = rangeMark + strconv.Itoa(st.Articles) + " " + p.through
		return p.Store.SetMeta(ctx, metaConsolidated, p.mark)
	}
	start := time.Now()
	var batch []*accord.ArticleFacts
	merged := 0
	merge := func() error {
		if len(batch) == 0 {
			return nil
		}
		p.mark = mergingMark + strconv.Itoa(n) + " " + through
		if err := p.Store.SetMeta(ctx, metaConsolidated, p.mark); err != nil {
			return err
		}
		if err := p.Consolidate(ctx, p.Store, batch, nil); err != nil {
			return err
		}
		last := batch[len(batch)-1].Article
		merged += len(batch)
		n += len(batch)
		batch = batch[:0]
		through = last.Published + "/" + last.ID
		p.mark = rangeMark + strconv.Itoa(n) + " " + through
		return p.Store.SetMeta(ctx, metaConsolidated, p.mark)
	}
	from := through
	if sh.bufMark == mark && len(sh.buf) > 0 {
		batch = append(batch, sh.buf...)
		last := batch[len(batch)-1].Article
		from = last.Published + "/" + last.ID
	}
	sh.buf, sh.bufMark = nil, ""
	pub, id, _ := strings.Cut(from, "/")
	err = sh.s.EachFactsBetween(ctx, pub, id, frontier, func(f *accord.ArticleFacts) error {
		batch = append(batch, f)
		if (n+len(batch))%sharedBatch != 0 {
			return nil
		}
		return merge()
	})
	if err == nil && final && live == 0 {
		err = merge() // the last batch, whole or not
	}
	if err == nil && len(batch) > 0 {
		sh.buf, sh.bufMark = slices.Clone(batch), p.mark
	}
	if merged > 0 {
		sh.mu.Lock()
		sh.stats.Passes++
		sh.stats.Merged += merged
		sh.stats.Merging += time.Since(start)
		sh.mu.Unlock()
	}
	return err
}

// parseRange reads a mark of shared mode.
func parseRange(mark string) (n int, through string, ok bool) {
	rest, ok := strings.CutPrefix(mark, rangeMark)
	if !ok {
		if rest, ok = strings.CutPrefix(mark, mergingMark); !ok {
			return 0, "", false
		}
	}
	num, through, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(num)
	return n, through, err == nil
}

// legacyMark reads a mark written by a single-writer ingest: where its
// record stands, how many articles that is, and whether the store must be
// rebuilt (written since, or a record without a mark).
func (p *Pipeline) legacyMark(ctx context.Context, mark string) (int, string, error) {
	st, err := p.Store.Stats(ctx)
	if err != nil {
		return 0, "", err
	}
	gen, through, _ := strings.Cut(mark, " ")
	stale := false
	switch {
	case mark == "":
		stale = st.Actors > 0 || st.Engagements > 0 || st.Targets > 0
	case gen == "held":
		// Held articles are stored after the mark, not merged: as in shared mode.
	default:
		stale = gen != strconv.FormatInt(st.Generation, 10)
	}
	if stale {
		if err := p.Store.SetMeta(ctx, metaRebuild, "1"); err != nil {
			return 0, "", err
		}
	}
	// The articles up to the mark (counted, not Stats less those after it:
	// other writers store meanwhile).
	n := 0
	if through != "" {
		err := p.sh.s.EachFactsBetween(ctx, "", "", noFrontier, func(f *accord.ArticleFacts) error {
			if f.Article.Published+"/"+f.Article.ID > through {
				return errCounted
			}
			n++
			return nil
		})
		if err != nil && !errors.Is(err, errCounted) {
			return 0, "", err
		}
	}
	return n, through, nil
}

var errCounted = errors.New("counted")

// endShared leaves the writers, then merges what is left up to the frontier
// (all of it when no writer is left, or the rebuild), waiting for the lock.
func (p *Pipeline) endShared(ctx context.Context) error {
	sh := p.sh
	p.stopShared()
	if err := sh.failed(); err != nil {
		return err
	}
	if err := p.leaveShared(ctx); err != nil {
		return err
	}
	asked := time.Now()
	var got time.Time
	ctx = accord.WithLockWait(ctx, func(holder string, waiting bool) {
		p.phase(Phase{Name: PhaseLockWait, Detail: "held by " + holder, Start: waiting})
	})
	err := sh.s.WithRecordLock(ctx, func(ctx context.Context) error {
		got = time.Now()
		return p.pass(ctx, true)
	})
	sh.mu.Lock()
	if !got.IsZero() {
		sh.stats.LockWait += got.Sub(asked)
		sh.stats.Consolidate = time.Since(got)
	}
	sh.mu.Unlock()
	return err
}

// stopShared stops the merging goroutine and waits for it.
func (p *Pipeline) stopShared() {
	sh := p.sh
	if sh == nil || sh.closed {
		return
	}
	sh.closed = true
	close(sh.stop)
	<-sh.done
}

func (p *Pipeline) leaveShared(ctx context.Context) error {
	sh := p.sh
	if sh == nil || sh.left {
		return nil
	}
	sh.left = true
	return sh.s.LeaveWriters(ctx, sh.id)
}

// closeShared ends a shared-mode run that failed: the process leaves the
// writers, and what it stored is merged by the others, or by the next run.
func (p *Pipeline) closeShared(ctx context.Context, sum *Summary) {
	if p.sh == nil {
		return
	}
	p.stopShared()
	p.leaveShared(context.WithoutCancel(ctx))
	p.sh.mu.Lock()
	sum.Shared = p.sh.stats
	p.sh.mu.Unlock()
	p.sh = nil
}
