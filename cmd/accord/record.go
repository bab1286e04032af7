package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/exchange"
	accordhttp "github.com/accordhq/accord/http"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/outfile"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/view"
)

func runExport(ctx context.Context, args []string) error {
	f := newFlags("export", "")
	out := f.String("o", "-", "write to `FILE` (- for standard output), or to a folder for csv")
	format := f.String("format", formatJSON, "json (accord.export/v1), csv (a folder of tables) or plover (event records)")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if *format != formatJSON && *format != formatCSV && *format != formatPLOVER {
		return invalid("export: unknown --format %q (json, csv or plover)", *format)
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *format == formatJSON {
		// Streamed: the document is never whole in memory.
		return writeOut(*out, func(w io.Writer) error { return view.WriteExport(ctx, store, w, false) })
	}
	doc, err := view.Export(ctx, store)
	if err != nil {
		return err
	}
	return writeExchange(doc, *format, *out)
}

// writeOut writes to standard output ("-") or to a file by the rules of
// package outfile: a regular file is replaced atomically and keeps its mode; a
// device, a FIFO or a symlink's target is written, never replaced.
func writeOut(path string, write func(io.Writer) error) error {
	return outfile.Write(path, write)
}

func runEvents(ctx context.Context, args []string) error {
	f := newFlags("events", "").withJSON().withCSV()
	var countries multi
	f.Var(&countries, "country", "engagements with this country (ISO code; repeatable: all must take part)")
	from := f.String("from", "", "on or after `DATE`")
	to := f.String("to", "", "on or before `DATE`")
	typ := f.String("type", "", "engagement type: "+typeList())
	area := f.String("area", "", "cooperation area id")
	actor := f.String("actor", "", "a participant's name or id")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if err := checkDates("from", *from, "to", *to); err != nil {
		return err
	}
	if err := checkOneOf("type", *typ, engagementTypeNames()); err != nil {
		return err
	}
	codes, err := countryCodes(countries)
	if err != nil {
		return err
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	ef := view.EngagementFilter{Countries: codes, From: *from, To: *to, Type: accord.EngagementType(*typ), Area: *area, Actor: *actor}
	rec, es := &accord.Record{}, []accord.Engagement{}
	a, err := view.FindActor(ctx, store, *actor)
	if err != nil {
		return err
	}
	if *actor == "" || a != nil {
		if a != nil {
			ef.Actor = a.ID // found once, in the store; the view filters by id
		}
		if rec, err = view.EngagementsRecord(ctx, store, ef); err != nil {
			return err
		}
		es = view.Engagements(rec, ef)
	}
	if *f.json {
		return writeJSON(os.Stdout, es)
	}
	if *f.csv {
		return printCSV(exchange.Engagements(rec, es))
	}
	return buffered(func(w io.Writer) error { return view.WriteEngagements(w, rec, es) })
}

func typeList() string {
	var s []string
	for _, t := range accord.EngagementTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

func runTargets(ctx context.Context, args []string) error {
	f := newFlags("targets", "").withJSON().withCSV()
	var countries multi
	f.Var(&countries, "country", "targets held by this country (repeatable)")
	from := f.String("from", "", "stated on or after `DATE`")
	to := f.String("to", "", "stated on or before `DATE`")
	area := f.String("area", "", "cooperation area id")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if err := checkDates("from", *from, "to", *to); err != nil {
		return err
	}
	codes, err := countryCodes(countries)
	if err != nil {
		return err
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	rec, err := view.TargetsRecord(ctx, store, codes)
	if err != nil {
		return err
	}
	tf := view.TargetFilter{Holders: codes, From: *from, To: *to, Area: *area}
	if *area != "" {
		infos, err := view.ReportArticles(ctx, store, rec)
		if err != nil {
			return err
		}
		tf.Areas = view.Areas(infos)
	}
	ts := view.Targets(rec, tf)
	if *f.json {
		return writeJSON(os.Stdout, ts)
	}
	if *f.csv {
		return printCSV(exchange.Targets(ts))
	}
	return buffered(func(w io.Writer) error { return view.WriteTargets(w, ts) })
}

func runActors(ctx context.Context, args []string) error {
	f := newFlags("actors", "").withJSON().withCSV()
	var countries multi
	f.Var(&countries, "country", "actors of this country (repeatable: any of them)")
	typ := f.String("type", "", "person, country, organization or place")
	from := f.String("from", "", "seen on or after `DATE`")
	to := f.String("to", "", "seen on or before `DATE`")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if err := checkDates("from", *from, "to", *to); err != nil {
		return err
	}
	if err := checkOneOf("type", *typ, actorTypeNames); err != nil {
		return err
	}
	codes, err := countryCodes(countries)
	if err != nil {
		return err
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	rec, err := view.ActorsRecord(ctx, store, accord.ActorType(*typ), codes)
	if err != nil {
		return err
	}
	as := view.Actors(rec, view.ActorFilter{Type: accord.ActorType(*typ), From: *from, To: *to})
	if len(countries) > 0 {
		as = slices.DeleteFunc(as, func(a accord.Actor) bool { return !slices.Contains(codes, a.Country) })
	}
	if *f.json {
		return writeJSON(os.Stdout, as)
	}
	if *f.csv {
		return printCSV(exchange.Actors(as))
	}
	return buffered(func(w io.Writer) error { return view.WriteActors(w, as) })
}

func runTimeline(ctx context.Context, args []string) error {
	f := newFlags("timeline", "A B").withJSON()
	from := f.String("from", "", "on or after `DATE`")
	to := f.String("to", "", "on or before `DATE`")
	all := f.Bool("all", false, fmt.Sprintf("every contact, not only the latest %d of a busy pair", view.PairMax))
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	a, b, err := countryPair("timeline", pos)
	if err != nil {
		return err
	}
	if err := checkDates("from", *from, "to", *to); err != nil {
		return err
	}
	store, err := openView(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	limit := view.PairMax
	if *all {
		limit = 0
	}
	if *f.json {
		t, err := view.PairTimelineMax(ctx, store, a, b, *from, *to, limit)
		if err != nil {
			return err
		}
		return writeJSON(os.Stdout, t)
	}
	t, err := view.PairTimelineText(ctx, store, a, b, *from, *to, limit)
	if err != nil {
		return err
	}
	return buffered(func(w io.Writer) error { return view.WriteTimeline(w, t) })
}

func runTarget(ctx context.Context, args []string) error {
	f := newFlags("target", "ID").withJSON()
	all := f.Bool("all", false, fmt.Sprintf("every restatement, not only the first and the latest %d", view.StatementsMax))
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return invalid("target: give one target id (see accord targets)")
	}
	store, err := openView(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *f.json {
		// The JSON form carries every statement, as export does.
		rec, err := store.RecordOf(ctx, accord.RecordQuery{IDs: pos[:1]})
		if err != nil {
			return err
		}
		t, err := view.TargetHistory(rec, pos[0])
		if err != nil {
			return err
		}
		return writeJSON(os.Stdout, t)
	}
	t, arts, err := view.TargetPart(ctx, store, pos[0], *all)
	if err != nil {
		return err
	}
	return buffered(func(w io.Writer) error { return view.WriteTarget(w, t, arts) })
}

func runActor(ctx context.Context, args []string) error {
	f := newFlags("actor", "NAME").withJSON()
	all := f.Bool("all", false, fmt.Sprintf("every engagement, not only the latest %d", view.ActorMax))
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return invalid("actor: give a name, alias or id")
	}
	store, err := openView(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	name := strings.Join(pos, " ")
	a, err := view.FindActor(ctx, store, name)
	if err != nil {
		return err
	}
	rec, more := &accord.Record{}, false
	if a != nil {
		limit := view.ActorMax
		if *all {
			limit = 0
		}
		if rec, more, err = view.ActorPart(ctx, store, a, limit); err != nil {
			return err
		}
		name = a.ID
	}
	p, err := view.ActorProfile(rec, name)
	if err != nil {
		return err
	}
	p.More = more
	if *f.json {
		return writeJSON(os.Stdout, p)
	}
	return buffered(func(w io.Writer) error { return view.WriteProfile(w, rec, p) })
}

func runBrief(ctx context.Context, args []string) error {
	f := newFlags("brief", "A B")
	since := f.String("since", "", "only what happened on or after `DATE`")
	out := f.String("o", "-", "write to `FILE`")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	a, b, err := countryPair("brief", pos)
	if err != nil {
		return err
	}
	if err := checkDate("since", *since); err != nil {
		return err
	}
	store, err := openView(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	md, err := view.Brief(ctx, store, a, b, *since)
	if err != nil {
		return err
	}
	return writeOut(*out, func(w io.Writer) error { _, err := io.WriteString(w, md); return err })
}

func runConsolidate(ctx context.Context, args []string) error {
	f := newFlags("consolidate", "")
	if _, err := f.parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	if st, err := store.Stats(ctx); err == nil {
		fmt.Fprintf(os.Stderr, "accord: consolidating the record from %d stored articles…\n", st.Articles)
	}
	if err := consolidate.Rebuild(ctx, store); err != nil {
		return err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("record rebuilt: %d articles, %d actors, %d engagements, %d targets\n", st.Articles, st.Actors, st.Engagements, st.Targets)
	return nil
}

// searchOptimizer is a store whose full-text index can be merged into one
// segment (SQLite's FTS5); PostgreSQL's text search index needs no merge.
type searchOptimizer interface {
	OptimizeSearch(ctx context.Context) error
}

func runOptimize(ctx context.Context, args []string) error {
	f := newFlags("optimize", "")
	if _, err := f.parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	o, ok := store.(searchOptimizer)
	if !ok {
		fmt.Println("nothing to optimize: this store's text search index needs no merge")
		return nil
	}
	start := time.Now()
	if err := o.OptimizeSearch(ctx); err != nil {
		return err
	}
	fmt.Printf("full-text index merged in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

func runServe(ctx context.Context, args []string) error {
	f := newFlags("serve", "")
	addr := f.String("addr", "127.0.0.1:8080", "listen `ADDRESS`")
	watchFile := f.String("watch", "", "also watch the sources of this feeds `FILE` (OPML or one URL a line)")
	every := f.Duration("every", 15*time.Minute, "with --watch, poll every `INTERVAL`")
	fo := addFeedFlags(f)
	token := f.String("write-token", os.Getenv("ACCORD_WRITE_TOKEN"), "enable POST /api/articles with this bearer `TOKEN`; prefer $ACCORD_WRITE_TOKEN: a flag is visible to every user in ps")
	if _, err := f.parse(args); err != nil {
		return err
	}
	f.Visit(func(fl *flag.Flag) {
		if fl.Name == "write-token" {
			fmt.Fprintln(os.Stderr, "accord: warning: --write-token is visible to other users of this machine (ps); pass the token in ACCORD_WRITE_TOKEN instead")
		}
	})
	// Only a server that takes uploads or watches feeds writes: otherwise
	// the store is opened read-only, and must exist.
	open := openReader
	if *token != "" || *watchFile != "" { // the watcher stores what it fetches
		open = openStore
	}
	store, err := open(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := newPipeline(store)
	if err != nil {
		return err
	}
	var mu sync.Mutex // one ingest at a time: uploads and the watcher share p
	if *watchFile != "" {
		sources, err := sourcesFrom(nil, *watchFile)
		if err == nil {
			sources, err = knownSources(ctx, store, sources)
		}
		if err != nil {
			return err
		}
		go newWatcher(store, p, fo, &mu, os.Stderr).Run(ctx, sources, *every)
	}
	srv := accordhttp.NewServer(store, accordhttp.Options{
		WriteToken: *token,
		Ingest: func(ctx context.Context, up accordhttp.Upload) (any, error) {
			arts, errs := read.Parse(up.Name, up.Data)
			if len(arts) == 0 && len(errs) > 0 {
				return nil, errs[0]
			}
			mu.Lock()
			defer mu.Unlock()
			id, err := ingest.Identify(ctx, store, arts, "upload", up.Name, up.Replace)
			if err != nil {
				return nil, err
			}
			sum, err := p.Ingest(ctx, arts)
			if err != nil {
				return nil, err
			}
			res := ingestResult(sum, errs)
			if id.Reused {
				res["name_reused"] = true
				res["note"] = "an earlier article named " + up.Name + " is kept and this one stored beside it; replace=1 replaces it"
			}
			if id.Replaced != "" {
				res["replaces"] = id.Replaced
			}
			return res, nil
		},
	})
	fmt.Fprintf(os.Stderr, "accord: serving %s on http://%s/\n", *f.db, *addr)
	return srv.ListenAndServe(ctx, *addr)
}

// ingestResult is the JSON answer to POST /api/articles.
func ingestResult(s *ingest.Summary, errs []error) map[string]any {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return map[string]any{"articles": s.Articles, "stored": s.Stored, "replaced": s.Replaced, "unchanged": s.Unchanged, "skipped": len(errs), "errors": msgs}
}

func runMigrate(ctx context.Context, args []string) error {
	f := newFlags("migrate", "")
	from := f.String("from", "", "source store (sqlite:PATH, PATH or postgres://…)")
	to := f.String("to", "", "destination store")
	if _, err := f.parse(args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return invalid("migrate: give --from and --to")
	}
	src, err := openReader(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openStore(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	n := 0
	if err := accord.Copy(ctx, dst, src, func(k int) { n = k }); err != nil {
		return err
	}
	fmt.Printf("copied %d article(s) and the record from %s to %s\n", n, *from, *to)
	return nil
}
