package consolidate

import (
	"strconv"
	"strings"

	"github.com/accordhq/accord"
)

// slidSpan reports whether the periods of statements h and r are one span
// "over the next N years" told again later: extraction dates such a span
// from each article's publication, so a speech a year after the pledge
// ("we will implement … $30 billion … over the next three years") gives
// the same span shifted by a year. Both periods must be of one length,
// each start in its own article's year, and the later article fall
// before the earlier span ends, within goalRestateDays of it; a new pledge
// after the span ran out (the next conference's "$30 billion over three
// years") or years on (two "$100 million over five years" of two visits)
// is another target.
func slidSpan(h, r accord.Restatement) bool {
	hs, he, ok1 := spanYears(h.Period)
	rs, re, ok2 := spanYears(r.Period)
	if !ok1 || !ok2 || he-hs != re-rs || hs == rs || len(h.Published) < 4 || len(r.Published) < 4 || !withinDays(h.Published, r.Published, goalRestateDays) {
		return false
	}
	hy, err1 := strconv.Atoi(h.Published[:4])
	ry, err2 := strconv.Atoi(r.Published[:4])
	if err1 != nil || err2 != nil || hy != hs || ry != rs {
		return false
	}
	if hs > rs {
		hs, he, rs = rs, re, hs
	}
	return rs < he
}

// spanYears returns the first and last years of a period "YYYY-YYYY".
func spanYears(p string) (int, int, bool) {
	a, b, ok := strings.Cut(p, "-")
	if !ok {
		return 0, 0, false
	}
	s, err1 := strconv.Atoi(a)
	e, err2 := strconv.Atoi(b)
	return s, e, err1 == nil && err2 == nil && e > s
}
