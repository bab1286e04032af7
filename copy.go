package accord

import "context"

// copyBatch is how many articles Copy writes per PutArticles call.
const copyBatch = 500

// Copy copies every article with its facts from src to dst, in batches, then
// replaces dst's record with src's. Articles dst holds already are left as
// they are (PutArticles is idempotent), so an interrupted copy can be run
// again. progress, if not nil, is called after each batch with the number of
// articles copied so far.
func Copy(ctx context.Context, dst, src Store, progress func(n int)) error {
	var batch []*ArticleFacts
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if _, err := dst.PutArticles(ctx, batch); err != nil {
			return err
		}
		n += len(batch)
		batch = batch[:0]
		if progress != nil {
			progress(n)
		}
		return nil
	}
	err := src.EachFacts(ctx, func(f *ArticleFacts) error {
		batch = append(batch, f)
		if len(batch) < copyBatch {
			return nil
		}
		return flush()
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	r, err := src.Record(ctx)
	if err != nil {
		return err
	}
	return dst.SaveRecord(ctx, &RecordChange{
		Actors:      r.Actors,
		Engagements: append(append([]Engagement{}, r.Engagements...), r.Pending...),
		Targets:     r.Targets,
		Reset:       true,
	})
}
