package view

import (
	"context"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// PairMax is the number of a relationship's held contacts the views read
// in full. A pair with more in the range asked (tens of thousands between
// two busy countries in a large archive) is shown over its latest PairMax
// contacts, with the total from the index, so that a view costs the same
// whatever the size of the relationship.
const PairMax = 200

// StatementsMax is the number of a target's latest statements a busy
// pair's views read, besides its first (RecordQuery.Statements): the
// target's own page lists every one.
const StatementsMax = 50

// PairWindow says which part of a relationship a view read.
type PairWindow struct {
	// Total is the number of held bilateral contacts: in the range asked
	// when it is exact, else at least this many (Over).
	Total int `json:"total"`
	// Over reports that Total is a lower bound: the range holds more than
	// the views read, and counting them exactly would read them all.
	Over bool `json:"total_over,omitempty"`
	// Shown is the number of contacts read, the latest ones.
	Shown int `json:"shown"`
	// Since is the date of the earliest contact read, when the views show
	// only part of the range (Shown < Total).
	Since string `json:"since,omitempty"`
}

// Partial reports whether the views show only the latest part of the range.
func (w PairWindow) Partial() bool { return w.Since != "" }

// PairPart returns the part of the record a relationship's views need over
// the range from..to: the whole pair (PairRecord) when it holds at most max
// held bilateral contacts in the range, else its latest max contacts in
// the range, its invitations, the gatherings both attended since the first
// contact read, its joint targets and the targets one of them stated where
// the two met, and the actors these name.
func PairPart(ctx context.Context, s Reader, a, b, from, to string, max int) (*accord.Record, PairWindow, error) {
	return pairPart(ctx, s, a, b, from, to, max, true)
}

// PairPagePart is PairPart for a relationship's page, which lists the
// latest n gatherings both countries attended and shows their number: of a
// pair read whole, rec holds only those n of its held or mentioned
// gatherings, and gatherings is the number of them all,
// counted by their keys; gatherings is -1 when rec holds every one it
// counts (a busy pair's, bounded by its window, or a store that cannot
// count them without reading them).
func PairPagePart(ctx context.Context, s Reader, a, b, from, to string, max, n int) (rec *accord.Record, w PairWindow, gatherings int, err error) {
	gatherings = -1
	rec, w, _, err = pairPartOpts(ctx, s, a, b, from, to, max, pairOpts{targets: true, latest: n, gatherings: &gatherings})
	return rec, w, gatherings, err
}

// pairPart is PairPart, without any target when targets is false.
func pairPart(ctx context.Context, s Reader, a, b, from, to string, max int, targets bool) (*accord.Record, PairWindow, error) {
	rec, w, _, err := pairPartOpts(ctx, s, a, b, from, to, max, pairOpts{targets: targets})
	return rec, w, err
}

// pairPartOpts is pairPart reading the gatherings both attended as o says;
// when it counted them (o.countGatherings), rec holds none of them.
func pairPartOpts(ctx context.Context, s Reader, a, b, from, to string, max int, o pairOpts) (*accord.Record, PairWindow, gatheringCount, error) {
	targets := o.targets
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	pair := accord.PairKey(a, b)
	total, err := keyCount(ctx, s, pair)
	if err != nil {
		return nil, PairWindow{}, nil, err
	}
	if max <= 0 || total <= max {
		rec, count, err := pairRecordOpts(ctx, s, a, b, o)
		if err != nil {
			return nil, PairWindow{}, nil, err
		}
		// Counted in place: held would copy and sort them all.
		n := 0
		for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
			for i := range list {
				if e := &list[i]; isHeld(e) && len(uniq(e.Countries)) == 2 && inRange(e.Date, from, to) {
					n++
				}
			}
		}
		return rec, PairWindow{Total: n, Shown: n}, count, nil
	}
	// One more than shown tells whether the range holds more.
	rec, err := s.RecordOf(ctx, accord.RecordQuery{Keys: []string{pair}, Kind: accord.KindEngagement, From: from, To: to, Limit: max + 1, Actors: true})
	if err != nil {
		return nil, PairWindow{}, nil, err
	}
	w := PairWindow{Total: len(rec.Engagements), Shown: len(rec.Engagements)}
	if len(rec.Engagements) > max {
		// Engagements come in (date, id) order: drop the earliest.
		rec.Engagements = rec.Engagements[len(rec.Engagements)-max:]
		w.Shown, w.Since = max, rec.Engagements[0].Date
		w.Total = max + 1
		w.Over = true
		if from == "" && to == "" {
			w.Total, w.Over = total, false
		}
	}
	first := from
	if w.Since != "" {
		first = w.Since
	}
	ga, gb, err := gatheringKeys(ctx, s, a, b)
	if err != nil {
		return nil, PairWindow{}, nil, err
	}
	// The gatherings both attended over the contacts shown: the
	// intersection walks one country's gatherings latest first and stops
	// at its bound.
	gq := accord.RecordQuery{Keys: []string{ga}, All: []string{gb}, Kind: accord.KindEngagement, From: first, To: to, Limit: 2 * max, Actors: !o.noGatheringActors}
	var count gatheringCount
	if o.countGatherings {
		if count, err = countGatherings(ctx, s, gq, first); err != nil {
			return nil, PairWindow{}, nil, err
		}
	}
	parts := []accord.RecordQuery{
		// Invitations and mentions between the two, all of them: few.
		{Keys: []string{pairKeyOf(accord.KeyPairOther, a, b)}, Kind: accord.KindEngagement, Actors: true},
	}
	if count == nil {
		parts = append(parts, gq)
	}
	if targets {
		parts = append(parts, accord.RecordQuery{Keys: []string{pairKeyOf(accord.KeyPairTarget, a, b)}, Kind: accord.KindTarget, Actors: true, Statements: StatementsMax})
	}
	for i, q := range parts {
		read := s.RecordOf
		if i == 1 && count == nil { // gq
			read = func(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
				return readGatherings(ctx, s, q, o)
			}
		}
		more, err := read(ctx, q)
		if err != nil {
			return nil, PairWindow{}, nil, err
		}
		if q.Limit > 0 {
			more.Engagements = slices.DeleteFunc(more.Engagements, func(e accord.Engagement) bool {
				return len(uniq(e.Countries)) <= 2 || e.Date < first
			})
			more.Pending = slices.DeleteFunc(more.Pending, func(e accord.Engagement) bool { return len(uniq(e.Countries)) <= 2 })
		}
		Merge(rec, more)
	}
	if !targets {
		return rec, w, count, nil
	}
	if err := addStatedTargets(ctx, s, rec, a, b, StatementsMax); err != nil {
		return nil, PairWindow{}, nil, err
	}
	return rec, w, count, nil
}

func pairKeyOf(prefix, a, b string) string {
	if b < a {
		a, b = b, a
	}
	return prefix + a + "|" + b
}
