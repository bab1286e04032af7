package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
)

// TestOrderIndependentGenerated ingests the same generated corpus in
// publication order (consolidated batch by batch) and shuffled (rebuilt at
// the end), in batches of several sizes: the records must be one. The size
// is 1,500 articles by default; ACCORD_ORDER_ARTICLES=100000 runs it at
// scale (minutes), and ACCORD_ORDER_DUMP=dir keeps the three exports.
// ACCORD_ORDER_DENSE=1000000 takes the first articles of a corpus of that
// many, as dense in time as it (a busy pair's targets restated every few
// days, their lists trimmed by the Applier): with
// ACCORD_ORDER_ARTICLES=40000, the corpus that showed the record depending
// on where batches are cut (session 21).
func TestOrderIndependentGenerated(t *testing.T) {
	n := 1500
	if v := os.Getenv("ACCORD_ORDER_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatalf("ACCORD_ORDER_ARTICLES: %v", err)
		}
	} else if testing.Short() {
		t.Skip("short")
	}
	of := n
	if v := os.Getenv("ACCORD_ORDER_DENSE"); v != "" {
		var err error
		if of, err = strconv.Atoi(v); err != nil {
			t.Fatalf("ACCORD_ORDER_DENSE: %v", err)
		}
	}
	dir := t.TempDir()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var want []byte
	for i, run := range []struct {
		shuffle bool
		batch   int
		async   bool // the record saved beside the next batch's merge
	}{{false, 256, false}, {true, 256, false}, {false, 97, false}, {false, 97, true}} {
		var corpus bytes.Buffer
		if err := generateHead(&corpus, n, of, 1, run.shuffle); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "corpus"+strconv.Itoa(i)+".jsonl")
		if err := os.WriteFile(path, corpus.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		s, err := sqlite.Open(ctx, filepath.Join(dir, "s"+strconv.Itoa(i)+".db"))
		if err != nil {
			t.Fatal(err)
		}
		ap := &consolidate.Applier{Async: run.async}
		p := &ingest.Pipeline{Store: s, Extract: x.Extract, Consolidate: ap.Apply, Rebuild: consolidate.Rebuild, Reset: ap.Reset, BatchSize: run.batch}
		if run.async {
			p.Flush = ap.Flush
		}
		if _, err := p.Run(ctx, []string{path}, nil); err != nil {
			t.Fatal(err)
		}
		doc, err := view.Export(ctx, s)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if d := os.Getenv("ACCORD_ORDER_DUMP"); d != "" {
			// Keeps each run's export for a diff when the records differ.
			if err := os.WriteFile(filepath.Join(d, "order"+strconv.Itoa(i)+".json"), got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if i == 0 {
			want = got
			if len(doc.Engagements) == 0 || len(doc.Targets) == 0 {
				t.Fatalf("the generated corpus gave %d engagements and %d targets", len(doc.Engagements), len(doc.Targets))
			}
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("shuffled %v, batches of %d: another record than in publication order, batches of 256", run.shuffle, run.batch)
		}
	}
}
