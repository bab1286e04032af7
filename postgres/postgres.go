// Package postgres implements accord.Store on PostgreSQL, for teams that share
// one store and for corpora beyond what one SQLite file serves well.
//
// Several processes, on one machine or many, may open and write the same
// database at once: migrations run under an advisory lock, article writes
// are idempotent upserts on unique keys, and record writes are serialised by
// a transaction-level advisory lock. Ingest processes extract and store at
// once while one of them at a time consolidates everyone's stored articles
// in order (writers.go). Transactions that fail with a serialization failure
// or a deadlock are retried.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an accord.Store on a PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
	// schema is the schema the store's tables live in (the first of the
	// search_path), which keys the advisory locks so that stores in two
	// schemas of one database do not wait for each other.
	schema string
	// searches admits half the pool to searching (see Search).
	searches chan struct{}
	// writers holds the connection of each writer that joined (writers.go).
	writers sync.Map
	// months are the month partitions of search_docs known to exist.
	months months
	// trace sums the time of each statement (ACCORD_PG_TRACE), or is nil.
	trace *statTracer
}

var _ accord.Store = (*DB)(nil)

// Open connects to the database at url (postgres://user@host:port/db?...,
// or a key=value connection string) and brings its schema up to date. A
// search_path parameter in the url selects the schema of the store.
func Open(ctx context.Context, url string) (*DB, error) {
	return open(ctx, url, false)
}

// OpenReadOnly connects for reading only: nothing is created or migrated,
// and every transaction is read-only (default_transaction_read_only), so
// that a role with only SELECT rights can search, export and serve. A
// database without an accord store, or with an older schema, is an error
// naming it.
func OpenReadOnly(ctx context.Context, url string) (*DB, error) {
	return open(ctx, url, true)
}

func open(ctx context.Context, url string, readOnly bool) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, &accord.Error{Code: accord.EINVALID, Where: "postgres", Message: "bad connection url: " + redact(err), Err: err}
	}
	if readOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	var trace *statTracer
	if path := os.Getenv("ACCORD_PG_TRACE"); path != "" {
		trace = &statTracer{path: path}
		cfg.ConnConfig.Tracer = trace
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, internal("connect", err)
	}
	db := &DB{pool: pool, searches: make(chan struct{}, max(1, cfg.MaxConns/2)), trace: trace}
	if err := db.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&db.schema); err != nil {
		pool.Close()
		return nil, internal("connect", err)
	}
	if db.schema == "" {
		pool.Close()
		return nil, accord.Errorf(accord.EINVALID, "postgres: no schema of the search_path exists")
	}
	if readOnly {
		if err := db.checkSchema(ctx); err != nil {
			pool.Close()
			return nil, err
		}
		return db, nil
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := db.reindex(ctx); err != nil {
		pool.Close()
		return nil, internal("index the record", err)
	}
	return db, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	db.closeWriters()
	db.pool.Close()
	if db.trace != nil {
		db.trace.close()
	}
	return nil
}

// migrate applies the embedded migrations not yet recorded in schema_version,
// each in its own transaction, holding a session advisory lock so that
// processes opening the database at once apply each migration once.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return internal("migrate", err)
	}
	sort.Strings(names)

	// Up to date, as it is but for the first open after an upgrade: no lock.
	// The lock is the database's, so a long migration of another schema
	// would hold up every open of this one.
	if db.checkSchema(ctx) == nil {
		return nil
	}
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return internal("migrate", err)
	}
	defer conn.Release()
	// One key for the whole database: CREATE EXTENSION is database-wide.
	key := lockKey("migrate")
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		return internal("migrate: lock", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key)

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version integer PRIMARY KEY,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return internal("migrate", err)
	}
	var current int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&current); err != nil {
		return internal("migrate", err)
	}
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return accord.ErrorAt(accord.EINTERNAL, name, "migration name must start with a number")
		}
		if n <= current {
			continue
		}
		sql, err := migrations.ReadFile(name)
		if err != nil {
			return internal(name, err)
		}
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, string(sql)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, n)
			return err
		})
		if err != nil {
			return internal("postgres/"+name, err)
		}
	}
	return nil
}

// checkSchema checks, without writing, that the database holds a store
// with every migration of this program.
func (db *DB) checkSchema(ctx context.Context) error {
	var have int
	err := db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&have)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42P01" { // undefined_table
		return accord.Errorf(accord.ENOTFOUND, "postgres: no accord store in schema %s (accord ingest creates one)", db.schema)
	}
	if err != nil {
		return internal("open", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return internal("migrations", err)
	}
	want := 0
	for _, name := range names {
		if n, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, "migrations/"), "_", 2)[0]); err == nil {
			want = max(want, n)
		}
	}
	if have < want {
		return accord.Errorf(accord.EINVALID, "postgres: the store's schema (version %d) is older than this program's (%d); run a writing command such as accord consolidate to upgrade it", have, want)
	}
	return nil
}

// lockKey derives an advisory lock key from a name.
func lockKey(name string) int64 {
	// FNV-1a, 64 bits: stable across processes and machines.
	h := uint64(14695981039346656037)
	for _, c := range []byte("accord." + name) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return int64(h)
}

// tx runs fn in a transaction, retrying it when PostgreSQL reports a
// serialization failure or a deadlock: concurrent writers then simply try
// again, since every write of the store is idempotent.
func (db *DB) tx(ctx context.Context, fn func(pgx.Tx) error) error {
	const attempts = 10
	var err error
	for i := range attempts {
		err = pgx.BeginFunc(ctx, db.pool, fn)
		if !retryable(err) {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * 10 * time.Millisecond):
		}
	}
	return err
}

// bump advances the generation after a committed write, so that a reader
// that sees the new generation also sees the write. It runs even if ctx was
// cancelled after the commit.
func (db *DB) bump(ctx context.Context) error {
	_, err := db.pool.Exec(context.WithoutCancel(ctx), `SELECT nextval('generation')`)
	if err != nil {
		return internal("generation", err)
	}
	return nil
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01": // serialization_failure, deadlock_detected
			return true
		}
	}
	return false
}

// internal wraps a database error as an accord EINTERNAL error naming what
// was being done; accord errors pass through unchanged.
func internal(what string, err error) error {
	var ae *accord.Error
	if errors.As(err, &ae) {
		return err
	}
	return &accord.Error{Code: accord.EINTERNAL, Where: "postgres", Message: fmt.Sprintf("%s: %v", what, err), Err: err}
}

// redact keeps passwords out of error messages about connection strings.
func redact(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "password"); i >= 0 {
		return msg[:i] + "(connection string redacted)"
	}
	return msg
}
