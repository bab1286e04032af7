package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestPreparedAsView: what PrepareArticle makes of an article, outside the
// writer, is what SQLite made of it once stored: the tags column of the
// view articles_search (kinds and values in the table's order, values
// beyond ASCII, repeated tags, actors left out) and accord_terms of its
// title and body; and the full-text index built from the prepared entries
// agrees with its content (FTS5's integrity check reads the view).
func TestPreparedAsView(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	batch := storetest.Generate(7, 60)
	for i, text := range pairsTexts {
		a := &accord.Article{ID: fmt.Sprintf("hard-%d", i), File: fmt.Sprintf("hard-%d.txt", i), Title: text, Body: text + " " + text,
			Published: fmt.Sprintf("2024-05-%02d", 1+i%28), Source: []string{"", "Ministère", "mfa"}[i%3]}
		f := storetest.Facts(a, []string{"VN", "JP", "VN", "ZZ"}[i%4:], []string{"énergie", "trade", "Trade", "trade"}[:1+i%4], accord.Meeting, accord.PhoneCall, accord.Meeting)
		f.Actors = append(f.Actors, accord.Actor{ID: "person:ň-" + a.ID, Type: accord.Person, Country: "Ελλάδα"})
		batch = append(batch, f)
	}
	// Half prepared beside, half in PutPrepared.
	prepared := make([]any, len(batch))
	for i := 0; i < len(batch); i += 2 {
		if prepared[i] = db.PrepareArticle(batch[i]); prepared[i] == nil {
			t.Fatalf("article %d not prepared", i)
		}
	}
	if _, err := db.PutPrepared(ctx, batch, prepared); err != nil {
		t.Fatal(err)
	}
	for _, f := range batch {
		p, err := prepare(f)
		if err != nil {
			t.Fatal(err)
		}
		var tags, title, body string
		if err := db.r.QueryRowContext(ctx, `SELECT s.tags, accord_terms(s.title), accord_terms(s.body) FROM articles a JOIN articles_search s ON s.n = a.n WHERE a.id = ?`,
			f.Article.ID).Scan(&tags, &title, &body); err != nil {
			t.Fatal(err)
		}
		if p.search != tags || p.titlePairs != title || p.bodyPairs != body {
			t.Errorf("%s: prepared tags %q, pairs %.60q / %.60q; stored %q, %.60q / %.60q", f.Article.ID, p.search, p.titlePairs, p.bodyPairs, tags, title, body)
		}
	}
	for _, table := range []string{"articles_fts", "articles_pairs"} {
		if _, err := db.w.ExecContext(ctx, `INSERT INTO `+table+` (`+table+`) VALUES ('integrity-check')`); err != nil {
			t.Errorf("%s: %v", table, err)
		}
	}
}
