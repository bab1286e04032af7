package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// headArticles stores n invented articles a00000… (the articles busyTarget
// cites) and returns them.
func headArticles(t *testing.T, db *DB, n int) []*accord.Article {
	t.Helper()
	var batch []*accord.ArticleFacts
	var out []*accord.Article
	for i := range n {
		a := &accord.Article{ID: fmt.Sprintf("a%05d", i), File: fmt.Sprintf("wire-%d.txt", i), Title: fmt.Sprintf("Ministers of Aland and Borduria meet, part %d", i),
			Published: fmt.Sprintf("2024-%02d-%02d", 1+i/28%12, 1+i%28), Source: "Northwind Agency", URL: "https://news.example/" + fmt.Sprint(i),
			Dateline: "Portville", Body: "They agreed on trade of $10 billion by 2030."}
		batch = append(batch, &accord.ArticleFacts{Article: a})
		out = append(out, a)
	}
	if _, err := db.PutArticles(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	return out
}

// head is what a statement's row keeps of its article (migration 0021).
func head(a *accord.Article) accord.Article {
	return accord.Article{ID: a.ID, Title: a.Title, File: a.File, Source: a.Source, Published: a.Published}
}

// statementHeadRows returns, for each (list, i) of a target's rows, the
// title it keeps ("" for NULL).
func statementHeadRows(t *testing.T, db *DB, id string) map[[2]int]string {
	t.Helper()
	rows, err := db.r.QueryContext(context.Background(), `SELECT list, i, title FROM target_statements WHERE target = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[[2]int]string{}
	for rows.Next() {
		var list, i int
		var title sql.NullString
		if err := rows.Scan(&list, &i, &title); err != nil {
			t.Fatal(err)
		}
		out[[2]int{list, i}] = title.String
	}
	return out
}

// TestStatementHeads: a target's statements of history are stored with
// their articles' heads (title, file, source, published), those of
// articles not stored without; mentions without. A view's store gives
// the heads its statements brought without reading the articles (here:
// after the articles are gone), any other store reads the articles.
func TestStatementHeads(t *testing.T) {
	unstaged(t) // reads target_statements alone
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db := openAt(t, path)
	arts := headArticles(t, db, 3) // busyTarget(4) cites a00003 too, not stored
	saveTarget(t, db, busyTarget(4, trade))
	got := statementHeadRows(t, db, "t_busy")
	for _, c := range []struct {
		list, i int
		want    string
	}{{0, 0, ""}, {0, 2, ""}, {1, 0, arts[0].Title}, {1, 2, arts[2].Title}, {1, 3, ""}} {
		if g := got[[2]int{c.list, c.i}]; g != c.want {
			t.Errorf("row (%d, %d): title %q, want %q", c.list, c.i, g, c.want)
		}
	}
	// Appended statements get theirs too.
	more := headArticles(t, db, 6)
	saveTarget(t, db, busyTarget(6, trade))
	if g := statementHeadRows(t, db, "t_busy")[[2]int{1, 5}]; g != more[5].Title {
		t.Errorf("appended statement: title %q, want %q", g, more[5].Title)
	}
	// The articles go; the statements keep their heads.
	if _, err := db.w.ExecContext(ctx, `DELETE FROM articles WHERE id IN ('a00001', 'a00004')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	view, err := OpenView(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer view.Close()
	ro, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ids := []string{"a00000", "a00001", "a00002", "a00004", "a00005", "nothing"}
	for _, c := range []struct {
		name string
		db   *DB
		want []string // the ids given
	}{
		// The bounded read (first and latest 2 of 6) brings a00000 and
		// a00003-a00005; a00001 and a00002 are read from the store.
		{"OpenView", view, []string{"a00000", "a00002", "a00004", "a00005"}},
		{"OpenReadOnly", ro, []string{"a00000", "a00002", "a00005"}},
	} {
		if _, err := c.db.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_busy"}, Statements: 2}); err != nil {
			t.Fatal(err)
		}
		heads, err := c.db.ArticleHeads(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if len(heads) != len(c.want) {
			t.Errorf("%s: %d heads, want %v", c.name, len(heads), c.want)
		}
		for _, id := range c.want {
			a := heads[id]
			if a == nil {
				t.Errorf("%s: no head of %s", c.name, id)
				continue
			}
			if g, w := head(a), head(more[id[len(id)-1]-'0']); g != w {
				t.Errorf("%s: head of %s %+v, want %+v", c.name, id, g, w)
			}
		}
	}
}

// TestMigrateViewLines: migration 0021 gives the statements of history of
// a store written before it their articles' heads, and its gatherings
// their lines.
func TestMigrateViewLines(t *testing.T) {
	unstaged(t) // reads target_statements alone
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db := openAt(t, path)
	arts := headArticles(t, db, 2)
	saveTarget(t, db, busyTarget(3, trade))
	gathering := accord.Engagement{ID: "e_summit", Type: accord.Summit, Date: "2024-03-01", Countries: []string{"XA", "XB", "XC"},
		Reports: []accord.Evidence{{Article: arts[1].ID}, {Article: arts[0].ID}}}
	pair := accord.Engagement{ID: "e_talks", Type: accord.Talks, Date: "2024-03-01", Countries: []string{"XA", "XB"},
		Reports: []accord.Evidence{{Article: arts[1].ID}}}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: []accord.Engagement{gathering, pair}}); err != nil {
		t.Fatal(err)
	}
	// As the store was before migration 0021, with the same rows.
	for _, q := range []string{
		`CREATE TABLE old_statements (target TEXT NOT NULL, list INTEGER NOT NULL, i INTEGER NOT NULL, data BLOB NOT NULL,
			PRIMARY KEY (target, list, i)) WITHOUT ROWID`,
		`INSERT INTO old_statements SELECT target, list, i, data FROM target_statements`,
		`DROP TABLE target_statements`,
		`ALTER TABLE old_statements RENAME TO target_statements`,
		`DROP TABLE gathering_lines`,
		`DROP TRIGGER gathering_lines_insert`,
		`DROP TRIGGER gathering_lines_update`,
		`DROP TRIGGER gathering_lines_delete`,
		`DELETE FROM schema_version WHERE version >= 21`,
	} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	db = openAt(t, path)
	got := statementHeadRows(t, db, "t_busy")
	want := map[[2]int]string{{0, 0}: "", {0, 1}: "", {0, 2}: "", {1, 0}: arts[0].Title, {1, 1}: arts[1].Title, {1, 2}: ""}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after the migration: %v, want %v", got, want)
	}
	checkTarget(t, path, "migrated", busyTarget(3, trade))
	var lines []string
	rows, err := db.r.QueryContext(ctx, `SELECT id, date, type, countries, article, title FROM gathering_lines`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, date, typ, countries, article, title string
		if err := rows.Scan(&id, &date, &typ, &countries, &article, &title); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Join([]string{id, date, typ, countries, article, title}, "|"))
	}
	if want := []string{"e_summit|2024-03-01|summit|[\"XA\",\"XB\",\"XC\"]|" + arts[1].ID + "|" + arts[1].Title}; fmt.Sprint(lines) != fmt.Sprint(want) {
		t.Errorf("lines after the migration: %q, want %q", lines, want)
	}
}
