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
	if err := copyCorrections(ctx, dst, src); err != nil {
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

// copyCorrections replaces dst's corrections with src's, ids kept (an actor
// a split made is named by its correction's id), before the record is
// copied: dst applies them to the record it saves.
func copyCorrections(ctx context.Context, dst, src Store) error {
	from, ok := src.(Curator)
	if !ok {
		return nil
	}
	to, ok := dst.(Curator)
	if !ok {
		return nil
	}
	cs, err := from.Corrections(ctx)
	if err != nil {
		return err
	}
	old, err := to.Corrections(ctx)
	if err != nil {
		return err
	}
	for _, c := range old {
		if err := to.DeleteCorrection(ctx, c.ID); err != nil {
			return err
		}
	}
	for _, c := range cs {
		if _, err := to.AddCorrection(ctx, c); err != nil {
			return err
		}
	}
	return nil
}
