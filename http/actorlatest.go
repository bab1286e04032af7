package http

import (
	"cmp"
	"context"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// actorLatest returns what RecordOf gives for an actor's latest limit
// engagements ({Keys: a:ID, IDs: ID, Kind: engagement, Limit: limit,
// Actors: true}), taken from the actor's timeline model when that holds
// them: the page reads the latest actorTimelineMax for its timeline
// first, and reading the latest 200 again cost a sixth of the page.
func (s *Server) actorLatest(ctx context.Context, a *accord.Actor, limit int) (*accord.Record, error) {
	if limit > 0 && limit <= actorTimelineMax {
		tm, err := s.actorTimelineModel(ctx, a, dateRange{})
		if err != nil {
			return nil, err
		}
		if rec, ok := latestOf(tm.rec, a.ID, limit); ok {
			return rec, nil
		}
	}
	return s.store.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyActor + a.ID}, IDs: []string{a.ID}, Kind: accord.KindEngagement, Limit: limit, Actors: true})
}

// latestOf returns the part of rec (a RecordOf of an actor's latest
// engagements with their actors) that a RecordOf of its latest limit
// would give: the engagements latest first by (date, id), as the key
// index orders them, and the actor with the actors these name. ok is
// false when it cannot tell: a correction may key an engagement under
// another date.
func latestOf(rec *accord.Record, id string, limit int) (*accord.Record, bool) {
	var all []*accord.Engagement
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			if list[i].Curation != nil {
				return nil, false
			}
			all = append(all, &list[i])
		}
	}
	slices.SortFunc(all, func(x, y *accord.Engagement) int {
		return cmp.Or(strings.Compare(y.Date, x.Date), strings.Compare(y.ID, x.ID))
	})
	keep := map[string]bool{}
	for _, e := range all[:min(limit, len(all))] {
		keep[e.ID] = true
	}
	out := &accord.Record{}
	for _, e := range rec.Engagements {
		if keep[e.ID] {
			out.Engagements = append(out.Engagements, e)
		}
	}
	for _, e := range rec.Pending {
		if keep[e.ID] {
			out.Pending = append(out.Pending, e)
		}
	}
	need := map[string]bool{id: true}
	for _, n := range out.MissingActors() {
		need[n] = true
	}
	for _, x := range rec.Actors {
		if need[x.ID] {
			out.Actors = append(out.Actors, x)
		}
	}
	return out, true
}
