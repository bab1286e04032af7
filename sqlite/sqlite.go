// Package sqlite implements accord.Store on an embedded SQLite database
// (modernc.org/sqlite: pure Go, FTS5 for search).
//
// The database runs in WAL mode with one writer connection, since SQLite
// allows one writer at a time, and a pool of reader connections that read
// while the writer writes. The schema is created and upgraded by the
// numbered migrations embedded from migrations/*.sql.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/accordhq/accord"
	_ "modernc.org/sqlite" // the "sqlite" driver
)

// DB is an accord.Store in one SQLite file.
type DB struct {
	path string
	w    *sql.DB // the one writer connection
	r    *sql.DB // readers
	// searches admits searches, one per two cores (see searchSlots).
	searches chan struct{}
	// readOnly: opened by OpenReadOnly; w is r, and writes fail.
	readOnly bool
	// view: opened by OpenView, for one view. ns finds articles' keys by
	// id; it remembers them in a view's store.
	view bool
	ns   *articleNs
	// heads: in a view's store, the heads of the articles its targets'
	// histories cite, read with their statements (nil in other stores).
	heads *statementHeads
	// saved: the target lists the writer stored (see savedCache).
	saved savedCache
	// times: the writer connection's waits and holds (WriterTimes).
	times writerTimes
}

var _ accord.Store = (*DB)(nil)

//go:embed migrations/*.sql
var migrations embed.FS

// Open opens the store in the file at path, creating the file and its
// schema when they do not exist and applying pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, accord.ErrorAt(accord.EINVALID, "path", "no database file given")
	}
	if err := checkWritable(path); err != nil {
		return nil, err
	}
	// A file: URI, so that any character of the path is escaped and none is
	// read as the start of parameters.
	name := "file:" + (&url.URL{Path: path}).EscapedPath()
	params := "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"
	// The writer's page cache holds a batch's pages (64 MB, not the default
	// 2 MB), so that a transaction does not spill pages to the file twice.
	// A checkpoint every 65536 pages (256 MB of WAL, not 4 MB): pages a
	// bulk load writes again and again (indexes, the full-text segments)
	// go back to the file once per checkpoint, not once per batch; at
	// 8192 pages the checkpoints' writes grew with the store (issue 10).
	// 128 MB rather than 64: past a few hundred thousand articles the
	// indexes a batch touches at random places (by article id, entity id)
	// are read back from the file page by page otherwise. Migrations 0016
	// and 0017 moved the wide ones to write order, so that what is left
	// at random places is narrow (the unique indexes on ids).
	// 96 MB rather than 128 (issue 10, session 23): the pages a batch
	// misses are in the OS's cache, and at 900,000 stored 100,000 more
	// articles took the same time with 96; the 32 MB went to the ingest's
	// Go heap, whose collector cost more (cmd/accord ingestMemoryLimit).
	// Statement journals in memory (temp_store): an insert into a table
	// with several unique indexes journals every page it changes, and in a
	// file that is a write call for every four bytes.
	w, err := sql.Open("sqlite", name+params+enginePragmas()+"&_pragma=journal_mode(WAL)&_pragma=cache_size(-"+strconv.Itoa(writerCacheKB())+")&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(65536)&_txlock=immediate")
	if err != nil {
		return nil, internal("open "+path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)
	db := &DB{path: path, w: w}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := db.fillFacetBlocks(ctx); err != nil {
		w.Close()
		return nil, internal("fill the facet blocks of "+path, err)
	}
	if err := db.reindex(ctx); err != nil {
		w.Close()
		return nil, internal("index the record of "+path, err)
	}
	// Readers open after the writer has switched the file to WAL.
	// A reader's page cache of 32 MB (SQLite's default is 2 MB) holds the
	// index pages that searches walk again and again: the facets of ten
	// thousand matches read as many rows of article_facets.
	r, err := sql.Open("sqlite", name+params+"&_pragma=query_only(1)&_pragma=cache_size(-32768)")
	if err != nil {
		w.Close()
		return nil, internal("open "+path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db.r = r
	db.searches = make(chan struct{}, searchSlots())
	return db, nil
}

// searchSlots is how many searches run at once: half the cores, so that
// searches (CPU-bound) leave the other half to every other read, and at
// most half the readers.
func searchSlots() int {
	return max(1, runtime.GOMAXPROCS(0)/2) // the readers are max(4, GOMAXPROCS)
}

// checkWritable says "permission denied" in words where SQLite would say
// "unable to open database file (14)" or "attempt to write a readonly
// database": the store, or the folder a new one goes in, may not be
// written by this user.
func checkWritable(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		dir := filepath.Dir(path)
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			return accord.ErrorAt(accord.EINVALID, path, "cannot create the store: the folder %s does not exist", dir)
		}
		if syscall.Access(dir, 2|1) == syscall.EACCES { // W_OK|X_OK
			return &accord.Error{Code: accord.EPERM, Where: path, Message: "permission denied: cannot create a store in " + dir, Err: fs.ErrPermission}
		}
	case errors.Is(err, fs.ErrPermission):
		return &accord.Error{Code: accord.EPERM, Where: path, Message: "permission denied", Err: err}
	case err != nil:
		return internal("open "+path, err)
	case fi.IsDir():
		return accord.ErrorAt(accord.EINVALID, path, "is a folder, not a store file")
	case syscall.Access(path, 2) == syscall.EACCES || syscall.Access(filepath.Dir(path), 2|1) == syscall.EACCES:
		// WAL needs the -wal and -shm files beside the store.
		return &accord.Error{Code: accord.EPERM, Where: path, Message: "permission denied: the store (or its folder) is read-only to you; reading commands open it read-only", Err: fs.ErrPermission}
	}
	return nil
}

// OpenReadOnly opens an existing store for reading only: nothing is created
// or migrated, and the file may be one the user can only read. A missing
// file is ENOTFOUND naming the path; a store whose schema is older than
// this program's asks for a writing command to upgrade it.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	return openReadOnly(ctx, path, readerCacheKB)
}

// readerCacheKB is a reader's page cache: a server's connections keep the
// pages that every request walks (the upper levels of the indexes, the
// facets' table).
const readerCacheKB = 32768

// viewCacheKB is the page cache of OpenView.
const viewCacheKB = 1024

// OpenView is OpenReadOnly for a process that shows one view and exits
// (accord timeline, brief, actor, target). Such a view reads each of its
// rows' pages once, a few thousand of them scattered over the store, and
// only the b-trees' upper levels again. With a page cache larger than
// that, every page read takes fresh memory (page faults) and Close frees
// them one by one; a cache of 1 MB recycles its oldest pages and keeps the
// upper levels: at 785,000 articles a quarter less CPU for the view. It
// remembers the keys of the articles it looked up by id (articleNs), and
// reads articles' titles from their rows (articleRowInfoSQL).
func OpenView(ctx context.Context, path string) (*DB, error) {
	db, err := openReadOnly(ctx, path, viewCacheKB)
	if err == nil {
		db.view, db.ns = true, &articleNs{m: map[string]int64{}}
		db.heads = &statementHeads{m: map[string]*accord.Article{}}
	}
	return db, err
}

func openReadOnly(ctx context.Context, path string, cacheKB int) (*DB, error) {
	if path == "" {
		return nil, accord.ErrorAt(accord.EINVALID, "path", "no database file given")
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &accord.Error{Code: accord.ENOTFOUND, Where: path, Message: "no such store (accord ingest --db " + path + " creates one)", Err: err}
	case errors.Is(err, fs.ErrPermission):
		return nil, &accord.Error{Code: accord.EPERM, Where: path, Message: "permission denied", Err: err}
	case err != nil:
		return nil, internal("open "+path, err)
	case fi.IsDir():
		return nil, accord.ErrorAt(accord.EINVALID, path, "is a folder, not a store file")
	}
	name := "file:" + (&url.URL{Path: path}).EscapedPath()
	params := "?mode=ro&_pragma=busy_timeout(10000)&_pragma=query_only(1)&_pragma=cache_size(-" + strconv.Itoa(cacheKB) + ")"
	// A store in a folder the user may not write has no -shm file to share
	// with writers; immutable reads it as it is, which is all such a user
	// may see anyway.
	if syscall.Access(filepath.Dir(path), 2|1) == syscall.EACCES || syscall.Access(path, 2) == syscall.EACCES {
		if _, err := os.Stat(path + "-shm"); err != nil || syscall.Access(path+"-shm", 2) == syscall.EACCES {
			params += "&immutable=1"
		}
	}
	r, err := sql.Open("sqlite", name+params)
	if err != nil {
		return nil, internal("open "+path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db := &DB{path: path, w: r, r: r, readOnly: true, searches: make(chan struct{}, searchSlots())}
	var have int
	if err := r.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&have); err != nil {
		r.Close()
		if strings.Contains(err.Error(), "no such table") || strings.Contains(err.Error(), "not a database") {
			return nil, accord.ErrorAt(accord.EINVALID, path, "not an accord store")
		}
		return nil, internal("open "+path, err)
	}
	want, err := latestMigration()
	if err != nil {
		r.Close()
		return nil, err
	}
	if have < want {
		r.Close()
		return nil, accord.ErrorAt(accord.EINVALID, path, "the store's schema (version %d) is older than this program's (%d); run a writing command such as accord consolidate to upgrade it", have, want)
	}
	return db, nil
}

// latestMigration returns the number of the newest embedded migration.
func latestMigration() (int, error) {
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return 0, internal("migrations", err)
	}
	last := 0
	for _, f := range files {
		num, _, _ := strings.Cut(strings.TrimPrefix(f, "migrations/"), "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return 0, internal("migration "+f, err)
		}
		last = max(last, v)
	}
	return last, nil
}

// Close closes the database.
func (db *DB) Close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	if !db.readOnly {
		errs = append(errs, db.w.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return internal("close "+db.path, err)
	}
	return nil
}

// migrate applies, in order, each embedded migration newer than the
// schema's version, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	const create = `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`
	if _, err := db.w.ExecContext(ctx, create); err != nil {
		return internal("open "+db.path, err)
	}
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return internal("migrations", err)
	}
	sort.Strings(files)
	for _, f := range files {
		base := strings.TrimPrefix(f, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		version, err := strconv.Atoi(num)
		if err != nil {
			return internal("migration "+base, err)
		}
		if err := db.apply(ctx, version, f); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration unless the schema has it already. The check is
// inside the (immediate) transaction, so two processes opening a new file at
// once apply it once.
func (db *DB) apply(ctx context.Context, version int, file string) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return internal("migrate "+db.path, err)
	}
	defer tx.Rollback()
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_version WHERE version = ?`, version).Scan(&have); err != nil {
		return internal("migrate "+db.path, err)
	}
	if have > 0 {
		return nil
	}
	script, err := migrations.ReadFile(file)
	if err != nil {
		return internal("migration "+file, err)
	}
	if _, err := tx.ExecContext(ctx, string(script)); err != nil {
		return internal(fmt.Sprintf("%s: migration %s", db.path, file), err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`, version, now()); err != nil {
		return internal("migrate "+db.path, err)
	}
	if err := tx.Commit(); err != nil {
		return internal("migrate "+db.path, err)
	}
	return nil
}

// SchemaVersion returns the highest migration applied to the database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.r.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return 0, internal("schema version", err)
	}
	return v, nil
}

// Stats returns counts and the generation.
func (db *DB) Stats(ctx context.Context) (accord.Stats, error) {
	var s accord.Stats
	// The counts are rows kept by triggers (migration 0015), not counted.
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT n FROM record_counts WHERE what = 'articles'),
		(SELECT n FROM record_counts WHERE what = 'actor'),
		(SELECT n FROM record_counts WHERE what = 'engagement'),
		(SELECT n FROM record_counts WHERE what = 'target'),
		(SELECT value FROM meta WHERE key = 'generation')`).
		Scan(&s.Articles, &s.Actors, &s.Engagements, &s.Targets, &s.Generation)
	if err != nil {
		return s, internal("stats", err)
	}
	return s, nil
}

// Generation returns the store's generation, without the counts of Stats
// (accord.GenerationReader). It reads through the writer's connection, as
// Meta does: a read there after a write does not make a reader connection
// drop its page cache.
func (db *DB) Generation(ctx context.Context) (int64, error) {
	var g int64
	if err := db.w.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&g); err != nil {
		return 0, internal("generation", err)
	}
	return g, nil
}

// bump advances the generation within a write transaction.
func bump(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE meta SET value = value + 1 WHERE key = 'generation'`)
	return err
}

// internal wraps a database failure. The message names the operation; the
// cause stays reachable with errors.Is/As (context.Canceled among them).
func internal(op string, err error) error {
	return &accord.Error{Code: accord.EINTERNAL, Message: op + ": " + err.Error(), Err: err}
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// writerCacheKB is the writer's page cache in KiB (see Open);
// ACCORD_WRITER_CACHE_MB overrides it, for measurements (issue 10).
func writerCacheKB() int {
	if mb, err := strconv.Atoi(os.Getenv("ACCORD_WRITER_CACHE_MB")); err == nil && mb > 0 {
		return mb << 10
	}
	return 98304
}

// enginePragmas are SQLite settings measurements may try (issue 10,
// session 26): ACCORD_MMAP_MB, the size of the file mapped into memory
// (none by default). Not a page size: the driver runs _pragma settings in
// lexicographic order, journal_mode(WAL) before page_size, which a WAL
// store then ignores.
func enginePragmas() string {
	out := ""
	if mb, err := strconv.Atoi(os.Getenv("ACCORD_MMAP_MB")); err == nil && mb > 0 {
		out += "&_pragma=mmap_size(" + strconv.Itoa(mb<<20) + ")"
	}
	return out
}
