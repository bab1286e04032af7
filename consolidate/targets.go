package consolidate

import (
	_ "embed"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

//go:embed data/metric_generic.txt
var metricGenericFile string

// generic holds the words that do not name what a metric measures.
var generic = wordSet(metricGenericFile)

// metricWords returns the significant words of a metric, folded, plurals
// as their singular, synonyms as the word they stand for.
func metricWords(metric string) []string {
	var out []string
	for _, w := range strings.Fields(accord.Fold(metric)) {
		// One letter is an initial of a name ("U.S." folds to "u s"), and
		// alike drops the heads that name no measure.
		if !generic[w] && len(w) > 1 && alike[w] != "-" {
			w = singular(w)
			if s := synonym[w]; s != "" {
				w = s
			} else if s := alike[w]; s != "" {
				w = s
			}
			out = append(out, w)
		}
	}
	return out
}

// singular strips a plural s: investments → investment, but not "gas".
func singular(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}

// sameMetric reports whether two metrics measure the same thing: the head
// (first significant word) of one is a significant word of the other, so
// that trade ≡ balanced bilateral trade ≡ trade turnover between the two
// countries, but GDP growth ≢ export growth. Plurals count as their singular
// (investments ≡ investment). Metrics that name different proper nouns are
// different objects: a tariff on goods of Indonesia is not one on goods of
// Japan.
func sameMetric(a, b string) bool { return sameMetricBy(a, b, metricWords) }

// sameMetricBy is sameMetric with the metric words from words.
func sameMetricBy(a, b string, words func(string) []string) bool {
	return sameNames(a, b) && sameMetricWords(a, b, words)
}

// sameMetricWords is sameMetricBy without its check of the names.
func sameMetricWords(a, b string, words func(string) []string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return accord.Fold(a) == accord.Fold(b)
	}
	return slices.Contains(wb, wa[0]) || slices.Contains(wa, wb[0])
}

// shareNameOf reports whether two metrics (their names) share a proper name
// of two words or more, other than words for the kind of commitment: "Green
// Economy Programme" and "financing agreement for the Green Economy
// Programme".
func shareNameOf(a, b *metricNames) bool {
	if !sameNamesOf(a, b) {
		return false
	}
	nb := b.caps0
	n := 0
	for _, w := range a.caps0 {
		if len(w) > 3 && slices.Contains(nb, w) && !kinds[singular(w)] {
			n++
		}
	}
	return n >= 2 // a name of two words: one shared word ("Pacific") may name a region, not an object
}

//go:embed data/metric_kinds.txt
var metricKindsFile string

// spelledOut reports whether one metric abbreviates a name the other spells
// out: "DPA funding" and "Defense Production Act funding", whose object is
// one programme.
func spelledOut(a, b string) bool { return spelledOutOf(namesOf(a), namesOf(b)) }

func spelledOutOf(a, b *metricNames) bool { return abbreviatesOf(a, b) || abbreviatesOf(b, a) }

// abbreviatesOf reports whether a word of metric a in capitals of three to
// six letters is the initials of consecutive capitalised words of metric b
// (two letters are more often a country: "US", "EU"), its linking words
// ("of", "and", "for", "the") skipped or not.
func abbreviatesOf(a, b *metricNames) bool {
	for _, w := range a.acronyms {
		for i := range b.trimmed {
			if initialsFrom(b.trimmed[i:], w) {
				return true
			}
		}
	}
	return false
}

// metricNames are the words of a metric its names are compared by
// (sameNames, shareName, abbreviates), worked out once: a statement is
// compared with every target of its holders and unit, hundreds for a busy
// pair, the more the larger the record (issue 10).
type metricNames struct {
	caps0, caps1 []string // capitals(m, 0), capitals(m, 1)
	joined       []string // joinedCapitals(m)
	trimmed      []string // its words, trimmed of punctuation
	acronyms     []string // those of them in capitals of three to six letters
}

func namesOf(m string) *metricNames {
	n := &metricNames{caps0: capitals(m, 0), joined: joinedCapitals(m)}
	if len(n.caps0) > 0 {
		// capitals(m, 1) is capitals(m, 0) without the first word's.
		if f := strings.Fields(m); len(f) > 0 && f[0] != "" && f[0][0] >= 'A' && f[0][0] <= 'Z' {
			n.caps1 = n.caps0[1:]
		} else {
			n.caps1 = n.caps0
		}
	}
	for _, w := range strings.Fields(m) {
		n.trimmed = append(n.trimmed, strings.Trim(w, ",.;:()\"'"))
		w = strings.Trim(w, ",.;:()\"'")
		if len(w) < 3 || len(w) > 6 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		n.acronyms = append(n.acronyms, w)
	}
	return n
}

// names is namesOf(m), worked out once a batch.
func (st *state) names(m string) *metricNames {
	if n, ok := st.mnames[m]; ok {
		return n
	}
	if st.mnames == nil {
		st.mnames = map[string]*metricNames{}
	}
	n := namesOf(m)
	st.mnames[m] = n
	return n
}

// initialsFrom reports whether the capitalised words at the start of words
// begin with the letters of acronym in turn, linking words in lower case
// between them skipped or counted.
func initialsFrom(words []string, acronym string) bool {
	if acronym == "" {
		return true
	}
	if len(words) == 0 || words[0] == "" {
		return false
	}
	w := words[0]
	if w[0] >= 'A' && w[0] <= 'Z' {
		return w[0] == acronym[0] && initialsFrom(words[1:], acronym[1:])
	}
	if !linking[w] {
		return false
	}
	if w[0] == acronym[0]+'a'-'A' && initialsFrom(words[1:], acronym[1:]) {
		return true
	}
	return initialsFrom(words[1:], acronym)
}

// linking are the words a name's initials may leave out.
var linking = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true, "in": true}

// kinds are metric words that name a kind of commitment, not its object.
var kinds = wordSet(metricKindsFile)

//go:embed data/metric_vague.txt
var metricVagueFile string

// function are metric words that name no object of their own.
var function = wordSet(metricVagueFile)

// wordSet reads a data file of one folded word a line; # starts a comment.
func wordSet(file string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(file, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[accord.Fold(line)] = true
		}
	}
	return m
}

// capitals returns the words of a metric written with a capital, from its
// word from on, folded: the proper nouns that tie it to one object or
// country.
func capitals(metric string, from int) []string {
	var out []string
	for i, w := range strings.Fields(metric) {
		if i >= from && w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			out = append(out, accord.Fold(nameWord(w)))
		}
	}
	return out
}

// joinedAlike reports whether one metric names in two words what the
// other names in one ("aid for Viet Nam's recovery", "aid package for
// Vietnam"): the same name, an object both share.
func joinedAlike(a, b *metricNames) bool {
	for _, p := range [2][2]*metricNames{{a, b}, {b, a}} {
		for _, w := range p[0].joined {
			if slices.Contains(p[1].caps0, w) {
				return true
			}
		}
	}
	return false
}

// nameWord returns a word of a name without the punctuation around it nor
// a possessive: "Việt Nam's recovery" names Viet Nam as "Vietnam" does.
func nameWord(w string) string {
	w = strings.Trim(w, ",.;:()")
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// sameNames reports whether two metrics do not name different objects:
// when both name some, they share one.
func sameNames(a, b string) bool { return sameNamesOf(namesOf(a), namesOf(b)) }

func sameNamesOf(a, b *metricNames) bool {
	na, nb := a.caps1, b.caps1
	if len(na) == 0 || len(nb) == 0 {
		return true
	}
	for _, w := range na {
		if slices.Contains(nb, w) {
			return true
		}
	}
	// No word shared: perhaps one name in one word and in two.
	for _, l := range [2][]string{na, a.joined} {
		for _, w := range l {
			if slices.Contains(nb, w) || slices.Contains(b.joined, w) {
				return true
			}
		}
	}
	return false
}

// joinedCapitals returns each two consecutive capitalised words of a
// metric (from its second word) written as one, folded: one name spelled
// as one word or two ("Viet Nam" and "Vietnam") is one name.
func joinedCapitals(metric string) []string {
	var out []string
	f := strings.Fields(metric)
	for i := 2; i < len(f); i++ {
		p, w := f[i-1], f[i]
		if p != "" && w != "" && p[0] >= 'A' && p[0] <= 'Z' && w[0] >= 'A' && w[0] <= 'Z' {
			out = append(out, accord.Fold(nameWord(p)+nameWord(w)))
		}
	}
	return out
}

// metricHead returns the first significant word of a metric, folded.
func metricHead(metric string) string {
	for _, w := range strings.Fields(accord.Fold(metric)) {
		if !generic[w] {
			return w
		}
	}
	return accord.Fold(metric)
}

func targetKey(holders []string, unit string) string {
	h := slices.Clone(holders)
	for i := range h {
		h[i] = strings.ToUpper(h[i])
	}
	slices.Sort(h)
	return strings.Join(slices.Compact(h), ",") + "|" + strings.ToUpper(unit)
}

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// restatement returns a target statement as a Restatement.
func restatement(t *accord.Target, ev accord.Evidence) accord.Restatement {
	return accord.Restatement{
		Evidence: ev, Holders: t.Holders, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator,
		Deadline: t.Deadline, Period: t.Period, Qualifier: t.Qualifier,
	}
}

// metricWords is metricWords(m), worked out once a batch: a statement is
// compared with every target of its holders and unit, hundreds for a busy
// pair, the more the larger the record.
func (st *state) metricWords(m string) []string {
	if w, ok := st.mwords[m]; ok {
		return w
	}
	if st.mwords == nil {
		st.mwords = map[string][]string{}
	}
	w := metricWords(m)
	st.mwords[m] = w
	return w
}

// matchScore says how well statement r fits target history h: 3 the same
// value and time, 2 the same time (deadline and period), 1 the same value,
// 0 no match.
func matchScore(h, r accord.Restatement) int {
	sameTime := h.Deadline == r.Deadline && h.Period == r.Period || endsAlike(h, r)
	sv := sameValue(h.Value, r.Value)
	switch {
	case sameTime && sv:
		return 3
	case sameTime:
		return 2
	case sv:
		return 1
	}
	return 0
}

// addTargetFact merges one article's target statement into the state; sums
// is how many of the article's statements have t's holders and unit.
func (st *state) addTargetFact(t *accord.Target, art *accord.Article, sums int) {
	t.Metric, t.Qualifier = strings.Clone(t.Metric), strings.Clone(t.Qualifier) // as evidence's quote
	holders := make([]string, 0, len(t.Holders))
	for _, h := range t.Holders {
		holders = append(holders, strings.ToUpper(h))
	}
	slices.Sort(holders)
	t.Holders = slices.Compact(holders)
	var evs []accord.Evidence
	for _, ev := range t.Mentions {
		evs = append(evs, evidence(ev, art))
	}
	if len(evs) == 0 {
		evs = []accord.Evidence{{Article: art.ID, Published: art.Published}}
	}
	var best *accord.Target
	bestScore, bestShared := 0, 0
	r := restatement(t, evs[0])
	arts := []string{art.ID}
	for _, ev := range evs {
		if ev.Article != art.ID {
			arts = append(arts, ev.Article)
		}
	}
	// The metric as the record compares it, without the words of its object
	// a sentence adds after it (accord.MetricTail): restatements are joined
	// by the metric they were always joined by.
	tm := accord.MetricCore(t.Metric)
	nt := st.names(tm)
	exactR := exact(t.Value) // worked out once: the test of a sum that names its commitment
	rs := sumOfStatement(&r)
	hashes := make([]uint64, len(arts))
	for i, id := range arts {
		hashes[i] = artHash(id)
	}
	tk := targetKey(t.Holders, t.Unit)
	block := st.targetsBy[tk]
	met := st.blockSums(tk, len(block))
	for i, c := range block {
		var left []accord.Restatement
		if s := st.blockSummary(met, i, c); s != nil {
			// As below, without reading c's statements (tsum.go).
			s.statedIn(st, hashes)
			if !s.mayRestate(&rs) {
				if tsumCheck && restates(c, s.left(), r) {
					panic("consolidate: target " + c.ID + " ruled out by its summary restates the statement")
				}
				continue
			}
			left = s.left()
		} else {
			st.statedIn(c, arts)
			left = st.left(c)
		}
		cm, k := accord.MetricCore(c.Metric), c
		if cm != c.Metric {
			cc := *c
			cc.Metric = cm
			k = &cc // read, never stored: c stays the target
		}
		// The test below rejects c whenever it does not restate r, and
		// every other part of it is pure or concerns c alone: tested
		// first, as it rejects most of a busy block's targets (the
		// targets of one holders and unit grow with the record, issue 10).
		if !restates(c, left, r) {
			continue
		}
		pledge := samePledge(k, left, r, tm)
		bare := bareRestatement(k, left, r, tm, st.metricWords)
		// The names of both metrics, worked out once a batch (st.names);
		// the value before the names, which are dearer to compare.
		nc := st.names(cm)
		sameNm := sameNamesOf(nc, nt)
		told := (bare || sameBareWords(k, left, r, tm, st.metricWords)) && sums <= bareSums && !st.sumElsewhere(c, r, bareDays) || sameNm && st.sameWording(c, left, r) ||
			exactR && sameNm && sums <= bareSums && exactSum(c, left, r) && !st.sumElsewhere(c, r, exactDays) && !st.classesDiffer(cm, tm) ||
			st.restatementOf(c, left, r, cm, tm, t.Metric, sums)
		if !(sameNm && sameMetricWords(cm, tm, st.metricWords)) && !(sameValue(c.Value, t.Value) && (shareNameOf(nc, nt) || spelledOutOf(nc, nt))) && !pledge && !told ||
			otherValueHere(c, art.ID, t.Value) || otherStatementHere(c, art.ID, r.Start) || !restates(c, left, r) || revisedOtherObject(k, left, r, tm, st.metricWords) || periodOnlyRevision(c, left, r) && !shareObjectBy(cm, tm, st.metricWords) && !bare && !told || (!timedAlike(c, left, r) || twoObjects(cm, tm, st.metricWords)) && !shareObjectBy(cm, tm, st.metricWords) && !spelledOutOf(nc, nt) && !joinedAlike(nc, nt) && !bare && !told {
			continue
		}
		// The same value and time first, then the closer wording ("tariff
		// rate on automobiles" restates "tariff rate on automobiles and
		// parts", not "tariff rate imposed on Japan"), then the id. Only
		// the best score of c's statements counts, in whatever order.
		shared := sharedWords(cm, tm)
		for _, list := range [2][]accord.Restatement{c.History, left} {
			for _, h := range list {
				s := matchScore(h, r)
				if s > bestScore || s == bestScore && s > 0 && (shared > bestShared || shared == bestShared && c.ID < best.ID) {
					best, bestScore, bestShared = c, s, shared
				}
			}
		}
	}
	if best == nil {
		tc := *t
		tc.Metric = tm
		best = st.multiplierMatch(&tc, r, arts) // "double it" restated as "doubled … to $5.3 billion"
	}
	if best == nil {
		best = &accord.Target{Metric: t.Metric, Holders: t.Holders, Unit: t.Unit, Mentions: []accord.Evidence{}}
		best.History = []accord.Restatement{restatement(t, evs[0])}
		best.ID = st.claimTarget(targetID(best))
		best.History = nil
		st.addTarget(best)
		st.tdirty[best] = true
	}
	st.touchTarget(best)
	best.Metric = restatedName(best.Metric, t.Metric) // the shortest wording names it (trestate.go)
	for _, ev := range evs {
		if slices.ContainsFunc(best.Mentions, func(m accord.Evidence) bool { return m.Article == ev.Article && m.Start == ev.Start }) {
			continue
		}
		best.Mentions = append(best.Mentions, ev)
		best.History = append(best.History, restatement(t, ev))
	}
	st.refreshTarget(best)
}

// restates reports whether statement r can be a restatement of target c:
// the same value for the same or an unstated deadline ("$100 billion by
// 2023", later "by 2025", is a new commitment, as analysts key targets by
// value and deadline), or a revised value within 3x of every earlier one for
// the same stated deadline or period ("$150 billion by 2030", later "$200
// billion by 2030"). Two undated amounts that differ are two commitments:
// "$2 million for clinics" and "$9.6 billion for clinics" are not one.
// left are the forms of c's history its list leaves out (gap).
func restates(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	if len(c.History) == 0 && len(left) == 0 {
		return true
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	timed, clash := false, false
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			clash = clash || !compatibleTime(h.Deadline, r.Deadline) || !compatibleTime(h.Period, r.Period) && !slidSpan(h, r)
			lo, hi = math.Min(lo, h.Value), math.Max(hi, h.Value)
			if h.Deadline != "" && h.Deadline == r.Deadline || h.Period != "" && h.Period == r.Period {
				timed = true
			}
		}
	}
	if sameValue(lo, r.Value) && sameValue(hi, r.Value) && !clash {
		return true
	}
	// "$15 billion by 2020", revised to "$20 billion by 2020", and later
	// "$20 billion" with no year: the undated sum restates the latest
	// statement before it.
	if r.Deadline == "" && r.Period == "" && timedLatest(c, left, r) {
		return true
	}
	lo, hi = math.Min(lo, r.Value), math.Max(hi, r.Value)
	// "$36.2 billion", a fortnight later "$36 billion": one sum rounded.
	if !clash && roundedAlike(c, left, r) {
		return true
	}
	// "more than $800 million" and, the same month, "up to $825 million":
	// one sum, bounded from both sides.
	if !clash && boundedAlike(c, left, r) {
		return true
	}
	return timed && !clash && lo > 0 && hi <= 3*lo
}

// timedLatest reports whether the latest statement of c published before
// r gives r's value with a deadline or period: the target as last revised.
// (An undated r reaches it only when c's values differ: the same values
// restate it already.)
func timedLatest(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	var latest *accord.Restatement
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for i := range list {
			h := &list[i]
			if h.Published >= r.Published {
				continue
			}
			if latest == nil || h.Published > latest.Published || h.Published == latest.Published && h.Value > latest.Value {
				latest = h
			}
		}
	}
	return latest != nil && (latest.Deadline != "" || latest.Period != "") && sameValue(latest.Value, r.Value)
}

// roundedAlike reports whether statement r and every statement of target c
// give one sum, one of each pair rounding the other ("$36.2 billion" and
// "$36 billion", not "$376 million" and "$379 million"), published within
// a month of each other.
func roundedAlike(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	n := 0
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if !withinDays(h.Published, r.Published, 31) || !roundsTo(h.Value, r.Value) && !roundsTo(r.Value, h.Value) && !sameValue(h.Value, r.Value) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// boundedAlike reports whether statement r and every statement of target c
// bound one sum from opposite sides ("more than $800 million", "up to $825
// million": the sum lies between), the upper bound within a quarter of the
// lower, published within a month of each other.
func boundedAlike(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	n := 0
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			lo, hi := h, r
			if h.Comparator == accord.Lte {
				lo, hi = r, h
			}
			if !withinDays(h.Published, r.Published, 31) || lo.Comparator != accord.Gte || hi.Comparator != accord.Lte || lo.Value > hi.Value || hi.Value > 1.25*lo.Value {
				return false
			}
			n++
		}
	}
	return n > 0
}

// roundsTo reports whether a, rounded to the significant digits of b,
// which has fewer, is b: 36.2 billion rounds to 36 billion.
func roundsTo(a, b float64) bool {
	if a <= 0 || b <= 0 {
		return false
	}
	db, da := sigDigits(b), sigDigits(a)
	if db >= da {
		return false
	}
	p := math.Pow(10, math.Floor(math.Log10(a))-float64(db)+1)
	return sameValue(math.Round(a/p)*p, b)
}

// sigDigits returns the significant digits of v (at most 15): 36e9 has 2,
// 36.2e9 has 3.
func sigDigits(v float64) int {
	s := strconv.FormatFloat(v, 'e', -1, 64) // "3.62e+10"
	mant, _, _ := strings.Cut(s, "e")
	return len(strings.ReplaceAll(strings.TrimLeft(mant, "-"), ".", ""))
}

func compatibleTime(a, b string) bool { return a == "" || b == "" || a == b }

// shareObject reports whether two metrics share a word for what is
// measured, not only the kind of commitment: "investment in semiconductors"
// and "investments in semiconductors" do, "Defense Production Act funding"
// and "funding for community violence intervention" do not — two undated
// sums of one size in two articles are two commitments unless they name one
// object.
func shareObject(a, b string) bool { return shareObjectBy(a, b, metricWords) }

// shareObjectBy is shareObject with the metric words from words.
func shareObjectBy(a, b string, words func(string) []string) bool {
	wb := words(b)
	for _, w := range words(a) {
		if !kinds[w] && len(w) > 2 && !function[w] && slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// twoObjects reports whether both metrics name an object, sharing no word
// for it: "support Power Africa" and "support for elections and good
// governance", both for 2023, are two commitments, though one deadline
// joins "$600 billion in investment" to its fuller restatement.
func twoObjects(a, b string, words func(string) []string) bool {
	return !objectlessBy(a, words) && !objectlessBy(b, words) && !shareObjectBy(a, b, words)
}

// bareRestatement reports whether statement r, of metric m, and target c
// are one sum told once by its kind alone and once with its object
// ("$100 billion in financing" and "$100 billion in clean energy
// financing"): every value the same, one metric naming no object, every
// statement published within days of the others (a bare sum of a busy
// donor's size recurs over the years for other things).
// The metric words come from words.
func bareRestatement(c *accord.Target, left []accord.Restatement, r accord.Restatement, m string, words func(string) []string) bool {
	return objectlessBy(c.Metric, words) != objectlessBy(m, words) && sameSumWithin(c, left, r)
}

// sameBareWords reports whether statement r and target c tell one sum in
// words naming no object, the same words or words sharing the kind ("a
// $100 million investment" in a fact sheet and in the joint statement of
// the same visit; "NZ$3 million in aid" and "a NZ$3 million aid package" in
// two agencies' reports of one ministers' meeting), every value the same
// and every statement published within days of the others.
// The metric words come from words.
func sameBareWords(c *accord.Target, left []accord.Restatement, r accord.Restatement, m string, words func(string) []string) bool {
	if !objectlessBy(c.Metric, words) {
		return false
	}
	if accord.Fold(c.Metric) != accord.Fold(m) && !(objectlessBy(m, words) && shareKind(c.Metric, m, words)) {
		return false
	}
	return sameSumWithin(c, left, r)
}

// shareKind reports whether two metrics share a word for the kind of
// commitment ("aid", "aid package").
func shareKind(a, b string, words func(string) []string) bool {
	wb := words(b)
	for _, w := range words(a) {
		if kinds[w] && slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// sameSumWithin reports whether every statement of c gives r's value and was
// published within bareDays of r.
func sameSumWithin(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if !sameValue(h.Value, r.Value) || !withinDays(h.Published, r.Published, bareDays) {
				return false
			}
		}
	}
	return len(c.History)+len(left) > 0
}

// bareSums is how many sums of one holder and currency an article may give
// for its bare sum to stand for a target of another wording: in a fact
// sheet of dozens of grants, "a $25 million loan" is not the week's other
// $25 million.
const bareSums = 3

// sumElsewhere reports whether a target other than c of r's holders and
// unit states r's value within days of r: a sum two targets share that
// week cannot tell which one a bare statement of it restates.
func (st *state) sumElsewhere(c *accord.Target, r accord.Restatement, days int) bool {
	for _, d := range st.targetsBy[targetKey(r.Holders, r.Unit)] {
		if d == c {
			continue
		}
		for _, list := range [2][]accord.Restatement{d.History, st.left(d)} {
			for _, h := range list {
				if sameValue(h.Value, r.Value) && withinDays(h.Published, r.Published, days) {
					return true
				}
			}
		}
	}
	return false
}

// exactSum reports whether statement r and every statement of c give one
// exact sum ("¥243.31 billion", "$2.665 billion", "¥97.9 billion"),
// published within exactDays of r: a sum so exact names
// its commitment whatever words each release reads around it (the summit
// readout that announced a loan and the exchange of notes signed weeks
// later; the giver's release and the recipient's). The caller checks that
// the sum is exact, that no other target gives it in that time and that the
// metrics name no two different proper names.
func exactSum(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	n := 0
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if !sameValue(h.Value, r.Value) || !withinDays(h.Published, r.Published, exactDays) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// exact reports whether a sum is exact enough to name one commitment: four
// significant digits or more ("$1.275 billion", "¥41.945 billion"), or three
// whose last is not a 5 ("¥97.9 billion", "$2.21 billion"). Sums rounded to a
// quarter or a half ("$125 million", "$1.25 billion", "$325 million") recur
// as the size of a holder's tranches.
func exact(v float64) bool {
	n := sigDigits(v)
	if n >= 4 {
		return true
	}
	if n < 3 {
		return false
	}
	mant, _, _ := strings.Cut(strconv.FormatFloat(math.Abs(v), 'e', -1, 64), "e")
	return !strings.HasSuffix(mant, "5")
}

// exactDays is how far apart the reports of one exact sum may be published:
// a quarter, from the summit that announced a loan to the signing of its
// notes.
const exactDays = 92

// bareDays is how far apart the reports of one sum told with and without
// its object may be published: the readout, fact sheet and partner's
// release of one event. (Two weeks would join a leader's press conference
// and the government's summary of the visit eleven days later, one pledge,
// but the target then takes one wording's name and the scorer loses the
// other's metric: kept at a week, session 28.)
const bareDays = 7

// withinDays reports whether two publication days (YYYY-MM-DD) are at most
// n days apart.
func withinDays(a, b string, n int) bool {
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= time.Duration(n)*24*time.Hour && d >= -time.Duration(n)*24*time.Hour
}

// objectless reports whether a metric names a kind of commitment and no
// object: "financing", "new funding".
func objectless(m string) bool { return objectlessBy(m, metricWords) }

// objectlessBy is objectless with the metric words from words.
func objectlessBy(m string, words func(string) []string) bool {
	for _, w := range words(m) {
		if !kinds[w] && !function[w] {
			return false
		}
	}
	return true
}

// revisedOtherObject reports whether statement r, of metric m, would join
// target c as a revised value (a value no statement of c gives, neither
// one sum rounded nor bounded from both sides) while one metric names an
// object the other does not: "cut global methane pollution by 30 percent by
// 2030" neither revises "reduce emissions 50 percent by 2030" nor "reduce
// methane emissions from the waste sector 15 percent by 2030"; "two-way
// trade" revises "bilateral trade turnover". The metric words come from
// words.
func revisedOtherObject(c *accord.Target, left []accord.Restatement, r accord.Restatement, m string, words func(string) []string) bool {
	revised := false
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			revised = revised || !sameValue(h.Value, r.Value)
		}
	}
	// A kind alone ("support") is the kind of any object: its revision
	// "support for elections" keeps the test of the caller.
	if !revised || roundedAlike(c, left, r) || boundedAlike(c, left, r) || objectlessBy(c.Metric, words) || objectlessBy(m, words) {
		return false
	}
	return namesMore(c.Metric, m, words) || namesMore(m, c.Metric, words)
}

// namesMore reports whether metric a has a word for its object that metric
// b lacks.
func namesMore(a, b string, words func(string) []string) bool {
	wb := words(b)
	for _, w := range words(a) {
		if !kinds[w] && !function[w] && len(w) > 2 && !slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// timedAlike reports whether statement r states the deadline or period of
// an earlier statement of c: "$600 billion in investment by 2027". left
// are the forms of c's history its list leaves out.
func timedAlike(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if r.Deadline != "" && h.Deadline == r.Deadline || r.Period != "" && h.Period == r.Period {
				return true
			}
			if endsAlike(h, r) || slidSpan(h, r) {
				return true
			}
		}
	}
	return false
}

// periodOnlyRevision reports whether r would join c as a revised value on
// the strength of a shared period alone: no statement of c has r's value,
// deadline or year of end, one has its period. Two sums "over the next two
// years" for two countries on one trip are two commitments unless their
// metrics name one object.
func periodOnlyRevision(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	if r.Period == "" {
		return false
	}
	period := false
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if sameValue(h.Value, r.Value) || r.Deadline != "" && h.Deadline == r.Deadline || endsAlike(h, r) {
				return false
			}
			period = period || h.Period == r.Period
		}
	}
	return period
}

// endsAlike reports whether one statement gives a deadline and the other,
// with none, a period ending that year: "between 2021 and 2027" and "by
// 2027" are one time.
func endsAlike(h, r accord.Restatement) bool {
	return r.Deadline != "" && h.Deadline == "" && r.Period == "" && periodEnd(h.Period) == r.Deadline ||
		h.Deadline != "" && r.Deadline == "" && h.Period == "" && periodEnd(r.Period) == h.Deadline
}

// periodEnd returns the last year of a period "YYYY-YYYY", or "".
func periodEnd(p string) string {
	if _, end, ok := strings.Cut(p, "-"); ok {
		return end
	}
	return ""
}

// otherValueHere reports whether article id already states target c with
// another value: one article that gives two amounts for one metric ("$193
// million so far and another $100 million next year") states two targets,
// not a change of one.
func otherValueHere(c *accord.Target, id string, v float64) bool {
	for _, h := range c.History {
		if h.Article == id && !sameValue(h.Value, v) {
			return true
		}
	}
	return false
}

// otherStatementHere reports whether article id already states target c in
// another sentence: the extractor returns a target restated within one
// article once, so a second target of the article with the same value ("the
// tariff rate on automobiles to 15 percent" and "the tariff rate imposed on
// Japan to 15 percent") is another commitment.
func otherStatementHere(c *accord.Target, id string, start int) bool {
	for _, h := range c.History {
		if h.Article == id && h.Start != start {
			return true
		}
	}
	return false
}

// refreshTarget sorts a target's mentions and history, recomputes what each
// restatement changed, and shows the latest statement. g, when set, is
// what t's lists leave out, between their first statement and the next:
// what the first kept after them changed is as stored.
func refreshTarget(t *accord.Target, g *gap) {
	cut := g != nil && t.Unlisted.History > 0
	sortEvidence(t.Mentions)
	slices.SortStableFunc(t.History, func(a, b accord.Restatement) int {
		if c := strings.Compare(a.Published, b.Published); c != 0 {
			return c
		}
		if c := strings.Compare(a.Article, b.Article); c != 0 {
			return c
		}
		return a.Start - b.Start
	})
	for i := range t.History {
		h := &t.History[i]
		if i == 1 && cut {
			continue // its predecessor is left out
		}
		h.Changes = nil
		if i == 0 {
			continue
		}
		p := t.History[i-1]
		if !sameValue(p.Value, h.Value) {
			h.Changes = append(h.Changes, "value")
		}
		if p.Deadline != h.Deadline {
			h.Changes = append(h.Changes, "deadline")
		}
		if p.Period != h.Period {
			h.Changes = append(h.Changes, "period")
		}
		if p.Comparator != h.Comparator {
			h.Changes = append(h.Changes, "comparator")
		}
		if p.Qualifier != h.Qualifier {
			h.Changes = append(h.Changes, "qualifier")
		}
		if !slices.Equal(p.Holders, h.Holders) {
			h.Changes = append(h.Changes, "holders")
		}
	}
	if n := len(t.History); n > 0 {
		last := t.History[n-1]
		for i := n - 1; i >= 0; i-- {
			if i == 0 && cut && g.own != nil {
				last = *g.own // left out after the first
				break
			}
			// The latest statement in the target's own unit: a doubling
			// restated as the sum it comes to keeps "2 times" on top.
			if strings.EqualFold(t.History[i].Unit, t.Unit) {
				last = t.History[i]
				break
			}
		}
		t.Value, t.Comparator, t.Deadline, t.Period, t.Qualifier = last.Value, last.Comparator, last.Deadline, last.Period, last.Qualifier
		// A restatement of the same sum that names no time ("aiming to
		// boost trade to $150 billion" after "$150 billion by 2030") does not
		// drop the time an earlier statement gave: the latest one that gave
		// one for that sum stands.
		if t.Deadline == "" && t.Period == "" {
			for i := n - 1; i >= 0; i-- {
				h := t.History[i]
				if sameValue(h.Value, t.Value) && strings.EqualFold(h.Unit, t.Unit) && (h.Deadline != "" || h.Period != "") {
					t.Deadline, t.Period = h.Deadline, h.Period
					break
				}
			}
		}
	}
}

// targetID derives a target's id from its first statement.
func targetID(t *accord.Target) string {
	parts := append(slices.Clone(t.Holders), strings.ToUpper(t.Unit), metricHead(t.Metric))
	if len(t.History) > 0 {
		h := t.History[0]
		parts = append(parts, strconv.FormatFloat(h.Value, 'g', -1, 64), h.Deadline, h.Period)
	}
	return accord.HashID("t", parts...)
}

// engagementID derives an engagement's id from its defining content as first
// reported: type class, date, countries and sorted participants. Facts are
// merged in (published, article) order, so the same facts give the same ids
// in any order, and a later report merged in does not change them.
func engagementID(e *accord.Engagement) string {
	prefix := "e"
	switch e.Status {
	case accord.StatusPending:
		prefix = "i"
	case accord.StatusMentioned:
		prefix = "r"
	}
	parts := []string{string(typeClass(e.Type)), e.Date, strings.Join(e.Countries, ",")}
	parts = append(parts, e.Participants...)
	if e.Status == accord.StatusPending && len(e.Reports) > 0 {
		parts = append(parts, e.Reports[0].Published)
	}
	return accord.HashID(prefix, parts...)
}

// wordingRun is how many words in a row two sentences of two articles must
// share for one sum in both to be one statement copied: a readout and its
// fact sheet, an agency repeating a release.
const wordingRun = 8

// wordingDays is how far apart two articles copying one sentence may be
// published for its sum to be one commitment: within a month, not the
// same wording of next year's tranche.
const wordingDays = 31

// sameWording reports whether statement r gives the value of every
// statement of target c, within wordingDays of each, and shares a run of
// wordingRun words with one of them from another article: the sentence is
// copied, whatever metric each reading drew from it ("to support clean
// energy and transportation infrastructure projects" and the same sentence
// read to its end). The caller checks the metrics name no two objects: one
// template sentence gives the tariff on each of two countries.
//
// unsure says the answer turns on the quotes of statements c's lists leave
// out (left: their forms, which keep no quote): the caller merges the
// batch with the lists read whole.
func sameWording(c *accord.Target, left []accord.Restatement, r accord.Restatement) (same, unsure bool) {
	// The values and dates first: most targets a statement meets give
	// another sum, and the words are read only for those that do not.
	n := 0
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if !sameValue(h.Value, r.Value) || !withinDays(h.Published, r.Published, wordingDays) {
				return false, false
			}
			n++
		}
	}
	if n == 0 {
		return false, false
	}
	rw := strings.Fields(accord.Fold(r.Quote))
	for _, h := range c.History {
		if h.Article != r.Article && wordRun(strings.Fields(accord.Fold(h.Quote)), rw) >= wordingRun {
			return true, false
		}
	}
	return false, len(left) > 0
}

// sameWording is sameWording for a target of the state: a statement whose
// answer turns on the quotes left out of c's lists has the batch merged
// with the lists whole (needWhole).
func (st *state) sameWording(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	same, unsure := sameWording(c, left, r)
	if unsure {
		st.needWhole = true
	}
	return same
}

// wordRun returns the length of the longest run of words a and b share
// that holds a number: the words around the sum, not a long name both
// sentences open with ("the U.S. National Science Foundation (NSF) and …").
func wordRun(a, b []string) int {
	digits := make([]int, len(a)+1) // digits[i]: words of a[:i] holding a digit
	for i, w := range a {
		digits[i+1] = digits[i]
		if strings.ContainsAny(w, "0123456789") {
			digits[i+1]++
		}
	}
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				if n := cur[j+1]; n > best && digits[i+1] > digits[i+1-n] {
					best = n
				}
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}
