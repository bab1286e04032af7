package view_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/accordhq/accord/view"
)

// TestTargetPart: accord target lists a target's first statement and its
// latest view.StatementsMax, saying how many it left out, and every one
// with --all.
func TestTargetPart(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := view.StatementsMax + 10
	tg := accord.Target{ID: "t_trade", Metric: "bilateral trade", Value: 100, Unit: "USD billion", Deadline: "2030", Holders: []string{"AA", "BB"}}
	var facts []*accord.ArticleFacts
	for i := range n {
		art := fmt.Sprintf("a%03d", i)
		date := fmt.Sprintf("20%02d-01-01", 10+i/12)
		ev := accord.Evidence{Article: art, Quote: fmt.Sprintf("Statement %d.", i), Published: date}
		tg.Mentions = append(tg.Mentions, ev)
		tg.History = append(tg.History, accord.Restatement{Evidence: ev, Holders: tg.Holders, Value: tg.Value, Unit: tg.Unit, Deadline: tg.Deadline})
		facts = append(facts, &accord.ArticleFacts{Article: &accord.Article{ID: art, File: art + ".txt", Title: "Title " + art, Published: date}})
	}
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Targets: []accord.Target{tg}}); err != nil {
		t.Fatal(err)
	}
	text := func(all bool) string {
		got, arts, err := view.TargetPart(ctx, db, "t_trade", all)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := view.WriteTarget(&b, got, arts); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	all, part := text(true), text(false)
	if strings.Count(all, "Statement ") != n || strings.Contains(all, "not listed") {
		t.Errorf("--all: want every one of %d statements and no note:\n%s", n, all)
	}
	if c := strings.Count(part, "Statement "); c != view.StatementsMax+1 {
		t.Errorf("bounded: %d statements, want %d", c, view.StatementsMax+1)
	}
	for _, want := range []string{"Statement 0.", "— Title a000 (a000.txt)", "\n… nine later restatements not listed (--all lists every one)\n",
		fmt.Sprintf("Statement %d.", n-1), fmt.Sprintf("Statement %d.", n-view.StatementsMax)} {
		if !strings.Contains(part, want) {
			t.Errorf("bounded: no %q in\n%s", want, part)
		}
	}
	if strings.Contains(part, fmt.Sprintf("Statement %d.", n-view.StatementsMax-1)) {
		t.Errorf("bounded: lists a statement left out")
	}
	if _, _, err := view.TargetPart(ctx, db, "t_none", false); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("a target not stored: %v, want ENOTFOUND", err)
	}
}
