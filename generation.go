package accord

import "context"

// GenerationReader is implemented by stores that tell their generation (see
// Stats) without counting their contents: an ingest records it after every
// batch, and counting grows with the store.
type GenerationReader interface {
	Generation(ctx context.Context) (int64, error)
}

// GenerationOf returns a store's generation: from Generation when the
// store has it, else from Stats.
func GenerationOf(ctx context.Context, s Store) (int64, error) {
	if g, ok := s.(GenerationReader); ok {
		return g.Generation(ctx)
	}
	st, err := s.Stats(ctx)
	return st.Generation, err
}
