package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// testArticleInfos checks ArticleInfos: the articles asked for, without
// bodies, with their areas sorted; ids not stored left out.
func testArticleInfos(t *testing.T, s accord.Store) {
	ctx := context.Background()
	var batch []*accord.ArticleFacts
	for i, day := range []string{"2024-05-01", "2023-01-09", "2025-11-30"} {
		a := Article(fmt.Sprintf("i%d.md", i), day, "VNA", fmt.Sprintf("Article %d", i), fmt.Sprintf("Text number %d. More.", i))
		batch = append(batch, Facts(a, []string{"VN", "JP"}, []string{"trade", "energy"}, accord.Meeting))
	}
	put(t, s, batch...)
	got, err := s.ArticleInfos(ctx, []string{batch[0].Article.ID, batch[2].Article.ID, "nothing"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d articles, want 2", len(got))
	}
	for _, f := range []*accord.ArticleFacts{batch[0], batch[2]} {
		a := got[f.Article.ID]
		if a == nil {
			t.Fatalf("%s missing", f.Article.ID)
		}
		want := *f.Article
		want.Body = ""
		if a.Article != want {
			t.Errorf("article %s: got %+v, want %+v", want.ID, a.Article, want)
		}
		if !slices.Equal(a.Areas, []string{"energy", "trade"}) {
			t.Errorf("areas of %s: %v", want.ID, a.Areas)
		}
	}
	if got, err := s.ArticleInfos(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no ids: %v, %v", got, err)
	}
	// ArticleHeads, where the store has it: the same articles, no areas.
	h, ok := s.(accord.HeadReader)
	if !ok {
		return
	}
	heads, err := h.ArticleHeads(ctx, []string{batch[0].Article.ID, batch[2].Article.ID, "nothing"})
	if err != nil {
		t.Fatal(err)
	}
	if len(heads) != 2 {
		t.Fatalf("ArticleHeads: %d articles, want 2", len(heads))
	}
	for id, a := range heads {
		if *a != got[id].Article {
			t.Errorf("ArticleHeads %s: %+v, want %+v", id, *a, got[id].Article)
		}
	}
	if heads, err := h.ArticleHeads(ctx, nil); err != nil || len(heads) != 0 {
		t.Errorf("ArticleHeads of no ids: %v, %v", heads, err)
	}
}

// testEachEntity checks EachEntity: each kind in its order, engagements by
// status, and an error from fn returned.
func testEachEntity(t *testing.T, s accord.Store) {
	ctx := context.Background()
	c := record()
	c.Engagements = append(c.Engagements, accord.Engagement{ID: "e_early", Type: accord.PhoneCall, Date: "2025-01-02",
		Countries: []string{"JP", "VN"}, Status: ""})
	c.Targets = append(c.Targets, accord.Target{ID: "t_a", Metric: "investment", Value: 1, Unit: "USD", Deadline: "2035", Holders: []string{"VN"}},
		accord.Target{ID: "t_b", Metric: "tourists", Value: 1, Unit: "count", Holders: []string{"VN"}})
	if err := s.SaveRecord(ctx, c); err != nil {
		t.Fatal(err)
	}
	ids := func(q accord.EntityQuery) []string {
		var out []string
		if err := s.EachEntity(ctx, q, func(v any) error {
			switch x := v.(type) {
			case *accord.Actor:
				out = append(out, x.ID)
			case *accord.Engagement:
				out = append(out, x.ID)
			case *accord.Target:
				out = append(out, x.ID)
			default:
				t.Errorf("got %T", v)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		q    accord.EntityQuery
		want []string
	}{
		{"actors", accord.EntityQuery{Kind: accord.KindActor}, []string{"country:KR", "p_tolam"}},
		{"engagements", accord.EntityQuery{Kind: accord.KindEngagement}, []string{"e_mentioned", "e_early", "e_held", "e_pending"}},
		{"held", accord.EntityQuery{Kind: accord.KindEngagement, Status: accord.StatusHeldAll}, []string{"e_early", "e_held"}},
		{"pending", accord.EntityQuery{Kind: accord.KindEngagement, Status: []string{accord.StatusPending}}, []string{"e_pending"}},
		{"targets by deadline", accord.EntityQuery{Kind: accord.KindTarget}, []string{"t_b", "t_trade", "t_a"}},
	} {
		if got := ids(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	if keys, err := s.KeysOf(ctx, "p_tolam"); err != nil || !slices.Equal(keys, []string{"person:lam", "person:to lam"}) {
		t.Errorf("KeysOf: %v, %v", keys, err)
	}
	if keys, err := s.KeysOf(ctx, "nobody"); err != nil || len(keys) != 0 {
		t.Errorf("KeysOf nobody: %v, %v", keys, err)
	}
	stop := errors.New("stop")
	if err := s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindActor}, func(any) error { return stop }); err != stop {
		t.Errorf("an error from fn: got %v", err)
	}
	if err := s.EachEntity(ctx, accord.EntityQuery{Kind: "nothing"}, func(any) error { return nil }); accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("unknown kind: got %v", err)
	}
}
