package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestArticleAreasFromFacets: an article's areas, read from its facets
// row, are its area tags: sorted, each once, none for an article without
// any, whatever order and repeats its facts give them in.
func TestArticleAreasFromFacets(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cases := []struct {
		areas []string
		want  []string
	}{
		{nil, nil},
		{[]string{"energy"}, []string{"energy"}},
		{[]string{"trade", "energy", "culture"}, []string{"culture", "energy", "trade"}},
		{[]string{"trade", "trade", "energy"}, []string{"energy", "trade"}},
		{[]string{"people_exchange", "Zoology", "agriculture"}, []string{"Zoology", "agriculture", "people_exchange"}},
		{[]string{"a:b", "area:x"}, []string{"a:b", "area:x"}},
	}
	var fs []*accord.ArticleFacts
	var ids []string
	for i, c := range cases {
		a := storetest.Article(fmt.Sprintf("f%d.md", i), fmt.Sprintf("2037-03-%02d", i+1), "Wire", "Ministers meet", "Ministers of Qland and Xland met.")
		fs = append(fs, storetest.Facts(a, []string{"QX", "XQ"}, c.areas, accord.Meeting))
		ids = append(ids, a.ID)
	}
	if _, err := db.PutArticles(ctx, fs); err != nil {
		t.Fatal(err)
	}
	infos, err := db.ArticleInfos(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		var tags []string
		rows, err := db.r.QueryContext(ctx, `SELECT t.value FROM article_tags t JOIN articles a ON a.n = t.article WHERE a.id = ? AND t.kind = 'area' ORDER BY t.value`, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var v string
			rows.Scan(&v)
			tags = append(tags, v)
		}
		rows.Close()
		got := infos[ids[i]]
		if got == nil || !slices.Equal(got.Areas, c.want) || !slices.Equal(got.Areas, tags) {
			t.Errorf("areas %q: got %+v, want %q (article_tags %q)", c.areas, got, c.want, tags)
		}
	}
}
