package sqlite

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/accordhq/accord"
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
	waited := false
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if err != syscall.EWOULDBLOCK {
			return internal("record lock", err)
		}
		if !waited {
			waited = true
			accord.LockWaitOf(ctx)(lockHolder(f), true)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	if waited {
		accord.LockWaitOf(ctx)("", false)
	}
	// Say who holds the lock, for a process that will wait for it.
	if err := f.Truncate(0); err == nil {
		host, _ := os.Hostname()
		_, _ = f.WriteAt([]byte(fmt.Sprintf("process %d on %s since %s", os.Getpid(), host, time.Now().Format("15:04:05"))), 0)
	}
	return fn(ctx)
}

// lockHolder returns what the lock's holder wrote in the lock file.
func lockHolder(f *os.File) string {
	b := make([]byte, 200)
	n, _ := f.ReadAt(b, 0)
	if n == 0 {
		return "another process"
	}
	return string(b[:n])
}
