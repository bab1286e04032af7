package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Several ingest processes write one store at once (package ingest's shared
// mode). Consolidation merges articles in (published, id) order, and the
// merges of one block of the record (a country's months, a target's holders,
// a person's names) do not commute: a record equal to one writer's needs
// that order. So extraction and article writes run in every process at once,
// while the record follows the stored articles in order: whichever process
// holds the record lock merges everyone's stored articles up to the
// frontier, the least position of the live writers (see WritersFrontier),
// and the others go on extracting and storing instead of waiting for it.

// NoFrontier is the frontier when no live writer bounds it: every stored
// article may be consolidated.
const NoFrontier = "\uffff"

// JoinWriters registers a writer of the store and returns its id. The
// writer holds a session advisory lock on a connection of its own until
// LeaveWriters (or its process dies, which ends the session), so that the
// others can tell a live writer from the row of a dead one.
func (db *DB) JoinWriters(ctx context.Context) (string, error) {
	b := make([]byte, 8)
	rand.Read(b)
	id := hex.EncodeToString(b)
	key := lockKey(db.schema + ".writer." + id)
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return "", internal("join writers", err)
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		conn.Release()
		return "", internal("join writers", err)
	}
	// The lock first: a row is never seen without its lock held.
	if _, err := conn.Exec(ctx, `INSERT INTO writers (id, lock) VALUES ($1, $2)`, id, key); err != nil {
		conn.Conn().Close(context.WithoutCancel(ctx))
		conn.Release()
		return "", internal("join writers", err)
	}
	db.writers.Store(id, conn)
	return id, nil
}

// SetWriterPosition records that the writer will store no article published
// before position from now on.
func (db *DB) SetWriterPosition(ctx context.Context, id, position string) error {
	if _, err := db.pool.Exec(ctx, `UPDATE writers SET position = $2 WHERE id = $1`, id, position); err != nil {
		return internal("writer position", err)
	}
	return nil
}

// LeaveWriters unregisters a writer: it bounds the frontier no more.
func (db *DB) LeaveWriters(ctx context.Context, id string) error {
	v, ok := db.writers.LoadAndDelete(id)
	if !ok {
		return nil
	}
	conn := v.(*pgxpool.Conn)
	ctx = context.WithoutCancel(ctx)
	_, err := conn.Exec(ctx, `DELETE FROM writers WHERE id = $1`, id)
	// Closing the session drops its lock whatever happened above.
	conn.Conn().Close(ctx)
	conn.Release()
	if err != nil {
		return internal("leave writers", err)
	}
	return nil
}

// WritersFrontier returns the least position of the live writers ("" when
// one has not stored yet, NoFrontier when none lives) and how many live.
// Rows of writers that died are deleted.
func (db *DB) WritersFrontier(ctx context.Context) (frontier string, live int, err error) {
	err = db.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM writers w WHERE NOT EXISTS (`+heldLock+`)`); err != nil {
			return err
		}
		var least *string
		if err := tx.QueryRow(ctx, `SELECT min(position), count(*) FROM writers`).Scan(&least, &live); err != nil {
			return err
		}
		frontier = NoFrontier
		if least != nil {
			frontier = *least
		}
		return nil
	})
	if err != nil {
		return "", 0, internal("writers", err)
	}
	return frontier, live, nil
}

// heldLock is true when a session of this database holds the advisory lock
// of writers row w.
const heldLock = `SELECT 1 FROM pg_locks l
	WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
	AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
	AND (l.classid::bigint << 32 | l.objid::bigint) = w.lock`

// EachFactsBetween calls fn for the facts of every article after
// (afterPublished, afterID) and published before before, in (published, id)
// order, a page at a time: no connection is held while fn runs. The
// articles come without their bodies, which consolidation does not read.
func (db *DB) EachFactsBetween(ctx context.Context, afterPublished, afterID, before string, fn func(*accord.ArticleFacts) error) error {
	const sql = `SELECT ` + articleColumns + `, '', facts::text FROM articles
		WHERE (published, id) > ($2, $3) AND published < $4 ORDER BY published, id LIMIT $1`
	// The page query runs on another goroutine (pageFactsAhead): it reads
	// the arguments it is given, not shared variables.
	return db.pageFactsAhead(ctx, func(last *accord.Article) (string, []any) {
		if last != nil {
			return sql, []any{last.Published, last.ID, before}
		}
		return sql, []any{afterPublished, afterID, before}
	}, fn)
}

// TryRecordLock runs fn holding the record lock of WithRecordLock if no
// other session holds it, and reports whether it ran.
func (db *DB) TryRecordLock(ctx context.Context, fn func(context.Context) error) (bool, error) {
	return db.recordLock(ctx, fn, false)
}

// closeWriters ends the sessions of writers that did not leave, so that
// Close does not wait for their connections.
func (db *DB) closeWriters() {
	db.writers.Range(func(k, _ any) bool {
		db.LeaveWriters(context.Background(), k.(string))
		return true
	})
}
