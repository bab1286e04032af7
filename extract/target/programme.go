package target

import (
	_ "embed"
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// Rules for targets read from unseen outlets: power capacity, programmes
// named by their own name, company deals, grants to a recipient, goals
// between two named countries and a first step sharing the scale of the
// next ("5 and then 10 billion dollars").

//go:embed programme.json
var words6File []byte

// words6 is the vocabulary of programme.json, compiled.
type words6 struct {
	powerUnits      map[string]bool
	powerMeasure    string
	capacityWords   map[string]bool
	powerKinds      map[string]bool
	programmeHeads  map[string]bool
	companySubjects map[string]bool
	recipientHeads  map[string]bool
	giverVerbs      map[string]bool // "China will allocate": the giver of aid both sign
	ownRecipients   map[string]bool // "aid to our state": the publisher receives
	ellipticLinks   [][]string
	blocOutlets     map[string][]string
	searchWords     []string // programme heads and "launch", as written in running text
}

var (
	w6Once sync.Once
	w6     *words6
)

func vocab6() *words6 {
	w6Once.Do(func() {
		var f struct {
			PowerUnits      []string            `json:"power_units"`
			PowerMeasure    string              `json:"power_measure"`
			CapacityWords   []string            `json:"capacity_words"`
			PowerKinds      []string            `json:"power_kinds"`
			ProgrammeHeads  []string            `json:"programme_heads"`
			CompanySubjects []string            `json:"company_subjects"`
			RecipientHeads  []string            `json:"recipient_heads"`
			GiverVerbs      []string            `json:"giver_verbs"`
			OwnRecipients   []string            `json:"own_recipients"`
			EllipticLinks   [][]string          `json:"elliptic_links"`
			BlocOutlets     map[string][]string `json:"bloc_outlets"`
		}
		if err := json.Unmarshal(words6File, &f); err != nil {
			panic("target: programme.json: " + err.Error()) // embedded: a build error, caught by every test
		}
		w6 = &words6{
			powerUnits: map[string]bool{}, powerMeasure: f.PowerMeasure,
			capacityWords: set(f.CapacityWords), powerKinds: set(f.PowerKinds),
			programmeHeads: set(f.ProgrammeHeads), companySubjects: set(f.CompanySubjects),
			recipientHeads: set(f.RecipientHeads), giverVerbs: set(f.GiverVerbs), ownRecipients: set(f.OwnRecipients), ellipticLinks: f.EllipticLinks, blocOutlets: f.BlocOutlets,
		}
		w6.searchWords = append(append(w6.searchWords, f.ProgrammeHeads...), "launch")
		for _, u := range f.PowerUnits {
			w6.powerUnits[u] = true
		}
	})
	return w6
}

// powerMetric names what an amount of electric power measures when the
// words next to the figure name nothing measured: generation capacity.
// "10,000 megawatts of cleaner, more efficient …" (cleaner) and "we're
// looking at 30,000 megawatts" (re looking) state capacity; "30 gigawatts
// of offshore wind" and "100 gigawatts of clean energy" keep their kind.
// A programme's name stays: "Power Africa's goals — adding 30,000 MW".
func (x *extractor) powerMetric(metric, unit string) string {
	v := vocab6()
	if !v.powerUnits[unit] {
		return metric
	}
	for _, w := range strings.Fields(metric) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			continue // a name's words ("Power Africa") name no kind
		}
		w = accord.Fold(w)
		if v.capacityWords[w] || v.powerKinds[w] || x.l.heads[w] || len(w) > 3 && x.l.heads[strings.TrimSuffix(w, "s")] {
			return metric
		}
	}
	var name []string
	for _, w := range strings.Fields(metric) {
		if w[0] < 'A' || w[0] > 'Z' || v.powerUnits[w] {
			break // "MW", the unit named for want of a metric, is no name
		}
		name = append(name, w)
	}
	if len(name) > 0 {
		return strings.Join(name, " ") + " " + v.powerMeasure
	}
	return v.powerMeasure
}

// programmes returns the names the article gives programmes: a capitalised
// name of two words or more followed by a programme noun ("our Power Africa
// initiative") or by one in apposition ("Power Africa, a new initiative",
// "Power Africa — a partnership among …"). Read once, when a sentence
// first needs it.
func (x *extractor) programmes() [][]string {
	if x.progRead {
		return x.progs
	}
	x.progRead = true
	v := vocab6()
	// Only the sentences holding a programme noun or "launch", found by
	// plain search of the text, are read: most articles name none.
	seen := -1
	for _, w := range v.searchWords {
		for from := 0; ; {
			i := strings.Index(x.text[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].End > i })
			if k >= len(x.sents) || k == seen || x.sents[k].Start > i {
				continue
			}
			if !nameNear(x.text, i, len(w), w == "launch") {
				continue
			}
			seen = k
			x.programmesIn(x.sentToks(k))
		}
	}
	return x.progs
}

// launch are the verbs whose object is a programme: "President Obama
// launched Power Africa in 2013".
var launch = map[string]bool{"launched": true, "launch": true, "launches": true, "launching": true}

// nameNear reports, from the bytes alone, whether a programme noun at
// text[i:i+n] may follow a name ("Power Africa initiative") or stand in
// apposition to one (", a new initiative"), or a launch verb may take one
// ("launched Power Africa"): a cheap test before tokenizing its sentence.
func nameNear(text string, i, n int, verb bool) bool {
	if verb {
		j := i + n
		for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
			j++ // launched, launches
		}
		for j < len(text) && text[j] == ' ' {
			j++
		}
		return j < len(text) && text[j] >= 'A' && text[j] <= 'Z'
	}
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	if k < j && text[k] >= 'A' && text[k] <= 'Z' {
		return true
	}
	before := text[max(0, i-30):i]
	return strings.Contains(before, ", a") || strings.Contains(before, "— a") || strings.Contains(before, "– a") || strings.Contains(before, "- a")
}

// programmesIn adds the programme names of one sentence's tokens.
func (x *extractor) programmesIn(toks []token) {
	for i := 0; i < len(toks); {
		if !x.capital(toks[i]) || i > 0 && toks[i-1].f == "'" {
			i++
			continue
		}
		j := i
		for j < len(toks) && x.capital(toks[j]) && j-i < 5 {
			j++
		}
		s := i
		for s < j && (determiner[toks[s].f] || x.l.months[toks[s].f]) {
			s++ // "The Power Africa initiative": the name without its article
		}
		if j-s >= 2 && (x.programmeAfter(toks, j) || s > 0 && launch[toks[s-1].f]) {
			// Not a country's name, nor one opening with it ("U.S.
			// Government"): a government is no programme.
			if end, _ := x.l.countries.match(toks, s); end <= 0 {
				name := make([]string, 0, j-s)
				for _, t := range toks[s:j] {
					name = append(name, t.f)
				}
				if !slices.ContainsFunc(x.progs, func(p []string) bool { return slices.Equal(p, name) }) {
					x.progs = append(x.progs, name)
				}
			}
		}
		i = j
	}
}

// programmeAfter reports whether a programme noun follows toks[j]: right
// after it, or in apposition after a comma or dash with an article and up
// to two modifiers.
func (x *extractor) programmeAfter(toks []token, j int) bool {
	v := vocab6()
	if j >= len(toks) {
		return false
	}
	if toks[j].k == word && v.programmeHeads[toks[j].f] && !x.capital(toks[j]) {
		return true
	}
	switch toks[j].f {
	case ",", "—", "–", "-":
	default:
		return false
	}
	k := j + 1
	if k >= len(toks) || toks[k].f != "a" && toks[k].f != "an" {
		return false
	}
	for k++; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if t.k != word || x.capital(t) {
			return false
		}
		if v.programmeHeads[t.f] {
			return true
		}
	}
	return false
}

// programmeHere returns the name of a programme of the article that the
// sentence names before amount a, or that the sentence before names when
// this one goes on about it ("It will increase …", "And our goal was …").
func (x *extractor) programmeHere(toks []token, a amount, prevSpan sentence.Span) string {
	// "€10 billion as part of Global Gateway": the programme the sum is
	// part of, named right after it (a bloc's, or one the article names).
	if k := a.pe + 3; k < len(toks) && toks[a.pe].f == "as" && toks[a.pe+1].f == "part" && toks[a.pe+2].f == "of" {
		if toks[k].f == "the" {
			k++
		}
		rest := toks[k:min(len(toks), k+6)]
		for _, m := range x.mentions(rest) {
			if m.s == 0 && m.program {
				return x.text[rest[0].s:rest[m.e-1].e]
			}
		}
		if s, e := findName(rest, x.programmes()); s == 0 && e > s {
			return x.text[rest[0].s:rest[e-1].e]
		}
		e := 0
		for e < len(rest) && x.capital(rest[e]) {
			e++
		}
		if e >= 2 && x.l.bodyHeads[rest[e-1].f] {
			return x.text[rest[0].s:rest[e-1].e] // "as part of the Andes Green Fund"
		}
	}
	progs := x.programmes()
	if len(progs) == 0 {
		return ""
	}
	if s, e := findName(toks[:a.ps], progs); e > s {
		return x.text[toks[s].s:toks[e-1].e]
	}
	i := 0
	for i < len(toks) && (toks[i].k == punct || toks[i].f == "and" || toks[i].f == "but") {
		i++
	}
	if i >= len(toks) || !onward[toks[i].f] || prevSpan.End <= prevSpan.Start {
		return ""
	}
	prev := tokenize(x.text, prevSpan.Start, prevSpan.End, nil)
	if s, e := findName(prev, progs); e > s {
		return x.text[prev[s].s:prev[e-1].e]
	}
	return ""
}

// onward are the words that open a sentence going on about the subject of
// the one before.
var onward = map[string]bool{"it": true, "its": true, "our": true, "this": true, "the": true}

// findName returns where one of the names occurs in toks.
func findName(toks []token, names [][]string) (int, int) {
	for i := range toks {
		for _, n := range names {
			if i+len(n) <= len(toks) && toks[i].f == n[0] {
				ok := true
				for k, w := range n {
					if toks[i+k].f != w {
						ok = false
						break
					}
				}
				if ok {
					return i, i + len(n)
				}
			}
		}
	}
	return 0, 0
}

// companyDeal reports whether the subject of a sentence is businesses or
// companies of the outlet's country, of none or of several ("UK and Indian
// businesses will confirm more than £1 billion in new investments"):
// company deals, which no government holds.
func (x *extractor) companyDeal(toks []token) bool {
	v := vocab6()
	for i, t := range toks {
		if t.k == punct && t.f != "-" || i > 8 {
			return false
		}
		if t.k != word {
			continue
		}
		if v.companySubjects[t.f] && i+1 < len(toks) && x.l.subjVerbs[toks[i+1].f] {
			// One foreign country's firms investing ("Japanese firms will
			// invest $3 billion in the United States") pledge for their
			// country; the outlet's own, or two countries' together, deal.
			var codes []string
			for _, m := range x.mentions(toks[:i]) {
				if !slices.Contains(codes, m.code) {
					codes = append(codes, m.code)
				}
			}
			return len(codes) != 1 || codes[0] == x.home
		}
		if x.l.subjVerbs[t.f] || x.l.stop[t.f] && t.f != "and" && t.f != "of" && t.f != "the" {
			return false
		}
	}
	return false
}

// givenTo drops from a sum's holders the country it is given to: "sign the
// Agreement on providing a grant of CNY700 million to Mongolia" is the
// giver's grant, however both sign it.
func (x *extractor) givenTo(toks []token, a amount, metric string, me int, holders []string) []string {
	if len(holders) < 2 || !x.l.currencies[a.unit] {
		return holders
	}
	if !fundedMetric(metric) {
		return holders
	}
	k := max(a.pe, me)
	if k < len(toks) && toks[k].f == "to" {
		k++
		if k < len(toks) && toks[k].f == "the" {
			k++
		}
		if end, code := x.l.countries.match(toks, k); end > 0 && !strings.HasSuffix(code, "*") && !strings.HasSuffix(code, "+") && slices.Contains(holders, code) {
			out := slices.DeleteFunc(slices.Clone(holders), func(h string) bool { return h == code })
			return out
		}
	}
	return holders
}

// aidGiver keeps, of the two holders of aid both sides sign, the one the
// sentence names giving it: "Under the agreements, China will allocate 50
// million yuan", or the other of the one it is given to further on than
// givenTo looks ("agreements with China worth $16 million with the aim of
// providing humanitarian aid to the Syrian people").
func (x *extractor) aidGiver(toks []token, a amount, metric string, holders []string) []string {
	if len(holders) != 2 || !x.l.currencies[a.unit] {
		return holders
	}
	aid := fundedMetric(metric) || x.aidWord(toks)
	v := vocab6()
	if !aid && !slices.ContainsFunc(toks, func(t token) bool { return v.giverVerbs[t.f] }) {
		return holders // neither aid nor a verb of giving: nothing to tell the giver by
	}
	ms := x.mentions(toks)
	var giver, taker []string
	for _, m := range ms {
		if !slices.Contains(holders, m.code) {
			continue
		}
		k := m.e
		if m.demonym && k < len(toks) && (toks[k].f == "people" || toks[k].f == "government") {
			k++ // "to the Syrian people"
		} else if m.demonym {
			continue
		}
		if k+1 < len(toks) && (toks[k].f == "will" || toks[k].f == "would" || toks[k].f == "shall") && v.giverVerbs[toks[k+1].f] {
			giver = append(giver, m.code)
		}
		s := m.s
		if s > 0 && toks[s-1].f == "the" {
			s--
		}
		if aid && s > 0 && toks[s-1].f == "to" && x.givenBefore(toks, s-1) {
			taker = append(taker, m.code)
		}
	}
	switch {
	case len(giver) == 1 && !slices.Contains(taker, giver[0]):
		return giver
	case len(taker) == 1 && len(giver) == 0:
		return slices.DeleteFunc(slices.Clone(holders), func(h string) bool { return h == taker[0] })
	}
	return x.lenderHeld(toks, a, holders)
}

// aidWord reports whether a sentence names aid given (a grant, aid, a
// loan): a recipient head anywhere in it.
func (x *extractor) aidWord(toks []token) bool {
	v := vocab6()
	for _, t := range toks {
		if v.recipientHeads[t.f] && t.f != "provision" && t.f != "funding" {
			return true
		}
	}
	return false
}

// givenBefore reports whether the "to" at k follows, within a few words,
// aid or a word of giving ("providing humanitarian aid to", "provided to").
func (x *extractor) givenBefore(toks []token, k int) bool {
	v := vocab6()
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		f := toks[i].f
		if clauseEnd(toks[i]) {
			return false
		}
		if v.recipientHeads[f] || x.l.giftVerbs[f] || v.giverVerbs[f] || strings.HasSuffix(f, "ed") && v.giverVerbs[strings.TrimSuffix(strings.TrimSuffix(f, "d"), "e")] || f == "provided" || f == "given" || f == "lent" {
			return true
		}
	}
	return false
}

// ownReceived gives a publishing government's aid "to our state" to the
// other side: in a recipient's release ("noted the recent packages, $1.1
// billion in security assistance and $12.4 billion in aid to our state"),
// the giver commits, not the publisher.
func (x *extractor) ownReceived(toks []token, a amount, metric string, holders []string) []string {
	home := x.govHome
	if home == "" || !slices.Equal(holders, []string{home}) || !x.l.currencies[a.unit] {
		return holders
	}
	if !fundedMetric(metric) {
		return holders
	}
	v := vocab6()
	for i := a.pe; i+2 < len(toks) && toks[i].f != ";"; i++ {
		if (toks[i].f == "to" || toks[i].f == "for") && toks[i+1].f == "our" && v.ownRecipients[toks[i+2].f] {
			if ps := x.partiesOf(); len(ps) == 2 && slices.Contains(ps, home) {
				return slices.DeleteFunc(slices.Clone(ps), func(c string) bool { return c == home })
			}
			return holders
		}
	}
	return holders
}

// fundedMetric reports whether a metric names money given to someone: a
// grant, a loan, aid.
func fundedMetric(metric string) bool {
	v := vocab6()
	for _, w := range strings.Fields(accord.Fold(metric)) {
		if v.recipientHeads[w] {
			return true
		}
	}
	return false
}

// between returns the two countries of "trade between China and Mongolia"
// right after an amount's metric: a goal of both.
func (x *extractor) between(toks []token, ms, me int) []string {
	joint := false
	for _, t := range toks[ms:me] {
		joint = joint || x.l.jointHeads[t.f]
	}
	if !joint {
		return nil // "two grid projects between Indonesia and Malaysia" that a third party funds
	}
	for i := ms; i < me+2 && i < len(toks); i++ {
		if toks[i].f != "between" {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].f == "the" {
			k++
		}
		e1, c1 := x.l.countries.match(toks, k)
		if e1 <= 0 || e1+1 >= len(toks) || toks[e1].f != "and" {
			return nil
		}
		k = e1 + 1
		if toks[k].f == "the" {
			k++
		}
		e2, c2 := x.l.countries.match(toks, k)
		c1, c2 = strings.TrimRight(c1, "*+"), strings.TrimRight(c2, "*+")
		if e2 <= 0 || c1 == c2 {
			return nil
		}
		return sorted([]string{c1, c2})
	}
	return nil
}

// elliptic reads the scale and unit that a bare number shares with the
// amount after it: "first reach 5 and then 10 billion dollars" is 5
// billion dollars; j is the token after the bare number.
func (x *extractor) elliptic(toks []token, j int) (scale float64, unit string, end int) {
	for _, link := range vocab6().ellipticLinks {
		k := j
		for _, w := range link {
			if k >= len(toks) || toks[k].f != w {
				k = -1
				break
			}
			k++
		}
		if k < 0 || k+1 >= len(toks) {
			continue
		}
		if k+1 < len(toks) && toks[k].f == "to" {
			k++ // "5 and then to 10 billion"
		}
		n := k
		if n < len(toks) {
			if c, ok := x.l.symbols[x.text[toks[n].s:toks[n].e]]; ok {
				unit, n = c, n+1
			}
		}
		if n+1 >= len(toks) || toks[n].k != num {
			continue
		}
		s := x.l.scales[toks[n+1].f]
		if s == 0 {
			continue
		}
		if unit == "" {
			if e, c := x.l.currAfter.match(toks, n+2); e > 0 {
				unit = c
			}
		}
		if unit != "" {
			return s, unit, j
		}
	}
	return 0, "", j
}

// adjectival reports whether a word of report at toks[i] ("increased",
// "reduced") is an adjective, after a preposition or an article: "$20
// million in new funding for increased technical assistance" reports no
// increase.
func adjectival(toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].f, "ed") {
		return false
	}
	p := toks[i-1].f
	return p == "for" || p == "an" || p == "the" || p == "with" || p == "of" || p == "including"
}

// goalWas reports whether "was" or "were" at toks[i] states what a goal
// is: "our preliminary goal was 10,000 megawatts" states the goal.
func (x *extractor) goalWas(toks []token, i int) bool {
	return i > 0 && (toks[i].f == "was" || toks[i].f == "were") && x.l.goalNouns[toks[i-1].f]
}

// bilateralNear reports whether a bilateral word ("two-way", "bilateral")
// qualifies an amount's metric: both parties' goal, whoever's currency
// states it.
func (x *extractor) bilateralNear(toks []token, a amount, ms, me int) bool {
	lo, hi := min(ms, a.ps), max(me, a.pe)
	for i := lo; i < hi && i < len(toks); i++ {
		if end, _ := x.l.bilateral.match(toks, i); end > 0 {
			return true
		}
	}
	return false
}

// notReport reports whether a word of report at toks[i:end] reports
// nothing here: an adjective ("for increased assistance") or the verb of
// a goal ("our goal was").
func (x *extractor) notReport(toks []token, i, end int) bool {
	return end == i+1 && (adjectival(toks, i) || x.goalWas(toks, i) || futurePassive(toks, i) || baseForm(toks, i)) || x.decisionReached(toks, i, end)
}

// baseForm reports whether the verb at toks[i], one a past report can
// also be written with ("hit"), is a base form after "to" or a modal, an
// adverb allowed between ("expected to soon hit", "should hit"): a level
// still to reach, not one reached.
func baseForm(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].k == word && (toks[j].f == "soon" || len(toks[j].f) > 2 && toks[j].f[len(toks[j].f)-2:] == "ly") {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].f {
	case "to", "will", "shall", "would", "must", "should", "could", "can", "may":
		return true
	}
	return false
}

// ownStatement reports whether the text (lower case) names itself a joint
// statement by phrase p: an occurrence counts unless the text reports
// others issuing one ("G7 leaders issued a joint declaration"), which does
// not make a leader's own release joint.
func ownStatement(low, p string) bool {
	for from := 0; ; {
		i := strings.Index(low[from:], p)
		if i < 0 {
			return false
		}
		i += from
		before := strings.TrimRight(low[max(0, i-12):i], " ")
		if !strings.HasSuffix(before, " a") && !strings.HasSuffix(before, " the") || !issued(low[max(0, i-24):i]) {
			return true
		}
		from = i + len(p)
	}
}

// issued reports whether s ends in a verb of issuing and an article.
func issued(s string) bool {
	for _, v := range []string{"issued a ", "issued the ", "adopted a ", "adopted the ", "released a ", "released the ", "published a ", "published the "} {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// allBy returns the deadline of a closing ", all by 2028" for amount
// ams[k]: "all" (or "both", "each") gives it to every coordinated goal of
// the sentence before it, however long their clauses, unless a year of its
// own or a clause boundary stands between.
func allBy(toks []token, dls []mark, ams []amount, k, pubYear int) (string, bool, bool) {
	a := ams[k]
	for _, m := range dls {
		if !m.strong || m.at <= a.pe {
			continue
		}
		q := m.at - 1
		for q > a.pe && toks[q].k != word {
			q-- // "by 31 December 2028": the day before the year
		}
		for q > a.pe && (toks[q].f == "by" || toks[q].f == "end" || toks[q].f == "the" || toks[q].f == "of" || toks[q].f == "before" || lexicon().months[toks[q].f]) {
			q--
		}
		if q <= a.pe || toks[q].f != "all" && toks[q].f != "both" && toks[q].f != "each" || toks[q-1].f != "," {
			return "", false, false
		}
		for i := a.pe; i < q; i++ {
			if clauseEnd(toks[i]) || toks[i].f == "." {
				return "", false, false
			}
		}
		for _, o := range dls {
			if o.at > a.pe && o.at < m.at && o != m {
				return "", false, false // a year of its own
			}
		}
		y, _ := strconv.Atoi(m.val)
		return m.val, pubYear > 0 && y < pubYear, true
	}
	return "", false, false
}

// sharedDeadline returns the deadline that closes a list of coordinated
// goals for its earlier amount ams[k], which has none of its own:
// "increasing access to energy by 30,000 megawatts and add 60 million new
// connections by 2030" sets both for 2030. past reports one before pubYear.
func sharedDeadline(toks []token, dls []mark, ams []amount, k, pubYear int) (string, bool) {
	if k+1 >= len(ams) {
		return "", false
	}
	a, b := ams[k], ams[k+1]
	if b.ps < a.pe {
		return "", false // one amount inside the other's span: "US$4.2 billion (C$5.7 billion)"
	}
	if dl, past, ok := allBy(toks, dls, ams, k, pubYear); ok {
		return dl, past // "purchase $750 billion in energy and invest $600 billion, all by 2028"
	}
	// ("expanding trade to USD 30 billion and the number of exchanges to
	// more than 1 million by 2020": two levels of one verb, parallel, share
	// the year after the second.)
	parallel := b.ps-a.pe <= 16 && b.ps > 0 && toks[b.ps-1].f == "to" && a.ps > 0 && toks[a.ps-1].f == "to"
	if b.ps-a.pe > 6 && !parallel {
		return "", false // "… $1 billion more in Africa for items and projects that will help …": another goal's year
	}
	and := false
	for i, t := range toks[a.pe:b.ps] {
		if clauseEnd(t) || t.f == "." || relative[t.f] {
			return "", false
		}
		if e, _ := lexicon().ownTimes.match(toks, a.pe+i); e > 0 {
			return "", false // "100 billion in the near future and 150 billion by 2030"
		}
		if e, _ := lexicon().cues.match(toks, a.pe+i); e > 0 && and {
			// "go beyond the existing target of 115 trillion yen and aim for
			// goals of 135 trillion yen in FY2030": a goal of its own.
			return "", false
		}
		and = and || t.f == "and"
	}
	end := len(toks)
	if k+2 < len(ams) {
		end = ams[k+2].ps
	}
	for _, m := range dls {
		if m.at > a.pe && m.at < b.ps {
			return "", false // a year of its own between them: not shared
		}
		if and && m.strong && m.at >= b.pe && m.at < end {
			y := 0
			for _, c := range m.val {
				y = 10*y + int(c-'0')
			}
			return m.val, pubYear > 0 && y < pubYear
		}
	}
	return "", false
}

// blocOutlet returns the bloc whose institution publishes a text, from its
// publisher's name ("European Commission (remarks of Commissioner …)"), or
// "". Only the name before any bracket counts: "(as reproduced by …)" and
// "(statement of …)" name others.
func blocOutlet(source string) string {
	if i := strings.IndexByte(source, '('); i >= 0 {
		source = source[:i]
	}
	source = strings.TrimSpace(source)
	if source == "" {
		return ""
	}
	for code, names := range vocab6().blocOutlets {
		for _, n := range names {
			if strings.HasPrefix(source, n) {
				return code
			}
		}
	}
	return ""
}

// weLaunched returns the name of what the sentence before says "we"
// launched when this one, of "we" too, states a sum: "We launched the Acme
// Investment Agenda for the region. We will bring over €4 billion of
// investment to it." is the sum of what the speakers have just launched.
func (x *extractor) weLaunched(toks []token, prev sentence.Span) string {
	if len(toks) == 0 || toks[0].f != "we" || prev.End <= prev.Start {
		return ""
	}
	return x.launchedName(tokenize(x.text, prev.Start, prev.End, nil))
}

// launchedName returns the name of what a sentence says "we" launched
// ("On the first day, we launched the Acme Investment Agenda for …"): two
// capitalised words or more right after the verb, ending in a word for a
// programme or body, or "".
func (x *extractor) launchedName(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].f != "we" {
			continue
		}
		k := i + 1
		if k < len(toks) && (toks[k].f == "have" || toks[k].f == "today" || toks[k].f == "also" || toks[k].f == "just") {
			k++
		}
		if k >= len(toks) || !launch[toks[k].f] {
			continue
		}
		k++
		for k < len(toks) && (toks[k].f == "the" || toks[k].f == "a" || toks[k].f == "our" || toks[k].f == "new") {
			k++
		}
		e := k
		for e < len(toks) && toks[e].k == word && x.capital(toks[e]) {
			e++
		}
		// A programme's name ends in its kind: "… Investment Agenda",
		// "… Green Fund" (not "we launched the Joint Statement").
		if last := toks[max(e-1, 0)].f; e-k >= 2 && (x.l.funding[last] || x.l.bodyHeads[last] || x.l.funding[toks[e-2].f+" "+last]) {
			return x.text[toks[k].s:toks[e-1].e]
		}
	}
	return ""
}
