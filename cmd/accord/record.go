package main

import (
	"context"
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
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	doc, err := view.Export(ctx, store)
	if err != nil {
		return err
	}
	if *format != formatJSON {
		return writeExchange(doc, *format, *out)
	}
	return writeOut(*out, func(w io.Writer) error { return writeJSON(w, doc) })
}

// writeOut writes to a file (atomically, via a temporary file) or stdout.
func writeOut(path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(os.Stdout)
	}
	tmp, err := os.CreateTemp(dirOf(path), ".accord-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[:i+1]
	}
	return "."
}

// loadRecord opens the store and loads the consolidated record.
func loadRecord(ctx context.Context, db string) (accord.Store, *accord.Record, error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	rec, err := store.Record(ctx)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, rec, nil
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
	store, rec, err := loadRecord(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	es := view.Engagements(rec, view.EngagementFilter{Countries: upper(countries), From: *from, To: *to, Type: accord.EngagementType(*typ), Area: *area, Actor: *actor})
	if *f.json {
		return writeJSON(os.Stdout, es)
	}
	if *f.csv {
		return printCSV(exchange.Engagements(rec, es))
	}
	return view.WriteEngagements(os.Stdout, rec, es)
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
	store, rec, err := loadRecord(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	tf := view.TargetFilter{Holders: upper(countries), From: *from, To: *to, Area: *area}
	if *area != "" {
		if tf.Areas, err = articleAreas(ctx, store); err != nil {
			return err
		}
	}
	ts := view.Targets(rec, tf)
	if *f.json {
		return writeJSON(os.Stdout, ts)
	}
	if *f.csv {
		return printCSV(exchange.Targets(ts))
	}
	return view.WriteTargets(os.Stdout, ts)
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
	store, rec, err := loadRecord(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	as := view.Actors(rec, view.ActorFilter{Type: accord.ActorType(*typ), From: *from, To: *to})
	if len(countries) > 0 {
		as = slices.DeleteFunc(as, func(a accord.Actor) bool { return !slices.Contains(upper(countries), a.Country) })
	}
	if *f.json {
		return writeJSON(os.Stdout, as)
	}
	if *f.csv {
		return printCSV(exchange.Actors(as))
	}
	return view.WriteActors(os.Stdout, as)
}

func runTimeline(ctx context.Context, args []string) error {
	f := newFlags("timeline", "A B").withJSON()
	from := f.String("from", "", "on or after `DATE`")
	to := f.String("to", "", "on or before `DATE`")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return invalid("timeline: give two country codes, e.g. accord timeline VN KR")
	}
	store, rec, err := loadRecord(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	arts, err := articleIndex(ctx, store)
	if err != nil {
		return err
	}
	t := view.DyadTimeline(rec, arts, strings.ToUpper(pos[0]), strings.ToUpper(pos[1]), *from, *to)
	if *f.json {
		return writeJSON(os.Stdout, t)
	}
	return view.WriteTimeline(os.Stdout, t)
}

// articleAreas maps article ids to the areas they name.
func articleAreas(ctx context.Context, s accord.Store) (map[string][]string, error) {
	m := map[string][]string{}
	err := s.EachFacts(ctx, func(f *accord.ArticleFacts) error {
		m[f.Article.ID] = f.Areas
		return nil
	})
	return m, err
}

// articleIndex maps article ids to articles (without bodies), for views that
// name their sources.
func articleIndex(ctx context.Context, s accord.Store) (map[string]*accord.Article, error) {
	as, _, err := s.Articles(ctx, accord.ArticleFilter{})
	if err != nil {
		return nil, err
	}
	m := make(map[string]*accord.Article, len(as))
	for _, a := range as {
		m[a.ID] = a
	}
	return m, nil
}

func runTarget(ctx context.Context, args []string) error {
	f := newFlags("target", "ID").withJSON()
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return invalid("target: give one target id (see accord targets)")
	}
	store, rec, err := loadRecord(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	t, err := view.TargetHistory(rec, pos[0])
	if err != nil {
		return err
	}
	if *f.json {
		return writeJSON(os.Stdout, t)
	}
	arts, err := articleIndex(ctx, store)
	if err != nil {
		return err
	}
	return view.WriteTarget(os.Stdout, t, arts)
}

func runActor(ctx context.Context, args []string) error {
	f := newFlags("actor", "NAME").withJSON()
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return invalid("actor: give a name, alias or id")
	}
	store, rec, err := loadRecord(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := view.ActorProfile(rec, strings.Join(pos, " "))
	if err != nil {
		return err
	}
	if *f.json {
		return writeJSON(os.Stdout, p)
	}
	return view.WriteProfile(os.Stdout, rec, p)
}

func runBrief(ctx context.Context, args []string) error {
	f := newFlags("brief", "A B")
	since := f.String("since", "", "only what happened on or after `DATE`")
	out := f.String("o", "-", "write to `FILE`")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return invalid("brief: give two country codes, e.g. accord brief VN KR")
	}
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	md, err := view.Brief(ctx, store, strings.ToUpper(pos[0]), strings.ToUpper(pos[1]), *since)
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

func runServe(ctx context.Context, args []string) error {
	f := newFlags("serve", "")
	addr := f.String("addr", "127.0.0.1:8080", "listen `ADDRESS`")
	token := f.String("write-token", os.Getenv("ACCORD_WRITE_TOKEN"), "enable POST /api/articles with this bearer `TOKEN` ($ACCORD_WRITE_TOKEN)")
	watchFile := f.String("watch", "", "also watch the sources of this feeds `FILE` (OPML or one URL a line)")
	every := f.Duration("every", 15*time.Minute, "with --watch, poll every `INTERVAL`")
	fo := addFeedFlags(f)
	if _, err := f.parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, *f.db)
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
		Ingest: func(ctx context.Context, name string, data []byte) (any, error) {
			arts, errs := read.Parse(name, data)
			if len(arts) == 0 && len(errs) > 0 {
				return nil, errs[0]
			}
			mu.Lock()
			sum, err := p.Ingest(ctx, arts)
			mu.Unlock()
			if err != nil {
				return nil, err
			}
			return ingestResult(sum, errs), nil
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
	src, err := openStore(ctx, *from)
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
