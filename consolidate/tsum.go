package consolidate

import (
	"math"
	"os"
	"time"

	accord "github.com/accordhq/accord"
)

// A statement is compared with every target of its holders and unit
// (addTargetFact), and a busy pair's block holds thousands of targets, the
// more the larger the record (issue 10, session 30: 10,000 targets a batch
// at 900,000 articles stored, 500 at 50,000). Most fail restates, which
// reads every statement of the target, and the gap's forms, and parses
// their dates. A target's summary answers that test for most of them
// without its statements: restates can hold only if
//   - the target has no statement; or
//   - the lowest and highest values are the statement's (same value); or
//   - the statement has no time and one value of the target is its own
//     (timedLatest); or
//   - the first statement read was published within 31 days of it
//     (roundedAlike and boundedAlike ask it of every statement); or
//   - the values with the statement's are positive and within 3x (a
//     revision for the same time).
// A target the summary cannot rule out is tested as before. The summary is
// of the target as the batch loaded it: one the batch changed (tdirty) is
// always tested. An Applier keeps the summaries of its window's targets
// until their kept versions change: a busy block's old targets are met by a
// statement or two a batch, and working their summaries out anew each batch
// cost what it saved (session 30, pair t1a).

// tsumCheck (ACCORD_TSUMCHECK set) has every target the summary rules out
// tested all the same: a panic says the summary was wrong.
var tsumCheck = os.Getenv("ACCORD_TSUMCHECK") != ""

// tsum is what restates needs to know of an unchanged target.
type tsum struct {
	n      int     // statements (kept history and forms left out)
	lo, hi float64 // their lowest and highest values, as restates works them out
	day    int64   // the first one's day (Unix days), when dayOK
	dayOK  bool
	g      *gap // st.gapOf(c), asked once
}

// stmtDay returns the day of a "2006-01-02" date, as withinDays parses it.
func stmtDay(d string) (int64, bool) {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return 0, false
	}
	return t.Unix() / 86400, true
}

// summarize returns c's summary (c with the forms left out of its lists).
func summarize(c *accord.Target, left []accord.Restatement) tsum {
	s := tsum{lo: math.Inf(1), hi: math.Inf(-1)}
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for i := range list {
			h := &list[i]
			if s.n == 0 {
				s.day, s.dayOK = stmtDay(h.Published)
			}
			s.n++
			s.lo, s.hi = math.Min(s.lo, h.Value), math.Max(s.hi, h.Value)
		}
	}
	return s
}

// statementSum is what the summaries are compared with of a statement:
// its value, whether it has a time, its day.
type statementSum struct {
	r     *accord.Restatement
	timed bool
	day   int64
	dayOK bool
}

func sumOfStatement(r *accord.Restatement) statementSum {
	s := statementSum{r: r, timed: r.Deadline != "" || r.Period != ""}
	s.day, s.dayOK = stmtDay(r.Published)
	return s
}

// mayRestate reports whether restates(c, left, r) may hold, from c's
// summary: false only when it cannot.
func (s *tsum) mayRestate(r *statementSum) bool {
	if s.n == 0 {
		return true
	}
	v := r.r.Value
	if sameValue(s.lo, v) && sameValue(s.hi, v) {
		return true
	}
	if !r.timed && valueWithin(s.lo, s.hi, v) {
		return true
	}
	if s.dayOK && r.dayOK && s.day-r.day <= 31 && r.day-s.day <= 31 {
		return true
	}
	lo, hi := math.Min(s.lo, v), math.Max(s.hi, v)
	return lo > 0 && hi <= 3*lo
}

// valueWithin reports whether v may be sameValue to a value between lo and
// hi (a margin wider than sameValue's; true for values that are not finite).
func valueWithin(lo, hi, v float64) bool {
	for _, x := range []float64{lo, hi, v} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return true
		}
	}
	m := math.Max(math.Max(math.Abs(lo), math.Abs(hi)), math.Abs(v))
	return v >= lo-4e-9*m && v <= hi+4e-9*m
}

// summaryOf returns the summary of target c as the batch loaded it; nil
// for a target the batch changed. An unchanged target is its kept version
// in the Applier's window (state.tsums is the window's, which forgets a
// summary when the kept version goes or is replaced), else the loaded one
// (state.tsums is the batch's own).
func (st *state) summaryOf(c *accord.Target) *tsum {
	if st.tdirty[c] {
		return nil
	}
	if st.tsums == nil {
		st.tsums = map[string]*tsum{}
	}
	s := st.tsums[c.ID]
	if s == nil {
		g := st.gapOf(c)
		var left []accord.Restatement
		if g != nil {
			left = g.forms
		}
		v := summarize(c, left)
		v.g = g
		s = &v
		st.tsums[c.ID] = s
	}
	return s
}

// left is st.left(c) for the target summarized.
func (s *tsum) left() []accord.Restatement {
	if s.g != nil {
		return s.g.forms
	}
	return nil
}

// statedIn is st.statedIn(c, ids) for the target summarized, with the ids
// hashed once a statement (artHash).
func (s *tsum) statedIn(st *state, hashes []uint64) {
	if s.g == nil {
		return
	}
	for _, h := range hashes {
		if _, ok := s.g.arts[h]; ok {
			st.needWhole = true
		}
	}
}

// tsumAt is a target of a block's list and its summary (nil: none).
type tsumAt struct {
	c *accord.Target
	s *tsum
}

// blockSums returns the summaries met of block k's targets, with room for
// n.
func (st *state) blockSums(k string, n int) []tsumAt {
	if st.bsums == nil {
		st.bsums = map[string][]tsumAt{}
	}
	sums := st.bsums[k]
	if len(sums) < n {
		sums = append(sums, make([]tsumAt, n-len(sums))...)
		st.bsums[k] = sums
	}
	return sums
}

// blockSummary is summaryOf(c) for c, the target at place i of a block's
// list whose summaries met are sums: a summary met before is taken again
// while the list holds c there and the batch has not changed c.
func (st *state) blockSummary(sums []tsumAt, i int, c *accord.Target) *tsum {
	if at := &sums[i]; at.c == c && at.s != nil {
		if st.tdirty[c] {
			return nil
		}
		return at.s
	}
	s := st.summaryOf(c)
	sums[i] = tsumAt{c, s}
	return s
}
