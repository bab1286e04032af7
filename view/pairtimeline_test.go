package view_test

import (
	"context"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

// readLog records what a view asks a store for.
type readLog struct {
	view.Reader
	queries  []accord.RecordQuery
	articles []string
}

func (r *readLog) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	r.queries = append(r.queries, q)
	return r.Reader.RecordOf(ctx, q)
}

func (r *readLog) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	r.articles = append(r.articles, ids...)
	return r.Reader.ArticleInfos(ctx, ids)
}

// TestPairTimelineReadsNoTarget: a timeline shows no target, so it reads
// none (a busy pair's targets cost a lookup for each article that reports
// one of its contacts), and the articles of its engagements only, and
// shows what the timeline of the whole pair shows.
func TestPairTimelineReadsNoTarget(t *testing.T) {
	ctx := context.Background()
	db := fixtureStore(t)
	whole, err := view.PairRecord(ctx, db, "VN", "KR")
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Targets) == 0 {
		t.Fatal("the fixture's pair has no target: the test would prove nothing")
	}
	infos, err := view.ReportArticles(ctx, db, whole)
	if err != nil {
		t.Fatal(err)
	}
	want := view.DyadTimeline(whole, view.Articles(infos), "VN", "KR", "", "")
	for _, max := range []int{0, 2} {
		log := &readLog{Reader: db}
		got, err := view.PairTimelineMax(ctx, log, "VN", "KR", "", "", max)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range log.queries {
			for _, k := range q.Keys {
				if q.Kind == accord.KindTarget || strings.HasPrefix(k, accord.KeyPairTarget) || strings.HasPrefix(k, accord.KeyReport) {
					t.Errorf("max %d: the timeline read targets: %+v", max, q)
				}
			}
		}
		cited := map[string]bool{}
		for _, list := range [][]accord.Engagement{whole.Engagements, whole.Pending} {
			for _, e := range list {
				for _, ev := range append(append([]accord.Evidence{}, e.Reports...), e.Refs...) {
					cited[ev.Article] = true
				}
			}
		}
		for _, id := range log.articles {
			if !cited[id] {
				t.Errorf("max %d: the timeline read article %s, which no engagement cites", max, id)
			}
		}
		if max == 0 {
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("timeline ≠ the whole pair's (-want +got):\n%s", d)
			}
			// The store itself reads the articles without their areas
			// (accord.HeadReader): the same timeline.
			got, err := view.PairTimelineMax(ctx, db, "VN", "KR", "", "", max)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("timeline read with ArticleHeads ≠ the whole pair's (-want +got):\n%s", d)
			}
		}
	}
}
