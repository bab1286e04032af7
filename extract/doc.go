package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/freelist"
	"github.com/accordhq/accord/extract/internal/reading"
	"github.com/accordhq/accord/extract/sentence"
)

// span is a lexicon match over toks[i:j].
type span struct {
	kind int
	e    entry
	i, j int
}

// doc is one text under analysis: its tokens, lexicon matches and mentions.
type doc struct {
	// labelLeader is 1 + the person an office-only label on the leader's
	// own site stands for (label32.go), 0 for none.
	labelLeader int
	// briefers: persons a speaker label gives a reporter's office ("Mr. A
	// (Official Spokesperson):"), filled on first ask (spox33.go); nil
	// with brieferDone false when not yet asked.
	briefers    map[int]bool
	brieferDone bool
	// calledOffMemo caches calledOffWord (prec30.go): 0 not yet asked, 1 no,
	// 2 yes. The tokens do not change once read, and headlines are asked
	// for their cues many times.
	calledOffMemo int8
	lx            *lexicon
	text          string
	toks          []token
	// sentStart[s] is the first token of sentence s (sentToks), built for
	// sentStartFor tokens.
	sentStart    []int
	sentStartFor int
	sents        []sentence.Span
	pub          time.Time
	spans        []span
	at           []int32 // per token: index+1 of the span starting there, -(index+1) inside one, 0 none

	mentions []*pmention
	persons  []*person
	// greeter: persons the text names only greeting a guest on arrival
	// (greeters.go), no visit's host.
	greeter  map[int]bool
	covered  []bool // tokens that belong to a person mention
	kinNames []int  // first tokens of names read by a kinship apposition (kinApposed)
	others   []otherMention
	// own are the offices of the publishing government (nil when the outlet
	// is no government): there "The Prime Minister" alone is its own.
	own set
	// ownCountry and ownTitles are that government's country and offices,
	// set for its headline too (persons.go: an aide of its own head).
	ownCountry string
	ownTitles  set
	// headline: the text is an article's title.
	headline bool
	// homeCountry is the country of a news outlet (not a government's
	// own site), when known.
	homeCountry string
	// jointTitle: the headline calls the text a joint statement, issued by
	// both sides on the day of the guest's arrival.
	jointTitle bool
	// visitOff: a visit phrase of the text is called off ("postponed his
	// visit to C"): the text tells no trip (prec30.go).
	visitOff bool
	// headlinePersons are the persons the article's headline names, read
	// before the body's holders: "Dr. Gordon" is the headline's "Phil
	// Gordon", not a holder of the table.
	headlinePersons []*person
}

// otherMention is a country, organisation or place named in the text.
type otherMention struct {
	kind     accord.ActorType
	key      string // country code, or the folded canonical name
	name     string // canonical name
	form     string // as written
	country  string
	i, j     int
	demonym  bool
	landmark bool
	capital  bool // a country's capital (knowledge places)
}

func (lx *lexicon) newDoc(text string, sents []sentence.Span, pub time.Time) *doc {
	d := &doc{lx: lx, text: text, pub: pub, sents: sents}
	d.toks = lx.splitDayMonth(lx.splitGlued(tokenizeTo(pooledTokens(len(text)/5+1), text, lx.abbr, lx.vocabIndex)))
	lx.ids(d.toks)
	// Sentence index of every token.
	s := 0
	for i := range d.toks {
		for s < len(sents)-1 && d.toks[i].start >= sents[s].End {
			s++
		}
		d.toks[i].sent = s
	}
	d.at = pooledZeroed(&atPool, len(d.toks))
	d.covered = pooledZeroed(&coveredPool, len(d.toks))
	if p, ok := spanPool.Get(); ok {
		d.spans = p
	}
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if !t.word {
			i++
			continue
		}
		// "Slovak foreign minister A B" (agency copy): an office in lower
		// case right after a country or its demonym and before a name is
		// the title of that name.
		// Or beside a name between commas after its article ("the
		// foreign minister of C, A B"; names31.go).
		if adj := len(d.spans) > 0 && d.spans[len(d.spans)-1].j >= i-1; !t.cap && (adj || i > 0 && (d.toks[i-1].fold == "the" || d.toks[i-1].text == ",")) {
			var e entry
			ok := false
			if adj {
				e, ok = d.lowerTitleAfterCountry(i)
			}
			if !ok {
				e, ok = d.lowerTitleApposed(i)
			}
			if ok {
				d.spans = append(d.spans, span{kind: e.kind, e: e, i: i, j: i + e.n})
				d.at[i] = int32(len(d.spans))
				for k := i + 1; k < i+e.n; k++ {
					d.at[k] = -int32(len(d.spans))
				}
				i += e.n
				continue
			}
		}
		es := lx.names.match(d.toks, i)
		if len(es) == 0 {
			i++
			continue
		}
		e, ok := d.pick(es, i)
		if !ok || d.givenPlace(e, i) {
			i++
			continue
		}
		// "Dr. Sultan bin Ahmed Al Jaber": a one-word title before "bin"
		// (son of) is the person's given name.
		if e.kind == kTitle && e.n == 1 && i+1 < len(d.toks) && lx.filial[d.toks[i+1].fold] {
			i++
			continue
		}
		// "the Minister for Resources, Alice King, and": a one-word title
		// right after a known given name, with no name after it to hold,
		// is that person's family name.
		if e.kind == kTitle && e.n == 1 && t.cap && !t.upper && i > 0 && d.toks[i-1].word && d.toks[i-1].cap && lx.is(&d.toks[i-1], fGiven) && d.toks[i-1].sent == t.sent && (i+1 == len(d.toks) || !d.toks[i+1].word || !d.toks[i+1].cap) {
			i++
			continue
		}
		d.spans = append(d.spans, span{kind: e.kind, e: e, i: i, j: i + e.n})
		d.at[i] = int32(len(d.spans))
		for k := i + 1; k < i+e.n; k++ {
			d.at[k] = -int32(len(d.spans))
		}
		i += e.n
	}
	return d
}

// lowerTitleAfterCountry returns the title written in lower case at
// toks[i] ("foreign minister") when a country or its demonym stands right
// before it ("Slovak", "Japan's", "Slovak former") and two or three
// capitalised words of the same sentence follow, the name of its holder.
// The country is what makes the lower-case office a title: "the prime
// minister A B" or "foreign minister A B" alone stay as they were read.
func (d *doc) lowerTitleAfterCountry(i int) (entry, bool) {
	if !d.countryBeforeOffice(len(d.spans)-1, i) {
		return entry{}, false
	}
	best, found := d.lowerTitleAt(i)
	if !found {
		return entry{}, false
	}
	// Two or three capitalised words after it, none a calendar word, a
	// country or a known body: the holder's name.
	j, names := i+best.n, 0
	for ; j < len(d.toks) && names < 4 && d.toks[j].sent == d.toks[i].sent && d.toks[j].word && d.toks[j].cap; j++ {
		if d.calendarWord(j) || d.lx.is(&d.toks[j], fStop) {
			break
		}
		if es := d.lx.names.match(d.toks, j); len(es) > 0 {
			if e, ok := d.pick(es, j); ok && e.kind != kPlace {
				break
			}
		}
		names++
	}
	return best, names >= 2 && names <= 3
}

// countryBeforeOffice reports whether span p, the last read, ends right
// before toks[i] and is a country or demonym of its sentence, a country
// with its possessive ("Japan's"), or a modifier ("former") right after
// one of those.
func (d *doc) countryBeforeOffice(p, i int) bool {
	sp := d.spans[p]
	if sp.kind == kModifier && sp.j == i && p > 0 {
		return d.countryBeforeOffice(p-1, sp.i)
	}
	if sp.j == i-1 && !(sp.kind == kCountry && d.possAt(i-1)) {
		return false
	}
	return (sp.kind == kDemonym || sp.kind == kCountry) && sp.j >= i-1 && d.toks[sp.i].sent == d.toks[i].sent && d.toks[sp.i].cap
}

// splitGlued splits a word whose words lost their spaces in the page
// ("PrimeMinister", "NewZealand") into the title or country they spell:
// only a word with a capital after a small letter inside, and only when
// its parts are a title or a country the lexicon knows ("McDonald" stays).
// glueTails are function words a headline glues to the word before them.
var glueTails = map[string]bool{"and": true, "before": true, "after": true, "of": true, "with": true, "the": true, "in": true, "on": true, "at": true, "to": true, "for": true, "during": true}

func (lx *lexicon) splitGlued(toks []token) []token {
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; !t.word || !t.cap || t.upper || len(t.text) < 6 || !innerCapital(t.text) {
			continue // most tokens: no copy of them
		}
		t := toks[i]
		var cuts []int
		prevLower := false
		for k, r := range t.text {
			if unicode.IsUpper(r) && prevLower {
				cuts = append(cuts, k)
			}
			prevLower = unicode.IsLower(r)
		}
		if len(cuts) == 0 {
			continue
		}
		var b strings.Builder
		last := 0
		for _, c := range cuts {
			b.WriteString(t.text[last:c])
			b.WriteByte(' ')
			last = c
		}
		b.WriteString(t.text[last:])
		parts := tokenize(b.String(), lx.abbr)
		if len(parts) != len(cuts)+1 {
			continue
		}
		known := false
		for _, e := range lx.names.match(parts, 0) {
			if e.n == len(parts) && (e.kind == kTitle || e.kind == kCountry) {
				known = true
			}
		}
		// "President BidenAnd Prime Minister", "of GreeceBefore Bilateral
		// Meeting": a headline's word glued to the capitalised function
		// word after it.
		if !known && len(parts) == 2 && glueTails[parts[1].fold] && len(parts[0].text) >= 3 {
			known = true
		}
		if !known {
			continue
		}
		// Offsets into the text: each part's start, less the spaces added
		// before it.
		for k := range parts {
			parts[k].start += t.start - k
			parts[k].end += t.start - k
		}
		toks = slices.Insert(slices.Delete(toks, i, i+1), i, parts...)
		i += len(parts) - 1
	}
	return toks
}

// innerCapital reports whether w may hold a capital after its first
// letter, where splitGlued cuts: an ASCII capital past the first byte, or
// a byte of a non-ASCII letter (then the runes are read). Only A-Z are
// upper case among ASCII runes.
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return w != "" && w[0] >= utf8.RuneSelf
}

// splitDayMonth cuts a day joined by a hyphen to the next month's name
// ("from June 30-July 3"), which the tokenizer keeps as one word, so that
// the range reads as two dates.
func (lx *lexicon) splitDayMonth(toks []token) []token {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.word || len(t.text) < 5 || t.text[0] < '0' || t.text[0] > '9' {
			continue // most tokens
		}
		h := strings.IndexByte(t.text, '-')
		if h < 1 || h > 2 || lx.months[accord.Fold(t.text[h+1:])] == 0 {
			continue
		}
		for k := 0; k < h; k++ {
			if t.text[k] < '0' || t.text[k] > '9' {
				h = -1
				break
			}
		}
		if h < 0 {
			continue
		}
		start := t.start
		parts := tokenize(t.text[:h]+" - "+t.text[h+1:], lx.abbr)
		if len(parts) != 3 {
			continue
		}
		for k := range parts {
			off := 0
			if k > 0 {
				off = 1 // the space added before "-"
			}
			if k > 1 {
				off = 2
			}
			parts[k].start += start - off
			parts[k].end += start - off
		}
		toks = slices.Insert(slices.Delete(toks, i, i+1), i, parts...)
		i += len(parts) - 1
	}
	return toks
}

// tokenPool keeps token slices between articles: an article's tokens are
// the largest thing extraction allocates, and Extract drops its doc when it
// returns (release). A free list, not a sync.Pool: a slice put back on one
// processor was lost to a goroutine moved to the other.
var tokenPool freelist.List[[]token]

// pooledTokens returns an empty token slice of capacity n or more.
func pooledTokens(n int) []token {
	if p, ok := tokenPool.Get(); ok && cap(p) >= n {
		return p[:0]
	}
	return make([]token, 0, n)
}

// readingPool keeps the slices of words handed to packages area and target.
var readingPool freelist.List[[]reading.Word]

// reading appends the doc's words, the reading that packages area and
// target take instead of reading the text's words again.
func (d *doc) reading(out []reading.Word) []reading.Word {
	for i := range d.toks {
		if t := &d.toks[i]; t.word {
			out = append(out, reading.Word{Start: t.start, End: t.end, Fold: t.fold, Plain: t.plain, Lower: t.lower})
		}
	}
	return out
}

// spanPool keeps a doc's lexicon matches between articles likewise: grown
// a match at a time, they were the next largest.
var spanPool freelist.List[[]span]

// atPool and coveredPool keep a doc's per-token span index and covered
// marks between articles likewise: made anew, they were a third of what
// newDoc allocated.
var (
	atPool      freelist.List[[]int32]
	coveredPool freelist.List[[]bool]
)

// pooledZeroed returns a zeroed slice of length n from pool, or a new one.
func pooledZeroed[T any](pool *freelist.List[[]T], n int) []T {
	if p, ok := pool.Get(); ok && cap(p) >= n {
		p = p[:n]
		clear(p)
		return p
	}
	return make([]T, n)
}

// release gives the doc's tokens and spans back for the next article,
// zeroed: the doc must not be used after.
func (d *doc) release() {
	// Zeroed, the slice reads as a new one would past its length.
	clear(d.toks)
	toks := d.toks[:0]
	d.toks = nil
	tokenPool.Put(toks)
	clear(d.spans)
	spans := d.spans[:0]
	d.spans = nil
	spanPool.Put(spans)
	atPool.Put(d.at[:0])
	coveredPool.Put(d.covered[:0])
	d.at, d.covered = nil, nil
	if d.others != nil {
		clear(d.others)
		othersPool.Put(d.others[:0])
		d.others = nil
	}
}

// othersPool keeps a doc's countries, organisations and places likewise.
var othersPool freelist.List[[]otherMention]

// pick chooses among entries of one phrase: titles before countries before
// organisations before places; weak country names only after "of".
func (d *doc) pick(es []entry, i int) (entry, bool) {
	best, rank := entry{}, 100
	for _, e := range es {
		if e.kind == kWeakCountry && !(i > 0 && (d.toks[i-1].fold == "of" || d.toks[i-1].fold == "the" && i > 1 && d.toks[i-2].fold == "of")) {
			continue
		}
		if r := pickOrder[e.kind]; r < rank {
			best, rank = e, r
		}
	}
	return best, rank < 100
}

// givenPlace reports whether place entry e at toks[i] is rather the first
// name of a person: right after a title and before another capitalised
// word that names nothing ("Advisor Dr. Sydney Mufamadi").
func (d *doc) givenPlace(e entry, i int) bool {
	if e.kind != kPlace || len(d.spans) == 0 {
		return false
	}
	p := d.spans[len(d.spans)-1]
	if p.j != i || p.kind != kTitle && p.kind != kHonorific {
		return false
	}
	j := i + e.n
	if j >= len(d.toks) || !d.toks[j].word || !d.toks[j].cap || d.toks[j].sent != d.toks[i].sent {
		return false
	}
	return len(d.lx.names.match(d.toks, j)) == 0 && !d.lx.is(&d.toks[j], fStop) && !d.lx.is(&d.toks[j], fInst)
}

// pickOrder ranks the kinds of entries one phrase may have.
var pickOrder = [...]int{kTitle: 0, kHonorific: 1, kCounterpart: 2, kModifier: 3, kCountry: 4, kDemonym: 5, kWeakCountry: 6, kOrg: 7, kPlace: 8, kGroup: 9}

// spanAt returns the span starting at token i.
func (d *doc) spanAt(i int) (*span, bool) {
	if i < 0 || i >= len(d.at) || d.at[i] <= 0 {
		return nil, false
	}
	return &d.spans[d.at[i]-1], true
}

func (d *doc) inSpan(i int) bool { return i >= 0 && i < len(d.at) && d.at[i] != 0 }

// eligible reports whether toks[i] can be part of a person's name.
func (d *doc) eligible(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	if t.word && !t.cap && !t.num && i > 0 && d.toks[i-1].cap && d.toks[i-1].word && d.toks[i-1].sent == t.sent && d.particleJoined(t.text) {
		return true // "Omar Hassan al-Bashir", "Nabil al-Arabi": a particle joined to the family name
	}
	if !t.word || !t.cap || t.num {
		return false
	}
	lx := d.lx
	if d.headlineVerb(i) || d.headlineToPlace(i) {
		return false
	}
	if lx.is(t, fGiven) && !d.inSpan(i) {
		return true
	}
	if len(t.text) == 2 && t.text[1] == '.' && !d.inSpan(i) {
		return true // an initial: "Enrique A. Manalo"
	}
	if t.text == "Ma." && i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].word {
		return true // "Ma. Teresita Daza": María, abbreviated in Filipino names
	}
	if lx.is(t, fStop) || lx.is(t, fInst) || lx.is(t, fVerbs) || lx.headingNouns[t.fold] || lx.is(t, fMonth) || lx.is(t, fWeekday) || d.inSpan(i) {
		return false
	}
	if t.upper && len(t.text) <= 3 && !strings.HasSuffix(t.text, ".") && !d.labelName(i) {
		return false // acronyms: AI, FMF; not "FELETI TEO, PRIME MINISTER OF TUVALU:"
	}
	// "Mr. Presi- — Mr. President": a word cut off in speech.
	if n := i + 1; n < len(d.toks) && d.toks[n].text == "-" && d.toks[n].start == t.end && (n+1 == len(d.toks) || d.toks[n+1].start > d.toks[n].end) {
		return false
	}
	return !contraction(t.text)
}

// headlineVerb reports whether the capitalised toks[i] of a headline is
// its verb, or the "To" or "Will" before it, not a word of a name: "Foreign
// Minister Says …", "Foreign Minister To Visit US" (To is also a given name).
func (d *doc) headlineVerb(i int) bool {
	lx := d.lx
	t := &d.toks[i]
	if t.upper || !d.headline && t.sent != 0 {
		return false // (the body's words: no look-up, eligible runs for every word)
	}
	if !(lx.headlineVerbs[t.fold] || (lx.is(t, fStop) || lx.wordGiven[t.fold]) && i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].sent == t.sent && lx.headlineVerbs[d.toks[i+1].fold]) {
		return false
	}
	return d.headlineAt(i)
}

// contraction reports whether a word is a pronoun or verb contracted with
// an apostrophe, straight or curly: "I’ve", "We'll", "Don’t" name no one
// ("O’Neill" does).
func contraction(w string) bool {
	k := strings.LastIndexAny(w, "'’")
	if k <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[k:])
	switch strings.ToLower(w[k+n:]) {
	case "ve", "ll", "re", "m", "d", "t":
		return true
	}
	return false
}

// particleJoined reports whether a word is a name particle in lower case
// joined by a hyphen to a capitalised name: "al-Bashir", "el-Sisi".
func (d *doc) particleJoined(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !d.lx.particles[p] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameAt returns the end of a name starting at toks[i] (i when there is
// none): capitalised words, initials, particles between them (da, bin, von
// der), a nickname in quotes ("Juan Carlos "Kiko" Ramos"), a family name in
// brackets after a given name ("Fumio (Kishida)"), a family name in capitals
// before the given name ("LI Wenhai"), and a month that is a family name
// ("Theresa May", "Prime Minister May").
// placeWordEnd reports whether toks[k], a one-word place ("Hue", "Vinh"),
// ends a person's name: two name words of the same sentence before it and no
// capitalised word after it. Vietnamese and other given names are often
// the names of cities too.
func (d *doc) placeWordEnd(k int) bool {
	if k < 2 || k >= len(d.toks) {
		return false
	}
	sp, ok := d.spanAt(k)
	if !ok || sp.kind != kPlace || sp.j != k+1 {
		return false
	}
	if n := k + 1; n < len(d.toks) && d.toks[n].word && d.toks[n].cap && d.toks[n].sent == d.toks[k].sent {
		return false
	}
	return d.eligible(k-1) && d.eligible(k-2) && d.toks[k-2].sent == d.toks[k].sent
}

func (d *doc) nameAt(i int) int {
	j := i
	if e := d.particleRun(i); e > i {
		j = e // "von der Leyen" after a title
	} else if i+1 < len(d.toks) && d.shortCapitals(i) || d.monthName(i) {
		j = i + 1 // "LI Wenhai", "Prime Minister May"
	}
	for j < len(d.toks) && j-i < 9 {
		// "Mrs A B Excellencies and …": an address block's next line
		// opens with a salutation, no word of the name (speech32b.go).
		if j > i && d.salutationAt(j) {
			break
		}
		if d.eligible(j) || j > i && d.monthName(j) {
			j++
			continue
		}
		if j > i && d.initialGlued(j) {
			j += 2 // "Kh.Battulga": the initial of a patronymic before the name
			continue
		}
		if j-i >= 2 && d.placeWordEnd(j) {
			j++ // "Vuong Dinh Hue": a city's name ending a person's
			break
		}
		t := d.toks[j]
		if j > i {
			if e := d.particleRun(j); e > j {
				j = e
				continue
			}
			// "Abang Johari Tun Openg": an honorific before the father's
			// name inside a Malay name.
			if t.cap && d.lx.innerHonorifics[t.fold] && j+1 < len(d.toks) && d.toks[j+1].sent == t.sent && d.eligible(j+1) {
				j += 2
				continue
			}
			if e := d.nicknameAt(j); e > j && d.eligible(e) {
				j = e
				continue
			}
			// "Fumio (Kishida)": the family name a speech adds in brackets.
			if e := d.bracketedAt(j); e > j && j-i == 1 && d.lx.is(&d.toks[i], fGiven) && !d.eligible(e) {
				return e
			}
		}
		// A regnal number inside a name: "Abdullah II ibn Al Hussein".
		if j > i && t.cap && d.lx.is(&t, fSuffixes) && j+2 < len(d.toks) && d.lx.is(&d.toks[j+1], fParticles) && d.eligible(j+2) && d.toks[j+2].sent == t.sent {
			j += 2
			continue
		}
		break
	}
	// An initial cannot end a name: "M." then nothing.
	for j > i && isInitial(strings.TrimSuffix(d.toks[j-1].text, ".")) && strings.HasSuffix(d.toks[j-1].text, ".") {
		j--
	}
	return j
}

// particleRun returns the end of name particles at toks[i] and the name
// word after them ("von der Leyen", "de Melen", "bin Zayed"), or i.
func (d *doc) particleRun(i int) int {
	j := i
	for j < len(d.toks) && j-i < 3 && d.toks[j].word && d.lx.is(&d.toks[j], fParticles) && d.toks[j].sent == d.toks[i].sent {
		j++
	}
	if j == i || j >= len(d.toks) || !d.eligible(j) || d.toks[j].sent != d.toks[i].sent {
		return i
	}
	return j + 1
}

// shortCapitals reports whether toks[i] is a short family name in capitals
// before a given name ("LI Wenhai", "XI Jinping"), not an acronym: a word
// of two or three capitals followed by a capitalised word in lower case.
func (d *doc) shortCapitals(i int) bool {
	t, n := d.toks[i], d.toks[i+1]
	return t.word && t.upper && len(t.text) <= 3 && !d.inSpan(i) && !d.lx.is(&t, fSuffixes) && n.sent == t.sent && !n.upper && d.eligible(i+1)
}

// monthName reports whether the month word at toks[j] is a name: "May"
// not followed by a day or a year.
func (d *doc) monthName(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	t := d.toks[j]
	if !t.word || !t.cap || !d.lx.is(&t, fMonth) || d.inSpan(j) {
		return false
	}
	return j+1 >= len(d.toks) || !d.toks[j+1].num
}

// nicknameAt returns the end of a nickname in quotes at toks[j]: one or
// two capitalised words between quotation marks, or j.
func (d *doc) nicknameAt(j int) int {
	if j+2 >= len(d.toks) || !isQuote(d.toks[j].text) {
		return j
	}
	k := j + 1
	for k < len(d.toks) && k-j <= 2 && d.toks[k].word && d.toks[k].cap {
		k++
	}
	if k == j+1 || k >= len(d.toks) || !isQuote(d.toks[k].text) || d.toks[k].sent != d.toks[j].sent {
		return j
	}
	return k + 1
}

// bracketedAt returns the end of a bracketed name at toks[j]: "(Kishida)",
// "(von der Leyen)", or j.
func (d *doc) bracketedAt(j int) int {
	if j+2 >= len(d.toks) || d.toks[j].text != "(" {
		return j
	}
	k := j + 1
	if e := d.particleRun(k); e > k {
		k = e
	}
	for k < len(d.toks) && k-j <= 4 && d.eligible(k) {
		k++
	}
	if k == j+1 || k >= len(d.toks) || d.toks[k].text != ")" {
		return j
	}
	return k + 1
}

func isQuote(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}

// suffixAt returns the end of a name suffix (", Jr.", "II") at toks[j].
func (d *doc) suffixAt(j int) int {
	if j < len(d.toks) && d.lx.is(&d.toks[j], fSuffixes) && d.toks[j].cap {
		return j + 1
	}
	if j+1 < len(d.toks) && d.toks[j].text == "," && d.lx.is(&d.toks[j+1], fSuffixes) && d.toks[j+1].cap && (d.toks[j+1].fold == "jr" || d.toks[j+1].fold == "sr" || d.toks[j+1].upper && (j+2 >= len(d.toks) || !d.toks[j+2].cap)) {
		return j + 2 // "Lloyd Austin, III"
	}
	return j
}

// surface is the written form of toks[i:j], one space between words, upper
// case speaker labels in title case.
// upperRun reports whether the upper-case word at k stands among other
// upper-case words (a speaker label "PRESIDENT LEE:", a dateline "HÀ NỘI"),
// where upper case is typography, not spelling. An acronym standing alone
// among ordinary words (CPV, APEC, US) is kept as written.
func (d *doc) upperRun(k int) bool {
	for _, n := range []int{k - 1, k + 1} {
		if n >= 0 && n < len(d.toks) && d.toks[n].upper && d.toks[n].word && d.toks[n].sent == d.toks[k].sent {
			return true
		}
	}
	return false
}

func (d *doc) surface(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := d.toks[k]
		if k > i && t.text != "," && !(t.text == "-" || t.text == "–") && !(k > i && (d.toks[k-1].text == "-" || d.toks[k-1].text == "–")) {
			b.WriteByte(' ')
		}
		if t.upper && t.word && !d.lx.is(&t, fSuffixes) && d.upperRun(k) {
			b.WriteString(titleCase(t.text))
		} else {
			b.WriteString(t.text)
		}
	}
	return b.String()
}

// nameSurface is the written form of the name toks[i:j]: without a
// nickname in quotes or the brackets around a family name, and with a
// family name written in capitals among ordinary words in title case
// ("KISHIDA Fumio" is Kishida Fumio). It also returns the name in Western
// order when a family name in capitals comes first, else "".
func (d *doc) nameSurface(i, j int) (string, string) {
	var ks []int
	mixed, capsFirst := false, false
	for k := i; k < j; k++ {
		if k > i {
			if e := d.nicknameAt(k); e > k && e <= j {
				k = e - 1
				continue
			}
		}
		t := d.toks[k]
		if t.text == "(" || t.text == ")" {
			continue
		}
		if t.word && t.cap && !t.upper && len(t.text) > 2 {
			mixed = true
		}
		ks = append(ks, k)
	}
	var b strings.Builder
	var words []string
	for n, k := range ks {
		t := d.toks[k]
		if n > 0 && t.text != "," && !(t.text == "-" || t.text == "–") && !(d.toks[ks[n-1]].text == "-" || d.toks[ks[n-1]].text == "–") && !(t.text == "." && t.start == d.toks[ks[n-1]].end) {
			b.WriteByte(' ')
		}
		w := t.text
		if t.upper && t.word && !d.lx.is(&t, fSuffixes) && !strings.Contains(t.text, ".") && (mixed || d.upperRun(k)) {
			w = titleCase(t.text)
			if n == 0 && mixed {
				capsFirst = true
			}
		}
		b.WriteString(w)
		if t.word {
			words = append(words, w)
		}
	}
	western := ""
	if capsFirst && len(words) == 2 {
		western = words[1] + " " + words[0]
	}
	return b.String(), western
}

func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == ' ' || r == '\''
	}
	return b.String()
}

// countryName is the usual name of a country code.
func (lx *lexicon) countryName(code string) string {
	if i, ok := lx.byCode[code]; ok {
		return lx.countries[i].Name
	}
	return code
}

// raw is the text of toks[i:j] as written, with runs of space as one.
func (d *doc) raw(i, j int) string {
	if i >= j {
		return ""
	}
	return strings.Join(strings.Fields(d.text[d.toks[i].start:d.toks[j-1].end]), " ")
}

// labelName reports whether toks[i] is a word of the name a speaker's label
// opens with, before the comma and the office: "FELETI TEO, PRIME MINISTER
// OF TUVALU:" (a short word in capitals there is no acronym).
func (d *doc) labelName(i int) bool {
	from, to := d.sentToks(d.toks[i].sent)
	if i-from > 3 || d.labelEnd(from, to) < 0 {
		return false
	}
	for k := i + 1; k < to && k <= from+4; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}
