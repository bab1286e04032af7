package http

import (
	"context"

	accord "github.com/accordhq/accord"
)

// buildModel indexes the whole record and every article, as the server did
// before it read parts: tests use it to find what to request and to check
// the parts against the whole.
func buildModel(ctx context.Context, store accord.Store, st accord.Stats) (*model, error) {
	rec, err := store.Record(ctx)
	if err != nil {
		return nil, err
	}
	arts, _, err := store.Articles(ctx, accord.ArticleFilter{})
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	infos, err := store.ArticleInfos(ctx, ids)
	if err != nil {
		return nil, err
	}
	return newModel(st, rec, infos, nil), nil
}

// model returns the whole model of the server's store.
func (s *Server) model(ctx context.Context) (*model, error) {
	st, err := s.store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	return buildModel(ctx, s.store, st)
}
