package http

import (
	"context"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/sqlite"
)

// hostile is a file whose text tries to inject markup into every page.
const hostileName = "hostile.txt"

var hostile = " date 2026-02-02 HÀ NỘI — <script>alert(1)</script> President of the Republic of Korea (RoK) Lee Jae Myung held talks with General Secretary Tô Lâm \"><img src=x onerror=alert(2)> in Hà Nội on Monday.\n\n" +
	"Both sides agreed to strive to achieve the target of $150 billion in bilateral trade by 2030 <script>alert(3)</script> and to expand cooperation in semiconductors \"><img src=x onerror=alert(4)>.\n"

// ingester is the pipeline as the lead wires it: read → extract → store →
// consolidate, for one file.
func ingester(store accord.Store) func(ctx context.Context, up Upload) (any, error) {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	var mu sync.Mutex // consolidation looks across articles: one at a time
	return func(ctx context.Context, up Upload) (any, error) {
		name := up.Name
		arts, errs := read.Parse(name, up.Data)
		if len(arts) == 0 {
			if len(errs) > 0 {
				return nil, errs[0]
			}
			return nil, accord.ErrorAt(accord.EINVALID, name, "no article")
		}
		facts := make([]*accord.ArticleFacts, len(arts))
		for i, a := range arts {
			facts[i] = x.Extract(a)
		}
		mu.Lock()
		defer mu.Unlock()
		res, err := store.PutArticles(ctx, facts)
		if err != nil {
			return nil, err
		}
		var added []*accord.ArticleFacts
		var removed []string
		for i, r := range res {
			if r.Outcome != accord.Unchanged {
				added = append(added, facts[i])
			}
			if r.ReplacedID != "" {
				removed = append(removed, r.ReplacedID)
			}
		}
		if err := consolidate.Apply(ctx, store, added, removed); err != nil {
			return nil, err
		}
		return res, nil
	}
}

// seedStore returns a real SQLite store holding the five seed articles and,
// with withHostile, the hostile one.
func seedStore(t testing.TB, withHostile bool) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ingest := ingester(db)
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Fatal("no seeds in ../testdata/seeds")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ingest(ctx, Upload{Name: filepath.Base(p), Data: data}); err != nil {
			t.Fatalf("ingest %s: %v", p, err)
		}
	}
	if withHostile {
		if _, err := ingest(ctx, Upload{Name: hostileName, Data: []byte(hostile)}); err != nil {
			t.Fatalf("ingest hostile: %v", err)
		}
	}
	return db
}

func parseQuery(raw string) (url.Values, error) { return url.ParseQuery(raw) }

func discardLogger() *log.Logger { return log.New(io.Discard, "", 0) }

// relStore returns a real SQLite store holding the hand-made facts of
// consolidatetest.Relationship, consolidated, and the hostile article read
// and extracted through the pipeline: data for the pages that does not
// depend on how well extraction does on any one text.
func relStore(t testing.TB) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	facts := consolidatetest.Relationship()
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Apply(ctx, db, facts, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := ingester(db)(ctx, Upload{Name: hostileName, Data: []byte(hostile)}); err != nil {
		t.Fatalf("ingest hostile: %v", err)
	}
	return db
}
