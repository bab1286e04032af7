package consolidate

import accord "github.com/accordhq/accord"

// oneSidedSummitApart reports whether two summits told on different days
// are two gatherings: one a leader's part alone in a gathering (one
// country, "A attended the B Summit"), the other a summit of two or more
// sides. A series of gatherings runs over consecutive days (a bloc's
// summit with a partner one day, a wider summit the next), and a leader's
// one-sided part in one is not the other's report.
func oneSidedSummitApart(a, b *accord.Engagement) bool {
	if a.Type != accord.Summit || b.Type != accord.Summit || len(a.Date) != 10 || len(b.Date) != 10 || a.Date == b.Date {
		return false
	}
	return len(a.Countries) == 1 && len(b.Countries) >= 2 || len(b.Countries) == 1 && len(a.Countries) >= 2
}
