package view

import (
	"context"

	accord "github.com/accordhq/accord"
)

// pairOpts says what the part of a relationship's record holds.
type pairOpts struct {
	// targets: the targets of the pair, and those one of them stated
	// where the two met.
	targets bool
	// countGatherings: the gatherings both attended are counted by their
	// keys (accord.DateReader), not read, when the store can: a briefing
	// shows only their number.
	countGatherings bool
	// noGatheringActors: the gatherings come without the actors they
	// name: the text timeline shows a line of each, without participants.
	noGatheringActors bool
}

// gatheringCount holds the dates of the held gatherings a relationship's
// part counted (pairOpts.countGatherings); nil when they were read.
type gatheringCount []string

// in returns the number of gatherings dated from..to.
func (c gatheringCount) in(from, to string) int {
	n := 0
	for _, d := range c {
		if inRange(d, from, to) {
			n++
		}
	}
	return n
}

// countGatherings returns the dates of the held engagements q selects
// (gatherings both attended, by their keys), dated first or later; nil
// when the store cannot list them without reading them.
func countGatherings(ctx context.Context, s Reader, q accord.RecordQuery, first string) (gatheringCount, error) {
	dr, ok := s.(accord.DateReader)
	if !ok {
		return nil, nil
	}
	q.Kind, q.Actors = accord.KindEngagement, false
	ds, ok, err := dr.EntityDates(ctx, q)
	if err != nil || !ok {
		return nil, err
	}
	out := gatheringCount{}
	for _, d := range ds {
		if d.Kind == accord.KindEngagement && d.Date >= first && (d.Status == "" || d.Status == accord.StatusHeld) {
			out = append(out, d.Date)
		}
	}
	return out, nil
}
