// Command accord turns diplomatic news into a searchable, time-aware record of
// relations between countries. This package only parses flags and wires the
// other packages together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/postgres"
	"github.com/accordhq/accord/sqlite"
)

const usage = `accord turns diplomatic news into a structured record of relations between countries.

Usage: accord COMMAND [flags] [args]

Reading and searching:
  ingest [--db DB] PATH... | -     read files, folders or stdin into the store
  ingest URL...                    read feeds (RSS, Atom, JSON Feed), sitemaps or pages
  watch [--every 15m] URL... | --feeds FILE   poll feeds and store what is new
  sources                          each source's last fetch, status, items and errors
  search [--db DB] QUERY           full-text search ("phrases", OR, -exclusion)
  show ID|FILE                     one article with what was extracted from it
  export [-o FILE]                 the accord.export/v1 document
  export --format csv -o DIR       one CSV file a table (articles, actors, engagements…)
  export --format plover [-o FILE] PLOVER event records with CAMEO codes, as CSV

The record:
  events   [--country CC]... [--from D] [--to D] [--type T] [--area A]   engagements
  targets  [--country CC]... [--area A]                                 quantified targets
  actors   [--country CC]... [--type person|country|organization|place]  actors
  timeline A B [--from D] [--to D] [--all]   a country pair's engagements in date order (a busy pair: the latest 200)
  target ID [--all]                  the history of one target (a busy one: its first and latest 50 statements)
  actor NAME [--all]                 offices over time and engagements (the latest 200)
  brief A B [--since D]              a Markdown briefing on a relationship
  consolidate                        rebuild the record from every stored article
  optimize                           merge the full-text index after a bulk load (SQLite): faster searches
  correct merge-actors|split-actor|hide-engagement|redate-engagement|retype-engagement|
          hide-target|detach-statement|list|undo …   analysts' corrections of the record

Serving and moving:
  serve [--addr 127.0.0.1:8080] [--watch FEEDS]   web app and HTTP API (uploads with ACCORD_WRITE_TOKEN set)
  migrate --from DB --to DB                          copy a store (sqlite:PATH, postgres://…)
  version                                            the version and commit of this binary

Every command takes --db: a SQLite file path, sqlite:PATH, or a postgres:// URL
(default $ACCORD_DB, else ./accord.db). Most take --json; events, targets
and actors take --csv.
Run 'accord COMMAND -h' for a command's flags.
`

// command is one subcommand.
type command struct {
	run func(ctx context.Context, args []string) error
}

var commands = map[string]command{
	"ingest":      {runIngest},
	"search":      {runSearch},
	"show":        {runShow},
	"export":      {runExport},
	"events":      {runEvents},
	"targets":     {runTargets},
	"actors":      {runActors},
	"timeline":    {runTimeline},
	"target":      {runTarget},
	"actor":       {runActor},
	"brief":       {runBrief},
	"consolidate": {runConsolidate},
	"optimize":    {runOptimize},
	"serve":       {runServe},
	"migrate":     {runMigrate},
	"version":     {runVersion},
	"watch":       {runWatch},
	"sources":     {runSources},
	"correct":     {runCorrect},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// ACCORD_CPUPROFILE names a file for a CPU profile of the run, for
	// `go tool pprof`: how speed work on a real corpus starts.
	if path := os.Getenv("ACCORD_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				code := run(ctx, os.Args[1:], os.Stderr)
				pprof.StopCPUProfile()
				f.Close()
				os.Exit(code)
			}
		}
	}
	os.Exit(run(ctx, os.Args[1:], os.Stderr))
}

// memProfile writes a heap profile to ACCORD_MEMPROFILE, if set, when a
// command ends: what is live then, and what the run allocated.
func memProfile() {
	path := os.Getenv("ACCORD_MEMPROFILE")
	if path == "" {
		return
	}
	if f, err := os.Create(path); err == nil {
		pprof.Lookup("allocs").WriteTo(f, 0)
		f.Close()
	}
}

func run(ctx context.Context, args []string, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "accord: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	servePprof()
	err := cmd.run(ctx, args[1:])
	memProfile()
	stdout.Flush()
	if err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			if ex.msg != "" {
				fmt.Fprintln(stderr, "accord:", termLine(ex.msg))
			}
			return ex.code
		}
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "accord %s: %s\n", args[0], termLine(err.Error()))
		if accord.ErrorCode(err) == accord.EINVALID {
			return 2
		}
		return 1
	}
	return 0
}

// exitError ends the program with a code, after printing msg if any.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

// defaultDB is the store used without --db.
func defaultDB() string {
	if v := os.Getenv("ACCORD_DB"); v != "" {
		return v
	}
	return "accord.db"
}

// openStore opens a store by its address for writing, creating and
// migrating it as needed: postgres:// or postgresql:// URLs select
// PostgreSQL; sqlite:PATH or a plain path select SQLite.
func openStore(ctx context.Context, dsn string) (accord.Store, error) {
	switch {
	case isPostgres(dsn):
		return postgres.Open(ctx, dsn)
	default:
		return sqlite.Open(ctx, strings.TrimPrefix(dsn, "sqlite:"))
	}
}

// openReader opens an existing store for the reading commands: read-only,
// so that a store the user may only read can be searched, exported and
// served, and never created: a mistyped path is an error naming it.
func openReader(ctx context.Context, dsn string) (accord.Store, error) {
	switch {
	case isPostgres(dsn):
		return postgres.OpenReadOnly(ctx, dsn)
	default:
		return sqlite.OpenReadOnly(ctx, strings.TrimPrefix(dsn, "sqlite:"))
	}
}

// openView is openReader for the commands that show one view and exit
// (timeline, brief, actor, target): SQLite's page cache sized for one
// view's reads (sqlite.OpenView).
func openView(ctx context.Context, dsn string) (accord.Store, error) {
	viewGC()
	if isPostgres(dsn) {
		return postgres.OpenReadOnly(ctx, dsn)
	}
	return sqlite.OpenView(ctx, strings.TrimPrefix(dsn, "sqlite:"))
}

// viewMemoryLimit bounds the Go heap of a one-view process (GOMEMLIMIT
// overrides it).
const viewMemoryLimit = 256 << 20

// viewGC has the collector run at five times the live heap (GOGC=400,
// unless GOGC is set) in a process that shows one view and exits: what it
// decodes (a busy pair's contacts, targets and articles) stays live until
// it prints, and collecting at twice the live heap took a sixth of its
// CPU. viewMemoryLimit keeps the heap bounded all the same (a target's
// every statement, --all).
func viewGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(viewMemoryLimit)
	}
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// flags is a flag set that accepts flags before and after positional
// arguments (`accord search "trade target" --from 2025-01-01`).
type flags struct {
	*flag.FlagSet
	db   *string
	json *bool
	csv  *bool
}

func newFlags(name, args string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	f := &flags{FlagSet: fs}
	f.db = fs.String("db", defaultDB(), "store: SQLite file, sqlite:PATH or postgres:// URL ($ACCORD_DB)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: accord %s [flags] %s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return f
}

func (f *flags) withJSON() *flags {
	f.json = f.Bool("json", false, "print JSON")
	return f
}

// withCSV adds --csv: the list as a CSV table, in the columns of accord
// export --format csv.
func (f *flags) withCSV() *flags {
	f.csv = f.Bool("csv", false, "print CSV (the columns of export --format csv)")
	return f
}

// parse parses flags anywhere among args and returns the positional ones.
func (f *flags) parse(args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if err := f.Parse(args); err != nil {
			return nil, err
		}
		args = f.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return pos, nil
}

// multi is a repeatable string flag (--country VN --country KR, or VN,KR).
type multi []string

func (m *multi) String() string { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*m = append(*m, s)
		}
	}
	return nil
}

// invalid returns a usage error.
func invalid(format string, args ...any) error {
	return accord.Errorf(accord.EINVALID, format, args...)
}
