package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/google/go-cmp/cmp"
)

// TestMigrateDatedKeys: a store written before migration 0004, its keys in
// stored order, is renumbered by date with its tags and full-text index, so
// that search lists it newest first, filters and facets it as before.
func TestMigrateDatedKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for v, f := range []string{"migrations/0001_init.sql", "migrations/0002_sources.sql"} {
		script, err := migrations.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(script)); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(`INSERT INTO schema_version VALUES (?, '')`, v+1); err != nil {
			t.Fatal(err)
		}
	}
	// Stored in this order: n 1, 2, 3, 4; dates not in that order, one
	// missing.
	dates := []string{"2024-05-01", "2025-01-02", "", "2023-12-31"}
	var ids []string
	for i, d := range dates {
		a := storetest.Article(string(rune('a'+i))+".md", d, "VNA", "Ministers meet", "Ministers discussed fisheries.")
		ids = append(ids, a.ID)
		if _, err := raw.Exec(`INSERT INTO articles (id, file, path, title, published, source, body, facts, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', '')`,
			a.ID, a.File, a.File, a.Title, a.Published, a.Source, a.Body); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(`INSERT INTO article_tags VALUES (?, 'country', ?)`, i+1, []string{"VN", "JP", "VN", "KR"}[i]); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, err := db.Search(ctx, accord.SearchQuery{Query: "fisheries", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range r.Hits {
		got = append(got, h.Article.ID)
	}
	if d := cmp.Diff([]string{ids[1], ids[0], ids[3], ids[2]}, got); d != "" {
		t.Errorf("hits after migration, newest first (-want +got):\n%s", d)
	}
	want := map[string][]accord.FacetCount{
		accord.FacetCountry: {{Value: "VN", Count: 2}, {Value: "JP", Count: 1}, {Value: "KR", Count: 1}},
		accord.FacetSource:  {{Value: "VNA", Count: 4}},
		accord.FacetYear:    {{Value: "2023", Count: 1}, {Value: "2024", Count: 1}, {Value: "2025", Count: 1}},
	}
	if d := cmp.Diff(want, r.Facets); d != "" {
		t.Errorf("facets after migration (-want +got):\n%s", d)
	}
	r, err = db.Search(ctx, accord.SearchQuery{Query: "fisheries", Countries: []string{"JP"}, From: "2024-01-01"})
	if err != nil || r.Total != 1 || r.Hits[0].Article.ID != ids[1] {
		t.Errorf("filtered after migration: %+v, %v", r, err)
	}
	// A new article of an old day takes a key of its day.
	a := storetest.Article("e.md", "2024-05-01", "WH", "Another", "Fisheries again.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{storetest.Facts(a, nil, nil)}); err != nil {
		t.Fatal(err)
	}
	r, err = db.Search(ctx, accord.SearchQuery{Query: "fisheries", From: "2024-05-01", To: "2024-05-01"})
	if err != nil || r.Total != 2 || r.Hits[0].Article.ID != a.ID {
		t.Errorf("a new article on an old day: %+v, %v", r, err)
	}
}

// TestMigrateGatheringKeys: a store saved before gathering keys gets them
// for its engagements of more than two countries, and none for a pair's.
func TestMigrateGatheringKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ev := []accord.Evidence{{Article: "0123456789abcdef", Published: "2025-09-20"}}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: []accord.Engagement{
		{ID: "e_three", Type: accord.Summit, Date: "2025-09-20", Countries: []string{"JP", "KR", "VN"}, Status: accord.StatusHeld, Reports: ev},
		{ID: "e_two", Type: accord.Talks, Date: "2025-09-21", Countries: []string{"KR", "VN"}, Status: accord.StatusHeld, Reports: ev},
	}}); err != nil {
		t.Fatal(err)
	}
	// As the store was before migration 0012 (and 0024: no staged keys).
	for _, q := range []string{`INSERT INTO entity_keys SELECT * FROM entity_keys_staged`, `DROP TABLE entity_keys_staged`,
		`DELETE FROM meta WHERE key = 'entity_keys_staged'`, `DELETE FROM entity_keys WHERE key LIKE 'g:%'`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	if _, err := db.w.ExecContext(ctx, `DELETE FROM schema_version WHERE version >= 12`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.r.QueryContext(ctx, `SELECT key, id FROM entity_keys WHERE key LIKE 'g:%' ORDER BY key`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var k, id string
		if err := rows.Scan(&k, &id); err != nil {
			t.Fatal(err)
		}
		got = append(got, k+" "+id)
	}
	want := []string{"g:JP e_three", "g:KR e_three", "g:VN e_three"}
	if !slices.Equal(got, want) {
		t.Errorf("gathering keys after the migration: %v, want %v", got, want)
	}
}

// TestMigrateRecordCounts: a store saved before the counts were rows gets
// them counted, and kept from then on.
func TestMigrateRecordCounts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ev := []accord.Evidence{{Article: "0123456789abcdef", Published: "2025-09-20"}}
	save := func(es ...accord.Engagement) {
		t.Helper()
		if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: es}); err != nil {
			t.Fatal(err)
		}
	}
	save(accord.Engagement{ID: "e_held", Type: accord.Talks, Date: "2025-09-21", Countries: []string{"KR", "VN"}, Status: accord.StatusHeld, Reports: ev},
		accord.Engagement{ID: "e_invite", Type: accord.Visit, Countries: []string{"KR", "VN"}, Status: accord.StatusPending, Reports: ev})
	// As the store was before migration 0015.
	for _, q := range []string{`DROP TRIGGER record_counts_entity_insert`, `DROP TRIGGER record_counts_entity_delete`,
		`DROP TRIGGER record_counts_entity_update`, `DROP TRIGGER record_counts_article_insert`, `DROP TRIGGER record_counts_article_delete`,
		`DROP TABLE record_counts`, `DELETE FROM schema_version WHERE version = 15`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	save(accord.Engagement{ID: "e_more", Type: accord.PhoneCall, Date: "2025-09-22", Countries: []string{"KR", "VN"}, Status: accord.StatusHeld, Reports: ev})
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, err := db.Stats(ctx); err != nil || st.Engagements != 2 {
		t.Errorf("after the migration: %+v, %v; want 2 engagements", st, err)
	}
	// The invitation taken up: an engagement held, one more.
	save(accord.Engagement{ID: "e_invite", Type: accord.Visit, Date: "2025-10-01", Countries: []string{"KR", "VN"}, Status: accord.StatusHeld, Reports: ev})
	if st, err := db.Stats(ctx); err != nil || st.Engagements != 3 {
		t.Errorf("after an invitation is held: %+v, %v; want 3 engagements", st, err)
	}
}
