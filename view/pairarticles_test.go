package view

import (
	"context"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

func evs(ids ...string) []accord.Evidence {
	var out []accord.Evidence
	for _, id := range ids {
		out = append(out, accord.Evidence{Article: id})
	}
	return out
}

// TestPairIDs: a relationship's views read its contacts' and invitations'
// articles whole, and only name the first report of the latest gatherings
// both attended and its targets' statements.
func TestPairIDs(t *testing.T) {
	contact := accord.Engagement{ID: "e1", Date: "2025-01-01", Status: accord.StatusHeld, Countries: []string{"AA", "BB"}, Reports: evs("c1", "c2"), Refs: evs("r1")}
	twice := accord.Engagement{ID: "e2", Date: "2025-01-02", Countries: []string{"AA", "BB", "AA"}, Reports: evs("t1")}
	invite := accord.Engagement{ID: "p1", Date: "2025-02-01", Status: accord.StatusPending, Countries: []string{"AA", "BB", "CC"}, Reports: evs("i1", "i2")}
	g1 := accord.Engagement{ID: "g1", Date: "2024-05-01", Status: accord.StatusHeld, Countries: []string{"AA", "BB", "CC"}, Reports: evs("g1a", "g1b")}
	g2 := accord.Engagement{ID: "g2", Date: "2024-06-01", Countries: []string{"CC", "BB", "AA", "DD"}, Reports: evs("g2a", "c1", "g2b")}
	g3 := accord.Engagement{ID: "g3", Date: "2024-06-01", Status: accord.StatusHeld, Countries: []string{"AA", "CC", "DD"}, Reports: evs("g3a")} // b absent
	target := accord.Target{ID: "t", Mentions: evs("m1", "s1"), History: []accord.Restatement{{Evidence: accord.Evidence{Article: "s1"}}, {Evidence: accord.Evidence{Article: "c2"}}}}
	rec := &accord.Record{Engagements: []accord.Engagement{g1, g2, g3, contact, twice}, Pending: []accord.Engagement{invite}, Targets: []accord.Target{target}}
	for _, c := range []struct {
		name         string
		n            int
		targets      bool
		whole, named []string
	}{
		{"every gathering", -1, false, []string{"c1", "c2", "r1", "t1", "i1", "i2"}, []string{"g1a", "g2a"}},
		{"the latest", 1, false, []string{"c1", "c2", "r1", "t1", "i1", "i2"}, []string{"g2a"}},
		{"none, with targets", 0, true, []string{"c1", "c2", "r1", "t1", "i1", "i2"}, []string{"s1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			whole, named := pairIDs(rec, "AA", "BB", c.n, c.targets)
			if !slices.Equal(whole, c.whole) || !slices.Equal(named, c.named) {
				t.Errorf("pairIDs = %v, %v; want %v, %v", whole, named, c.whole, c.named)
			}
		})
	}
}

// headsStore records which articles a view asks for, and how.
type headsStore struct {
	Reader
	infos, heads []string
}

func (s *headsStore) ArticleInfos(_ context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	s.infos = append(s.infos, ids...)
	out := map[string]*accord.ArticleInfo{}
	for _, id := range ids {
		out[id] = &accord.ArticleInfo{Article: accord.Article{ID: id, Title: "T" + id}, Areas: []string{"trade"}}
	}
	return out, nil
}

func (s *headsStore) ArticleHeads(_ context.Context, ids []string) (map[string]*accord.Article, error) {
	s.heads = append(s.heads, ids...)
	out := map[string]*accord.Article{}
	for _, id := range ids {
		out[id] = &accord.Article{ID: id, Title: "T" + id}
	}
	return out, nil
}

// TestPairArticles: areas for the contacts' articles only, titles for the
// rest, and an article both reporting a contact and a gathering whole.
func TestPairArticles(t *testing.T) {
	rec := &accord.Record{
		Engagements: []accord.Engagement{
			{ID: "e", Date: "2025-01-01", Countries: []string{"AA", "BB"}, Reports: evs("c1")},
			{ID: "g", Date: "2025-01-02", Countries: []string{"AA", "BB", "CC"}, Reports: evs("c1", "g2")},
			{ID: "h", Date: "2025-01-03", Countries: []string{"AA", "BB", "CC"}, Reports: evs("h1", "h2")},
		},
		Targets: []accord.Target{{ID: "t", History: []accord.Restatement{{Evidence: accord.Evidence{Article: "s1"}}}}},
	}
	s := &headsStore{}
	infos, err := PairArticles(context.Background(), s, rec, "aa", "bb", -1)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.infos, []string{"c1"}) || !slices.Equal(s.heads, []string{"h1", "s1"}) {
		t.Errorf("read infos %v, heads %v; want [c1], [h1 s1]", s.infos, s.heads)
	}
	if len(infos) != 3 || len(infos["c1"].Areas) != 1 || infos["h1"].Title != "Th1" || infos["h1"].Areas != nil || infos["g2"] != nil {
		t.Errorf("infos = %v", infos)
	}
}
