package http

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
)

// TestViewsDump writes the outputs of the views BenchmarkViews asks for,
// one file a view and key, into $ACCORD_VIEWS_DUMP, so that two versions
// can be diffed (a change that should not change what the views show):
//
//	ACCORD_VIEWS_DB=<store> ACCORD_VIEWS_DUMP=/tmp/out go test ./http -run ViewsDump
func TestViewsDump(t *testing.T) {
	dir := os.Getenv("ACCORD_VIEWS_DUMP")
	if dir == "" || os.Getenv("ACCORD_VIEWS_DB") == "" {
		t.Skip("ACCORD_VIEWS_DB and ACCORD_VIEWS_DUMP not set")
	}
	ctx := context.Background()
	db, err := sqlite.OpenReadOnly(ctx, viewsStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w := newViewsWork(t, db)
	s := NewServer(db, Options{Logger: discardLogger()})
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	n := 0
	put := func(name string, b []byte) {
		n++
		name = strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "_").Replace(name)
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	get := func(target string) {
		rr := httptest.NewRecorder()
		s.Handler().ServeHTTP(rr, httptest.NewRequest("GET", target, nil))
		put("GET"+target, append([]byte(rr.Result().Status+"\n"), rr.Body.Bytes()...))
	}
	check := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range w.pairs {
		a, b := p[0], p[1]
		var buf bytes.Buffer
		tl, err := view.PairTimelineText(ctx, db, a, b, "", "", view.PairMax)
		check(err)
		check(view.WriteTimeline(&buf, tl))
		put("cli-timeline-"+a+"-"+b, buf.Bytes())
		md, err := view.Brief(ctx, db, a, b, "")
		check(err)
		put("cli-brief-"+a+"-"+b, []byte(md))
		k := a + "/" + b
		for _, u := range []string{"/dyads/" + k, "/dyads/" + k + "?from=2024-01&to=2024-06", "/dyads/" + k + "/brief",
			"/api/dyads/" + k + "/timeline", "/api/dyads/" + k + "/brief", "/api/dyads/" + k + "/timeline?format=csv",
			"/dyads/" + k + "/timeline.svg"} {
			get(u)
		}
	}
	for _, k := range w.actors {
		a, err := view.FindActor(ctx, db, k)
		check(err)
		rec, more, err := view.ActorPart(ctx, db, a, view.ActorMax)
		check(err)
		p, err := view.ActorProfile(rec, a.ID)
		check(err)
		p.More = more
		var buf bytes.Buffer
		check(view.WriteProfile(&buf, rec, p))
		put("cli-actor-"+k, buf.Bytes())
		for _, u := range []string{"/actors/" + k, "/actors/" + k + "?from=2024-01&to=2024-06", "/api/actors/" + k, "/actors/" + k + "/timeline.svg"} {
			get(u)
		}
	}
	for _, k := range w.targets {
		rec, err := db.RecordOf(ctx, accord.RecordQuery{IDs: []string{k}})
		check(err)
		tg, err := view.TargetHistory(rec, k)
		check(err)
		arts, err := view.TargetArticles(ctx, db, tg)
		check(err)
		var buf bytes.Buffer
		check(view.WriteTarget(&buf, tg, arts))
		put("cli-target-all-"+k, buf.Bytes())
		tg, arts, err = view.TargetPart(ctx, db, k, false) // accord target ID: bounded
		check(err)
		buf.Reset()
		check(view.WriteTarget(&buf, tg, arts))
		put("cli-target-"+k, buf.Bytes())
		for _, u := range []string{"/targets/" + k, "/targets/" + k + "/chart.svg", "/api/targets/" + k} {
			get(u)
		}
	}
	for _, k := range w.events {
		get("/engagements/" + k)
		get("/api/engagements/" + k)
	}
	t.Logf("%d outputs in %s", n, dir)
}
