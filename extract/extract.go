// Package extract turns one article into its facts: actors, engagements,
// targets and areas, each with the sentence behind it. It needs nothing but
// the article and the embedded knowledge, so it runs in parallel freely.
package extract

import (
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/area"
	"github.com/accordhq/accord/extract/internal/reading"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/sentence"
	"github.com/accordhq/accord/extract/target"
)

// Extractor extracts facts from articles. It is safe for concurrent use:
// New builds its lookup tables once and Extract only reads them.
type Extractor struct {
	lx *lexicon
}

// New returns an Extractor with the embedded knowledge loaded.
func New() (*Extractor, error) {
	lx, err := buildLexicon()
	if err != nil {
		return nil, err
	}
	return &Extractor{lx: lx}, nil
}

// Mention is where a text names an actor: Text[Start:End].
type Mention struct {
	Start, End int
	Type       accord.ActorType
	Key        string // accord.ActorKey of the actor
	Country    string
}

// Extract returns the facts of one article. It never fails: an article with
// nothing to find gives empty facts.
func (x *Extractor) Extract(a *accord.Article) *accord.ArticleFacts {
	f := &accord.ArticleFacts{Article: a, Actors: []accord.Actor{}, Areas: []string{}, Engagements: []accord.Engagement{}, Targets: []accord.Target{}}
	if a == nil {
		return f
	}
	pub := parseDay(a.Published)
	// Speaker labels closed by a period read as labels; the text keeps its
	// length, so quotes are still cut from a.Body.
	body := x.lx.periodLabels(a.Body)
	sents := sentence.Split(body)
	h := x.lx.outlets.home(a)
	d := x.lx.analyzeFor(body, sents, pub, h)
	// (A government's own site gives its people its country itself, and
	// names a foreign leader by office alone: "President-elect A".)
	if !h.government {
		d.homeCountry = h.country
	}
	if day := d.filingDay(pub); !day.IsZero() {
		pub, d.pub = day, day
	}
	var title *doc
	if a.Title != "" {
		title = x.lx.analyzeHeadline(a.Title, pub, h)
		d.headlinePersons = title.persons
	}
	d.knownHolders(h.country)
	if title != nil {
		title.knownHolders(h.country)
		// The headline's principal named by office is a person of the body.
		title.officePrincipals(h, nil, true)
		for _, p := range title.persons {
			d.personLike(p)
		}
		for _, o := range title.others {
			o.i = -1 // its tokens are the headline's
			d.others = append(d.others, o)
		}
	}
	d.officePrincipals(h, title, false)
	d.qualifiedAntecedents()
	d.qualifiedHolders()
	d.possessedLeaders()
	d.spouseCountries()
	dateline := x.lx.dateline(a.Dateline)
	if dateline.Name != "" {
		d.others = append(d.others, otherMention{kind: accord.Place, key: accord.Fold(dateline.Name), name: dateline.Name, form: a.Dateline, country: dateline.Country, i: -1})
		d.hereAtDateline(dateline, a.Dateline)
	}
	held, refs, invites := d.engagements(title, dateline, h)
	held, refs, invites = d.withoutIssuers(held), d.withoutIssuers(refs), d.withoutIssuers(invites)
	d.inferCountries(h, title, held, refs, invites)
	d.roundChairs(held)         // talks35.go
	held = d.remoteRounds(held) // talks35.go
	// A preview's announced visit is held (preview.go).
	held, invites, preview := d.previewVisit(title, held, invites)
	held = d.trips(held, refs, h, title)
	// A visit's programme announced on its first day is held (programme.go).
	held, invites = d.programme(held, invites, preview)
	held = d.withoutReporters(held)
	held = d.withoutSigningNarrators(held) // sign34.go
	n := len(held)
	held = d.latePress(title, held, dateline, h)
	held = d.latePressTrip(held, refs, h, title, n) // jpc33.go
	held = d.ownPress(title, held, dateline, h, title != nil && title.pressRegarding())
	held = d.ownSummit(held, h)
	held = d.namedSummits(held, title)
	held = d.blocGatherings(held)      // blocside36.go
	d.unionMeetingSummits(held, title) // summit32.go
	d.coChairSummits(held)             // cochair33.go
	d.manySidedSummits(held, title)    // manysided33.go
	held = d.leaderAtGathering(held)   // gathering37.go
	held = d.blocTold(held)            // blocside36.go
	held = d.pressAfterTalks(held)
	held = d.groupPressAfterTalks(held)                     // press34.go
	held = append(held, d.talksBeforePress(held, title)...) // once the sides have their countries
	held = d.namedHomeLeader(held, h)
	held = d.gatheringTrips(held)
	d.wrapUpDates(held)
	d.oneDayVisits(held, title)
	d.oneDayStays(held) // day33.go
	d.homeOfficials(h, held, refs, invites)
	d.domesticPersons(h, title)
	held, refs, invites = d.international(held), d.international(refs), d.international(invites)
	d.honouredPersons(held, refs, invites)
	d.onePerCountry(held) // vhost34.go
	var ms []Mention
	actors, ms := d.actors(&ms)
	var ownGathering []int // indexes in f.Engagements of a leader's own part in a many-sided summit
	f.Actors = actors
	for _, list := range []struct {
		in  []eng
		out *[]accord.Engagement
	}{{held, &f.Engagements}, {refs, &f.References}, {invites, &f.Invitations}} {
		for _, e := range list.in {
			// A held contact has two sides; a mention may name one.
			if out := d.engagement(a, e, sents); len(out.Participants) >= 2 || e.own && len(out.Participants) == 1 || list.out != &f.Engagements {
				if list.out == &f.Engagements && e.own && e.typ == accord.Summit {
					ownGathering = append(ownGathering, len(f.Engagements))
				}
				*list.out = append(*list.out, out)
			}
		}
	}
	// Each report says whose clock dates it: two capitals' readouts of one
	// call may fall on two days.
	for i := range f.Engagements {
		for j := range f.Engagements[i].Reports {
			f.Engagements[i].Reports[j].Home = h.country
		}
	}
	f.Actors = d.sideActors(f)
	withoutDomestic(f, h.country, ownGathering)
	markUnnamed(f.Actors, a.Title, a.Body)
	// Targets and areas take the words the docs have read, not read the
	// texts' words again.
	sp, _ := readingPool.Get()
	sp = d.reading(sp[:0])
	var titleSpans []reading.Word
	if title != nil {
		n := len(sp)
		sp = title.reading(sp)
		titleSpans, sp = sp[n:], sp[:n]
	}
	ctx := x.targetContext(a, h, ms, d)
	ctx.Words = sp
	f.Targets = target.ExtractIn(a.ID, a.Body, sents, a.Published, principals(f, x.lx.blocCode), ctx)
	f.Areas = area.WithExchanges(area.ExtractSpans(a.Title, titleSpans, a.Body, sp), f.Engagements)
	sp = sp[:len(sp)+len(titleSpans)]
	clear(sp) // no article's words kept alive by the pool
	readingPool.Put(sp[:0])
	d.release()
	if title != nil {
		title.release()
	}
	return f
}

// unnamedTitles are the words no name of a person's is: markUnnamed.
var unnamedTitles = []string{"the", "mr", "mrs", "ms", "dr", "his", "her"}

// markUnnamed marks the persons whose name the article's title and body
// never write, not one word of it: a principal resolved from an office
// ("The Prime Minister spoke to …") or from the first person of a leader's
// release. They stay the participants of its contacts.
func markUnnamed(actors []accord.Actor, title, body string) {
	// Each person's name words less its title words, then one pass over
	// the text's folded words: not a search of the whole text per word.
	var words [][]string
	var titleBuf []string
	wanted := map[string]int{} // word → index in found
	var found []bool
	for i := range actors {
		a := &actors[i]
		if a.Type != accord.Person {
			words = append(words, nil)
			continue
		}
		// The name and the forms the text gives it (an office table's
		// "Volodymyr Zelenskyy" is "Vladimir Zelensky" in the text), less
		// the words of its titles ("President Zelenskyy").
		// A few words: a list, not a map made for each person.
		title := append(titleBuf[:0], unnamedTitles...)
		for _, r := range a.Roles {
			title = append(title, strings.Fields(accord.Fold(r))...)
		}
		titleBuf = title
		var ws []string
		for _, form := range append([]string{a.Name}, a.Aliases...) {
			for _, w := range strings.Fields(accord.Fold(form)) {
				if len(w) >= 2 && !slices.Contains(title, w) {
					ws = append(ws, w)
					if _, ok := wanted[w]; !ok {
						wanted[w] = len(found)
						found = append(found, false)
					}
				}
			}
		}
		words = append(words, ws)
	}
	if len(wanted) == 0 {
		for i := range actors {
			if actors[i].Type == accord.Person {
				actors[i].Unnamed = true
			}
		}
		return
	}
	// A word stands in the text as itself or its possessive ("Zelenskyy’s"
	// folds to "zelenskyys").
	// Most of the text's words are no name word: a word whose first
	// letter and length (less a possessive s) no name word has is not
	// looked up.
	var lens uint64
	var firsts [4]uint64
	for w := range wanted {
		lens |= 1 << min(len(w), 63)
		firsts[w[0]>>6] |= 1 << (w[0] & 63)
	}
	// The reading stops once every person has a word found: one is enough.
	done := false
	mark := func(k int) {
		if found[k] {
			return
		}
		found[k] = true
		done = true
		for _, ws := range words {
			if ws != nil && !slices.ContainsFunc(ws, func(w string) bool { return found[wanted[w]] }) {
				done = false
				return
			}
		}
	}
	see := func(t []byte) bool {
		n := len(t)
		if firsts[t[0]>>6]&(1<<(t[0]&63)) == 0 || lens&(1<<min(n, 63)|1<<min(n-1, 63)) == 0 {
			return false
		}
		if k, ok := wanted[string(t)]; ok {
			mark(k)
		}
		if n > 1 && t[n-1] == 's' {
			if k, ok := wanted[string(t[:n-1])]; ok {
				mark(k)
			}
		}
		return done
	}
	if !foldedWords(title, see) {
		foldedWords(body, see)
	}
	for i := range actors {
		a := &actors[i]
		if a.Type != accord.Person {
			continue
		}
		named := false
		for _, w := range words[i] {
			if found[wanted[w]] {
				named = true
				break
			}
		}
		a.Unnamed = !named
	}
}

// foldedWords calls fn with each word of accord.Fold(text), in order, until
// fn returns true; it reports whether fn did. Fold treats white space as a
// break that decomposition never crosses, so the text is folded piece by
// piece between spaces: ASCII pieces byte by byte, without a copy of the text.
func foldedWords(text string, fn func([]byte) bool) bool {
	var buf []byte
	for i := 0; i < len(text); {
		// The piece text[i:j] up to the next space or dash or double
		// quote (marks that neither decompose nor combine).
		j, ascii, brk := i, true, 1
		for ; j < len(text); j++ {
			c := text[j]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				break
			}
			if c >= utf8.RuneSelf {
				if r, n := utf8.DecodeRuneInString(text[j:]); r == '“' || r == '”' || r == '—' || r == '–' {
					brk = n
					break
				}
				ascii = false
			}
		}
		piece := text[i:j]
		i = j + brk
		if piece == "" {
			continue
		}
		if !ascii {
			for _, w := range strings.Fields(accord.Fold(piece)) {
				if fn([]byte(w)) {
					return true
				}
			}
			continue
		}
		buf = buf[:0]
		for k := 0; k < len(piece); k++ {
			c := piece[k]
			switch {
			case c == '\'':
				continue
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if len(buf) > 0 {
					if fn(buf) {
						return true
					}
					buf = buf[:0]
				}
				continue
			}
			buf = append(buf, c)
		}
		if len(buf) > 0 && fn(buf) {
			return true
		}
	}
	return false
}

// targetContext tells targets the outlet's home country (a bare "$" is its
// dollar; a page under a country's domain, such as .nz, counts when the
// outlet is not known) and the persons and government bodies of the body
// with their countries.
func (x *Extractor) targetContext(a *accord.Article, h home, ms []Mention, d *doc) target.Context {
	ctx := target.Context{Home: h.country, Government: h.government, Turns: d.speakerTurns(h), Source: a.Source}
	if ctx.Turns == nil {
		ctx.Turns = d.quoteTurns(h) // a release quoting another country's leader
	}
	if ctx.Home == "" && a.URL != "" {
		if u, err := url.Parse(a.URL); err == nil {
			ctx.Home = x.lx.outlets.tldHome(strings.TrimSuffix(strings.ToLower(u.Hostname()), "."))
		}
	}
	for _, m := range ms {
		if (m.Type == accord.Person || m.Type == accord.Organization) && m.Country != "" {
			ctx.Persons = append(ctx.Persons, target.Person{Start: m.Start, End: m.End, Country: m.Country})
		}
	}
	return ctx
}

// principals returns the countries an article is about, most salient first:
// those of the engagements it reports, then those of the persons it names,
// then the countries it names. Targets use them to find whose goal a number is.
// A regional bloc that is a summit's side (bloc) is none: its summit names no
// holder of the goals a partner's fact sheet tells.
func principals(f *accord.ArticleFacts, bloc func(string) bool) []string {
	var out []string
	seen := map[string]bool{}
	add := func(c string) {
		if c != "" && !seen[c] && !bloc(c) {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, e := range f.Engagements {
		for _, c := range e.Countries {
			add(c)
		}
	}
	for _, a := range f.Actors {
		if a.Type == accord.Person {
			add(a.Country)
		}
	}
	for _, a := range f.Actors {
		if a.Type == accord.Country {
			add(a.Country)
		}
	}
	return out
}

// Actors finds the actors of a text and every mention of them. sents are the
// sentences of text (sentence.Split); published (YYYY-MM-DD) may be empty.
func (x *Extractor) Actors(text string, sents []sentence.Span, published string) ([]accord.Actor, []Mention) {
	if sents == nil {
		sents = sentence.Split(text)
	}
	d := x.lx.analyze(text, sents, parseDay(published))
	d.knownHolders("")
	var ms []Mention
	return d.actors(&ms)
}

// analyze reads the persons, countries, organisations and places of a text.
func (lx *lexicon) analyze(text string, sents []sentence.Span, pub time.Time) *doc {
	return lx.analyzeFor(text, sents, pub, home{})
}

// analyzeHeadline is analyze for an article's title.
func (lx *lexicon) analyzeHeadline(text string, pub time.Time, h home) *doc {
	d := lx.newDoc(text, sentence.Split(text), pub)
	d.headline = true
	if h.government && h.country != "" {
		// (Not d.own: the headline's titles stay unqualified.)
		d.ownCountry, d.ownTitles = h.country, lx.outlets.govs[h.country].offices
	}
	d.findPersons()
	d.findOthers()
	return d
}

// analyzeFor is analyze for an article of outlet h: on a government's own
// site, its unqualified head titles are its own ("The Prime Minister").
func (lx *lexicon) analyzeFor(text string, sents []sentence.Span, pub time.Time, h home) *doc {
	d := lx.newDoc(text, sents, pub)
	if h.government && h.country != "" {
		d.own = lx.outlets.govs[h.country].offices
		d.ownCountry, d.ownTitles = h.country, d.own
	}
	d.findPersons()
	d.findOthers()
	return d
}

// findOthers collects countries, organisations and places, and defines
// organisations from acronyms in brackets: "Korea Institute of Science and
// Technology (VKIST)".
func (d *doc) findOthers() {
	lx := d.lx
	if d.others == nil {
		// Room for every country, organisation and place matched: grown a
		// mention at a time, the list was copied over and over.
		n := 0
		for _, s := range d.spans {
			switch s.kind {
			case kCountry, kDemonym, kWeakCountry, kOrg, kPlace:
				n++
			}
		}
		if p, ok := othersPool.Get(); ok && cap(p) >= n {
			d.others = p
		} else {
			d.others = make([]otherMention, 0, n)
		}
	}
	for _, s := range d.spans {
		switch s.kind {
		case kCountry, kDemonym, kWeakCountry:
			if d.currencyPrefix(s.j) || d.currencyWord(s.j) {
				continue // US$150 billion, A$, NZ$, "100 billion US dollars": a currency, not the country
			}
			d.others = append(d.others, otherMention{kind: accord.Country, key: s.e.code, name: lx.countryName(s.e.code), form: d.surface(s.i, s.j), country: s.e.code, i: s.i, j: s.j, demonym: s.kind == kDemonym})
		case kOrg:
			if d.partOfLongerName(s.i, s.j) {
				continue // the 14th National Congress of the Party: not the U.S. Congress
			}
			o := lx.k.Organizations[s.e.id]
			d.others = append(d.others, otherMention{kind: accord.Organization, key: accord.Fold(o.Name), name: o.Name, form: d.surface(s.i, s.j), country: o.Country, i: s.i, j: s.j})
		case kPlace:
			p := lx.k.Places[s.e.id]
			d.others = append(d.others, otherMention{kind: accord.Place, key: accord.Fold(p.Name), name: p.Name, form: d.surface(s.i, s.j), country: p.Country, i: s.i, j: s.j, landmark: p.Landmark, capital: p.Capital})
		}
	}
	for i := 2; i+1 < len(d.toks); i++ {
		t := &d.toks[i]
		if d.toks[i-1].text != "(" || d.toks[i+1].text != ")" || !t.upper || len(t.text) > 8 || d.inSpan(i) {
			continue
		}
		// The name: capitalised words and connectors before the bracket.
		st := i - 1
		for st > 0 {
			p := d.toks[st-1]
			if p.sent != t.sent || !(p.word && p.cap || p.fold == "of" || p.fold == "and" || p.fold == "for" || p.fold == "on" || p.fold == "the" || p.text == "–" || p.text == "-") {
				break
			}
			st--
		}
		for st < i-1 && !d.toks[st].cap {
			st++
		}
		if i-1-st < 2 {
			continue
		}
		name := d.surface(st, i-1)
		d.others = append(d.others, otherMention{kind: accord.Organization, key: accord.Fold(name), name: name, form: t.text, i: st, j: i + 2})
	}
}

// partOfLongerName reports whether a one-word organisation name at [i, j)
// is the head of a longer name of another body: a capitalised word before it
// in the sentence ("National Congress", "Party Congress") or "of" and a
// capitalised word after it ("Congress of the Communist Party").
func (d *doc) partOfLongerName(i, j int) bool {
	if j-i != 1 {
		return false
	}
	if i > 0 {
		p := d.toks[i-1]
		if p.sent == d.toks[i].sent && p.word && p.cap && !p.num && !d.sentenceStart(i-1) {
			return true
		}
	}
	if j+1 < len(d.toks) && d.toks[j].fold == "of" {
		n := d.toks[j+1]
		if n.fold == "the" && j+2 < len(d.toks) {
			n = d.toks[j+2]
		}
		return n.word && n.cap && n.sent == d.toks[i].sent
	}
	return false
}

// sentenceStart reports whether token k opens its sentence.
func (d *doc) sentenceStart(k int) bool {
	return k == 0 || d.toks[k-1].sent != d.toks[k].sent
}

// currencyPrefix reports whether the token at j is a currency sign written
// against the word before it (US$, S$): that word names a currency.
func (d *doc) currencyPrefix(j int) bool {
	if j <= 0 || j >= len(d.toks) {
		return false
	}
	t := d.toks[j]
	return d.toks[j-1].end == t.start && (t.text == "$" || strings.HasPrefix(t.text, "$"))
}

// currencyWord reports whether the token at j is "dollar(s)", which makes
// the country's name before it a currency's ("100 billion US dollars",
// "NZ dollars"): an amount's unit, not the country taking part.
func (d *doc) currencyWord(j int) bool {
	if j <= 0 || j >= len(d.toks) {
		return false
	}
	t := d.toks[j].fold
	return t == "dollar" || t == "dollars"
}

// dateline resolves an article's dateline to a place with its country.
func (lx *lexicon) dateline(s string) accord.PlaceRef {
	s = strings.TrimSpace(s)
	if s == "" {
		return accord.PlaceRef{}
	}
	toks := tokenize(s, lx.abbr)
	if len(toks) > 0 {
		for _, e := range lx.names.match(toks, 0) {
			if e.kind == kPlace {
				p := lx.k.Places[e.id]
				return accord.PlaceRef{Name: p.Name, Country: p.Country}
			}
			if e.kind == kCountry {
				return accord.PlaceRef{Name: lx.countryName(e.code), Country: e.code}
			}
		}
	}
	return accord.PlaceRef{Name: s}
}

// actors lists the actors of a document, and their mentions when ms is set.
func (d *doc) actors(ms *[]Mention) ([]accord.Actor, []Mention) {
	// The others' keys and how many actors they are first, so that the
	// list is made at its size: actors are large, and most are others.
	keys := make([]string, len(d.others))
	index := make(map[string]int, len(d.others))
	for k, o := range d.others {
		keys[k] = accord.ActorKey(o.kind, o.key)
		if _, ok := index[keys[k]]; !ok {
			index[keys[k]] = -1
		}
	}
	out := make([]accord.Actor, 0, len(d.persons)+len(index))
	for _, p := range d.persons {
		if p.honoured {
			continue
		}
		a := accord.Actor{ID: accord.ActorKey(accord.Person, p.name), Type: accord.Person, Name: p.name, Country: p.country, Roles: nonNil(p.roles), Aliases: nonNil(without(p.aliases, p.name))}
		out = append(out, a)
	}
	sized := false
	if ms != nil && *ms == nil && len(d.mentions)+len(d.others) > 0 {
		*ms, sized = make([]Mention, 0, len(d.mentions)+len(d.others)), true // at most one each
	}
	if ms != nil {
		for _, m := range d.mentions {
			if m.person < 0 || d.persons[m.person].honoured {
				continue
			}
			p := d.persons[m.person]
			*ms = append(*ms, Mention{Start: d.toks[m.i].start, End: d.toks[m.j-1].end, Type: accord.Person, Key: accord.ActorKey(accord.Person, p.name), Country: p.country})
		}
	}
	for n, o := range d.others {
		key := keys[n]
		k := index[key]
		if k < 0 {
			k = len(out)
			index[key] = k
			a := accord.Actor{ID: key, Type: o.kind, Name: o.name, Country: o.country, Roles: []string{}, Aliases: []string{}}
			out = append(out, a)
		}
		if o.form != out[k].Name && !o.demonym && o.form != "" {
			out[k].Aliases = appendStr(out[k].Aliases, o.form)
		}
		if ms != nil && o.i >= 0 {
			*ms = append(*ms, Mention{Start: d.toks[o.i].start, End: d.toks[o.j-1].end, Type: o.kind, Key: key, Country: o.country})
		}
	}
	if ms != nil {
		if sized && len(*ms) == 0 {
			*ms = nil // as before: nil when nothing was found
		}
		sort.SliceStable(*ms, func(a, b int) bool { return (*ms)[a].Start < (*ms)[b].Start })
		return out, *ms
	}
	return out, nil
}

// sideActors adds to f's actors the countries its engagements take as a
// side without the text naming them (a government's own site: "joint press
// conference with Prime Minister A"), so that every participant is an actor.
func (d *doc) sideActors(f *accord.ArticleFacts) []accord.Actor {
	out := f.Actors
	for _, list := range [][]accord.Engagement{f.Engagements, f.References, f.Invitations} {
		for _, e := range list {
			for _, p := range e.Participants {
				if slices.ContainsFunc(out, func(a accord.Actor) bool { return a.ID == p }) {
					continue
				}
				code, ok := strings.CutPrefix(p, accord.ActorKey(accord.Country, ""))
				if !ok || code == "" {
					continue
				}
				name, aliases := d.lx.countryName(code), []string{}
				if o := d.lx.blocOrg(code); o >= 0 {
					// a regional bloc as a summit's side: its name and
					// initials ("Caribbean Community", "CARICOM")
					name = d.lx.k.Organizations[o].Name
					aliases = append(aliases, d.lx.k.Organizations[o].Aliases...)
				} else if name == code {
					// a union of states: the first organisation that stands for it
					for _, o := range d.lx.k.Organizations {
						if o.Country == code {
							name = o.Name
							break
						}
					}
				}
				out = append(out, accord.Actor{ID: p, Type: accord.Country, Name: name, Country: code, Roles: []string{}, Aliases: aliases})
			}
		}
	}
	return out
}

// engagement turns an engagement under construction into the domain value.
func (d *doc) engagement(a *accord.Article, e eng, sents []sentence.Span) accord.Engagement {
	out := accord.Engagement{Type: e.typ, Date: e.exportDate(), Place: e.place, Status: e.status, Participants: []string{}, Countries: []string{}}
	best := 0
	codes := e.codes
	// "A and his wife B … concluded an official visit": the side is A,
	// whom the spouse accompanies, not the spouse named nearer the verb.
	for k, pi := range e.persons {
		if !d.spouseOnly(pi) {
			continue
		}
		if q := d.spousePartner(pi); q >= 0 && !slices.Contains(e.persons, q) {
			e.persons = slices.Clone(e.persons)
			e.persons[k] = q
		}
	}
	companions := d.companions(e.persons)
	for _, pi := range e.persons {
		p := d.persons[pi]
		if companions[pi] {
			continue // "and his wife A": with a party, not one
		}
		if e.byCountry && p.country != "" {
			codes = appendStr(codes, p.country) // the countries sign, not these persons
			continue
		}
		out.Participants = append(out.Participants, accord.ActorKey(accord.Person, p.name))
		if p.country != "" {
			out.Countries = appendStr(out.Countries, p.country)
		}
		if r := d.lx.levelRank[p.level]; r > best {
			best, out.Level = r, p.level
		}
	}
	for _, c := range codes {
		if slices.Contains(out.Countries, c) && len(e.persons) > 0 {
			continue // the side a person named already stands for
		}
		out.Participants = append(out.Participants, accord.ActorKey(accord.Country, c))
		out.Countries = appendStr(out.Countries, c)
	}
	sort.Strings(out.Countries)
	if out.Type == accord.Summit && bilateralStates(out.Countries) && !e.named && !d.groupSummit(e.sent) {
		// "the Japan-U.S. summit" of two states' leaders is their meeting;
		// a summit is a gathering, or a bloc's with a partner (EU–Japan).
		out.Type = accord.Meeting
	}
	keys := append([]string(nil), out.Participants...)
	sort.Strings(keys)
	out.ID = accord.HashID("e", a.ID, string(e.typ), e.date, strings.Join(keys, ","))
	if e.sent >= 0 && e.sent < len(sents) {
		s := sents[e.sent]
		basis := "text"
		if e.datePub {
			basis = "published"
		}
		out.Reports = []accord.Evidence{{Article: a.ID, Quote: a.Body[s.Start:s.End], Start: s.Start, End: s.End, Published: a.Published, DateBasis: basis}}
	} else {
		out.Reports = []accord.Evidence{}
	}
	if e.status == accord.StatusMentioned {
		out.Refs, out.Reports = out.Reports, []accord.Evidence{}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func without(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// groupSummit reports whether sentence sent names a summit of a group by a
// name that is not two countries': "the first Nordic-Japan Summit", "the G7
// Summit" — not "the Japan-U.S. Summit" or "a bilateral summit".
func (d *doc) groupSummit(sent int) bool {
	for k := range d.toks {
		t := &d.toks[k]
		if t.sent != sent || k == 0 {
			continue
		}
		// "the Commonwealth Heads of Government meeting", "the Economic
		// Leaders' Meeting": a gathering of heads or leaders in the plural.
		if t.fold == "summit" || t.fold == "meeting" {
			for q := k - 1; q >= 0 && q >= k-4 && d.toks[q].sent == sent; q-- {
				if d.toks[q].cap && (d.toks[q].fold == "heads" || d.toks[q].fold == "leaders") {
					return true
				}
			}
		}
		if t.fold != "summit" {
			continue
		}
		// "held a summit on the sidelines of the G20 Summit": the
		// gathering where the two met is not their contact's.
		if d.occasionBefore(k, sent) {
			continue
		}
		p := d.toks[k-1]
		if !p.cap || !p.word {
			continue
		}
		for _, part := range strings.FieldsFunc(p.text, func(r rune) bool { return r == '-' || r == '–' }) {
			if d.lx.countryCode(part) == "" && !(k >= 2 && d.lx.countryCode(d.toks[k-2].text+" "+part) != "") {
				return true
			}
		}
	}
	return false
}

// occasionBefore reports whether the summit word at toks[k] names where
// a contact took place: "on the sidelines of the G20 Summit", "on the
// margins of the East Asia Summit".
func (d *doc) occasionBefore(k, sent int) bool {
	for q := k - 1; q >= 0 && q >= k-6 && d.toks[q].sent == sent; q-- {
		if d.lx.is(&d.toks[q], fSideline) {
			return true
		}
	}
	return false
}

// bilateralStates reports whether codes are two states, neither of them a
// union of states such as the EU.
func bilateralStates(codes []string) bool {
	if len(codes) != 2 {
		return false
	}
	for _, c := range codes {
		if _, ok := knowledge.CountryByCode(c); !ok {
			return false
		}
	}
	return true
}
