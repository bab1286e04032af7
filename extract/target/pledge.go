package target

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// Rules for commitments as leaders' offices and ministries state them:
// sums still to be given in the passive ("600 billion yen will be
// provided"), programme pledges over a span of years, multipliers of a
// commitment, a pair's trade level named only as a level, and invitations
// of a number of persons.

// futurePassive reports whether the participle at toks[i] follows "will
// be", "to be" or "shall be" (an adverb may come between): "assistance of
// 600 billion yen will be provided" is still to be given, not a report.
func futurePassive(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].k == word && len(toks[j].f) > 2 && toks[j].f[len(toks[j].f)-2:] == "ly" {
		j-- // "will be fully disbursed"
	}
	if j < 1 || toks[j].f != "be" {
		return false
	}
	switch toks[j-1].f {
	case "will", "shall", "to", "would", "must", "should", "could", "can", "may":
		return true
	}
	return false
}

// bareLevel reports whether a sum of money is named only as a level,
// "to reach the level of US$200 billion", "the $30 billion mark": what it
// measures is in the sentences around it, not in the phrase.
func (x *extractor) bareLevel(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] {
		return false
	}
	if a.ps >= 2 && toks[a.ps-1].f == "of" && levelNouns[toks[a.ps-2].f] {
		return true
	}
	// "agreed to increase bilateral trade to $100 billion next year. They
	// also committed to raising it to $150 billion by 2030": the measure
	// the pronoun takes up.
	if a.ps >= 3 && toks[a.ps-1].f == "to" && (toks[a.ps-2].f == "it" || toks[a.ps-2].f == "this") && x.l.levelVerbs[toks[a.ps-3].f] {
		return true
	}
	// "Both nations aim to boost this figure to US$18 billion by year-end":
	// the level noun takes up the measure reported before.
	if a.ps >= 4 && toks[a.ps-1].f == "to" && levelNouns[toks[a.ps-2].f] && (toks[a.ps-3].f == "this" || toks[a.ps-3].f == "that") && x.l.levelVerbs[toks[a.ps-4].f] {
		return true
	}
	// "The shared goal is to reach USD 15 billion by 2030", "This makes the
	// goal of reaching $100 bln by 2030 realistic": a goal of a level, the
	// measure named before.
	if a.ps >= 1 && x.l.reachVerbs[toks[a.ps-1].f] && (x.goalSubject(toks, a.ps-1) || a.ps >= 3 && toks[a.ps-2].f == "of" && x.l.goalNouns[toks[a.ps-3].f]) {
		return true
	}
	// "The two countries have set a target of $4 billion by 2020": a goal
	// of a level whose measure the text named before.
	if a.ps >= 2 && toks[a.ps-1].f == "of" && x.l.goalNouns[toks[a.ps-2].f] {
		return true
	}
	// "Trade reached $800 million in 2014. It is hoped to hit $1.7 billion
	// by 2020", "The figure is expected to reach …": a level the pronoun
	// or the bare noun opening the sentence takes up.
	if a.ps >= 1 && x.l.reachVerbs[toks[a.ps-1].f] && anaphoricSubject(toks) {
		return true
	}
	return a.pe < len(toks) && levelNouns[toks[a.pe].f] && a.ps > 0 && toks[a.ps-1].f == "the"
}

// anaphoricSubject reports whether a sentence opens with a pronoun or a
// bare noun of level that takes up a measure named before: "It is hoped
// to …", "This figure is expected to …".
func anaphoricSubject(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].f {
	case "it", "this":
		return toks[1].k == word && (toks[1].f == "is" || toks[1].f == "was" || toks[1].f == "will" || toks[1].f == "could" || toks[1].f == "should" || levelNouns[toks[1].f])
	case "the":
		return levelNouns[toks[1].f] || toks[1].f == "value" || toks[1].f == "volume"
	}
	return false
}

var levelNouns = map[string]bool{"level": true, "mark": true, "figure": true, "threshold": true}

// levelMeasured returns what a bare level of money measures: the trade,
// turnover or investment the sentence or the one before names, else trade
// when they speak of economic ties, where a level in money between two
// countries is their trade ("I am referring to economic projects. It is
// our ambition to reach the level of US$200 billion."), else "".
func (x *extractor) levelMeasured(prev sentence.Span) string {
	if m := strings.TrimSpace(x.measured(prev)); m != "" {
		return m
	}
	for _, sp := range []sentence.Span{x.cur, prev} {
		if sp.End <= sp.Start {
			continue
		}
		for _, t := range tokenize(x.text, sp.Start, sp.End, nil) {
			switch t.f {
			case "economic", "economy", "commercial", "commerce":
				return "trade"
			}
		}
	}
	return ""
}

// comingSpan reports whether a span of years still to come follows
// toks[from] closely: "$5.3 billion over the next five years", "¥1
// trillion will be coursed through in the next five years". A sum given
// over the years ahead is a pledge, whatever past verb announced it.
func (x *extractor) comingSpan(toks []token, from int) bool {
	_, ok := x.span(toks, from)
	return ok
}

// span returns the span of years still to come that follows toks[from]
// closely, as "over the next 5 years" ("over the next years" when it
// gives no number), and whether there is one.
func (x *extractor) span(toks []token, from int) (string, bool) {
	if from < len(toks) && toks[from].f == "(" {
		if c := closing(toks, from); c > 0 {
			from = c + 1 // ¥1 trillion (roughly P456 billion) will be …
		}
	}
	for q := from; q < len(toks) && q <= from+6; q++ {
		switch toks[q].f {
		case "over", "in", "within", "for", "during":
		case "and", "but", "while":
			return "", false // "reached $10 billion and is projected to rise over the next five years": another clause's span
		default:
			if toks[q].k == punct {
				return "", false
			}
			continue
		}
		k := q + 1
		if k < len(toks) && toks[k].f == "the" {
			k++
		}
		if k >= len(toks) || toks[k].f != "next" && toks[k].f != "coming" {
			continue
		}
		k++
		n := ""
		if k < len(toks) && toks[k].k == num && toks[k].whole {
			n = strconv.Itoa(int(toks[k].v)) + " "
			k++
		} else if k < len(toks) && x.l.numberVal[toks[k].f] > 0 {
			n = strconv.Itoa(int(x.l.numberVal[toks[k].f])) + " "
			k++
		}
		if k < len(toks) && (toks[k].f == "years" || toks[k].f == "year") {
			return "over the next " + n + "years", true
		}
	}
	return "", false
}

// multiplied names what a multiplier multiplies when its object is a sum
// given for a purpose: "doubling Canada's financial contribution to support
// climate action in developing countries" doubles the contribution to
// climate action, as "double its climate finance commitment" does. The
// owner's possessive goes (the holders say whose it is); "to" and the
// purpose's verb and object come in. toks[ms:me] is the metric's phrase.
func (x *extractor) multiplied(toks []token, metric string, ms, me int) (string, int) {
	if me+2 >= len(toks) || ms >= me || toks[me].f != "to" || x.l.nominal[toks[me+1].f] == "" || !x.l.funding[toks[me-1].f] && !x.l.generic[toks[me-1].f] {
		return metric, me
	}
	s := ms
	for k := ms; k+1 < me; k++ {
		if toks[k].f == "'" && toks[k+1].f == "s" {
			s = k + 2 // Canada's financial contribution
		}
	}
	s2, e2 := x.npForward(toks, me+2)
	if !x.valid(toks, s2, e2) || s >= me {
		return metric, me
	}
	return x.text[toks[s].s:toks[me-1].e] + " to " + x.text[toks[me+1].s:toks[e2-1].e], e2
}

// worthMetric returns what an amount after "worth" measures in a clause
// of what will be done: the noun phrase before it, with the place or party
// it is for ("Japan will help support the creation of business
// opportunities in the Philippines worth 1 trillion yen"), else "".
func (x *extractor) worthMetric(toks []token, a amount) (string, int, int) {
	if !x.futureBefore(toks, a.ps) {
		return "", 0, 0
	}
	return x.worthNoun(toks, a)
}

// worthNoun returns the noun phrase an amount after "worth" values: "a
// five-year clean vegetable project worth $5.6 million".
func (x *extractor) worthNoun(toks []token, a amount) (string, int, int) {
	if a.ps < 2 || toks[a.ps-1].f != "worth" || toks[a.ps-2].k != word {
		return "", 0, 0
	}
	s, e := x.npBack(toks, a.ps-1, 0)
	if e <= s {
		return "", 0, 0
	}
	for s > 0 && determiner[toks[s-1].f] {
		s--
	}
	if p := s - 1; p > 0 && (toks[p].f == "in" || toks[p].f == "for" || toks[p].f == "to") {
		if s2, e2 := x.npBack(toks, p, 0); e2 == p && x.valid(toks, s2, e2) {
			s = s2 // business opportunities in the Philippines
		}
	}
	if !x.valid(toks, s, e) || !x.hasHead(toks, s, e) && e-s < 2 {
		return "", 0, 0
	}
	return x.text[toks[s].s:toks[e-1].e], s, e
}

// bareRestated reports whether two statements of one article give the
// same sum of money for the same holders and one names it by a single
// word, the verb's ("Japan will support … 1 trillion yen"): the same
// commitment, the other statement naming what it is for.
func (x *extractor) bareRestated(o, t accord.Target) bool {
	if !x.l.currencies[t.Unit] || !slices.Equal(o.Holders, t.Holders) || bareMetric(o.Metric) == bareMetric(t.Metric) {
		return false
	}
	bare, full := o, t
	if bareMetric(t.Metric) {
		bare, full = t, o
	}
	// The bare statement names the other's object in its own words:
	// "Japan will support to create business opportunities approximately
	// 1 trillion yen" and "business opportunities in the Philippines worth
	// 1 trillion yen". Two items of a fact sheet ("a $1 million loan to …",
	// "$1 million in targeted support") do not.
	// Names ("Puerto Rico") do not count: a fact sheet names its country
	// in every item.
	quote := strings.FieldsFunc(bare.Mentions[0].Quote, notLetter)
	n := 0
	for _, w := range strings.Fields(full.Metric) {
		if len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' && !x.l.stop[w] && slices.Contains(quote, w) {
			n++
		}
	}
	return n >= 2
}

// bareMetric reports whether a metric is one word.
func bareMetric(m string) bool { return !strings.Contains(strings.TrimSpace(m), " ") }

// sumFunds returns what a sum that opens its sentence will fund: "An
// additional £25 million will fund inclusive social services" → "funding
// for inclusive social services". Only articles and words of addition may
// stand before the sum, so that the sum is the subject.
func (x *extractor) sumFunds(toks []token, a amount) (string, int, int) {
	for i := 0; i < a.ps; i++ {
		if !sumOpeners[toks[i].f] && !approxWord[toks[i].f] {
			return "", 0, 0
		}
	}
	q := a.pe
	if q < len(toks) && toks[q].f == "(" {
		if c := closing(toks, q); c > 0 {
			q = c + 1 // "£25 million ($31 million)"
		}
	}
	if q+2 >= len(toks) || toks[q].f != "will" && toks[q].f != "would" || !fundVerbs[toks[q+1].f] {
		return "", 0, 0
	}
	if s, e := x.npForward(toks, q+2); x.valid(toks, s, e) {
		return "funding for " + x.text[toks[s].s:toks[e-1].e], s, e
	}
	return "", 0, 0
}

var sumOpeners = map[string]bool{"a": true, "an": true, "the": true, "another": true, "additional": true, "further": true, "new": true, "extra": true}

var fundVerbs = map[string]bool{"fund": true, "finance": true, "support": true}

// subjectPurpose names the metric of a sum that is the subject of a verb
// in the future passive by the purpose that follows: "a total of ¥1
// trillion will be coursed through in the next five years to fund
// infrastructure projects" is funding for infrastructure projects.
func (x *extractor) subjectPurpose(toks []token, a amount) (string, int, int) {
	q := a.pe
	if q < len(toks) && toks[q].f == "(" {
		if c := closing(toks, q); c > 0 {
			q = c + 1 // ¥1 trillion (roughly P456 billion)
		}
	}
	k := q
	for k < len(toks) && k-q < 3 && toks[k].f != "be" {
		k++
	}
	if k >= len(toks) || toks[k].f != "be" || !futurePassive(toks, k+1) && !(k+1 < len(toks) && strings.HasSuffix(toks[k+1].f, "ed")) {
		return "", 0, 0
	}
	if k == q || toks[k-1].f != "will" && toks[k-1].f != "shall" && toks[k-1].f != "to" && toks[k-1].f != "would" {
		return "", 0, 0
	}
	given := x.participleNominal(toks[k+1].f) // provided → provision, invested → investment
	// "would be invested by Japan in the Philippines": the money and where
	// it goes, named before any purpose.
	place := ""
	if given != "" && x.passiveAgent(toks, a) != "" {
		for i := k + 2; i+1 < len(toks) && i-k < 8 && !clauseEnd(toks[i]); i++ {
			if e := x.recipientAt(toks, i+1); e > 0 && (toks[i].f == "in" || toks[i].f == "to" || toks[i].f == "into") {
				place = given + " " + toks[i].f + " " + x.text[toks[i+1].s:toks[e-1].e]
				break
			}
		}
	}
	for i := k + 2; i+2 < len(toks) && i-k < 14 && !clauseEnd(toks[i]); i++ {
		if toks[i].f != "to" || toks[i+1].k != word {
			continue
		}
		n := x.l.nominal[toks[i+1].f]
		if n == "" && given != "" && x.l.purposeVerbs[toks[i+1].f] {
			// "About 9 million USD will be provided to promote partnership
			// between …": what the money is given for.
			n = given
		} else if n == "" && given != "" && x.recipientAt(toks, i+1) > 0 {
			continue // "will be provided by Japan to Peru to support …": whom, then what for
		}
		if n == "" {
			return "", 0, 0
		}
		if s, e := x.npForward(toks, i+2); x.valid(toks, s, e) {
			e = x.inPlace(toks, e)
			if place != "" {
				n = place // "investment in the Philippines for continued development"
			}
			return n + " for " + x.phrase(toks, s, e), s, e
		}
		return "", 0, 0
	}
	if place != "" {
		return place, k + 1, k + 2
	}
	if given != "" && x.passiveAgent(toks, a) != "" {
		return given, k + 1, k + 2
	}
	return "", 0, 0
}

// participleNominal returns the noun of the giving verb whose past
// participle f is ("provided" → provision, "invested" → investment,
// "committed" → commitment), or "".
func (x *extractor) participleNominal(f string) string {
	if !strings.HasSuffix(f, "ed") {
		return ""
	}
	stem := f[:len(f)-2]
	for _, v := range []string{stem + "e", stem, strings.TrimSuffix(stem, "i") + "y", stem[:max(len(stem)-1, 0)]} {
		if n := x.l.nominal[v]; n != "" && x.l.givingNominals[n] || n == "investment" || n == "funding" || n == "financing" || n == "loan" {
			return n
		}
	}
	return ""
}

// recipientAt returns the end of the name of a country that toks[i]
// opens, with or without an article ("to Peru", "in the Philippines"),
// else 0.
func (x *extractor) recipientAt(toks []token, i int) int {
	if i < len(toks) && toks[i].f == "the" {
		i++
	}
	if end, val := x.l.countries.match(toks, i); end > 0 && !strings.HasSuffix(val, "*") {
		return end
	}
	return 0
}

// passiveAgent returns the country that gives amount a when a is the
// subject of a future passive with an agent: "1 trillion yen would be
// invested by Japan in the Philippines", "¥2 billion will be provided by
// the Government of Japan"; else "".
func (x *extractor) passiveAgent(toks []token, a amount) string {
	k := a.pe
	for k < len(toks) && k-a.pe < 3 && toks[k].f != "be" {
		k++
	}
	if k+3 >= len(toks) || toks[k].f != "be" || !futurePassive(toks, k+1) {
		return ""
	}
	b := recipientThenBy(toks, k+2)
	if b < 0 {
		return ""
	}
	i := b + 1
	if toks[i].f == "the" {
		i++
	}
	if i+2 < len(toks) && toks[i].f == "government" && toks[i+1].f == "of" {
		i += 2 // "by the Government of Japan"
		if toks[i].f == "the" {
			i++
		}
	}
	for _, m := range x.mentions(toks) {
		if m.s == i && !m.firm {
			return m.code
		}
	}
	return ""
}

// attributed returns the country of the person a sentence opens by
// quoting, "According to Prime Minister Shinzo Abe, a total of ¥1
// trillion will be …", when the clause of amount a names no country of
// its own before it: the speaker states his government's commitment.
func (x *extractor) attributed(toks []token, a amount) []string {
	if len(toks) < 4 || toks[0].f != "according" || toks[1].f != "to" {
		return nil
	}
	comma := -1
	for i := 2; i < a.ps && i < 16; i++ {
		if toks[i].f == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return nil
	}
	var code string
	for _, m := range x.mentions(toks) {
		switch {
		case m.e <= comma && !m.demonym:
			code = m.code
		case m.s > comma && m.s < a.ps && !m.demonym:
			return nil // "According to the minister, Japan will …": the subject says
		}
	}
	if code == "" {
		return nil
	}
	return []string{code}
}

// inPlace extends a metric's phrase ending at e by the country it is in or
// for: "infrastructure projects in the Philippines".
func (x *extractor) inPlace(toks []token, e int) int {
	if e+1 >= len(toks) || toks[e].f != "in" && toks[e].f != "for" {
		return e
	}
	k := e + 1
	if determiner[toks[k].f] {
		k++
	}
	if end, val := x.l.countries.match(toks, k); end > 0 && !strings.HasSuffix(val, "*") {
		return end
	}
	return e
}

// spanQualifier is the qualifier of amount a: its manner ("in a balanced
// manner"), else the span of years ahead it is given over ("over the next
// 5 years"), which ties restatements of one pledge together.
func (x *extractor) spanQualifier(toks []token, a amount, segEnd int) string {
	if q := x.qualifier(toks, a.pe, segEnd); q != "" {
		return q
	}
	if s, ok := x.span(toks, a.pe); ok {
		return s
	}
	return ""
}

// othersGoal reports whether amount a is a goal that the sentence's
// subject only supports others' efforts toward: "reiterated Canada's
// support for ongoing efforts under the UN …, toward the target of 30 per
// cent global land and marine conservation by 2030" is the UN's goal.
func (x *extractor) othersGoal(toks []token, a amount) bool {
	if a.ps < 3 || toks[a.ps-1].f != "of" || !x.l.goalNouns[toks[a.ps-2].f] {
		return false
	}
	k := a.ps - 3
	if k >= 0 && determiner[toks[k].f] {
		k--
	}
	if k < 0 || toks[k].f != "toward" && toks[k].f != "towards" {
		return false
	}
	for i := 0; i < k; i++ {
		if toks[i].f == "efforts" {
			return true
		}
	}
	return false
}

// holderDollar returns the dollar of a sum's one holder when the sum is a
// bare "$" in an outlet of no known country and the holder's currency is a
// dollar other than the US one: "Canada will double its climate finance
// commitment to $5.3 billion" is in Canadian dollars, unless the sentence
// names the United States, whose dollar it may be. Else "".
func (x *extractor) holderDollar(toks []token, a amount, holders []string) string {
	if !a.bare || len(holders) != 1 {
		return ""
	}
	c := x.l.homeDollar[holders[0]]
	if c == "" || c == "USD" || a.abroad && !x.l.namedDollars[c] {
		return "" // a peso written "$" is no sum an outlet abroad writes "$"
	}
	for _, m := range x.mentions(toks) {
		if m.code == "US" {
			return ""
		}
	}
	return c
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// tradeWith returns the two sides of a pair's metric stated with its
// partner, "the $200 billion target in bilateral trade with China": the
// partner and the country the sentence speaks for before the amount (its
// subject, a person of that country, a demonym), else the speaker's or
// the article's first other principal. nil when the metric is no pair's.
func (x *extractor) tradeWith(toks []token, a amount, ms, me int) []string {
	joint := false
	for _, t := range toks[ms:me] {
		joint = joint || x.l.jointHeads[t.f]
	}
	if !joint || me+1 >= len(toks) || toks[me].f != "with" {
		return nil
	}
	k := me + 1
	if determiner[toks[k].f] {
		k++
	}
	end, val := x.l.countries.match(toks, k)
	if end <= 0 || strings.HasSuffix(val, "*") {
		return nil
	}
	partner := strings.TrimRight(val, "+")
	for _, m := range x.mentions(toks) {
		if m.s < a.ps && m.code != partner {
			return sorted([]string{m.code, partner})
		}
	}
	if self := x.self(); self != "" && self != partner {
		return sorted([]string{self, partner})
	}
	for _, p := range x.principals {
		if p != partner {
			return sorted([]string{p, partner})
		}
	}
	return nil
}

// currentLevel reports whether an amount is the level things stand at now,
// the baseline of a goal: "double their bilateral trade – currently at 8
// billion pounds – by 2015", "from current levels of $2.7 billion to about
// $6 billion".
func currentLevel(toks []token, a amount) bool {
	for i := a.ps - 1; i >= 0 && a.ps-i <= 4; i-- {
		switch toks[i].f {
		case "currently", "current", "present", "presently", "existing":
			return true
		case "at", "of", "level", "levels", "the":
			// only the words of a level between: not "currently valued at"
		default:
			return false
		}
	}
	return false
}

// withoutCurrent drops the amounts that are current levels (currentLevel):
// they neither state a target nor end the segment of the goal around them.
func withoutCurrent(toks []token, ams []amount) []amount {
	for k := range ams {
		if currentLevel(toks, ams[k]) {
			out := slices.Clone(ams[:k])
			for _, a := range ams[k+1:] {
				if !currentLevel(toks, a) {
					out = append(out, a)
				}
			}
			return out
		}
	}
	return ams
}

// goalSubject reports whether the sentence opens with a goal as its subject
// and an infinitive of it ending at v: "The shared goal is to reach", "Our
// target is to hit".
func (x *extractor) goalSubject(toks []token, v int) bool {
	if len(toks) < 5 || v < 4 || toks[v-1].f != "to" {
		return false
	}
	switch toks[0].f {
	case "the", "our", "their", "its":
	default:
		return false
	}
	for g := 1; g <= 3 && g+1 < v; g++ {
		if x.l.goalNouns[toks[g].f] {
			return (toks[g+1].f == "is" || toks[g+1].f == "was") && g+2 == v-1
		}
	}
	return false
}
