package ingest

import (
	"context"

	accord "github.com/accordhq/accord"
)

// ArticlePreparer is a store that does part of storing an article outside
// its one writer: what depends on the article alone (sqlite: the JSON of
// its facts, its tags, its search terms). The pipeline calls
// PrepareArticle in its extraction workers, in parallel, and hands the
// results to PutPrepared with the batch: on two cores, the writer is the
// stage every article waits for.
type ArticlePreparer interface {
	// PrepareArticle returns what PutPrepared needs of f, or nil; it must
	// be safe for concurrent use.
	PrepareArticle(f *accord.ArticleFacts) any
	// PutPrepared is PutArticles given prepared[i] for batch[i] (nil: not
	// prepared).
	PutPrepared(ctx context.Context, batch []*accord.ArticleFacts, prepared []any) ([]accord.PutResult, error)
}

// prepare has the store prepare f, when it can, and keeps the result for
// store.
func (p *Pipeline) prepare(f *accord.ArticleFacts) *accord.ArticleFacts {
	if pr, ok := p.Store.(ArticlePreparer); ok && f != nil && p.sh == nil {
		if v := pr.PrepareArticle(f); v != nil {
			p.prepared.Store(f, v)
		}
	}
	return f
}

// takePrepared returns what was prepared of each article of batch, and
// forgets it.
func (p *Pipeline) takePrepared(batch []*accord.ArticleFacts) []any {
	out := make([]any, len(batch))
	for i, f := range batch {
		out[i], _ = p.prepared.LoadAndDelete(f)
	}
	return out
}

// dropPrepared forgets what was prepared of the articles of batch.
func (p *Pipeline) dropPrepared(batch []*accord.ArticleFacts) {
	for _, f := range batch {
		p.prepared.Delete(f)
	}
}
