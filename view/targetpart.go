package view

import (
	"context"

	accord "github.com/accordhq/accord"
)

// TargetPart returns a target as `accord target` shows it, with the
// articles its listed statements cite: its first statement and its latest
// StatementsMax (the rest counted in Unlisted.History, which WriteTarget
// says), or every statement when all is set. The busiest target of a large
// archive is restated by thousands of articles, each a statement and an
// article to read: 7,031 at a million generated articles.
func TargetPart(ctx context.Context, s Reader, id string, all bool) (*accord.Target, map[string]*accord.Article, error) {
	q := accord.RecordQuery{IDs: []string{id}}
	if !all {
		q.Statements = StatementsMax
	}
	rec, err := s.RecordOf(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	t, err := TargetHistory(rec, id)
	if err != nil {
		return nil, nil, err
	}
	arts, err := TargetArticles(ctx, s, t)
	if err != nil {
		return nil, nil, err
	}
	return t, arts, nil
}
