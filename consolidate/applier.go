package consolidate

import (
	"context"

	accord "github.com/accordhq/accord"
)

// Applier is Apply for a run of many batches (an ingest). Each batch reads
// only the part of the record it can touch, so nothing is kept between
// batches and another writer's changes are always seen.
// An Applier serves one store; it is not safe for concurrent use.
type Applier struct{}

// Apply merges the added articles' facts into the record and saves the
// change, as the package-level Apply does.
func (a *Applier) Apply(ctx context.Context, s accord.Store, added []*accord.ArticleFacts, removed []string) error {
	return Apply(ctx, s, added, removed)
}

// Reset is called when another process wrote the record; an Applier keeps
// nothing that could be stale, so there is nothing to drop.
func (a *Applier) Reset() {}
