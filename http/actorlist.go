package http

import (
	"cmp"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// latestPart returns what the store gives for an actor's latest n
// engagements (RecordQuery{Keys: a:id, IDs: id, Kind: engagement, Limit:
// n, Actors: true}) from the part read for more of them (a larger Limit):
// the same order (date, then id, latest first), the actor, and the actors
// the n engagements name. The actor page reads its chart's latest 1,000
// first; reading its list's latest 200 again cost as much as a third of
// the page when SQLite's page cache is cold (issue 10).
func latestPart(rec *accord.Record, id string, n int) *accord.Record {
	es := make([]accord.Engagement, 0, len(rec.Engagements)+len(rec.Pending))
	es = append(append(es, rec.Engagements...), rec.Pending...)
	slices.SortFunc(es, func(x, y accord.Engagement) int {
		return cmp.Or(strings.Compare(y.Date, x.Date), strings.Compare(y.ID, x.ID))
	})
	out := &accord.Record{}
	for _, e := range es[:min(n, len(es))] {
		if e.Status == accord.StatusPending {
			out.Pending = append(out.Pending, e)
		} else {
			out.Engagements = append(out.Engagements, e)
		}
	}
	for _, a := range rec.Actors {
		if a.ID == id {
			out.Actors = append(out.Actors, a)
		}
	}
	want := map[string]bool{}
	for _, a := range out.MissingActors() {
		want[a] = true
	}
	for _, a := range rec.Actors {
		if want[a.ID] {
			out.Actors = append(out.Actors, a)
		}
	}
	out.SortParts()
	return out
}
