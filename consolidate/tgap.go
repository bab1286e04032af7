package consolidate

import (
	"math"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// A busy pair's target is restated by thousands of articles. An Applier
// whose store appends a target's statements (accord.StatementAppender)
// keeps of each target it holds only the first statement and the latest
// tailSize of each list, as a bounded read gives them (Target.Unlisted),
// and a gap: what merging reads of the statements left out. Merging then
// reads as it reads the whole lists:
//   - which values, times, comparators, qualifiers and units the target
//     was stated with (matchScore, restates, timedAlike, samePledge,
//     multiplierMatch), from the left-out statements' distinct forms;
//   - when each form was last published: the rules that ask whether every
//     statement, or one of a sum, was published within days of a new one
//     (sameSumWithin, roundedAlike, boundedAlike, sameWording,
//     sumElsewhere) read the same answer from it and from the first and
//     latest statements kept as from the whole list, since every
//     statement left out was published between those two and none after
//     the new one;
//   - not the quotes, which only a statement published within wordingDays
//     of every statement of the target reads (sameWording): the lists of
//     a target all of whose statements are of one month are kept whole
//     (young), and a statement that could restate one whose lists leave
//     statements out by a sentence copied, sharing none with the
//     statements kept, has the batch merged with the lists read whole;
//   - whether an article of the batch stated the target already (two
//     values or sentences of one article, a mention met twice), from the
//     left-out statements' articles: a batch of articles the record holds
//     already is merged with the lists read whole;
//   - the latest statement in the target's unit, which the target shows.
//
// New statements come after those kept (ingest merges in (published, id)
// order), so the statements left out keep their order and what changed
// from each one's predecessor; one that would come before the latest kept
// has the batch merged with the lists read whole.

// tailSize is the number of latest statements of each list an Applier
// keeps besides the first (a variable: tests keep fewer).
var tailSize = 4

// gap is what an Applier keeps of the statements a target's lists leave
// out (its Unlisted).
type gap struct {
	arts map[uint64]struct{} // articles of the statements left out, hashed
	seen map[form]int        // distinct forms of the history left out: their index in forms
	// forms are those forms as statements, each published when the
	// latest statement of it left out was.
	forms []accord.Restatement
	// own is the latest history statement left out in the target's unit.
	own *accord.Restatement
}

// form is what merging reads of a history statement other than its
// article and place in it.
type form struct {
	value                                         uint64 // math.Float64bits
	unit, comparator, deadline, period, qualifier string
	factors                                       string // the stems of multiplierStems its quote holds
}

// artHash is the 64-bit FNV-1a hash of an article id, worked out without
// hash/fnv's allocation: every target of a statement's holders and unit is
// asked about its articles (statedIn), thousands for a busy pair's.
func artHash(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return h
}

// has reports whether a statement left out may be of article id (a hash
// collision says yes: the batch is then merged with the lists whole).
func (g *gap) has(id string) bool {
	_, ok := g.arts[artHash(id)]
	return ok
}

// leave adds a history statement to those left out of target unit's list.
func (g *gap) leave(h *accord.Restatement, unit string) {
	g.arts[artHash(h.Article)] = struct{}{}
	f := form{value: math.Float64bits(h.Value), unit: h.Unit, comparator: h.Comparator, deadline: h.Deadline, period: h.Period, qualifier: h.Qualifier}
	for _, n := range []float64{2, 3, 4} {
		if statesFactor(h.Quote, n) {
			f.factors += multiplierStems[n] + " "
		}
	}
	if strings.EqualFold(h.Unit, unit) {
		c := *h
		g.own = &c
	}
	if i, ok := g.seen[f]; ok {
		if p := &g.forms[i].Published; h.Published > *p {
			*p = h.Published
		}
		return
	}
	g.seen[f] = len(g.forms)
	// A statement of the form, as merging reads it: no article (none left
	// out is of the batch's), a quote that states what the form's did,
	// the latest publication.
	g.forms = append(g.forms, accord.Restatement{Value: h.Value, Unit: f.unit, Comparator: f.comparator, Deadline: f.deadline,
		Period: f.period, Qualifier: f.qualifier, Evidence: accord.Evidence{Quote: f.factors, Published: h.Published}})
}

// trim leaves out of t's lists all but the first statement and the latest
// tailSize, into g (nil: a new one), and returns g (nil when nothing is left
// out). The lists are new: t's are shared with the change saved.
func trim(t *accord.Target, g *gap) *gap {
	tail := max(tailSize, 1) // a cut list keeps the statement after the cut
	if len(t.History) <= 1+tail && len(t.Mentions) <= 1+tail {
		return g
	}
	if g == nil && young(t) {
		return nil
	}
	if g == nil {
		g = &gap{arts: map[uint64]struct{}{}, seen: map[form]int{}}
	}
	if k := len(t.History) - 1 - tail; k > 0 {
		for i := 1; i <= k; i++ {
			g.leave(&t.History[i], t.Unit)
		}
		t.History = append(t.History[:1:1], t.History[k+1:]...)
		t.Unlisted.History += k
	}
	if k := len(t.Mentions) - 1 - tail; k > 0 {
		for _, ev := range t.Mentions[1 : k+1] {
			g.arts[artHash(ev.Article)] = struct{}{}
		}
		t.Mentions = append(t.Mentions[:1:1], t.Mentions[k+1:]...)
		t.Unlisted.Mentions += k
	}
	return g
}

// young reports whether every statement of t was published within
// wordingDays of its first: a new statement may still restate it by a
// sentence copied from any of them (sameWording), which a gap cannot tell
// (it keeps no quotes), so its lists are kept whole. Once its latest
// statement is later, no new one can (every statement must be within
// wordingDays of it), and its lists may leave statements out.
func young(t *accord.Target) bool {
	n := len(t.History)
	return n > 0 && withinDays(t.History[0].Published, t.History[n-1].Published, wordingDays)
}

// gapOf returns the gap of a target whose lists leave statements out, nil
// for one held whole.
func (st *state) gapOf(c *accord.Target) *gap {
	if c.Unlisted == (accord.Unlisted{}) {
		return nil
	}
	g := st.gaps[c.ID]
	if g == nil {
		// Not the Applier's: merge the batch with the lists whole.
		st.needWhole = true
		return &gap{}
	}
	return g
}

// left returns the forms of c's history left out (nil when none is).
func (st *state) left(c *accord.Target) []accord.Restatement {
	if g := st.gapOf(c); g != nil {
		return g.forms
	}
	return nil
}

// statedIn notes when one of the articles ids states c among the
// statements left out: the batch is then merged with the lists whole.
func (st *state) statedIn(c *accord.Target, ids []string) {
	g := st.gapOf(c)
	if g == nil {
		return
	}
	for _, id := range ids {
		if g.has(id) {
			st.needWhole = true
		}
	}
}

// refreshTarget is refreshTarget for a target of the state: one whose
// lists leave statements out must keep their first and the first kept
// after them in place (else the batch is merged with the lists whole).
func (st *state) refreshTarget(t *accord.Target) {
	g := st.gapOf(t)
	if g == nil {
		refreshTarget(t, nil)
		return
	}
	type at struct {
		published, article string
		start              int
	}
	evAt := func(ev *accord.Evidence) at { return at{ev.Published, ev.Article, ev.Start} }
	firsts := func() []at {
		var out []at
		if t.Unlisted.Mentions > 0 {
			out = append(out, evAt(&t.Mentions[0]), evAt(&t.Mentions[1]))
		}
		if t.Unlisted.History > 0 {
			out = append(out, evAt(&t.History[0].Evidence), evAt(&t.History[1].Evidence))
		}
		return out
	}
	before := firsts()
	refreshTarget(t, g)
	if !slices.Equal(before, firsts()) {
		st.needWhole = true
	}
}
