package sqlite

import (
	"context"
	"os"
	"syscall"
	"time"
)

// WithRecordLock runs fn while no other process consolidates into this store:
// an exclusive flock on a lock file beside the database, so that several
// `accord ingest` processes on one SQLite file merge one after the other.
// (SQLite's own locks guard each transaction, not a read-merge-write.)
func (db *DB) WithRecordLock(ctx context.Context, fn func(context.Context) error) error {
	if db.path == "" || db.path == ":memory:" {
		return fn(ctx)
	}
	f, err := os.OpenFile(db.path+"-lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return internal("record lock", err)
	}
	defer f.Close()
	// Poll rather than block, so that a cancelled context ends the wait.
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if err != syscall.EWOULDBLOCK {
			return internal("record lock", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return fn(ctx)
}
