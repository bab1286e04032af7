package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestMigrateWrittenOrder: a store of schema 15 (entities keyed by (kind,
// id), entity_keys indexed by entity, report keys in entity_keys, the
// article infos keyed by id) keeps its record through migrations 0016 and
// 0017: each entity found by the same keys, report keys of stored
// articles moved to report_keys and those of an article not stored left
// in entity_keys, actor keys under their article's n, and a later save or
// an article's replacement removes the rows it should.
func TestMigrateWrittenOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article("a.md", "2025-09-20", "VNA", "Ministers meet", "Ministers of Korea and Viet Nam met.")
	b := storetest.Article("b.md", "2025-09-21", "VNA", "Ministers talk", "Ministers of Korea and Viet Nam talked.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{storetest.Facts(a, []string{"KR", "VN"}, nil), storetest.Facts(b, []string{"KR", "VN"}, nil)}); err != nil {
		t.Fatal(err)
	}
	const unstored = "00000000000000ff"
	eng := func(reports ...string) accord.Engagement {
		e := accord.Engagement{ID: "e_talks", Type: accord.Talks, Date: "2025-09-20", Countries: []string{"KR", "VN"}, Status: accord.StatusHeld}
		for _, id := range reports {
			e.Reports = append(e.Reports, accord.Evidence{Article: id, Published: "2025-09-20"})
		}
		return e
	}
	actor := accord.Actor{ID: "p_minister", Type: accord.Person, Name: "Kim Minister", Keys: []string{a.ID + "/person:kim", unstored + "/person:kim"}}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Actors: []accord.Actor{actor}, Engagements: []accord.Engagement{eng(a.ID, b.ID, unstored)}}); err != nil {
		t.Fatal(err)
	}
	// As the store was at schema 15: the report keys in entity_keys, the
	// tables and indexes of before, no staged keys (migration 0024).
	for _, q := range []string{
		`INSERT INTO entity_keys SELECT * FROM entity_keys_staged`, `DROP TABLE entity_keys_staged`, `DELETE FROM meta WHERE key = 'entity_keys_staged'`,
		`INSERT INTO entity_keys (key, date, kind, id) SELECT 'r:' || a.id, '', r.kind, r.id FROM report_keys r JOIN articles a ON a.n = r.article`,
		`DROP TABLE report_keys`, `DROP TRIGGER report_keys_article_delete`,
		`CREATE TABLE old_entities (kind TEXT NOT NULL, id TEXT NOT NULL, status TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
			data TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID`,
		`INSERT INTO old_entities SELECT kind, id, status, date, data FROM entities`,
		`DROP TABLE entities`, `ALTER TABLE old_entities RENAME TO entities`,
		`CREATE INDEX entities_status ON entities (kind, status, date)`,
		`CREATE INDEX entity_keys_entity ON entity_keys (kind, id)`,
		`DROP INDEX articles_info`,
		`CREATE INDEX articles_info ON articles (id, published, title, file, source, path, url, dateline, format)`,
		`CREATE TABLE old_actor_keys (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, actor TEXT NOT NULL)`,
		`INSERT INTO old_actor_keys SELECT seq, key, actor FROM actor_keys`,
		`DROP TABLE actor_keys`, `ALTER TABLE old_actor_keys RENAME TO actor_keys`,
		`CREATE INDEX actor_keys_actor ON actor_keys (actor, seq, key)`,
		`DELETE FROM schema_version WHERE version >= 16`,
	} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	found := func(key string) bool {
		t.Helper()
		r, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{key}, Kind: accord.KindEngagement})
		if err != nil {
			t.Fatal(err)
		}
		return len(r.Engagements) == 1 && r.Engagements[0].ID == "e_talks"
	}
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.r.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(q, err)
		}
		return n
	}
	for _, k := range []string{accord.KeyReport + a.ID, accord.KeyReport + b.ID, accord.KeyReport + unstored, accord.KeyCountry + "KR", accord.PairKey("KR", "VN")} {
		if !found(k) {
			t.Errorf("after the migration, %s does not find the engagement", k)
		}
	}
	if n := count(`SELECT count(*) FROM report_keys`); n != 2 {
		t.Errorf("report_keys: %d rows, want 2 (the stored articles')", n)
	}
	if n := count(`SELECT count(*) FROM entity_keys WHERE key >= 'r:' AND key < 'r;'`); n != 1 {
		t.Errorf("report keys left in entity_keys: %d, want 1 (the article not stored)", n)
	}
	if n := count(`SELECT count(*) FROM entities, json_each(entities.keys)`); n != count(`SELECT count(*) FROM entity_keys`)+2 {
		t.Errorf("the entity lists %d key rows, want those of entity_keys and report_keys", n)
	}
	if infos, err := db.ArticleInfos(ctx, []string{a.ID, b.ID, unstored}); err != nil || len(infos) != 2 || infos[b.ID].Title != b.Title {
		t.Errorf("article infos after the migration: %v, %v", infos, err)
	}

	// Actor keys under their article's n, or -1 for the article not stored.
	for _, id := range []string{a.ID, unstored} {
		if keys, err := db.ActorKeys(ctx, id); err != nil || len(keys) != 1 || keys[id+"/person:kim"] != "p_minister" {
			t.Errorf("actor keys of %s after the migration: %v, %v", id, keys, err)
		}
	}
	if n := count(`SELECT count(*) FROM actor_keys WHERE article = -1`); n != 1 {
		t.Errorf("actor keys without a stored article: %d, want 1", n)
	}

	// A save that drops a report removes its row; the others stay.
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: []accord.Engagement{eng(a.ID, unstored)}}); err != nil {
		t.Fatal(err)
	}
	if found(accord.KeyReport+b.ID) || !found(accord.KeyReport+a.ID) || !found(accord.KeyReport+unstored) {
		t.Errorf("after dropping a report: found by b %v, by a %v, by the unstored %v; want false, true, true",
			found(accord.KeyReport+b.ID), found(accord.KeyReport+a.ID), found(accord.KeyReport+unstored))
	}
	// A replaced article takes its report rows and actor keys along.
	a2 := storetest.Article("a.md", "2025-09-20", "VNA", "Ministers meet", "Ministers of Korea and Viet Nam met again.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{storetest.Facts(a2, []string{"KR", "VN"}, nil)}); err != nil {
		t.Fatal(err)
	}
	if n := count(`SELECT count(*) FROM report_keys`); n != 0 {
		t.Errorf("report_keys after the article's replacement: %d rows, want 0", n)
	}
	if keys, err := db.ActorKeys(ctx, a.ID); err != nil || len(keys) != 0 {
		t.Errorf("actor keys of the replaced article: %v, %v; want none", keys, err)
	}
	// Dropped and written anew in one change: every key again.
	if err := db.SaveRecord(ctx, &accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindEngagement, ID: "e_talks"}},
		Engagements: []accord.Engagement{eng(b.ID)}}); err != nil {
		t.Fatal(err)
	}
	var keys []string
	rows, err := db.r.QueryContext(ctx, `SELECT key FROM entity_keys WHERE id = 'e_talks' UNION ALL
		SELECT key FROM entity_keys_staged WHERE id = 'e_talks' UNION ALL
		SELECT 'r:' || a.id FROM report_keys r JOIN articles a ON a.n = r.article WHERE r.id = 'e_talks' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	want, _ := accord.EntityKeys(&[]accord.Engagement{eng(b.ID)}[0])
	want = slices.Compact(slices.Sorted(slices.Values(want)))
	if !slices.Equal(keys, want) {
		t.Errorf("keys after delete and write anew:\n got %v\nwant %v", keys, want)
	}
}
