package sqlite

import (
	"context"
	"database/sql"
	"net/url"
	"sync"
	"time"
)

// checkpointEvery is how often a background checkpointer copies the WAL
// into the store file: about twice in each of the writer's own checkpoint
// cycles (65536 pages of WAL) at a bulk load's pace, so that the writer's
// checkpoint, which still restarts the WAL, finds most of it copied.
var checkpointEvery = 2 * time.Second

// CheckpointInBackground copies the WAL into the store file from a
// connection of its own, every checkpointEvery, instead of in the writer's
// commits, until the returned function is called. A bulk load (accord
// ingest) calls it: SQLite has one writer connection, which the articles
// and the record's saves take in turn, and a checkpoint run by the commit
// that crossed the threshold held it for a second or more while the file's
// pages were written, a share that grows with the store (issue 10: 12 s of
// 29 s the record's saves held the writer for 100,000 articles at 900,000
// stored, against 4 of 13 into an empty store). A passive checkpoint needs
// no lock the writer takes: the two run side by side on two cores. The
// writer's own checkpoint stays: the WAL restarts from its beginning only
// once it is wholly copied, which a checkpoint run beside a busy writer
// seldom sees (alone, the WAL grew to 1 GB); run by the writer's commit, it
// now finds most pages copied.
func (db *DB) CheckpointInBackground(ctx context.Context) (stop func()) {
	if db.readOnly {
		return func() {}
	}
	name := "file:" + (&url.URL{Path: db.path}).EscapedPath()
	cp, err := sql.Open("sqlite", name+"?_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return func() {}
	}
	cp.SetMaxOpenConns(1)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(checkpointEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				// PASSIVE: copies what no reader still needs and waits for
				// no one; an error (busy) leaves it to the next tick or
				// to the writer's fallback.
				cp.ExecContext(context.WithoutCancel(ctx), `PRAGMA wal_checkpoint(PASSIVE)`) //nolint:errcheck
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			wg.Wait()
			cp.Close()
		})
	}
}
