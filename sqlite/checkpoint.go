package sqlite

import (
	"context"
	"database/sql"
	"net/url"
	"strconv"
	"sync"
	"time"
)

// checkpointEvery is how often a background checkpointer copies the WAL
// into the store file.
var checkpointEvery = 2 * time.Second

// writerCheckpointPages is the writer's automatic checkpoint while a
// background checkpointer runs, and writerCheckpointAlone otherwise (the
// DSN's). The WAL restarts from its beginning only once it is wholly
// copied, which a checkpoint run beside a busy writer seldom sees (with the
// writer's own checkpoint at 262144 pages the WAL grew to 1 GB): the
// writer's checkpoint stays, and finds most pages copied. Every 131072
// pages, not 65536: it still synced and copied what the last two seconds
// wrote, half as often so (100,000 articles at 900,000 stored: the
// record's commits 8.5 s -> 5.5, the WAL at most 620 MB).
const (
	writerCheckpointPages = 131072
	writerCheckpointAlone = 65536
)

// CheckpointInBackground copies the WAL into the store file from a
// connection of its own, every checkpointEvery, instead of in the writer's
// commits, until the returned function is called. A bulk load (accord
// ingest) calls it: SQLite has one writer connection, which the articles
// and the record's saves take in turn, and a checkpoint run by the commit
// that crossed the threshold held it for a second or more while the file's
// pages were written, a share that grows with the store (issue 10: 12 s of
// 29 s the record's saves held the writer for 100,000 articles at 900,000
// stored, against 4 of 13 into an empty store). A passive checkpoint needs
// no lock the writer takes: the two run side by side on two cores.
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
	if _, err := db.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = `+strconv.Itoa(writerCheckpointPages)); err != nil {
		cp.Close()
		return func() {}
	}
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
			db.w.ExecContext(context.WithoutCancel(ctx), `PRAGMA wal_autocheckpoint = `+strconv.Itoa(writerCheckpointAlone)) //nolint:errcheck
		})
	}
}
