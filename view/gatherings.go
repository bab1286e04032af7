package view

import (
	"cmp"
	"context"
	"slices"
	"strings"

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
	// latest, above 0, reads of the whole pair's gatherings both attended
	// only the latest this many (by date, id) and the invitations among
	// them, and counts the rest by their keys when the store can
	// (accord.DateReader): a relationship's page lists the latest and
	// shows their number, and a busy pair attended hundreds, each with
	// its participants. The number read is set in gatherings.
	latest     int
	gatherings *int
	// lines, when set, takes the gatherings both attended as lines
	// (accord.LineReader, where the store has it) and the heads of their
	// first reports: the text timeline shows no more of them.
	lines map[string]*accord.Article
}

// readGatherings reads the gatherings q selects: as lines when o asks for
// them and the store has them, else as RecordOf does.
func readGatherings(ctx context.Context, s Reader, q accord.RecordQuery, o pairOpts) (*accord.Record, error) {
	if lr, ok := s.(accord.LineReader); ok && o.lines != nil {
		rec, heads, err := lr.GatheringLines(ctx, q)
		for id, a := range heads {
			o.lines[id] = a
		}
		return rec, err
	}
	return s.RecordOf(ctx, q)
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

// latestGatherings reads the engagements q selects (gatherings both
// attended, by their keys) as a whole pair's part holds them, but of those
// held or mentioned only the latest n by (date, id), the order a
// relationship lists them in: it returns them with the pending ones and
// the number of held or mentioned ones, all that rec would hold of them.
// ok is false when the store cannot list them without reading them.
func latestGatherings(ctx context.Context, s Reader, q accord.RecordQuery, n int) (rec *accord.Record, total int, ok bool, err error) {
	dr, isDR := s.(accord.DateReader)
	if !isDR {
		return nil, 0, false, nil
	}
	dq := q
	dq.Kind, dq.Actors = accord.KindEngagement, false
	ds, ok, err := dr.EntityDates(ctx, dq)
	if err != nil || !ok {
		return nil, 0, false, err
	}
	var listed, pending []accord.EntityDate
	for _, d := range ds {
		switch {
		case d.Kind != accord.KindEngagement:
		case d.Status == accord.StatusPending:
			pending = append(pending, d)
		default:
			listed = append(listed, d)
		}
	}
	slices.SortFunc(listed, func(x, y accord.EntityDate) int {
		return cmp.Or(strings.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
	})
	total = len(listed)
	var ids []string
	for _, d := range append(listed[max(0, len(listed)-n):], pending...) {
		ids = append(ids, d.ID)
	}
	rec = &accord.Record{}
	if len(ids) > 0 {
		if rec, err = s.RecordOf(ctx, accord.RecordQuery{IDs: ids, Actors: q.Actors}); err != nil {
			return nil, 0, false, err
		}
	}
	return rec, total, true, nil
}
