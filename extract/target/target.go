// Package target finds the quantified targets an article states: goals,
// commitments, pledges and plans with a number, such as "US$150 billion in
// bilateral trade by 2030", each with the sentence it came from. Reported
// figures ("five million visits recorded in 2024"), dates, ages and counts of
// documents are not targets.
//
// The words it uses (currencies, units, comparators, cues, metric heads) are
// the data files of package knowledge; this package holds the grammar.
package target

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/freelist"
	"github.com/accordhq/accord/extract/internal/reading"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/sentence"
)

// Extract finds the quantified targets stated in text (an article body). sents are its
// sentences (sentence.Split from package extract/sentence, byte offsets); published is
// YYYY-MM-DD; countries are the ISO codes of the countries the article is about, most
// salient first (the principals' countries). Each Target has exactly one Mention:
// Evidence{Article: articleID, Quote: text[s.Start:s.End], Start, End, Published}.
//
// A target stated again in the same article (same value, unit and holders,
// a metric sharing a word) is returned once, with the first sentence.
func Extract(articleID, text string, sents []sentence.Span, published string, countries []string) []accord.Target {
	return ExtractIn(articleID, text, sents, published, countries, Context{})
}

// Context is what the rest of an article tells about its targets.
type Context struct {
	// Home is the outlet's home country, "" when unknown: a bare "$" is read
	// as its dollar ("$" in a New Zealand release is NZD).
	Home string
	// Government says the outlet is Home's government itself (its leader's
	// office, its ministries): there "we will provide" and "the Government
	// will invest" commit Home.
	Government bool
	// Persons are the persons the text names, with their countries: "Mr
	// Peters announced:" commits his country as "New Zealand announced"
	// would.
	Persons []Person
	// Turns are a transcript's speaker turns, in text order: there "we"
	// and "I" are the speaker's country.
	Turns []Turn
	// Source is the publisher's name (the front matter's outlet): a bloc's
	// institution there ("European Commission") speaks for the bloc.
	Source string
	// Words are the words the extract package's reading found in the text,
	// in text order (nil for none): the sentences' plain words are taken
	// from them.
	Words []reading.Word
}

// Turn is one speaker's turn of a transcript, from the label at byte Start
// to the next turn; Country is "" for a speaker of no country (a journalist).
type Turn struct {
	Start   int
	Country string
}

// Person is a person (or a government body) named at text[Start:End], of Country.
type Person struct {
	Start, End int
	Country    string
}

// ExtractIn is Extract with what the rest of the article tells: the
// outlet's home country and the persons named.
func ExtractIn(articleID, text string, sents []sentence.Span, published string, countries []string, ctx Context) []accord.Target {
	x := &extractor{l: lexicon(), text: text, sents: sents, id: articleID, published: published, principals: countries,
		home: strings.ToUpper(ctx.Home), persons: ctx.Persons, turns: ctx.Turns, words: ctx.Words}
	if ctx.Government {
		x.govHome = x.home
	}
	if x.home == "" {
		if b := blocOutlet(ctx.Source); b != "" {
			x.home, x.govHome, x.bloc = b, b, true
		}
	}
	if len(published) >= 4 {
		x.pubYear, _ = strconv.Atoi(published[:4])
	}
	b, _ := bufPool.Get()
	x.cache, x.cached = b.toks, b.at
	out := x.run()
	// Zeroed so that a pooled buffer keeps no article's text alive: the
	// cache only grows within an article, so past its length it is zero.
	clear(x.cache)
	clear(x.cached)
	bufPool.Put(bufs{x.cache[:0], x.cached[:0]})
	return out
}

// bufs are an extraction's token buffers, kept for the next article: its
// sentences' tokens were most of what target extraction allocated.
type bufs struct {
	toks []token
	at   [][2]int32
}

// sentToks returns the tokens of sentence k, tokenized once an article:
// run reads the sentences with an amount, survey all of them, the
// programmes some, and each would tokenize them again. They are not to be
// changed; an append to them copies them.
func (x *extractor) sentToks(k int) []token {
	if x.cached == nil || len(x.cached) < len(x.sents) {
		x.cached = slices.Grow(x.cached[:0], len(x.sents))[:len(x.sents)]
	}
	if at := x.cached[k]; at[1] > 0 {
		return x.cache[at[0] : at[1]-1 : at[1]-1]
	}
	from := len(x.cache)
	// A sentence's first token has a space before it: tokenize's look at
	// the token before (the "'" of "we'll") never reaches the sentence before.
	x.cache = tokenizeRead(x.text, x.sents[k].Start, x.sents[k].End, x.cache, x.words)
	x.cached[k] = [2]int32{int32(from), int32(len(x.cache)) + 1}
	return x.cache[from:len(x.cache):len(x.cache)]
}

var bufPool freelist.List[bufs]

// extractor holds the state of one Extract call.
type extractor struct {
	mentionMemo [2]mentionMemo   // the last runs read by mentions (mentionsmemo.go)
	partAdd     bool             // the target added is a part listed after another of its sentence: never that one restated
	partKeys    map[partKey]bool // the parts added: restated only in their own words
	listed      bool             // the sentence read is a numbered item, read without its number
	l           *lex
	text        string
	words       []reading.Word // Context.Words
	sents       []sentence.Span
	id          string
	published   string
	pubYear     int
	principals  []string
	home        string
	govHome     string // Home when the outlet is its government's own
	jointKnown  int8   // 0 not yet known, 1 not a joint statement, 2 one
	persons     []Person
	turns       []Turn
	cur         sentence.Span // the sentence at hand
	segFloor    int           // the end of the amount before the one at hand
	ams         []amount      // the amounts of the sentence at hand

	cache     []token    // the tokens of the sentences read (sentToks)
	cached    [][2]int32 // by sentence: its tokens' start and end+1 in cache, 0 for none yet
	committer []string   // the article's usual committing country, found lazily
	committed bool
	progRead  bool          // programmes read
	bloc      bool          // the outlet is a bloc's institution: home is the bloc
	progs     [][]string    // the programmes the article names, folded words
	prev      sentence.Span // the sentence before, for "It aims to…"
	parties   []string      // the article's two parties, found lazily
	partied   bool
	subjects  map[string]int // the article's lone subjects of commitments, counted
	named     map[string]int // the countries and blocs it names, counted
	out       []accord.Target
	item      string // the name of the list item the sentence is in, if any
}

// amount is one number with a unit in a sentence's tokens.
type amount struct {
	i, j   int // the number, its scale and unit: toks[i:j]
	ps, pe int // with the currency sign and comparators around it
	value  float64
	unit   string
	cmp    string
	cs, ce int  // the counted noun phrase of a count: 96 [AH-64 Apache helicopters]
	coded  bool // a currency written out (CAD $, C$, CAD), not a bare "$"
	bare   bool // a bare "$" read in an outlet of no known country, or of one without a dollar
	abroad bool // bare, read in an outlet of a country without a dollar (foreignDollar)
	pron   bool // a multiplier of "it": "set a target of doubling it by 2030"
}

// lead is what a sentence ending in a colon says of the list it opens:
// "The Parties agree to take the following actions by August 12, 2025:".
type lead struct {
	active   bool
	cue      bool
	deadline string
	holders  []string // the subject of the lead: "Mr Peters announced:"
	// paras counts the paragraphs without a list mark a lead of "the
	// following … by <date>:" has kept its deadline for: a joint statement
	// sets out each party's actions as a paragraph of its own.
	following bool
	colon     bool
	paras     int
}

// followingParas is how many unmarked paragraphs "the following actions:"
// may open: the parties' actions, one paragraph each.
const followingParas = 3

func (x *extractor) run() []accord.Target {
	var ld lead
	prevEnd := 0
	for si, sp := range x.sents {
		if sp.Start < 0 || sp.End > len(x.text) || sp.Start >= sp.End {
			continue
		}
		if x.prev.End > sp.Start {
			x.prev = sentence.Span{}
		}
		prev := x.prev
		x.prev, x.cur = sp, sp
		gap := ""
		if prevEnd <= sp.Start {
			gap = x.text[prevEnd:sp.Start]
		}
		prevEnd = sp.End
		sent := x.text[sp.Start:sp.End]
		if !hasLetter(sent) {
			continue // markup alone (<!-- -->, ###): no sentence, no new paragraph
		}
		if blankLine(gap) && !listItem(x.text, sp.Start) && !(ld.active && ld.cue && ld.colon && x.unmarkedItem(sp.Start)) {
			if ld.active && ld.following && ld.colon && ld.deadline != "" && ld.paras < followingParas {
				// Only its deadline carries over: whether a paragraph
				// commits, and who, it says itself.
				ld.paras++
				ld.cue, ld.holders = false, nil
			} else {
				ld = lead{}
			}
		}
		if strings.HasSuffix(strings.TrimRight(sent, " \"'”’)"), "?") {
			continue // a question commits no one: "Will you double trade by 2030?"
		}
		colon := sent[len(sent)-1] == ':'
		follow := strings.Contains(sent, "following")
		if !colon && !follow && !x.mayHoldAmount(sent) {
			continue // most sentences: no digit, no number word
		}
		toks := x.sentToks(si)
		// "1. The Government of Japan will …": read without its number (and
		// its first word, a name as likely as not, keeps its capital).
		n := listMarker(toks)
		toks, x.listed = toks[n:], n > 0
		ams := x.amounts(toks)
		if len(ams) > 0 {
			x.item = ""
			if ld.active && ld.cue && (listItem(x.text, sp.Start) || x.unmarkedItem(sp.Start)) && bracketedSum(toks, ams) {
				x.item = x.itemName(sp.Start)
				if ld.holders == nil {
					ld.holders = x.lastGiver() // "The ODA loan assistance has been committed to:"
				}
			}
			if !x.projectList(sp, toks, ams) {
				x.sentence(sp, toks, ams, ld, prev)
			}
			x.item = ""
		}
		if colon || follow && following(toks) {
			outer := ld
			ld = lead{active: true, cue: x.hasCue(toks, 0, len(toks)), holders: x.leadSubject(toks), following: following(toks), colon: colon}
			for _, d := range x.deadlines(toks) {
				if d.strong {
					ld.deadline = d.val
					break
				}
			}
			if outer.active && listItem(x.text, sp.Start) {
				// "- Energy Investments:" under "Japan has outlined the
				// following commitments": a sub-heading keeps what the
				// list's lead said.
				ld.cue = ld.cue || outer.cue
				if ld.holders == nil {
					ld.holders = outer.holders
				}
				if ld.deadline == "" {
					ld.deadline = outer.deadline
				}
			}
		}
	}
	return x.out
}

// following reports whether a sentence announces a list, "… the
// following investments.", whatever its last mark.
func following(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].f == "the" && toks[i+1].f == "following" {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mayHoldAmount reports whether a sentence has a digit or a number word, a
// cheap test that spares tokenizing most sentences.
func (x *extractor) mayHoldAmount(s string) bool {
	var buf [16]byte
	n := 0
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch {
		case '0' <= c && c <= '9':
			return true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			if n < len(buf) {
				buf[n] = c | 0x20
			}
			n++
		default:
			if n > 0 && n <= len(buf) && x.l.firstNumberFilter.HasBytes(buf[:n]) && x.l.firstNumberWord[string(buf[:n])] {
				return true
			}
			n = 0
		}
	}
	return false
}

// blankLine reports whether the space between two sentences holds an empty
// line: a new paragraph.
func blankLine(gap string) bool {
	nl := false
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			if nl {
				return true
			}
			nl = true
		case ' ', '\t', '\r':
		default:
			nl = false
		}
	}
	return false
}

// listItem reports whether a sentence starts an item of a list (-, *, •, 1.).
func listItem(text string, start int) bool {
	line := text[strings.LastIndexByte(text[:start], '\n')+1 : start]
	line = strings.TrimSpace(line)
	if line == "" {
		line = text[start:]
		if i := strings.IndexAny(line, " \t\n"); i >= 0 {
			line = line[:i]
		}
	}
	switch line {
	case "-", "*", "•", "–", "+":
		return true
	}
	return len(line) > 1 && len(line) <= 4 && (line[len(line)-1] == '.' || line[len(line)-1] == ')') && isDigit(line[0])
}

// mark is a deadline or period found in a sentence.
type mark struct {
	at     int // token index of the year
	val    string
	strong bool // by 2030 (strong) rather than in 2030
	// current marks "in" the fiscal year of the article: a deadline that
	// makes no sum a commitment by itself.
	current bool
}

func (x *extractor) sentence(sp sentence.Span, toks []token, ams []amount, ld lead, prev sentence.Span) {
	if x.companyDeal(toks) {
		return // "UK and Indian businesses will confirm £1 billion in deals": company deals
	}
	leadCue := ld.active && ld.cue
	ams = withoutCurrent(toks, ams)
	x.ams = ams
	dls := x.deadlines(toks)
	pers := x.periods(toks)
	prevStat, prevPart := false, false
	var prevT accord.Target // the target read from the amount before, if any
	prevWasPart := false    // it was itself a part listed after money given
	prevK := -1
	for k, a := range ams {
		segStart, segEnd := 0, len(toks)
		if k > 0 {
			segStart = ams[k-1].pe
		}
		if k+1 < len(ams) {
			segEnd = ams[k+1].ps
		}
		if k > 0 && x.partOfWhole(toks, ams[k-1], a) {
			if prevK == k-1 {
				continue // "will provide $20 million of the $90 million total to": the part read, the whole no new target
			}
			// "96 million pounds of the pledged 143 million pounds would go
			// to": the part, read where the whole's verb and object are.
			a.value, a.cmp = ams[k-1].value, ams[k-1].cmp
		}
		if prevK == k-1 && k > 0 && forTotal(toks, ams[k-1], a) && a.unit == prevT.Unit {
			// "by an additional $200 million, for a total of $450 million":
			// the increase and the new total are both the holder's.
			t := prevT
			t.Value, t.Comparator = a.value, a.cmp
			if !strings.HasPrefix(t.Metric, "total ") {
				t.Metric = "total " + t.Metric
			}
			x.add(t)
			continue
		}
		if prevStat && (a.ps > 0 && toks[a.ps-1].f == "including" || k > 0 && x.partOfReport(toks, ams[k-1].pe, a.ps, prevPart)) {
			prevPart = true
			continue // "$1 billion in total, including $880 million in military support": a part of a report
		}
		if k > 0 && ams[k-1].pe < len(toks) && slices.Contains([]string{"in", "into", "toward", "towards", "for"}, toks[ams[k-1].pe].f) {
			if b, ok := x.sizedObject(toks, ams[k-1], ams[k-1].pe); ok && b.ps == a.ps {
				continue // "$800 million toward a new $2.75 billion facility": the facility's size
			}
		}
		if x.scopeCount(toks, ams, k) {
			continue // "a loan of JPY 40 billion for nine projects": the sum's scope
		}
		if x.tariffCovers(toks, a) {
			continue // "a 25 percent tariff on $34 billion of Chinese imports": the trade taxed
		}
		if x.benchmark(toks, a) {
			continue // "well above Nato's 2 per cent defence spending target": another's level compared with
		}
		if x.channelFund(toks, a) {
			continue // "continue investing through its $10 billion Acme Digital Fund": the size of the channel
		}
		if k > 0 && x.conversion(toks, ams[k-1], a) {
			continue // "27.5 billion yen in loans, or about 200 million dollars": the same sum in another currency
		}
		if k > 0 && shareApposition(toks, ams[k-1], a) {
			continue // "pledged $5.2 billion, approximately 40 percent of the total": the sum's share
		}
		prevPart = false
		deal := x.signedDeal(toks, a, prev)
		thanked := x.thankedGiver(toks, a)
		funded := deal < 0 && x.signedFunding(toks, a)
		prevStat = deal < 0 && thanked == nil && !funded && (x.statistic(toks, a) || x.runningTotal(toks, a))
		if prevStat || x.standing(toks, a) || x.overQuota(toks, a, ams) || baseline(toks, a, ams[k+1:]) || slices.ContainsFunc(ams[:k], func(b amount) bool { return raisedFrom(toks, b, a) }) || multipliedFrom(toks, a, ams) || x.othersGoal(toks, a) || x.effectEstimate(toks, a) || x.groupGoal(toks, a) || x.projectOutput(toks, a) {
			continue
		}
		dl, past := pickDeadline(toks, dls, a, segStart, segEnd, x.pubYear)
		if dl == "" && !past {
			dl, past = sharedDeadline(toks, dls, ams, k, x.pubYear)
		}
		if past {
			continue // by 2020, in an article of 2024: a past goal, reported
		}
		x.segFloor = segStart
		part := x.listedPart(toks, ams, k, prevK, prevT.Unit, prevT.Metric, prevWasPart) // "…, $13.6 million to improve education, and $81.5 million …"
		gapped := ""
		if !part {
			gapped = x.gappedDonor(toks, ams, k, prevK, prevT) // "Norway pledged $13.6 million, Turkey $10 million"
			part = gapped != ""
		}
		metric, ms, me := x.metric(toks, a)
		if a.ps >= 2 && toks[a.ps-1].f == "of" && toks[a.ps-2].f == "," {
			if m, s, e := x.apposedSum(toks, a); m != "" {
				metric, ms, me = m, s, e // "grant aid for the Project for X, of up to N yen,": the grant, not the project
			}
		}
		included := false
		if s, e := x.includedBy(toks, a); s >= 0 && !part {
			// "The humanitarian assistance includes nearly $424 million for
			// …": a part of the package the sentence opens with.
			metric, ms, me, included = x.text[toks[s].s:toks[e-1].e], s, e, true
		}
		var wholeHolders []string
		if h, hs := x.pronounIncludes(toks, a, prev); h != "" && !included && !part {
			// "It includes €13 million for …" after "announced €23
			// million in funding": a part of that funding.
			metric, ms, me, included, wholeHolders = h, 0, 1, true, hs
		}
		if part && metric == "" {
			// (What the sentence's subject or verb names belongs to the
			// first part; a part's own object after it is kept.)
			metric, ms, me = partHead(prevT.Metric), a.pe, a.pe
		}
		if m, s, e := x.worthMetric(toks, a); m != "" && bareMetric(metric) {
			metric, ms, me = m, s, e // "business opportunities … worth 1 trillion yen"
		} else if m, s, e := x.worthNoun(toks, a); m != "" && metric != "" && me <= s && s >= 1 && (toks[s-1].f == "including" || s >= 2 && determiner[toks[s-1].f] && toks[s-2].f == "including") {
			// "announced a number of initiatives, including a clean
			// vegetable project worth $5.6 million": the thing valued, not
			// the list it is one of.
			for s < e && (toks[s].f == "a" || toks[s].f == "an" || toks[s].f == "the") {
				s++
			}
			metric, ms, me = x.text[toks[s].s:toks[e-1].e], s, e
		}
		if k > 0 && a.unit == "percent" && x.denominatorOnly(toks, ms, me) && baseline(toks, ams[k-1], ams[k:]) {
			// "defence spending rising from 2.32 per cent of GDP to 2.5 per
			// cent by 2030": the level reached measures what its baseline
			// does, not the GDP the baseline is a share of.
			floor := x.segFloor
			x.segFloor = 0
			if m, s, e := x.metric(toks, ams[k-1]); m != "" && !x.denominatorOnly(toks, s, e) {
				metric, ms, me = m, s, e
			}
			x.segFloor = floor
		}
		if metric == "" {
			metric, ms, me = x.subjectPurpose(toks, a) // "¥1 trillion will be coursed through … to fund …"
		}
		if metric == "" {
			metric, ms, me = x.sumFunds(toks, a) // "An additional £25 million will fund …"
		}
		if metric == "" {
			if m, s, e := x.apposedSum(toks, a); m != "" {
				metric, ms, me = m, s, e // "an ODA loan to C for the Y Project: up to N yen"
			}
		}
		recv, giver, received := x.receivedBy(toks, a)
		if received && giver == "" && x.receiverPartner(recv.code) == nil {
			received = false
		}
		if metric == "" && received {
			// "Israel will receive $38 billion in order to …": what a
			// partner gives a country is assistance to it.
			metric, ms, me = "assistance to "+x.text[toks[recv.s].s:toks[recv.e-1].e], a.pe, a.pe
		}
		if metric == "" || ms < a.ps {
			// "…, particularly bilateral trade which is expected to reach
			// …": the noun the relative clause is said of, not the
			// sentence's subject.
			if m, s, e := x.relativeSubject(toks, a); m != "" {
				metric, ms, me = m, s, e
			}
		}
		if deal >= 0 && (metric == "" || ms >= a.pe && toks[a.pe].f != "worth") {
			// "These agreements are worth …", "signed 21 agreements worth
			// $2 billion in Lima today": the deal, not what follows it.
			metric, ms, me = x.dealMetric(toks, deal)
		}
		if deal >= 0 {
			// Named by the seller, as "the Acme commitment" is: "a contract
			// signing between A and Boeing" → "Boeing contract", "an order
			// with Boeing for $14 billion worth of airplanes" → "Boeing order
			// of airplanes"; restatements in other words share the name.
			if sl := x.dealSeller(toks, deal); sl != "" && strings.Contains(metric, toks[deal].f) {
				metric = sl + " " + toks[deal].f
			} else if sl != "" && ms > a.ps && !strings.Contains(metric, " ") {
				metric = sl + " " + toks[deal].f + " of " + metric
			}
		}
		if metric == "" || x.bareFunding(metric) {
			// "new AI cooperation supported by a combined $6.2 million",
			// "an AI partnership supported by $6.2 million in grants": what
			// the money backs, not the bare kind of money.
			if m, s, e := x.backedThing(toks, a); m != "" {
				metric, ms, me = m, s, e
			}
		}
		if m, s, e := x.dealObject(toks, metric, ms); m != "" {
			metric, ms, me = m, s, e // "will purchase GE engines in a separate deal valued at $13.7 billion"
		}
		if f, rest, ok := strings.Cut(metric, " "); ok && ms < me && toks[ms].f == f && x.l.levelVerbs[f] {
			metric, ms = rest, ms+1 // "should lift bilateral trade to …": the verb is not what is measured
		}
		for _, al := range x.l.tradeAliases {
			if strings.HasSuffix(metric, al) && (len(metric) == len(al) || metric[len(metric)-len(al)-1] == ' ') {
				// "double the value of our trading partnership with India":
				// written in lower case, the pair's trade, as it is restated.
				metric = metric[:len(metric)-len(al)] + "trade"
				break
			}
		}
		pairLevel := false
		if metric == "" && x.bareLevel(toks, a) {
			metric = x.levelMeasured(prev)
			pairLevel = metric == "trade" || metric == "turnover" // both sides' level
		}
		if a.pron {
			// "Our bilateral trade is USD 56 billion. We have set a target
			// of doubling it by 2030": what the sentences measure.
			metric, ms, me = strings.TrimSpace(x.measured(prev)), a.pe, a.pe
		}
		sized, ours := false, false
		if m, our := x.itsSize(toks, a, prev); m != "" {
			ours = our
			metric, ms, me, sized = m, a.pe, a.pe, true // "… our procurement instrument, SAFE. It is EUR 150 billion."
		}
		// "boosting bilateral trade to $100 billion by 2025, …, and reaching
		// $150 billion by 2030": the next level of the measure before.
		if prevK == k-1 && k > 0 && prevT.Unit == a.unit && x.nextLevel(toks, ams[k-1], a) {
			metric, ms, me = prevT.Metric, a.ps, a.ps
		}
		share := false
		if metric == "" && prevK >= 0 && prevT.Unit == a.unit && x.shareOf(toks, ams[prevK], a) {
			// "a $698 million compact, supported with $649 million from A and
			// $49 million from B": each side's share of what the sum before names.
			metric, ms, me, share = prevT.Metric, a.pe, a.pe, true
		}
		if metric == "" && k > 0 && coordinatedLevel(toks, ams[k-1], a) {
			// "expected to soon hit $15 billion, and even $18 billion by
			// 2028": a further level of what the amounts before measure.
			if m := x.chainMeasure(toks, ams[:k], a.unit); m != "" {
				metric, ms, me = m, a.ps, a.ps
			}
		}
		if metric == "" && x.item != "" {
			metric, ms, me = x.item, a.ps, a.ps // "The Road Project (Phase 3): Dhubri bridge (JPY 34.54 billion)"
		}
		if metric == "" {
			continue
		}
		if metric == "volume" || metric == "value" {
			metric = x.measured(prev) + metric // "trade … the two sides are working to bring the volume up to $30 billion"
		}
		metric = x.powerMetric(metric, a.unit)
		if a.unit == "times" && !a.pron {
			metric, me = x.multiplied(toks, metric, ms, me)
		}
		if link := x.valuedAt(toks, a); link >= 0 && ms < link && !x.fundingWord(toks, ms, me) {
			// "This authorization is the tenth drawdown of equipment … and
			// is valued at …": the drawdown, not its equipment.
			if h := x.valuedHead(toks, link); h >= 0 && h < ms {
				if h+2 == ms && toks[h+1].f == "of" {
					metric, ms = x.text[toks[h].s:toks[me-1].e], h
				} else {
					metric, ms, me = x.text[toks[h].s:toks[h].e], h, h+1
				}
			}
		}
		// A multiplier (doubling trade) looks ahead by itself, and a sum of
		// money for a grant, package or programme is a funding commitment.
		current := dl != "" && !slices.ContainsFunc(dls, func(m mark) bool { return m.val == dl && !m.current })
		if deal < 0 && thanked == nil && !funded && !leadCue && !sized && !share && !part && !included && !x.governingCue(toks, a) && (dl == "" || current) && a.unit != "times" && !x.fundingAmount(toks, a, ms, me) && !x.selfGiving(toks, a) && !x.tariffLevel(toks, a, ms, me) && !x.quota(toks, a) && !x.goodsQuota(toks, a) && !(k > 0 && prevK == k-1 && coordinatedLevel(toks, ams[k-1], a)) {
			// (A further level of the goal just read, "to $5 billion, and
			// then up to $10 billion", is governed as that one is.)
			continue
		}
		if dl == "" {
			dl = x.thisYear(toks, a, segEnd) // "meeting the 2 per cent target this year"
		}
		own := dl != ""
		if dl == "" && ld.active {
			dl = ld.deadline
		}
		per := ""
		for _, p := range pers {
			// A period in the amount's own segment, or stated earlier in the
			// sentence ("for the 2026-30 period … growth of 10 per cent") —
			// unless the amount has its own deadline: "GDP per capita reaching
			// US$8,500 by 2030" is a goal for 2030, not for the period.
			if p.at < segEnd && (!own || p.at >= segStart) {
				per = p.val
			}
		}
		if per == "" {
			per = x.duration(toks, a, segStart, segEnd) // "$55 billion over the next three years"
			if per != "" && per != "annual" && x.annualHead(toks, a, ms, me) {
				per = "annual" // "the annual bilateral trade target of $15 billion within the next five years"
			}
		}
		if a.unit == "percent" && a.value == 100 && dl == "" && per == "" {
			continue // "the United States is with Japan 100 percent": a manner of speaking
		}
		if x.otherGiver(toks, a) || x.withOthers(toks, a) || x.multilateralGiver(toks, a) || x.allianceGoal(toks, a) {
			continue // "…, with the Acme Foundation providing an additional $3 million": no country's
		}
		holders := x.attributed(toks, a)
		if holders == nil {
			holders = x.holders(toks, a, metric, ms, me, ld.holders)
		}
		if b := x.buyerBefore(toks, prev); b != "" {
			holders = []string{b}
		}
		if ours {
			// "our instrument, SAFE. It is EUR 150 billion." is the
			// speaker's side's; unknown, no guess.
			if self := x.self(); self != "" {
				holders = []string{self}
			} else {
				continue
			}
		}
		if b := x.between(toks, ms, me); b != nil {
			holders = b // "10 billion US dollars in trade between China and Mongolia"
		} else if w := x.tradeWith(toks, a, ms, me); w != nil {
			holders = w // "the $200 billion target in bilateral trade with China"
		} else if w := x.tradeWithPartner(toks, a, metric); w != nil {
			holders = w // "Singapore will seek to grow trade with Indonesia to …"
		} else if pn := x.levelPair(pairLevel, toks, prev); pn != nil {
			holders = pn // "… to Vietnam, bilateral trade has grown …, with Brazil … The shared goal is to reach …"
		} else if ps := x.partiesOf(); pairLevel && len(ps) == 2 {
			holders = ps // a level of trade is the pair's
		} else if len(ps) == 2 && len(holders) == 1 && slices.Contains(ps, holders[0]) && x.pairTrade(toks, metric, ms, ps) {
			// "Luxon committed to bolster the trade revenue to US$3
			// billion": trade between the pair is both sides' level,
			// whichever side's leader states it.
			holders = ps
		}
		holders = x.givenTo(toks, a, metric, me, holders)
		holders = x.ownReceived(toks, a, metric, holders)
		holders = x.buyerOfOrigin(toks, a, ms, me, holders)
		if x.goodsQuota(toks, a) {
			holders = x.quotaHolder(toks, a, holders) // "a quota of 100,000 UK cars": the importer's
			// "the first 100,000 vehicles … each year": named as the quota
			// it is, as its restatements name it.
			metric = x.quotaName(toks, a, metric)
		}
		if deal >= 0 {
			if h := x.dealBuyer(toks, a, deal); h != nil {
				holders = h // the buyer of a deal signed at the visit (none: a purchase at home)
			}
		}
		holders = x.aidGiver(toks, a, metric, holders)
		holders = x.envoyGiver(toks, a, metric, holders)
		holders = x.lenderGiver(toks, a, metric, holders)
		if thanked != nil {
			holders = thanked // "thanked X for providing …": X gives
		}
		if received && giver != "" {
			holders = []string{giver} // "Ethiopia will receive $100 million from Korea"
		} else if received {
			holders = x.receiverPartner(recv.code) // "Israel will receive …": its partner gives
		}
		if c := x.l.currencyOf[a.unit]; (funded || fundedMetric(metric)) && c != "" && len(holders) == 2 && slices.Contains(holders, c) {
			// "grant aid of 600 million yen", signed by both; "the two leaders
			// welcomed … the yen loan (up to 30.4 billion yen)": Japan's money.
			holders = []string{c}
		} else if c != "" && (funded || fundedMetric(metric) || x.financedAt(toks, a, metric)) && x.l.donorCurrency[a.unit] && len(holders) == 1 && holders[0] != c && x.onlyReceives(toks, holders[0]) {
			// "The Exchange of Notes formalises a grant assistance of JPY
			// 100,000,000" in the recipient's release: still Japan's.
			holders = []string{c}
		}
		if part && (a.pe >= len(toks) || toks[a.pe].f != "from") {
			// (Not "$30 million from the European Investment Bank, and $15
			// million from British International Investment": each its source's.)
			holders = prevT.Holders // a part is the giver's as the first part is
		}
		if gapped != "" {
			holders = []string{gapped} // the donor named before the sum
		}
		if wholeHolders != nil {
			holders = wholeHolders // "It includes …": the whole's giver
		}
		holders = x.ownerGives(toks, a, holders)                     // "$348 million in additional U.S. humanitarian assistance"
		holders = x.recipientGives(toks, a, metric, funded, holders) // "the government secured a yen loan of …": Japan's
		holders = x.lenderSubject(toks, a, metric, funded, holders)  // "The Saudi Fund for Development signed … with A and B": Saudi Arabia's
		if h, end := x.mobility(toks, a, holders); end > 0 {
			holders = h
			if metric == toks[a.cs].f {
				metric = x.text[toks[a.cs].s:toks[end-1].e] // "people from Tuvalu to be able to come to Australia"
			}
		}
		if len(holders) == 0 && x.bloc && len(x.principals) == 0 {
			// "the Plan sets out an investment package of almost EUR 30
			// billion" in a Commission text naming no country: the EU's.
			if self := x.self(); self != "" {
				holders = []string{self}
			}
		}
		// (A share is a country's level, whoever is helped: "help Angolans
		// generate 75 percent of its clean energy".)
		if len(holders) == 0 || a.unit != "percent" && x.domestic(toks, holders) {
			continue
		}
		if c := x.holderDollar(toks, a, holders); c != "" {
			a.unit = c // "Canada will double … to $5.3 billion" in a foreign outlet: Canada's dollars
		}
		if c := x.l.dollarOf[a.unit]; a.coded && c != "" && c != "US" && !slices.Equal(holders, []string{c}) && slices.Contains(x.principals, c) && !x.bilateralNear(toks, a, ms, me) && !jointAmount(toks, a) && x.tradeWithPartner(toks, a, metric) == nil {
			// "CAD $1.2 billion" in a U.S. text is Canada's money, whoever
			// the sentence names first.
			holders = []string{c}
		}
		if name := x.programmeSubject(toks, prev); name != "" && !named(metric) && !strings.Contains(metric, name) {
			metric = name + " " + metric // "Global Gateway aims to mobilize …": what the programme mobilizes
		} else if !named(metric) {
			if name := x.programmeHere(toks, a, prev); name != "" && !strings.Contains(metric, name) {
				metric = name + " " + metric // "Power Africa will add …": the programme's megawatts
			}
		}
		if name := x.weLaunched(toks, prev); name != "" && !strings.Contains(metric, name) {
			metric = name + " " + metric // "We launched the Acme Agenda. We will bring €4 billion of investment …"
		}
		if t := x.topic(toks); t != "" && a.unit == "percent" && !strings.Contains(metric, " on ") && x.tariffNear(toks, a, ms, me) {
			metric += " on " + t // "For automobiles, … the total tariff rate to 15 percent"
			if c := x.counterpart(toks, a, ms, me, holders); c != "" && !strings.Contains(metric, c) {
				metric += " of " + c // "For any tariffs imposed on pharmaceuticals, … goods of Korea"
			}
		} else if c := x.counterpart(toks, a, ms, me, holders); c != "" && !strings.Contains(metric, c) {
			if g := x.tariffGoods(toks, me); g != "" && a.unit == "percent" && !strings.Contains(metric, " on ") {
				metric += " on " + g + " of " + c // "tariffs on automobiles, auto parts … of Korea"
			} else {
				metric += " on " + c // a tariff on goods of Japan is not one on goods of Korea
			}
		}
		if !sized && !share && !a.pron && deal < 0 {
			tailEnd := segEnd
			if k+1 < len(ams) && skipAside(toks, skipAside(toks, a.pe)) > ams[k+1].ps {
				// "165,319 million Japanese Yen (JPY) (approximately $1.27
				// billion) for the 2nd tranche of …": past the sum converted.
				tailEnd = len(toks)
				if k+2 < len(ams) {
					tailEnd = ams[k+2].ps
				}
			}
			metric = x.objectTail(toks, a, metric, ms, me, tailEnd) // "loan" → "loan to Zembla for the Coastal Highway Project"
		}
		if k > 0 && prevK == k-1 && ams[k-1].unit == "count" && x.l.currencies[a.unit] && len(prevT.Holders) > 0 && valuedAt(toks, ams[k-1].pe, a.ps) {
			// "Peru will purchase 30 aircraft worth $5 billion from the
			// United States": the sum prices the purchase just counted, of
			// the same buyer.
			holders = prevT.Holders
		}
		t := accord.Target{
			Metric: metric, Value: a.value, Unit: a.unit, Comparator: a.cmp,
			Deadline: dl, Period: per, Qualifier: x.spanQualifier(toks, a, segEnd),
			Holders: holders,
			Mentions: []accord.Evidence{{
				Article: x.id, Quote: x.text[sp.Start:sp.End], Start: sp.Start, End: sp.End, Published: x.published,
			}},
		}
		x.partAdd = part
		x.add(t)
		x.partAdd = false
		prevT, prevK = t, k
		prevWasPart = part
	}
}

// coordinatedLevel reports whether amount b follows amount a as another
// object of the same verb, only a comma, "and" or a word of degree between
// them: "hit $15 billion, and even $18 billion".
func coordinatedLevel(toks []token, a, b amount) bool {
	if a.unit != b.unit || a.pe >= b.ps {
		return false
	}
	and := false
	for _, t := range toks[a.pe:b.ps] {
		switch t.f {
		case "and", "or":
			and = true
		case ",", "even", "possibly", "eventually", "then", "later", "perhaps", "to", "up", "further":
		default:
			return false
		}
	}
	return and
}

// chainMeasure returns what the latest of amounts ams of unit measures, as
// metric reads it, going back over amounts of the same unit; "" if none
// names it.
func (x *extractor) chainMeasure(toks []token, ams []amount, unit string) string {
	for j := len(ams) - 1; j >= 0 && ams[j].unit == unit; j-- {
		if m, _, _ := x.metric(toks, ams[j]); m != "" {
			return m
		}
	}
	return ""
}

// shareOf reports whether amount b is a share of what amount a before it
// names, given "from" a country: only words of backing or listing stand
// between them ("$698 million …, supported with $649 million from A and $49
// million from B").
func (x *extractor) shareOf(toks []token, a, b amount) bool {
	if a.pe > b.ps || b.pe+1 >= len(toks) || toks[b.pe].f != "from" {
		return false
	}
	// Back from b to a, or to the comma that closes what a names.
	for i := b.ps - 1; i >= a.pe; i-- {
		switch t := toks[i]; {
		case t.f == ",":
			return true
		case t.f == "and" || t.f == "with" || t.f == "by" || t.f == "including" || backingVerbs[t.f]:
		case t.f == "from" || determiner[t.f] || t.f == "." || t.k == word && x.capital(t):
			// the share before, "from the United States"
		default:
			return false
		}
	}
	return true
}

// forTotal reports whether only ", for a total of" stands between amounts a
// and b.
func forTotal(toks []token, a, b amount) bool {
	if a.pe > b.ps {
		return false // a comparator widened b over a's end
	}
	var w []string
	for _, t := range toks[a.pe:b.ps] {
		if t.f != "," {
			w = append(w, t.f)
		}
	}
	return slices.Equal(w, []string{"for", "a", "total", "of"})
}

// add appends t unless the article stated it already: the same amount
// for a metric sharing a word, or for one sharing a proper name whoever the
// sentence makes its holder ("the grant of €60 million for the Green Economy
// Programme" after "the Green Economy Programme, a grant worth €60 million").
func (x *extractor) add(t accord.Target) {
	if x.item != "" && !strings.Contains(t.Metric, " ") {
		t.Metric = x.item // "Project" in "The Project for X (JPY 23.7 billion)"
	}
	// Compared by their metrics without the words objectTail added (a
	// long tail shares a word with any item of a fact sheet).
	tc := t
	tc.Metric = accord.MetricCore(t.Metric)
	tm := tc.Metric
	for i, o := range x.out {
		oc := o
		oc.Metric = accord.MetricCore(o.Metric)
		om := oc.Metric
		if otherObject(om, tm) {
			continue // "supply for power equipment" and "supply for substations": two items
		}
		if x.partAdd && o.Mentions[0].Start == t.Mentions[0].Start {
			continue // "$500,000 for A, and $500,000 to B": two parts of one sentence
		}
		if (x.partAdd || x.partKeys[partKey{o.Mentions[0].Start, o.Value}]) && om != tm && !shareName(om, tm) {
			// A part's metric is its package's kind ("provision",
			// "funding"): another sum of its size elsewhere restates it
			// only in the same words or by name.
			continue
		}
		if !slices.Equal(o.Holders, t.Holders) && len(o.Holders) > 0 && len(t.Holders) > 0 &&
			listItem(x.text, o.Mentions[0].Start) && listItem(x.text, t.Mentions[0].Start) && !shareName(om, tm) {
			continue // two items of a list of deals, of two firms' countries: two deals of one size
		}
		if x.item != "" && om != tm && !shareName(om, tm) && lineStart(x.text, o.Mentions[0].Start) != lineStart(x.text, t.Mentions[0].Start) {
			if x.itemName(o.Mentions[0].Start) != "" {
				continue // two projects of one list, of one size
			}
		}
		if rounded(o, t) && shareWord(om, tm) && slices.Equal(o.Holders, t.Holders) && compatible(o.Deadline, t.Deadline) && compatible(o.Period, t.Period) {
			// "nearly half a billion pounds of investment", then "£485
			// million of investment": one sum, stated round and exact.
			if o.Comparator == accord.Approx {
				t.Mentions = o.Mentions
				x.out[i] = t
				x.out[i].ID = targetID(t)
			}
			return
		}
		if o.Value == t.Value && o.Unit == t.Unit && compatible(o.Deadline, t.Deadline) && compatible(o.Period, t.Period) &&
			(shareWord(om, tm) && (slices.Equal(o.Holders, t.Holders) || x.l.currencies[t.Unit]) || shareName(om, tm) || x.bareRestated(oc, tc) || x.dealNamed(om) && x.dealNamed(tm) && slices.Equal(o.Holders, t.Holders) ||
				x.restatedByNames(o, t)) {
			if x.bareRestated(oc, tc) && bareMetric(om) {
				x.out[i].Metric = t.Metric // "support" restated as "business opportunities in the Philippines"
			}
			if o.Deadline == "" && t.Deadline != "" || headline(o.Mentions[0].Quote) && !headline(t.Mentions[0].Quote) {
				// A headline's "Target to Cut Pollution by 26-28 Percent"
				// restated with its deadline: the full statement stands.
				t.Mentions = o.Mentions
				x.out = slices.Delete(x.out, i, i+1)
				break
			}
			if x.out[i].Qualifier == "" {
				x.out[i].Qualifier = t.Qualifier // "… approximately 1 trillion yen level for over the next five years"
			}
			if !named(om) && named(tm) {
				x.out[i].Metric = t.Metric // "grant" restated as "grant for the Green Economy Programme"
			}
			if len(t.Holders) > len(o.Holders) && subset(o.Holders, t.Holders) {
				// "The Minister launched a $50 million initiative" restated
				// as "The UK and Qatar announced a joint $50 million
				// initiative": both hold it.
				x.out[i].Holders = t.Holders
				x.out[i].ID = targetID(x.out[i])
			}
			return
		}
	}
	t.ID = targetID(t)
	x.out = append(x.out, t)
	if x.partAdd {
		if x.partKeys == nil {
			x.partKeys = map[partKey]bool{}
		}
		x.partKeys[partKey{t.Mentions[0].Start, t.Value}] = true
	}
}

// partKey names a target added as a listed part: its sentence and value.
type partKey struct {
	start int
	value float64
}

// rounded reports whether one of two sums of one unit is the other
// rounded ("nearly half a billion" for 485 million): one approximate, the
// other exact, and the exact one rounded to the approximate one's
// significant digits is it ("nearly $900 million" is not "$1 billion"),
// the two within 6 %.
func rounded(a, b accord.Target) bool {
	if a.Unit != b.Unit || a.Value == b.Value || (a.Comparator == accord.Approx) == (b.Comparator == accord.Approx) {
		return false
	}
	if a.Comparator != accord.Approx && a.Comparator != accord.Eq || b.Comparator != accord.Approx && b.Comparator != accord.Eq {
		return false
	}
	if b.Comparator == accord.Approx {
		a, b = b, a
	}
	if a.Value <= 0 || b.Value <= 0 {
		return false
	}
	// The approximate value's last significant place: 500,000,000 → 1e8.
	place := math.Pow(10, math.Floor(math.Log10(a.Value)))
	for place >= 1 && math.Abs(a.Value/place-math.Round(a.Value/place)) < 1e-9 && math.Mod(math.Round(a.Value/place), 10) == 0 {
		place *= 10
	}
	for place > 1e-6 && math.Abs(a.Value/place-math.Round(a.Value/place)) > 1e-9 {
		place /= 10
	}
	return math.Abs(math.Round(b.Value/place)*place-a.Value) < 1e-9*a.Value && math.Abs(a.Value-b.Value) <= 0.06*a.Value
}

func targetID(t accord.Target) string {
	val := strconv.FormatFloat(t.Value, 'f', -1, 64)
	return accord.HashID("t", strings.Join(t.Holders, ","), accord.Fold(t.Metric), val, t.Unit, t.Deadline, t.Period)
}

// subset reports whether every element of a is in b.
func subset(a, b []string) bool {
	for _, s := range a {
		if !slices.Contains(b, s) {
			return false
		}
	}
	return true
}

// otherObject reports whether two metrics "X for A" and "X for B" fund
// objects that share fewer than half their words.
func otherObject(a, b string) bool {
	_, oa, ok1 := strings.Cut(a, " for ")
	_, ob, ok2 := strings.Cut(b, " for ")
	if !ok1 || !ok2 {
		// "tariff rate on automobiles" and "tariff rate imposed on Japan"
		_, oa, ok1 = strings.Cut(a, " on ")
		_, ob, ok2 = strings.Cut(b, " on ")
		if !ok1 || !ok2 {
			return false
		}
		// "tariff rate on pharmaceuticals of ROK" and "tariff rate on ROK":
		// the goods, not the country they come from, are the object.
		oa, _, _ = strings.Cut(oa, " of ")
		ob, _, _ = strings.Cut(ob, " of ")
	}
	wa, wb := strings.Fields(accord.Fold(oa)), strings.Fields(accord.Fold(ob))
	same := 0
	for _, w := range wa {
		if len(w) > 2 && slices.Contains(wb, w) {
			same++
		}
	}
	return 2*same < min(len(wa), len(wb))
}

// headline reports whether a sentence is written in title case, as
// headlines are: most of its longer words are capitalised.
func headline(s string) bool {
	caps, n := 0, 0
	for _, w := range strings.Fields(s) {
		if len(w) <= 3 {
			continue
		}
		n++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return n >= 3 && 3*caps >= 2*n
}

func compatible(a, b string) bool { return a == "" || b == "" || a == b }

// shareName reports whether two metrics share a capitalised word of four
// letters or more after their first word: a proper name of the object.
func shareName(a, b string) bool {
	fb := strings.Fields(b)
	for i, w := range strings.Fields(a) {
		if i == 0 || len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		for j, v := range fb {
			if j > 0 && v == w {
				return true
			}
		}
	}
	return false
}

// programmeSubject returns the name of a bloc's programme or institution
// that is the subject of a sentence ("Global Gateway aims to…"), or of the
// sentence before when this one starts with "It".
func (x *extractor) programmeSubject(toks []token, prev sentence.Span) string {
	if len(toks) > 0 && toks[0].f == "it" && prev.End > prev.Start {
		// The sentence before is tokenized into its own slice: toks stays valid.
		return x.programmeAt(tokenize(x.text, prev.Start, prev.End, nil))
	}
	return x.programmeAt(toks)
}

func (x *extractor) programmeAt(toks []token) string {
	i := 0
	for i < len(toks) && (toks[i].k == punct || determiner[toks[i].f]) {
		i++
	}
	end, code := x.l.countries.match(toks, i)
	if !strings.HasSuffix(code, "+") {
		return "" // not a programme: "The European Union will provide …" needs no prefix
	}
	return x.text[toks[i].s:toks[end-1].e]
}

// counterpart returns the country a tariff-like metric toks[ms:me] is
// levied on: the first country after a preposition in the sentence that is
// not a holder ("on originating goods of Indonesia", "imports from Japan").
func (x *extractor) counterpart(toks []token, a amount, ms, me int, holders []string) string {
	ok := false
	for _, t := range toks[ms:me] {
		ok = ok || x.l.counterpart[t.f]
	}
	if !ok {
		return ""
	}
	for _, m := range x.mentions(toks) {
		if slices.Contains(holders, m.code) || m.s < 1 {
			continue
		}
		p := m.s - 1
		if p > 0 && determiner[toks[p].f] {
			p--
		}
		if p < 0 || !preposition[toks[p].f] || toks[p].f == "by" {
			continue
		}
		if m.demonym {
			// "its tariff on Korean automobiles": the country by its name,
			// as "on goods of Korea" says it.
			if c, ok := knowledge.CountryByCode(m.code); ok && toks[p].f == "on" {
				return c.Name
			}
			continue
		}
		return x.text[toks[m.s].s:toks[m.e-1].e]
	}
	return ""
}

var copula = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// named reports whether a metric holds a capitalised word after its first:
// a proper name.
func named(m string) bool {
	for i, w := range strings.Fields(m) {
		if i > 0 && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// fundingAmount reports whether amount a is a sum of money for a grant,
// package, programme or pledge (its metric toks[ms:me] has such a head): a
// funding commitment, stated without a word of intent.
func (x *extractor) fundingAmount(toks []token, a amount, ms, me int) bool {
	if !x.l.currencies[a.unit] {
		return false
	}
	// "The EU is the largest provider of aid, with €50 billion a year"
	// describes; "the Digital Economy Package (€20 million)" names a size.
	if paren := bracketOpen(toks, a) >= 0; !paren {
		link := x.valuedAt(toks, a)
		if link >= 0 && x.valuedHead(toks, link) < 0 {
			link = -1 // "Our support is worth $60 billion": a description
		}
		// With a funding noun valued ("This authorization is the tenth
		// drawdown … and is valued at"), the copulas name and value it.
		for i, t := range toks[:a.ps] {
			if copula[t.f] && link < 0 && !x.progressive(toks, i+1) {
				return false // (not "We are boosting our contribution … with $1.4 billion")
			}
		}
	}
	for i, t := range toks[ms:me] {
		if x.l.funding[t.f] || ms+i+1 < me && x.l.funding[t.f+" "+toks[ms+i+1].f] || ms+i+2 < me && toks[ms+i+1].f == "of" && x.l.funding[t.f+" of "+toks[ms+i+2].f] {
			return true // a grant; an investment vehicle; a line of credit
		}
	}
	// "a line of credit of $1 billion", "a credit line of": the metric may
	// keep only the last word of the funding phrase.
	if ms >= 1 && ms < me && x.l.funding[toks[ms-1].f+" "+toks[ms].f] || ms >= 2 && ms < me && toks[ms-1].f == "of" && x.l.funding[toks[ms-2].f+" of "+toks[ms].f] {
		return true
	}
	if backedBy(toks, a) {
		return true // "an AI partnership supported by a combined $6.2 million"
	}
	if link := x.valuedAt(toks, a); link >= 0 && x.valuedHead(toks, link) >= 0 {
		return true // "This drawdown of equipment … is valued at up to $325 million"
	}
	// "the €50 million Coastal Resilience Partnership": an amount before a
	// proper name is the size of the programme so named.
	return ms == a.pe && me-ms >= 2 && x.capital(toks[ms]) && x.capital(toks[me-1])
}

// progressive reports whether toks[i] is the -ing form of a verb of giving
// or raising that makes the copula before it an auxiliary ("are boosting
// our contribution", "is extending"), not a description. (Not "is building
// a facility", "is leading an initiative": what a firm or office does.)
func (x *extractor) progressive(toks []token, i int) bool {
	if i >= len(toks) || toks[i].k != word || !strings.HasSuffix(toks[i].f, "ing") {
		return false
	}
	return x.l.giftVerbs[toks[i].f] || x.l.levelVerbs[toks[i].f]
}

// valuedAt returns where the copula stands in "is valued at (up to)", "is
// worth" right before amount a, else -1: the value of the thing the
// clause's subject names ("This drawdown … is valued at up to $325
// million"), not a description of it by a copula ("The EU is the largest
// provider of aid").
func (x *extractor) valuedAt(toks []token, a amount) int {
	p := a.ps
	for _, t := range []*trie{x.l.lteBefore, x.l.gteBefore, x.l.approxBefore} {
		if s, _ := t.matchBack(toks, p); s >= 0 {
			p = s
			break
		}
	}
	for i := max(1, p-4); i < p; i++ {
		// ("…, valued at $425 million": the same link as an appositive.)
		if end, _ := x.l.valueLinks.match(toks, i); end == p && (toks[i-1].f == "is" || toks[i-1].f == "are" || toks[i-1].f == "," && toks[i].f == "valued") {
			return i - 1
		}
	}
	return -1
}

// fundingWord reports whether toks[s:e] hold a funding noun.
func (x *extractor) fundingWord(toks []token, s, e int) bool {
	for i := s; i < e && i < len(toks); i++ {
		if x.l.funding[toks[i].f] {
			return true
		}
	}
	return false
}

// valuedHead returns the last funding noun of the clause before the copula
// at link ("This authorization is the tenth drawdown of equipment … and is
// valued at"), else -1.
func (x *extractor) valuedHead(toks []token, link int) int {
	for i := link - 1; i >= 0 && !clauseEnd(toks[i]); i-- {
		if x.l.funding[toks[i].f] && toks[i].f != "support" {
			return i
		}
	}
	return -1
}

// backedBy reports whether the amount is what backs a thing named before it:
// "cooperation supported by a combined $6.2 million", "an initiative with
// up to $16 million for research".
func backedBy(toks []token, a amount) bool {
	i := a.ps - 1
	for i >= 0 && (approxWord[toks[i].f] || toks[i].f == "a" || toks[i].f == "combined" || toks[i].f == "total" || toks[i].f == "an") {
		i--
	}
	if i >= 0 && toks[i].f == "with" {
		return a.cmp == "lte" && a.pe+1 < len(toks) && toks[a.pe].f == "for"
	}
	return i >= 1 && toks[i].f == "by" && backingVerbs[toks[i-1].f]
}

// backedThing returns the noun phrase before "supported by" an amount:
// what the money backs.
func (x *extractor) backedThing(toks []token, a amount) (string, int, int) {
	if !backedBy(toks, a) {
		return "", 0, 0
	}
	i := a.ps - 1
	for i >= 0 && toks[i].f != "by" && toks[i].f != "with" {
		i--
	}
	if toks[i].f == "by" {
		i--
	}
	for i > 0 && toks[i-1].f == ")" {
		// "(AI)" after the name
		k := i - 1
		for k > 0 && toks[k].f != "(" {
			k--
		}
		if k == 0 {
			break
		}
		i = k
	}
	s, e := x.npBack(toks, i, 0)
	if !x.valid(toks, s, e) {
		return "", 0, 0
	}
	return x.phrase(toks, s, e), s, e
}

// bareFunding reports whether a metric is only words for money: "grants",
// "new funding".
func (x *extractor) bareFunding(metric string) bool {
	ws := strings.Fields(accord.Fold(metric))
	for _, w := range ws {
		if !x.l.funding[w] && !further[w] && w != "new" {
			return false
		}
	}
	return len(ws) > 0
}

var backingVerbs = map[string]bool{"supported": true, "backed": true, "funded": true, "financed": true, "underpinned": true}

// shareWord reports whether two metrics share a word of three letters or
// more that is not a function word ("support for X" and "grant for Y" share
// none).
func shareWord(a, b string) bool {
	bw := strings.Fields(accord.Fold(b))
	stop := lexicon().stop
	for _, w := range strings.Fields(accord.Fold(a)) {
		if len(w) > 2 && !stop[w] && slices.Contains(bw, w) {
			return true
		}
	}
	return false
}

// hasCue reports whether toks[s:e] state a goal, plan or commitment.
func (x *extractor) hasCue(toks []token, s, e int) bool {
	for i := s; i < e; i++ {
		if end, _ := x.l.cues.match(toks, i); end > 0 || x.splitCue(toks, i) > 0 {
			return true
		}
		// "in a bid to soon raise": an infinitive split by an adverb is
		// the cue without it.
		if toks[i].f == "to" && i+2 < len(toks) && (x.l.adverbs[toks[i+1].f] || strings.HasSuffix(toks[i+1].f, "ly") && len(toks[i+1].f) > 4) {
			joined := append([]token{toks[i]}, toks[i+2:min(len(toks), i+6)]...)
			if end, _ := x.l.cues.match(joined, 0); end > 0 {
				return true
			}
		}
	}
	return false
}

// governingCue reports whether a cue of the sentence may govern amount a:
// any cue, except one opening a relative clause after the amount ("a $25
// million loan for a plant that will help"), whose subject is the noun
// before it, not the amount's holder.
func (x *extractor) governingCue(toks []token, a amount) bool {
	for i := range toks {
		end, _ := x.l.cues.match(toks, i)
		if end <= 0 {
			end = x.splitCue(toks, i) // "is also providing"
		}
		if end <= 0 {
			continue
		}
		if i > a.pe && relative[toks[i-1].f] {
			continue
		}
		return true
	}
	return x.levelSought(toks, a)
}

// levelSought reports whether a level verb in its base or -ing form takes
// the amount after "to" in the same clause: "should take measures to soon
// lift the annual bilateral trade to 10 billion USD", "the importance of
// increasing bilateral trade to $5 billion". Not after an article ("the
// increase to $5 billion", a noun) nor a perfect ("has increased": past
// forms are no level verbs), nor a result after a comma (", bringing the total to").
func (x *extractor) levelSought(toks []token, a amount) bool {
	return x.levelVerbOf(toks, a) >= 0
}

// levelVerbOf returns where the level verb levelSought finds stands, or -1.
func (x *extractor) levelVerbOf(toks []token, a amount) int {
	if a.ps < 3 || toks[a.ps-1].f != "to" || a.pe < len(toks) && toks[a.pe].f == "of" {
		return -1 // "to 95 percent of the population": a share, whose measure is elsewhere
	}
	for v := a.ps - 2; v >= 0 && a.ps-v <= 12 && !clauseEnd(toks[v]) && toks[v].f != ","; v-- {
		if !x.l.levelVerbs[toks[v].f] {
			continue
		}
		if v > 0 && (x.l.determiners[toks[v-1].f] || x.l.perfect[toks[v-1].f] || x.l.conditional[toks[v-1].f] || toks[v-1].f == "an" || toks[v-1].f == "a") || x.resultClause(toks, v) {
			return -1 // "the increase to", "has raised", ", bringing the total to": no level sought
		}
		return v
	}
	return -1
}

var relative = map[string]bool{"that": true, "which": true, "who": true}

// year returns the year a token stands for, or 0.
func year(t token) int {
	if t.k != num || !t.whole || len(t.f) != 4 || t.v < 1900 || t.v > 2100 {
		return 0
	}
	return int(t.v)
}

// deadlines finds "by 2030", "by the end of 2027", "before 2030",
// "by August 12, 2025" (strong) and "in 2026" (weak) in a sentence.
func (x *extractor) deadlines(toks []token) []mark {
	var out []mark
	for k, t := range toks {
		// "£2.3 billion in military aid next year", "by next year": the
		// year after publication.
		// ("over the next year" is twelve months from now, not a year.)
		if t.f == "next" && k+1 < len(toks) && toks[k+1].f == "year" && x.pubYear > 0 && (k == 0 || toks[k-1].f != "the") && (k+2 == len(toks) || toks[k+2].f != "'s" && toks[k+2].f != "’s") {
			strong := k > 0 && (toks[k-1].f == "by" || toks[k-1].f == "until" || toks[k-1].f == "before")
			out = append(out, mark{at: k + 1, val: strconv.Itoa(x.pubYear + 1), strong: strong})
			continue
		}
		// "aim to boost this figure to US$18 billion by year-end": the
		// year of publication, as "by the end of this year" is.
		if (t.f == "by" || t.f == "before") && x.pubYear > 0 && decadeEnd(toks, k+1) {
			out = append(out, mark{at: k + 5, val: strconv.Itoa(decadeEndYear(x.pubYear)), strong: true})
			continue
		}
		if t.f == "by" && x.pubYear > 0 && yearEnd(toks, k+1) {
			out = append(out, mark{at: k + 1, val: strconv.Itoa(x.pubYear), strong: true, current: true})
			continue
		}
		// "$2 billion this year and $3 billion by 2026": the year of
		// publication, a time of that goal's own ("earlier this year" is
		// past: when something was done, no goal's year). Like the
		// current fiscal year, it dates a goal but makes none.
		if t.f == "this" && k+1 < len(toks) && toks[k+1].f == "year" && x.pubYear > 0 && (k == 0 || toks[k-1].f != "earlier") && (k+2 == len(toks) || toks[k+2].f != "'s" && toks[k+2].f != "’s") {
			strong := k > 0 && (toks[k-1].f == "by" || toks[k-1].f == "within")
			out = append(out, mark{at: k + 1, val: strconv.Itoa(x.pubYear), strong: strong, current: true}) // a year that makes no sum a goal by itself ("are going to spend 2 percent … this year")
			continue
		}
		y := year(t)
		if fiscalYear(t) {
			// "by 2033-34": a fiscal year, which ends in its second year.
			if s, _ := x.l.deadline.matchBack(toks, k); s >= 0 {
				out = append(out, mark{at: k, val: strconv.Itoa(int(t.v2)), strong: true})
			}
			continue
		}
		if y == 0 {
			continue
		}
		j := k
		fiscal := false
		// Step back over a fiscal year's name: "in Japanese Fiscal Year
		// (JFY) 2027", "by FY 2030".
		for n := 0; n < 6 && j > 0; n++ {
			p := toks[j-1]
			switch {
			case p.f == "fiscal" || p.f == "financial" || p.f == "fy" || p.k == word && strings.HasSuffix(p.f, "fy") && len(p.f) <= 4:
				fiscal = true
			case p.f == "year" || p.f == "(" || p.f == ")":
			case fiscal && p.k == word && x.capital(p) && p.f != "in" && p.f != "by":
				// "Japanese" before "Fiscal Year" (not a sentence's "In")
			default:
				n = 6
				continue
			}
			j--
		}
		if !fiscal {
			j = k
		}
		// Step back over a day and month: by August 12, 2025.
		for n := 0; n < 3 && j > 0; n++ {
			p := toks[j-1]
			if p.f == "," || p.k == num && p.whole && p.v <= 31 || p.k == word && x.l.months[p.f] {
				j--
				continue
			}
			break
		}
		if s, _ := x.l.deadline.matchBack(toks, j); s >= 0 || j == k && k+1 < len(toks) && x.l.goalNouns[toks[k+1].f] {
			// by 2030; "Our 2035 target – 50 per cent below 2005 levels":
			// the year naming a goal is its deadline (a past one, a past goal).
			out = append(out, mark{at: k, val: strconv.Itoa(y), strong: true})
		} else if (j == k || fiscal) && j > 0 && toks[j-1].f == "in" && (x.pubYear == 0 || y >= x.pubYear) {
			// a budget's fiscal year is its deadline; the current one may
			// be what was done in it ("In FY 2024, the Board approved").
			out = append(out, mark{at: k, val: strconv.Itoa(y), strong: fiscal, current: fiscal && y == x.pubYear})
		}
	}
	return out
}

// pickDeadline chooses the deadline of an amount: a strong one in its own
// segment of the sentence, after it then before it, then one stated earlier
// in the sentence (it governs what follows); a weak one only right after it.
// past reports a strong deadline before the article's year.
func pickDeadline(toks []token, dls []mark, a amount, segStart, segEnd, pubYear int) (dl string, past bool) {
	pick := func(m mark) (string, bool) {
		y, _ := strconv.Atoi(m.val)
		return m.val, pubYear > 0 && y < pubYear
	}
	for k, m := range dls {
		if m.strong && m.at >= a.pe && m.at < segEnd {
			// "a 50 percent cut in 2030 and to reach net zero by 2050":
			// the year right after the amount is its own; the strong one
			// after "and" belongs to the next goal.
			for _, w := range dls[:k] {
				if !w.strong && w.at >= a.pe && w.at-a.pe <= 12 && slices.ContainsFunc(toks[w.at:m.at], func(t token) bool { return t.f == "and" }) {
					return pick(w)
				}
			}
			return pick(m)
		}
	}
	for i := len(dls) - 1; i >= 0; i-- {
		if m := dls[i]; m.strong && m.at < a.ps {
			if closesOtherGoal(toks, m.at, a.ps) {
				break
			}
			return pick(m)
		}
	}
	for _, m := range dls {
		if !m.strong && m.at >= a.pe && m.at < segEnd && (m.at-a.pe <= 8 || m.at-a.pe <= 16 && lastWord(toks, m.at, segEnd)) {
			// "to provide $N to support A and B in the region in 2026.":
			// a year closing the sentence after the purpose is the sum's.
			return pick(m)
		}
	}
	return "", false
}

// closesOtherGoal reports whether the deadline at toks[at] ends a goal of
// its own before the amount at toks[ps]: "doubling trade by 2030 and
// announcing £1 billion of new investment", "quadrupling solar power by
// 2025, …, and promoting green finance through a $2 billion programme":
// a clause coordinated after the deadline, opened by a gerund, states
// another commitment, which the deadline does not date. A deadline opening
// the sentence ("By 2030, expanding …") governs what follows.
func closesOtherGoal(toks []token, at, ps int) bool {
	if at < 3 {
		return false
	}
	for i := at + 1; i+1 < ps; i++ {
		if toks[i].f != "and" && toks[i].f != "," {
			continue
		}
		j := i + 1
		if j+1 < ps && strings.HasSuffix(toks[j].f, "ly") && toks[j].k == word {
			j++ // ", actively investing"
		}
		if g := toks[j]; g.k == word && len(g.f) > 5 && strings.HasSuffix(g.f, "ing") && !nonVerbIng[g.f] {
			return true
		}
	}
	return false
}

// nonVerbIng are -ing words that open no clause of their own: "and
// including $5 million", "according to".
var nonVerbIng = map[string]bool{"including": true, "according": true, "following": true, "regarding": true,
	"concerning": true, "excluding": true, "during": true, "funding": true, "financing": true, "training": true,
	"building": true, "housing": true, "shipbuilding": true, "spending": true, "lending": true, "remaining": true}

// conversion reports whether amount b restates amount a before it in
// another currency after ", or" ("¥27.5 billion in loans, or about $200
// million") or an "or" right after it, as a bracket does.
func (x *extractor) conversion(toks []token, a, b amount) bool {
	if a.unit == b.unit || !x.l.currencies[a.unit] || !x.l.currencies[b.unit] || b.ps <= a.pe || b.ps-a.pe > 7 {
		return false
	}
	q := b.ps - 1
	for q > a.pe && (toks[q].f == "approximately" || toks[q].f == "about" || toks[q].f == "around" || toks[q].f == "roughly" || toks[q].f == "some" || toks[q].f == "nearly") {
		q--
	}
	// "¥50 billion or US$500 million": "or" right after the sum converts it
	// as ", or" does.
	return q >= a.pe && toks[q].f == "or" && (q == a.pe || toks[q-1].f == ",")
}

// baselineYear reports whether the past year at toks[i] dates the baseline
// a goal is raised from, not amount a: "to £40 billion by 2030 from £24
// billion in 2022", "from £24 billion in 2022 to £40 billion by 2030".
func baselineYear(toks []token, i int, a amount) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		switch toks[k].f {
		case "from":
			// Another amount's "from": the year after a with its "from"
			// after a too, or the year before a.
			return k >= a.pe || i < a.ps
		case "to", ".", ";", "by":
			return false
		}
	}
	return false
}

// futureDeadline reports whether "by", "before" or "until" a year not yet
// past follows amount a closely: the goal's own deadline ("to £40 billion
// by 2030"), which a result ("to 14% in 2022") lacks.
func futureDeadline(toks []token, a amount, pubYear int) bool {
	for k := a.pe; k+1 < len(toks) && k < a.pe+4; k++ {
		if f := toks[k].f; (f == "by" || f == "before" || f == "until") && year(toks[k+1]) >= pubYear && pubYear > 0 {
			return true
		}
	}
	return false
}

// shareApposition reports whether percent amount b stands in apposition
// to amount a before it ("$5.2 billion to the fund, approximately 40
// percent of the total contributions"): the share a is of a whole, not a
// goal of its own.
func shareApposition(toks []token, a, b amount) bool {
	if b.unit != "percent" || b.pe >= len(toks) || toks[b.pe].f != "of" || b.ps <= a.pe {
		return false
	}
	q := b.ps - 1
	for q > a.pe && (toks[q].f == "approximately" || toks[q].f == "about" || toks[q].f == "around" || toks[q].f == "roughly" || toks[q].f == "nearly" || toks[q].f == "some" || toks[q].f == "or") {
		q--
	}
	return toks[q].f == "," || toks[q].f == "(" || toks[q].f == "–" || toks[q].f == "—"
}

// nextLevel reports whether amount b is the object of a verb of reaching
// ("reaching", "to reach") joined by "and" to the goal of amount a before
// it in the sentence, with no noun of its own between the verb and b.
func (x *extractor) nextLevel(toks []token, a, b amount) bool {
	v := b.ps - 1
	if v <= a.pe || !x.l.reachVerbs[toks[v].f] {
		return false
	}
	for _, t := range toks[a.pe:v] {
		if t.f == "and" {
			return true
		}
		if t.f == "." || t.f == ";" {
			return false
		}
	}
	return false
}

// fiscalYear reports whether t is a year range one year long, a fiscal
// year: 2033-34.
func fiscalYear(t token) bool {
	return t.k == rng && t.v >= 1900 && t.v2 == t.v+1 && t.v2 <= 2100
}

// periods finds "2026-30", "2021–2025", "from 2026 to 2030", "between
// 2026 and 2030" and fiscal years "from 2018-19 to 2022-23".
func (x *extractor) periods(toks []token) []mark {
	var out []mark
	skip := -1
	for k, t := range toks {
		switch {
		case k == skip:
			// the closing fiscal year of "from 2018-19 to 2022-23", taken below
		case fiscalYear(t) && k+2 < len(toks) && toks[k+1].f == "to" && fiscalYear(toks[k+2]) && toks[k+2].v > t.v:
			// "from 2018–2019 to 2022–2023": fiscal years spanning the
			// first one's start to the last one's end.
			out = append(out, mark{at: k, val: strconv.Itoa(int(t.v)) + "-" + strconv.Itoa(int(toks[k+2].v2))})
			skip = k + 2
		// (Not "by 2033-34", a deadline, nor "over four years, starting in
		// 2024-25", the first year of a longer span.)
		case t.k == rng && t.v >= 1900 && t.v2 > t.v && t.v2 <= 2100 && !(fiscalYear(t) && k > 0 && toks[k-1].f == "by") && !(fiscalYear(t) && spanStart(toks, k)):
			out = append(out, mark{at: k, val: strconv.Itoa(int(t.v)) + "-" + strconv.Itoa(int(t.v2))})
		case year(t) > 0 && k+2 < len(toks) && year(toks[k+2]) > year(t) &&
			(toks[k+1].f == "to" || toks[k+1].f == "and" && k > 0 && toks[k-1].f == "between"):
			out = append(out, mark{at: k, val: strconv.Itoa(year(t)) + "-" + strconv.Itoa(year(toks[k+2]))})
		}
	}
	return out
}

// spanStart reports whether the year at toks[k] opens a longer span:
// "starting in 2024-25", "beginning in", "from 2024-25".
func spanStart(toks []token, k int) bool {
	if k > 0 && toks[k-1].f == "from" {
		return true
	}
	return k > 1 && toks[k-1].f == "in" && (toks[k-2].f == "starting" || toks[k-2].f == "beginning")
}

// statistic reports whether an amount is a reported figure: a word such as
// "recorded", "last year", "since" near it in its clause, or a past year
// after it ("recorded in 2024").
func (x *extractor) statistic(toks []token, a amount) bool {
	if bracketOpen(toks, a) >= 0 && a.pe < len(toks) && toks[a.pe].f == ")" {
		return false // "the Digital Economy Package (€20 million)": the size of what is named
	}
	if a.pe+1 < len(toks) && toks[a.pe].f == "in" && toks[a.pe+1].f == "total" && !x.futureBefore(toks, a.ps) {
		return true // "is providing more than $1 billion in total assistance": a running total
	}
	// "to which the EU pledged €10 billion in 2024": a pledge, made in a past
	// year, is still a commitment ("already committed" is caught below).
	pledge := a.ps > 0 && x.l.perfectCues[toks[a.ps-1].f]
	if x.goalInfinitive(toks, a) {
		return false // "the pledge the President made earlier this year to donate 500 million doses"
	}
	// "…, up 12.6 percent from 2018", "down 5 percent year-on-year": a
	// change told beside a report.
	if a.ps >= 2 && (toks[a.ps-1].f == "up" || toks[a.ps-1].f == "down") && (toks[a.ps-2].f == "," || a.pe < len(toks) && (toks[a.pe].f == "from" || toks[a.pe].f == "over" || toks[a.pe].f == "compared")) {
		return true
	}
	cs, ce := a.ps, a.pe
	for cs > 0 && a.ps-cs < 10 && !clauseEnd(toks[cs-1]) && !x.resultClause(toks, cs) {
		cs--
	}
	for ce < len(toks) && ce-a.pe < 10 && !clauseEnd(toks[ce]) && !asideAt(toks, ce) && !x.ownClause(toks, ce) {
		ce++
	}
	// Money denied, withheld or delayed is no commitment: "decided to deny
	// Egypt $95 million in aid and to delay another $195 million" (a tariff
	// suspended or delayed is a concession, and stays).
	for i := cs; i < a.ps && x.l.currencies[a.unit]; i++ {
		if end, _ := x.l.withheld.match(toks, i); end > 0 && end <= a.ps {
			return true
		}
	}
	if x.comingSpan(toks, a.pe) {
		return false // "to $5.3 billion over the next five years": a pledge
	}
	if x.sizesWant(toks, a) {
		return true // "to help narrow the $40+ trillion infrastructure need"
	}
	if x.sinceTotal(toks, cs, a) {
		return true // "Since 2014, the United States has committed more than $8.8 billion": a running total
	}
	// A plan between a report and the amount governs it: "has invested and
	// plans to provide at least $1.1 billion".
	plan := cs
	for i := a.ps - 1; i > cs; i-- {
		if end, _ := x.l.cues.match(toks, i); end > 0 && end <= a.ps && !x.reportedCue(toks, i) && toks[i].f != "to" && !describesFromLevel(toks, i) {
			// Not "has already committed €66 billion", a report, nor "grown
			// by 25 percent in 2023 to reach $4 billion", a result.
			plan = i
			break
		}
		// "Trade reached $800 million in 2014 and is expected to reach
		// $1.7 billion by 2020": a second verb of the subject, in the
		// present or future, is not the report before it.
		// (Not "… and is expected to reach $40 billion this year": a
		// forecast of the year under way; a level of a later year is a goal.)
		if toks[i].f == "and" && i+1 < a.ps && (presentAux[toks[i+1].f] && x.laterYearIn(toks, a.pe, ce) || x.valuedAt(toks, a) == i+1) {
			// (Also "the tenth drawdown since 2021 and is valued at up to $X":
			// the second verb values what the subject is now; the "since"
			// counts drawdowns, it reports no sum.)
			plan = i + 1
			break
		}
		if toks[i].f == "," && x.valuedAt(toks, a) == i {
			plan = i // "our 31st drawdown … since August 2021, valued at $425 million"
			break
		}
		if toks[i].f == "," && setApartOf(toks, i, a) {
			plan = i // "our thirteenth drawdown … since August 2021, of up to $450 million"
			break
		}
	}
	if e := x.expectedAhead(toks, a); e > plan {
		plan = e // "reached $13 billion in 2023 and is expected to hit $18 billion by 2028"
	}
	for i := plan; i < ce; i++ {
		if i >= a.i && i < a.j {
			continue
		}
		if end, _ := x.l.forecasts.match(toks, i); end > 0 && end <= a.ps {
			return true
		}
		if i < a.ps && x.l.perfect[toks[i].f] && x.perfectReport(toks, i+1, a.ps) && !backedBy(toks, a) {
			// (Not "has launched a programme supported by $4 million": the
			// sum backs what is launched.)
			return true
		}
		if end, _ := x.l.levelAfter.match(toks, i); end > 0 && i >= a.pe {
			break // "to 15 percent, down from 25 percent": the new level
		}
		if i >= a.pe && toks[i].f == "from" && slices.ContainsFunc(x.ams, func(b amount) bool { return b.ps > i && raisedFrom(toks, a, b) }) {
			break // "to $3 billion by 2026 from $1.3 billion recorded in 2023": the report is the baseline's
		}
		if end, _ := x.l.factorBases.match(toks, i); end > 0 && a.unit == "times" && i >= a.pe {
			// "to double the number of participants compared to the
			// previous fiscal year": what the factor multiplies, not a report.
			break
		}
		if i >= a.pe && comparedBaseline(toks, i) && futureDeadline(toks, a, x.pubYear) {
			break // "cut emissions by 68 per cent by 2030 compared with 1990 levels": a goal's baseline
		}
		if end, _ := x.l.stats.match(toks, i); end > 0 && !x.notReport(toks, i, end) && !x.backshifted(toks, i) && !x.inName(toks, end) && !x.shareGoal(toks, i, a) && !x.baselineStat(toks, i, end, a) {
			if end == a.ps && (toks[i].f == "previous" || toks[i].f == "previously" || toks[i].f == "prior") && x.committedAfter(toks, a.pe) {
				continue // "Japan's previous $550 billion investment commitment": restated, not done
			}
			if toks[i].f == "prior" && end < len(toks) && toks[end].f == "to" {
				continue // "in place prior to the arrival of …": a time, not a past sum
			}
			if end == i+1 && x.l.perfectCues[toks[i].f] && x.afterHave(toks, i) && x.looksAhead(toks, a) {
				// "has (also) allocated $470 million … over the next four
				// years": set aside for what is to come, as "has committed";
				// without a span ahead, an allocation is what was spent.
				continue
			}
			return true
		}
		if i > 0 && x.pubYear > 0 && !pledge {
			if y := year(toks[i]); y > 0 && y < x.pubYear && !(baselineYear(toks, i, a) && futureDeadline(toks, a, x.pubYear)) {
				p := i - 1
				if p > 0 && x.l.months[toks[p].f] {
					p-- // in July 2022
				}
				switch toks[p].f {
				case "of":
					if p > 0 && x.l.statutes[toks[p-1].f] && x.capital(toks[p-1]) {
						break // "the Trade Expansion Act of 1962": a law's name
					}
					return true
				case "in", "since", "during", "for":
					return true
				}
			}
		}
	}
	return false
}

// expectedAhead returns where "expected to" starts when it takes amount a
// as the level to reach by a year after the article's ("two-way trade
// reached $13 billion in 2023, and is expected to hit $18 billion by
// 2028", "expected to soon reach $15 billion, and even $18 billion by
// 2028"): a level set years ahead is a goal, and the report before it in
// the sentence is not its. A level expected this year or with no year
// ("by the end of this year", "soon") stays a forecast. Else -1.
func (x *extractor) expectedAhead(toks []token, a amount) int {
	if x.pubYear == 0 || !futureDeadline(toks, a, x.pubYear+1) {
		return -1
	}
	for i := a.ps - 1; i > 1 && i >= a.ps-14; i-- {
		if clauseEnd(toks[i]) {
			return -1
		}
		if !x.l.reachVerbs[toks[i].f] {
			continue
		}
		k := i - 1
		if k > 0 && (x.l.adverbs[toks[k].f] || toks[k].f == "soon") {
			k-- // "expected to soon hit"
		}
		if k > 0 && toks[k].f == "to" && toks[k-1].f == "expected" {
			return k - 1
		}
		return -1
	}
	return -1
}

// inName reports whether a phrase ending at toks[end-1] ends inside a
// capitalised name: "as part of Global Gateway", "with the support of the
// World Bank" name a programme or a body, not a share "of global" trade.
func (x *extractor) inName(toks []token, end int) bool {
	return end >= 2 && end < len(toks) && x.capital(toks[end-1]) && x.capital(toks[end]) && toks[end-1].k == word && toks[end].k == word
}

// looksAhead reports whether a span of years still to come follows amount
// a in its clause: "$470 million in additional aid to the region over the
// next four years".
func (x *extractor) looksAhead(toks []token, a amount) bool {
	for q := a.pe; q < len(toks) && q < a.pe+12; q++ {
		if clauseEnd(toks[q]) || toks[q].f == "." {
			return false
		}
		if s, ok := x.span(toks, q); ok && s != "" {
			return true
		}
	}
	return false
}

// afterHave reports whether the participle at toks[i] follows "has" or
// "have", adverbs allowed between ("has also allocated"): a present
// perfect, not a past report ("had", or the simple past).
func (x *extractor) afterHave(toks []token, i int) bool {
	k := i - 1
	for k > 0 && x.l.adverbs[toks[k].f] {
		k--
	}
	return k >= 0 && (toks[k].f == "has" || toks[k].f == "have")
}

// backshifted reports whether "was" or "were" at toks[i] is the tense of
// reported speech moved back from a commitment in progress: "The High
// Commissioner said that Britain was extending £3 million" reports "Britain
// is extending £3 million", as a cue of its own ("is extending") says;
// without a reporting verb before it in the sentence, "was providing" is
// what was done.
func (x *extractor) backshifted(toks []token, i int) bool {
	if (toks[i].f != "was" && toks[i].f != "were") || i+1 >= len(toks) {
		return false
	}
	if end, _ := x.l.cues.match([]token{{f: "is", k: word}, toks[i+1]}, 0); end != 2 {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		if x.l.reporting[toks[k].f] {
			return true
		}
		if toks[k].f == "." || toks[k].f == ";" {
			return false
		}
	}
	return false
}

// goalInfinitive reports whether amount a is the object of an infinitive
// that a pledge or goal noun before it governs ("the pledge … made at the
// summit earlier this year to donate 500 million doses"): when the pledge
// was made does not make the sum a report.
func (x *extractor) goalInfinitive(toks []token, a amount) bool {
	return x.goalNounOf(toks, a) >= 0
}

// goalNounOf returns where the pledge or goal noun governing amount a
// through an infinitive stands, or -1.
func (x *extractor) goalNounOf(toks []token, a amount) int {
	k := a.ps - 1
	if k < 1 || toks[k].k != word || toks[k-1].f != "to" {
		return -1
	}
	for i := k - 2; i >= 0 && k-i <= 14; i-- {
		if f := toks[i].f; f == ";" || f == "." || f == ":" {
			return -1
		}
		if x.l.goalNouns[toks[i].f] {
			return i
		}
	}
	return -1
}

// dealObject returns what a bare deal ("a separate deal valued at …", "a
// new contract worth …") buys, from the verb of buying before it: "will
// purchase Acme engines in a separate deal" is the purchase of Acme engines.
func (x *extractor) dealObject(toks []token, metric string, ms int) (string, int, int) {
	f := strings.Fields(accord.Fold(metric))
	if len(f) == 0 || len(f) > 3 || !x.l.dealNouns[f[len(f)-1]] {
		return "", 0, 0
	}
	for i := 0; i+1 < ms; i++ {
		n := x.l.nominal[toks[i].f]
		if n != "purchase" && n != "procurement" {
			continue
		}
		k := i + 1
		for k < ms && determiner[toks[k].f] {
			k++
		}
		if s, e := x.npForward(toks, k); x.valid(toks, s, e) && e <= ms {
			return n + " of " + x.phrase(toks, s, e), s, e
		}
	}
	return "", 0, 0
}

// otherGiver reports whether amount a is given by a party the sentence
// adds in a "with … providing" phrase that names no country: a foundation's
// or a firm's share beside a government's commitment.
func (x *extractor) otherGiver(toks []token, a amount) bool {
	w := -1
	for i := a.ps - 1; i > 0 && a.ps-i <= 12; i-- {
		if toks[i].f == "with" && toks[i-1].f == "," {
			w = i
			break
		}
		if clauseEnd(toks[i]) {
			return false
		}
	}
	if w < 0 {
		return false
	}
	giving := false
	for _, t := range toks[w+1 : a.ps] {
		giving = giving || t.k == word && strings.HasSuffix(t.f, "ing") && x.l.nominal[strings.TrimSuffix(t.f, "ing")] != "" || t.f == "providing" || t.f == "contributing" || t.f == "giving"
	}
	if !giving {
		return false
	}
	for _, m := range x.mentions(toks[w+1 : a.ps]) {
		if !m.demonym {
			return false // "with the UK committing £20 million": the UK's
		}
	}
	return true
}

// buyerBefore returns the country of the buyer of a sentence that opens with
// the seller's name on the deal ("The Acme commitment is valued at $3
// billion", "The Acme order includes …") after a sentence naming the firm
// that placed it ("Zeta Air announced a purchase of 40 Acme aircraft"): the
// buyer commits, not the seller. "" if that is not the case.
func (x *extractor) buyerBefore(toks []token, prev sentence.Span) string {
	if prev.End <= prev.Start {
		return ""
	}
	seller := ""
	for i := 0; i < len(toks) && i < 3 && seller == ""; i++ {
		fe, fc := x.l.firms.match(toks, i)
		if fe > 0 && fe < len(toks) && x.capital(toks[i]) && x.l.dealNouns[toks[fe].f] {
			seller = fc
		}
	}
	if seller == "" {
		return ""
	}
	for _, m := range x.mentions(tokenize(x.text, prev.Start, prev.End, nil)) {
		if m.firm && m.code != seller {
			return m.code
		}
	}
	return ""
}

// laterYearIn reports whether a year after the article's stands in
// toks[from:to].
func (x *extractor) laterYearIn(toks []token, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		if y := year(toks[i]); y > 0 && x.pubYear > 0 && y > x.pubYear {
			return true
		}
	}
	return false
}

// presentAux open a verb phrase in the present or the future after "and".
var presentAux = map[string]bool{"is": true, "are": true, "will": true, "would": true, "shall": true, "aims": true, "aim": true, "hopes": true, "seeks": true}

// partOfReport reports whether the words between a reported amount and the
// next one make the next a part of the first ("has provided $6 billion, which
// includes $2 billion for health and over $1 billion for growth"): an
// inclusion word, or after a part (chained) the next item of the list, and
// no new subject or word of intent.
func (x *extractor) partOfReport(toks []token, from, to int, chained bool) bool {
	part := false
	for i := from; i < to; i++ {
		switch f := toks[i].f; {
		case f == "which" || f == "includes" || f == "include" || f == "including" || f == "included":
			part = true
		case chained && (f == "and" || f == ","):
			part = true // the next item of the parts listed
		case f == "will" || f == "shall" || f == ";" || x.l.subjVerbs[f] && f != "includes":
			return false
		}
	}
	return part
}

// runningTotal reports whether the amount is a total an order or a sum is
// brought to ("bringing its total order this year to more than 150 aircraft",
// "brings the total to $3 billion"): a sum of what was done, not a new goal.
func (x *extractor) runningTotal(toks []token, a amount) bool {
	if a.unit == "percent" || a.unit == "times" {
		return false // "bringing the total tariff rate to 12 percent": a rate set
	}
	if x.withThisFunding(toks, a) {
		return true // "With this new assistance, the United States is providing more than $132 million in fiscal year 2012"
	}
	if x.fundingBrings(toks, a) {
		return true // "The additional funding brings Zembla's response … to €6.8 million"
	}
	// A result "to" the amount may stand far from its verb ("These
	// programs bring total spending in fiscal year 2010 on …, authorized
	// under …, to $301.6 million"): then the window is the clause.
	q := a.ps - 1
	for q > 0 && approxWord[toks[q].f] && toks[q].f != "to" {
		q-- // "bring …'s total approved projects to nearly $4 billion"
	}
	for i := q; i > 0 && i >= q-2; i-- {
		if x.l.nowTotals[toks[i].f] && toks[i-1].f == "now" {
			return true // "assistance in Mozambique now totals $288 million", "now stands at"
		}
	}
	reach := 10
	if q >= 0 && toks[q].f == "to" && !x.laterYearIn(toks, a.pe, len(toks)) {
		reach = 30
	}
	for i := a.ps - 1; i >= 0 && a.ps-i <= reach && !clauseEnd(toks[i]); i-- {
		far := a.ps-i > 10
		if !x.l.totalVerbs[toks[i].f] || far && i > 0 && (toks[i-1].f == "will" || toks[i-1].f == "to" || toks[i-1].f == "would") {
			continue
		}
		near := i + 3
		if slices.ContainsFunc(toks[i+1:min(i+4, len(toks))], func(t token) bool { return t.f == "'" || t.f == "’" }) {
			near += 2 // "bring DFC's total …": the possessor's name before "total"
		}
		for j := i + 1; j < a.ps && (!far || j <= near); j++ {
			if toks[j].f == "total" || toks[j].f == "tally" || toks[j].f == "cumulative" {
				return true
			}
		}
	}
	return false
}

// tariffCovers reports whether a sum of money is the value of the goods a
// tariff of the sentence falls on: "on" or "for" (a hedge between) before
// it, "of", "in" or "worth of" goods after it within a few words, and a
// tariff word before it in the clause.
func (x *extractor) tariffCovers(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] || a.ps == 0 {
		return false
	}
	p := a.ps - 1
	for p > 0 && (approxWord[toks[p].f] || toks[p].f == "a" || toks[p].f == "further" || toks[p].f == "another") && toks[p].f != "to" {
		p--
	}
	if toks[p].f != "on" && toks[p].f != "for" {
		return false
	}
	q := a.pe
	if q < len(toks) && toks[q].f == "worth" {
		q++
	}
	if q >= len(toks) || toks[q].f != "of" && toks[q].f != "in" {
		return false
	}
	goods := false
	for i := q + 1; i < len(toks) && i <= q+4; i++ {
		if x.l.coveredGoods[toks[i].f] {
			goods = true
			break
		}
	}
	if !goods {
		return false
	}
	for i := p - 1; i >= 0 && p-i <= 12 && !clauseEnd(toks[i]); i-- {
		if x.l.counterpart[toks[i].f] && toks[i].f != "quota" && toks[i].f != "quotas" {
			return true
		}
	}
	return false
}

// benchmark reports whether amount a is another's level that a sentence
// compares its own with: a possessor's amount after a word of comparison
// ("well above Nato's 2 per cent target", "below the EU's 3 percent
// ceiling").
func (x *extractor) benchmark(toks []token, a amount) bool {
	i := a.ps - 1
	if i < 3 || toks[i].f != "s" || toks[i-1].f != "'" || toks[i-2].k != word {
		return false
	}
	k := i - 3
	if toks[k].f == "the" && k > 0 {
		k--
	}
	return x.l.compareWords[toks[k].f]
}

// denominatorOnly reports whether a metric's words toks[s:e] are only a
// denominator ("GDP", "gross domestic product"), or empty.
func (x *extractor) denominatorOnly(toks []token, s, e int) bool {
	if s >= e {
		return true
	}
	end, _ := x.l.denominators.match(toks, s)
	return end == e
}

// bracketOpen returns where the bracket opens that an amount stands in
// right after it, with "worth" between ("(€20 million)", "(worth around 42
// billion yen)"), else -1: the size of what is named before the bracket.
func bracketOpen(toks []token, a amount) int {
	p := a.ps - 1
	if p > 0 && toks[p].f == "worth" {
		p--
	}
	if p >= 0 && toks[p].f == "(" {
		return p
	}
	return -1
}

// withThisFunding reports whether the sentence opens with "With this (new)
// funding," or "With today's announcement," before amount a: what the
// main clause then says is given is the total the new sum brings, not a
// new sum.
func (x *extractor) withThisFunding(toks []token, a amount) bool {
	if len(toks) < 4 || toks[0].f != "with" || toks[1].f != "this" && toks[1].f != "today" && toks[1].f != "these" {
		return false
	}
	for i := 2; i < a.ps && i < 8; i++ {
		if toks[i].f == "," {
			// (Not "With this funding, we will provide $40 million": a
			// promise the sentence makes.)
			return i > 2 && (x.l.funding[toks[i-1].f] || toks[i-1].f == "announcement" || toks[i-1].f == "contributions") && !x.futureBefore(toks, a.ps)
		}
	}
	return false
}

// ownClause reports whether toks[i] opens a clause with its own subject
// ("as the volume doubled since the previous year"), whose report is not
// about an amount before it.
func (x *extractor) ownClause(toks []token, i int) bool {
	return i+1 < len(toks) && x.l.subordinators[toks[i].f] && x.l.determiners[toks[i+1].f]
}

// futureBefore reports whether "will", "shall" or "to" comes before
// toks[end] in its clause: what follows is still to be done.
func (x *extractor) futureBefore(toks []token, end int) bool {
	for i := end - 1; i >= 0 && !clauseEnd(toks[i]); i-- {
		switch toks[i].f {
		case "will", "shall", "to":
			return true
		}
	}
	return false
}

// committedAfter reports whether a goal noun (commitment, pledge, target)
// heads the phrase right after an amount.
func (x *extractor) committedAfter(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+3; k++ {
		if x.l.goalNouns[toks[k].f] {
			return true
		}
		if toks[k].k != word {
			return false
		}
	}
	return false
}

// selfGiving reports whether a government's own release says it is giving
// the sum now ("We are investing $40 million", "the Government is providing
// $5 million"): an announcement, a commitment without a word of intent.
func (x *extractor) selfGiving(toks []token, a amount) bool {
	if x.self() == "" || !x.l.currencies[a.unit] {
		return false
	}
	avail := makingAvailable(toks, a)
	for i := 0; i+2 < a.ps; i++ {
		t := toks[i]
		self := t.f == "we" || t.f == "government" && x.capital(t) && i > 0 && (toks[i-1].f == "the" || toks[i-1].f == "our")
		if self && x.givingNow(toks, i+1, a.ps, avail) {
			return true
		}
	}
	// "New Zealand is also putting in $8 million": the government's country
	// by name.
	for i := 1; i+1 < a.ps; i++ {
		if (toks[i].f == "is" || toks[i].f == "are") && x.givingNow(toks, i, a.ps, avail) {
			// "Together, the United States and Australia are delivering":
			// the government's country among a coordinated subject.
			ms := x.mentions(toks[:i])
			at := i
			for k := len(ms) - 1; k >= 0; k-- {
				m := ms[k]
				if m.e != at || m.demonym {
					break
				}
				if m.code == x.self() && x.clauseStart(toks, subjectStart(toks, ms[:k+1])) {
					return true
				}
				if m.s == 0 || toks[m.s-1].f != "and" && toks[m.s-1].f != "," {
					break
				}
				at = m.s - 1
				if at > 0 && toks[at-1].f == "the" {
					at--
				}
			}
			return false
		}
	}
	return false
}

// subjectStart returns where the coordinated subject ending with the last
// of ms starts: "the United States and Australia" from "the United States".
func subjectStart(toks []token, ms []mention) int {
	k := len(ms) - 1
	s := ms[k].s
	for k > 0 && s > 0 && (toks[s-1].f == "and" || toks[s-1].f == ",") {
		p := s - 1
		if p > 0 && toks[p-1].f == "the" {
			p--
		}
		if ms[k-1].e != p {
			break
		}
		k--
		s = ms[k].s
	}
	return s
}

// givingNow reports whether toks[i:] before end say "is (also) providing":
// a progressive of a verb of giving.
func (x *extractor) givingNow(toks []token, i, end int, avail bool) bool {
	if i+1 < end && weAre(toks, i) {
		i++ // "We're investing $45 million": the contraction is "are"
	} else if i >= end || toks[i].f != "are" && toks[i].f != "is" {
		return false
	}
	i++
	for i < end && x.l.adverbs[toks[i].f] {
		i++
	}
	// ("is making €2 million available": "making" with its "available",
	// avail, gives as "providing" does.)
	return i < end && strings.HasSuffix(toks[i].f, "ing") && (x.l.nominal[toks[i].f] != "" || avail && toks[i].f == "making")
}

// standing reports whether a count is described as it stands: "three
// helicopters are on standby", not "are to be delivered".
func (x *extractor) standing(toks []token, a amount) bool {
	p := a.pe
	return a.unit == "count" && p+1 < len(toks) && copula[toks[p].f] && toks[p+1].f != "to" && toks[p+1].f != "expected" && toks[p+1].f != "set"
}

// domestic reports whether a sentence gives help to its one holder's own
// people or regions (local government areas, Australians) and names no
// other country: a domestic programme, not a target between countries.
func (x *extractor) domestic(toks []token, holders []string) bool {
	if len(holders) != 1 {
		return false // two parties' target is between them
	}
	marked := false
	for i, t := range toks {
		if c := x.l.people[t.f]; c != "" && !slices.Contains(holders, c) {
			return false // Koreans and Americans: an exchange between peoples
		} else if c != "" {
			marked = true
		} else if end, _ := x.l.domestic.match(toks, i); end > 0 {
			marked = true
		}
	}
	if !marked {
		return false
	}
	for _, m := range x.mentions(toks) {
		if !slices.Contains(holders, m.code) {
			return false
		}
	}
	return true
}

// perfectReport reports whether a perfect auxiliary is followed by the
// participle of a deed ("has appropriated", "have already provided") rather
// than of a commitment ("has committed", "have pledged").
func (x *extractor) perfectReport(toks []token, i, end int) bool {
	for n := 0; i < end && n < 3; i, n = i+1, n+1 {
		t := toks[i]
		if t.k != word || x.l.adverbs[t.f] || t.f == "also" || t.f == "already" {
			continue
		}
		// "has welcomed the EU's €4 billion package": a welcome of a
		// commitment, not a report of money spent.
		return !x.l.perfectCues[t.f] && !x.l.welcome[t.f] && (strings.HasSuffix(t.f, "ed") || participle[t.f]) && !freshObject(toks, i+1, end)
	}
	return false
}

var participle = map[string]bool{"given": true, "spent": true, "made": true, "sent": true, "built": true, "paid": true, "lent": true, "raised": true, "won": true, "seen": true, "brought": true, "done": true}

func clauseEnd(t token) bool {
	return t.k == punct && (t.f == ";" || t.f == ":")
}

// qualifier returns a manner phrase after an amount: "in a more balanced
// manner".
func (x *extractor) qualifier(toks []token, from, to int) string {
	for i := from; i < to && i < from+6; i++ {
		if toks[i].f != "in" || i+1 >= to || toks[i+1].f != "a" && toks[i+1].f != "an" {
			continue
		}
		for j := i + 2; j < to && j < i+6; j++ {
			if x.l.manner[toks[j].f] {
				return x.text[toks[i].s:toks[j].e]
			}
		}
	}
	return ""
}

// self is the country that "we" and "I" speak for in the sentence at hand:
// the speaker's in a transcript's turn, else the government's own in its
// release (not in a joint statement, where "we" is every signatory), else "".
func (x *extractor) self() string {
	if k := sort.Search(len(x.turns), func(i int) bool { return x.turns[i].Start > x.cur.Start }); k > 0 {
		return x.turns[k-1].Country
	}
	if x.govHome == "" || x.jointText() {
		return ""
	}
	return x.govHome
}

// measured returns the head of what a bare "the volume" measures, "trade ",
// from its own sentence or the one before (sp), or "".
func (x *extractor) measured(sp sentence.Span) string {
	for _, sp := range []sentence.Span{x.cur, sp} {
		if sp.End <= sp.Start {
			continue
		}
		for _, t := range tokenize(x.text, sp.Start, sp.End, nil) {
			switch t.f {
			case "trade", "turnover", "investment", "exports", "imports", "tourism":
				return t.f + " "
			}
		}
	}
	return ""
}

// raisedFrom reports whether amount b is the level amount a is raised
// from, told after it: "raise trade to $8 billion in the next two years
// from $5 billion", "to US$3 billion by 2026 from more than US$1.32 billion
// recorded in 2023". b names where the measure stands, a where it is to go;
// a report around b is b's.
func raisedFrom(toks []token, a, b amount) bool {
	if a.unit != b.unit || b.ps <= a.pe || a.ps == 0 || !levelTo[toks[a.ps-1].f] {
		return false
	}
	k := b.ps - 1
	for n := 0; k > a.pe && n < 4 && (baselineWords[toks[k].f] || toks[k].f == "more" || toks[k].f == "than" || toks[k].f == "less"); n++ {
		k--
	}
	if toks[k].f != "from" {
		return false
	}
	for _, t := range toks[a.pe:k] {
		if clauseEnd(t) || t.f == "and" || t.f == "," {
			return false // "to $8 billion, and from 2030 …": another clause's
		}
	}
	return true
}

// levelTo are the words before a level to reach.
var levelTo = map[string]bool{"to": true, "reach": true, "reaching": true, "hit": true, "hitting": true}

// baseline reports whether amount a is the starting level of a change to a
// later amount of the same unit: "from 1.2 percent per year … to 2.3
// percent", "from $10 billion to $20 billion". The goal is the later one.
func baseline(toks []token, a amount, later []amount) bool {
	// "from just over one per cent … to more than two per cent": words of
	// degree may stand between "from" and the level.
	k := a.ps - 1
	for n := 0; k >= 0 && n < 3 && baselineWords[toks[k].f]; n++ {
		k--
	}
	if k < 0 || toks[k].f != "from" {
		return false
	}
	for _, b := range later {
		if b.unit == a.unit && b.ps > 0 && (toks[b.ps-1].f == "to" || toks[b.ps-1].f == "reach" || toks[b.ps-1].f == "reaching") {
			return true
		}
	}
	return false
}

// thisYear returns the article's year when "this year" follows amount a
// closely in its segment (a goal's deadline), else "".
func (x *extractor) thisYear(toks []token, a amount, segEnd int) string {
	if x.pubYear == 0 {
		return ""
	}
	for i := a.pe; i+1 < segEnd && i-a.pe <= 6; i++ {
		if toks[i].f == "this" && toks[i+1].f == "year" {
			return strconv.Itoa(x.pubYear)
		}
		if clauseEnd(toks[i]) {
			break
		}
	}
	// "will welcome an additional 15,000 migrants …, such as A, B and C,
	// over the course of the year.": the year closing the sentence.
	for i := a.pe + 3; i < segEnd && i-a.pe <= 30; i++ {
		if toks[i].f != "year" {
			continue
		}
		if toks[i-1].f == "the" && toks[i-2].f == "of" && toks[i-3].f == "course" || toks[i-1].f == "this" && lastWord(toks, i, segEnd) {
			return strconv.Itoa(x.pubYear)
		}
	}
	return ""
}

// itsSize returns the funding instrument that the sentence before names at
// its end when this sentence only gives its size: "… our joint procurement
// instrument, SAFE. It is EUR 150 billion." — else "". ours reports "our"
// before it: the speaker's side holds it.
func (x *extractor) itsSize(toks []token, a amount, prev sentence.Span) (metric string, ours bool) {
	if !x.l.currencies[a.unit] || len(toks) < 3 || toks[0].f != "it" || !copula[toks[1].f] && toks[1].f != "will" || prev.End <= prev.Start {
		return "", false
	}
	if a.ps != 2 && !(a.ps == 3 && toks[1].f == "will" && toks[2].f == "be") || a.pe+1 < len(toks) {
		return "", false // only the size: "It is EUR 5 billion." (no "for …" after it)
	}
	pt := tokenize(x.text, prev.Start, prev.End, nil)
	e := len(pt)
	if e > 0 && pt[e-1].k == punct {
		e--
	}
	name := ""
	if e >= 3 && pt[e-2].f == "," && x.capital(pt[e-1]) {
		name, e = x.text[pt[e-1].s:pt[e-1].e], e-2 // the instrument's name in apposition
	}
	if e == 0 || !x.l.funding[pt[e-1].f] {
		return "", false
	}
	s, e := x.npBack(pt, e, 0)
	if !x.valid(pt, s, e) {
		return "", false
	}
	m := x.phrase(pt, s, e)
	if name != "" {
		m = name + " " + m
	}
	return m, s > 0 && pt[s-1].f == "our"
}

// lastWord reports whether only punctuation follows token i before end, the
// amount's segment: i closes it.
func lastWord(toks []token, i, end int) bool {
	for _, t := range toks[i+1 : end] {
		if t.k == word || t.k == num {
			return false
		}
	}
	return true
}

// withOthers reports whether the amount's sentence joins other givers' money
// to it before it: "Combined with funding pledged today by other donors,
// this funding makes a total of $960 million" is no one party's sum.
func (x *extractor) withOthers(toks []token, a amount) bool {
	joined := false
	for i := 0; i+1 < a.ps; i++ {
		switch {
		case (toks[i].f == "combined" || toks[i].f == "together") && toks[i+1].f == "with":
			joined = true
		case joined && toks[i].f == "other" && x.l.otherGivers[toks[i+1].f]:
			return true
		}
	}
	return false
}

// mobility returns the two countries of a yearly number of people moving
// from one to the other ("up to 280 Tuvaluan citizens per year the choice
// to live … in Australia") when the sentence made the movers' country alone
// the holder, or none: an arrangement of both, with the token after the
// destination's name. Else holders as they are, and 0.
func (x *extractor) mobility(toks []token, a amount, holders []string) ([]string, int) {
	if a.unit != "count" || a.ce == 0 || !x.l.mobilityNouns[toks[a.ce-1].f] || len(holders) > 1 {
		return holders, 0
	}
	if !x.yearlyAfter(toks, a.pe) {
		return holders, 0
	}
	origin, dest, end := "", "", 0
	for _, m := range x.mentions(toks) {
		switch {
		case m.s >= a.ps && m.e <= a.ce && m.demonym,
			m.s == a.ce+1 && (toks[a.ce].f == "of" || toks[a.ce].f == "from"):
			origin = m.code // "Tuvaluan citizens", "citizens of Tuvalu"
		case origin != "" && m.s > a.ce && m.s > 0 && (toks[m.s-1].f == "to" || toks[m.s-1].f == "in") && m.code != origin && !m.demonym:
			dest, end = m.code, m.e
		}
		if dest != "" {
			break
		}
	}
	if origin == "" || dest == "" || len(holders) == 1 && holders[0] != origin && !(holders[0] == dest && !x.countryBefore(toks, a.ps)) {
		return holders, 0 // a subject country before the sum keeps it: "A will accept up to N workers a year from B"
	}
	out := []string{origin, dest}
	slices.Sort(out)
	return out, end
}

// quota reports whether amount a caps a yearly number of people moving
// between countries: "allowing for up to 280 people from Tuvalu to … come
// to Australia each year" is an arrangement in force, a target without a
// verb of the future.
func (x *extractor) quota(toks []token, a amount) bool {
	return a.unit == "count" && a.cmp == accord.Lte && a.ce > 0 && x.l.mobilityNouns[toks[a.ce-1].f] && x.yearlyAfter(toks, a.pe)
}

// countryBefore reports whether the sentence names a country (or a person
// of one) before token i.
func (x *extractor) countryBefore(toks []token, i int) bool {
	ms := x.mentions(toks)
	return len(ms) > 0 && ms[0].s < i
}

// channelFund reports whether amount a sizes a named fund money goes through
// ("continue investing through its $10 billion Acme Digital Fund, including
// in startups"): the fund's size, not what is given through it. A grant, a
// project or a programme of that size ("through its $5 million Acme Fund
// grant", "through its $4 million Youth Activity") is what is given.
func (x *extractor) channelFund(toks []token, a amount) bool {
	if a.ps < 2 || !determiner[toks[a.ps-1].f] || toks[a.ps-2].f != "through" {
		return false
	}
	e := a.pe
	for e < len(toks) && toks[e].k == word && x.capital(toks[e]) {
		e++
	}
	return e > a.pe && toks[e-1].f == "fund" && (e == len(toks) || toks[e].k == punct || preposition[toks[e].f])
}

// pairTrade reports whether metric is a level of trade (trade, turnover;
// not one side's exports or total trade, nor a tariff) and the sentence
// names no country but the pair ps.
func (x *extractor) pairTrade(toks []token, metric string, ms int, ps []string) bool {
	// "raise its total trade", "its trade": the words before the metric
	// may make it one side's own.
	for i := max(ms-3, 0); i < ms && i < len(toks); i++ {
		if x.l.ownTrade[toks[i].f] || toks[i].f == "its" || toks[i].f == "our" || toks[i].f == "their" {
			return false
		}
	}
	trade := false
	ws := strings.Fields(accord.Fold(metric))
	for k, w := range ws {
		switch {
		case (w == "trade" || w == "turnover") && (k+1 == len(ws) || !x.l.tradeOffices[ws[k+1]]):
			// (Not "Minister-led trade missions", "a trade office": trade
			// qualifying another noun is no level of trade.)
			trade = true
		case x.l.tradeFlows[w] || x.l.ownTrade[w] || strings.HasPrefix(w, "tariff") || w == "barriers" || w == "deficit" || w == "surplus":
			return false
		}
	}
	if !trade {
		return false
	}
	for _, m := range x.mentions(toks) {
		if !slices.Contains(ps, m.code) {
			return false
		}
	}
	return true
}
