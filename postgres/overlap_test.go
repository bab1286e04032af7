package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/jackc/pgx/v5"
)

// TestMonthBesideOpenBatch checks that a writer storing an article of a
// month no article had yet (a new search_docs partition) does not wait for
// another writer's open batch of another month: creating the partition
// with PARTITION OF locked search_docs whole, so every writer waited for
// every other's transaction (issue 10, several writers).
func TestMonthBesideOpenBatch(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	db := open(t, u)
	defer db.Close()
	arts := storetest.Generate(3, 2)
	arts[0].Article.Published = "2021-03-04"
	if _, err := db.PutArticles(ctx, arts[:1]); err != nil {
		t.Fatal(err)
	}

	// Another writer's batch, open: an article of the same month.
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `INSERT INTO search_docs (id, published, tags, doc) VALUES ('open', '2021-03-05', '{}', '')`); err != nil {
		t.Fatal(err)
	}

	// This writer's article of a month without a partition.
	arts[1].Article.Published = "2022-07-01"
	wait, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	res, err := db.PutArticles(wait, arts[1:])
	if err != nil {
		t.Fatalf("storing beside an open batch: %v", err)
	}
	if res[0].Outcome != accord.Stored {
		t.Fatalf("outcome %q", res[0].Outcome)
	}
	got, err := db.Search(ctx, accord.SearchQuery{From: "2022-07-01", To: "2022-07-31"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Total != 1 || got.Hits[0].Article.ID != arts[1].Article.ID {
		t.Fatalf("search of the new month: %d hits", got.Total)
	}
}

// TestReplaceDropsTags checks that an article replaced by a new version of
// its file takes its tags with it (a trigger now, not a foreign key): the
// old version's country is no longer a search facet.
func TestReplaceDropsTags(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	db := open(t, u)
	defer db.Close()
	old := storetest.Generate(5, 1)[0]
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{old}); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	count := func(id string) int {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM article_tags WHERE article_id = $1`, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if count(old.Article.ID) == 0 {
		t.Fatal("no tags stored: a test that cannot fail")
	}
	a := *old.Article
	a.ID, a.Body = old.Article.ID+"-v2", old.Article.Body+" Updated."
	res, err := db.PutArticles(ctx, []*accord.ArticleFacts{{Article: &a}})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != accord.Replaced {
		t.Fatalf("outcome %q, want replaced", res[0].Outcome)
	}
	if n := count(old.Article.ID); n != 0 {
		t.Fatalf("%d tags of the replaced article left", n)
	}
}
