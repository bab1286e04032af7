package extract

import (
	"slices"
	"sort"
	"strings"

	accord "github.com/accordhq/accord"
)

// trigger is an engagement phrase found in the text.
type trigger struct {
	typ  accord.EngagementType
	i, j int
	sent int
}

// eng is an engagement under construction.
type eng struct {
	typ       accord.EngagementType
	date      string
	status    string
	persons   []int    // person indexes
	codes     []string // country participants, when no person is named
	place     accord.PlaceRef
	sent      int
	fromTitle bool
	confirmed bool // a body sentence reports it too
	byPub     bool // dated by publication, not by the text
}

// triggers finds the engagement phrases of the body. Filler words may sit
// inside a phrase ("spoke today with").
func (d *doc) triggers() []trigger {
	lx := d.lx
	var out []trigger
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].word {
			continue
		}
		n := lx.phrases.next[d.toks[i].fold]
		if n == nil {
			continue
		}
		best, bestJ := -1, 0
		j := i + 1
		for {
			for _, e := range n.entries {
				best, bestJ = e.id, j
			}
			if n.next == nil || j >= len(d.toks) {
				break
			}
			k := j
			for k < len(d.toks) && lx.fillers[d.toks[k].fold] && n.next[d.toks[k].fold] == nil {
				k++
			}
			if k >= len(d.toks) || d.toks[k].sent != d.toks[i].sent {
				break
			}
			c := n.next[d.toks[k].fold]
			if c == nil {
				break
			}
			n, j = c, k+1
		}
		if best < 0 {
			continue
		}
		form := lx.k.Engagements.Phrases[best].Phrase
		if lx.needName[foldToken(form)] {
			k := bestJ
			for k < len(d.toks) && (d.toks[k].fold == "the" || d.toks[k].fold == "his" || d.toks[k].fold == "her") {
				k++
			}
			if k >= len(d.toks) || !d.toks[k].cap {
				continue
			}
		}
		// "meeting the needs": a verb, not a meeting.
		if (form == "meeting" || form == "talks") && bestJ < len(d.toks) {
			nx := d.toks[bestJ].fold
			if nx == "the" || nx == "its" || nx == "their" || nx == "our" || nx == "these" || nx == "all" || nx == "a" || nx == "about" {
				if i == 0 || !lx.anaphor[d.toks[i-1].fold] && d.toks[i-1].fold != "a" {
					continue
				}
			}
		}
		out = append(out, trigger{typ: lx.phraseType[best], i: i, j: bestJ, sent: d.toks[i].sent})
		i = bestJ - 1
	}
	return out
}

func class(t accord.EngagementType) string {
	switch t {
	case accord.Talks, accord.Meeting:
		return "talks"
	}
	return string(t)
}

// engagements reads the engagements of the body. Principals are the persons
// the article is about (its lead), who stand for "the two leaders".
func (d *doc) engagements(title *doc, dateline accord.PlaceRef) (held, refs, invites []eng) {
	lx := d.lx
	principals := d.principals(title)
	var context string // the last held engagement's date
	var contextByPub bool
	// The headline names the contact of a readout or remarks.
	if title != nil {
		if t, ok := title.titleCue(); ok {
			var ps []int
			for _, m := range title.mentions {
				if m.person >= 0 {
					if pi := d.personLike(title.persons[m.person]); pi >= 0 {
						ps = appendInt(ps, pi)
					}
				}
			}
			if len(ps) >= 2 && !d.pub.IsZero() {
				e := eng{typ: t, date: d.pub.Format("2006-01-02"), status: accord.StatusHeld, persons: ps, sent: d.firstSentenceWith(ps), fromTitle: true, byPub: true}
				if t != accord.PhoneCall && t != accord.VideoCall {
					e.place = dateline
				}
				held = append(held, e)
				context, contextByPub = e.date, true
			} else if codes := title.countryPair(); len(ps) == 0 && codes != nil && !d.pub.IsZero() && title.countryCue() {
				// Governments in dialogue, no person named: "Joint Statement:
				// U.S.-Mexico High-Level Security Dialogue". The countries
				// take part; the body's own report of it, if any, wins below.
				held = append(held, eng{typ: t, date: d.pub.Format("2006-01-02"), status: accord.StatusHeld, codes: codes, sent: d.firstSentenceWithCountries(codes), fromTitle: true, byPub: true})
			}
		}
	}
	for _, tr := range d.triggers() {
		s := d.sents[tr.sent]
		from, to := d.sentToks(tr.sent)
		// Status from cue words just before the phrase.
		future, past, invited := false, false, false
		for k := tr.i - 1; k >= from && k >= tr.i-5; k-- {
			if t := d.toks[k]; t.text == t.fold { // cue words are plain lower case: not "Tô"
				future = future || lx.future[t.fold]
				past = past || lx.past[t.fold]
			}
		}
		for k := from; k < to; k++ {
			invited = invited || lx.invite[d.toks[k].fold]
		}
		// The date nearest the phrase.
		var date *dateExpr
		ds := lx.dates(d.toks, from, to, d.pub)
		for k := range ds {
			if date == nil || dist(ds[k], tr) < dist(*date, tr) {
				date = &ds[k]
			}
		}
		if date == nil {
			date = d.placeDate(from, to, tr)
		}
		if date != nil && !d.pub.IsZero() {
			// "last month", "last week": a contact before this one, mentioned.
			// A date well before publication outweighs cue words ("traveled to
			// Bali for a meeting" in May).
			if date.last().Before(d.pub.AddDate(0, 0, -31)) || d.toks[date.tok].fold == "last" {
				past, future = true, false
			}
			if date.t.After(d.pub.AddDate(0, 0, 1)) {
				future = true
			}
		}
		// Anaphora: "the talks", "their meeting" join an earlier contact.
		ana := tr.i > from && lx.anaphor[strings.ToLower(d.toks[tr.i-1].text)]
		if ana && date == nil && !past && !future {
			if k := lastOfClass(held, tr.typ); k >= 0 {
				held[k].confirmed = true
				// "The representatives for this meeting were A and B": the
				// persons of a contact first reported between countries.
				if len(held[k].persons) == 0 {
					if ps, _ := d.participants(tr, from, to, false); len(ps) >= 2 {
						held[k].persons, held[k].codes = ps, nil
					}
				}
				continue
			}
		}
		ps, group := d.participants(tr, from, to, past || future)
		// "The two leaders met", "President Lee met him": the principals. A
		// sentence about someone else ("Secretary X traveled to Bali for a
		// ministerial meeting") is not about them.
		guessed, named := false, len(ps)
		if group || len(ps) < 2 {
			if !past && !future && !invited && (group || subset(ps, principals)) {
				guessed = group && len(ps) < 2
				for _, p := range principals {
					ps = appendInt(ps, p)
				}
			}
		}
		e := eng{typ: tr.typ, status: accord.StatusHeld, persons: ps, sent: tr.sent}
		_ = s
		switch {
		case date != nil:
			e.date = date.format()
		case past || future:
		case context != "":
			e.date, e.byPub = context, contextByPub
		case !d.pub.IsZero():
			e.date, e.byPub = d.pub.Format("2006-01-02"), true
		}
		if tr.typ == accord.Visit && date != nil && date.prec == precDay && !past {
			e.date = date.t.Format("2006-01")
		}
		// "yesterday, my minister visited …, and they had a good meeting":
		// a group word alone does not make the headline's persons meet on
		// another day than the contact the headline reports.
		if guessed && len(held) > 0 && held[0].fromTitle && class(held[0].typ) == class(e.typ) && e.date != held[0].date {
			continue
		}
		if len(e.persons) < 2 {
			var codes []string
			for _, o := range d.others {
				if o.kind == accord.Country && !o.demonym && o.i >= 0 && d.toks[o.i].sent == tr.sent {
					codes = appendStr(codes, o.key)
				}
			}
			if !past && (len(e.persons) > 0 || len(codes) < 2) || past && len(e.persons)+len(codes) == 0 {
				continue
			}
			if past && len(e.persons) > 0 {
				codes = nil
			}
			if len(codes) > 0 {
				e.persons, e.codes = nil, codes
			}
		}
		e.place = d.placeIn(from, to, tr)
		if e.place.Country == "" && e.typ != accord.PhoneCall && e.typ != accord.VideoCall && e.typ != accord.Message && !past && !future {
			e.place = dateline
		}
		switch {
		case invited && (future || tr.typ == accord.Visit):
			e.status = accord.StatusPending
			invites = append(invites, e)
		case future:
			e.status = accord.StatusPending
			invites = append(invites, e)
		case past:
			e.status = accord.StatusMentioned
			refs = append(refs, e)
		default:
			if k := d.sameEngagement(held, e); k >= 0 {
				held[k].confirmed = true
				continue
			}
			// The body dates the headline's contact: "spoke on the phone
			// yesterday with …" in a readout of a call.
			if len(held) > 0 && held[0].fromTitle && !held[0].confirmed && date != nil && named >= 2 && class(held[0].typ) == class(e.typ) && overlap(held[0].persons, e.persons) {
				held[0].date, held[0].confirmed, held[0].byPub = e.date, true, e.byPub
				context, contextByPub = e.date, e.byPub
				continue
			}
			held = append(held, e)
			if len(e.date) == 10 {
				context, contextByPub = e.date, e.byPub
			}
		}
	}
	invites = append(invites, d.invitations(principals)...)
	// A headline that names a meeting the body announces for later ("Statement
	// on the Bilateral Meeting Between …", "… will host …") reports nothing held.
	if len(held) > 0 && held[0].fromTitle && !held[0].confirmed {
		for _, e := range invites {
			if class(e.typ) == class(held[0].typ) && overlap(e.persons, held[0].persons) {
				held = held[1:]
				break
			}
		}
	}
	// A contact between countries read from the headline gives way to the
	// body's report of a contact of its kind, which names the people.
	if len(held) > 1 && held[0].fromTitle && held[0].codes != nil {
		for _, e := range held[1:] {
			if class(e.typ) == class(held[0].typ) {
				held = held[1:]
				break
			}
		}
	}
	return held, refs, invites
}

// sameEngagement finds an engagement already read that e repeats.
func (d *doc) sameEngagement(held []eng, e eng) int {
	for k, h := range held {
		if class(h.typ) != class(e.typ) || h.date != e.date {
			continue
		}
		if len(h.persons) == 0 || len(e.persons) == 0 || overlap(h.persons, e.persons) {
			return k
		}
	}
	return -1
}

func lastOfClass(held []eng, t accord.EngagementType) int {
	for k := len(held) - 1; k >= 0; k-- {
		c := class(held[k].typ)
		if c == class(t) || class(t) == "talks" && (c == "phone_call" || c == "video_call") || t == accord.PhoneCall && c == "video_call" {
			return k
		}
	}
	return -1
}

// participants are the persons a sentence names around an engagement phrase,
// without those named in passing: "Lee's election", "as outlined by
// President Biden", "congratulations to Lee", former office holders.
func (d *doc) participants(tr trigger, from, to int, loose bool) (ps []int, group bool) {
	for _, s := range d.spans {
		if s.kind == kGroup && s.i >= from && s.i < to {
			group = true
		}
	}
	for _, m := range d.mentions {
		if m.person < 0 || m.ni < from || m.ni >= to || m.poss || m.former {
			continue
		}
		k := m.i - 1
		for k >= from && (d.toks[k].fold == "the" || d.toks[k].fold == "his" || d.toks[k].fold == "her") {
			k--
		}
		if k >= from {
			f := d.toks[k].fold
			if f == "by" && !loose || f == "of" || f == "about" || f == "like" {
				continue
			}
			if f == "to" && !(k >= tr.i && k < tr.j+1) {
				continue
			}
		}
		ps = appendInt(ps, m.person)
	}
	return ps, group
}

// principals are the persons of the lead sentence, or else of the headline.
func (d *doc) principals(title *doc) []int {
	var ps []int
	for s := 0; s < len(d.sents) && s < 2 && len(ps) < 2; s++ {
		for _, m := range d.mentions {
			if m.person >= 0 && m.sent == s && !m.poss && !m.former {
				ps = appendInt(ps, m.person)
			}
		}
	}
	if len(ps) < 2 && title != nil {
		for _, m := range title.mentions {
			if m.person >= 0 {
				if pi := d.personLike(title.persons[m.person]); pi >= 0 {
					ps = appendInt(ps, pi)
				}
			}
		}
	}
	return ps
}

// personLike finds the body's person for a person of the headline, adding
// the headline's person to the body's when the body does not name them.
func (d *doc) personLike(p *person) int {
	for pi, q := range d.persons {
		if (p.country == "" || q.country == "" || p.country == q.country) && (sameName(p.core, q.core) || sameName(q.core, p.core)) {
			// The headline may say more: "President Zelenskyy of Ukraine"
			// where the transcript has "PRESIDENT ZELENSKYY".
			if q.country == "" {
				q.country = p.country
			}
			if len(p.core) > len(q.core) {
				q.aliases = appendNew(q.aliases, q.name)
				q.name, q.core = p.name, p.core
			}
			for _, r := range p.roles {
				q.roles = appendNew(q.roles, r)
			}
			for _, t := range p.titles {
				q.titles = appendInt(q.titles, t)
			}
			return pi
		}
	}
	cp := *p
	d.persons = append(d.persons, &cp)
	return len(d.persons) - 1
}

// titleCue is the engagement type a headline names: "Readout of … Call
// with …", "Remarks by … Before Bilateral Meeting".
func (d *doc) titleCue() (accord.EngagementType, bool) {
	for i := range d.toks {
		t := d.toks[i]
		if !t.cap {
			continue
		}
		// The longest cue first: "Virtual Bilateral Meeting" before "Bilateral Meeting".
		cue := t.fold
		n := 1
		for k := i + 1; k < len(d.toks) && k < i+3 && d.toks[k].cap; k++ {
			cue += " " + d.toks[k].fold
			n++
		}
		for ; n > 0; n-- {
			if ty, ok := d.lx.titleCues[cue]; ok {
				return ty, true
			}
			if k := strings.LastIndexByte(cue, ' '); k >= 0 {
				cue = cue[:k]
			}
		}
	}
	return "", false
}

// invitations reads "X invited Y to visit Z": a pending visit.
func (d *doc) invitations(principals []int) []eng {
	var out []eng
	for i, t := range d.toks {
		if t.fold != "invited" {
			continue
		}
		from, to := d.sentToks(t.sent)
		var ps []int
		for _, m := range d.mentions {
			if m.person >= 0 && m.ni >= from && m.ni < to && !m.poss {
				ps = appendInt(ps, m.person)
			}
		}
		visit := -1
		for k := i; k < to; k++ {
			if d.toks[k].fold == "visit" {
				visit = k
				break
			}
		}
		if visit < 0 || len(ps) < 2 {
			continue
		}
		e := eng{typ: accord.Visit, status: accord.StatusPending, persons: ps, sent: t.sent}
		for k := visit + 1; k < to && k < visit+4; k++ {
			if sp, ok := d.spanAt(k); ok && sp.kind == kCountry {
				e.place = accord.PlaceRef{Name: d.lx.countryName(sp.e.code), Country: sp.e.code}
				break
			}
		}
		out = append(out, e)
	}
	return out
}

// placeIn is where a sentence says a contact took place: "in Seoul", "at the
// White House", "visit to the RoK".
func (d *doc) placeIn(from, to int, tr trigger) accord.PlaceRef {
	k := d.placeAt(from, to, tr)
	if k < 0 {
		return accord.PlaceRef{}
	}
	o := d.others[k]
	if o.kind == accord.Country {
		return accord.PlaceRef{Name: o.name, Country: o.key}
	}
	return accord.PlaceRef{Name: o.name, Country: o.country}
}

// placeDate dates a contact its sentence names only by its place ("the
// Trade Meeting in Stockholm") by the sentence that dates that place's
// meetings ("in London on June 9, and in Stockholm on July 28 and 29").
func (d *doc) placeDate(from, to int, tr trigger) *dateExpr {
	k := d.placeAt(from, to, tr)
	if k < 0 || d.others[k].kind != accord.Place {
		return nil
	}
	for i := from; i < to; i++ {
		if d.lx.months[d.toks[i].fold] > 0 && d.toks[i].cap {
			return nil // a date written in a way not read: not another's
		}
	}
	key := d.others[k].key
	for _, o := range d.others {
		if o.kind != accord.Place || o.key != key || o.i < 0 || d.toks[o.i].sent == tr.sent {
			continue
		}
		_, t := d.sentToks(d.toks[o.i].sent)
		for _, de := range d.lx.dates(d.toks, o.j, t, d.pub) {
			if de.tok <= o.j+1 { // "in Stockholm on July 28"
				return &de
			}
		}
	}
	return nil
}

// placeAt returns the index in d.others of the place of a contact, or -1.
func (d *doc) placeAt(from, to int, tr trigger) int {
	best := -1
	bestDist := 1 << 30
	for n, o := range d.others {
		if o.i < from || o.i >= to || o.kind == accord.Organization || o.demonym {
			continue
		}
		k := o.i - 1
		if k >= from && d.toks[k].fold == "the" {
			k--
		}
		if k < from {
			continue
		}
		f := d.toks[k].fold
		if !(f == "in" || f == "at" || f == "to" && o.kind == accord.Country && tr.typ == accord.Visit) {
			continue
		}
		dd := abs(o.i - tr.i)
		if dd >= bestDist {
			continue
		}
		bestDist, best = dd, n
	}
	return best
}

func (d *doc) sentToks(s int) (from, to int) {
	from = sort.Search(len(d.toks), func(k int) bool { return d.toks[k].sent >= s })
	to = sort.Search(len(d.toks), func(k int) bool { return d.toks[k].sent > s })
	return from, to
}

func (d *doc) firstSentenceWith(ps []int) int {
	for _, m := range d.mentions {
		for _, p := range ps {
			if m.person == p {
				return m.sent
			}
		}
	}
	return 0
}

func dist(de dateExpr, tr trigger) int {
	if de.tok >= tr.j {
		return de.tok - tr.j
	}
	return tr.i - de.end
}

// subset reports whether every element of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func overlap(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func appendInt(l []int, x int) []int {
	for _, y := range l {
		if y == x {
			return l
		}
	}
	return append(l, x)
}

func appendStr(l []string, x string) []string {
	for _, y := range l {
		if y == x {
			return l
		}
	}
	return append(l, x)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// countryCue reports whether a headline names a contact between
// governments ("High-Level Security Dialogue").
func (d *doc) countryCue() bool {
	return slices.ContainsFunc(d.toks, func(t token) bool { return t.cap && d.lx.countryCues[t.fold] })
}

// countryPair returns the two countries a headline names, when it names
// exactly two (as countries, not demonyms), else nil.
func (d *doc) countryPair() []string {
	var codes []string
	for _, o := range d.others {
		if o.kind != accord.Country || o.demonym || slices.Contains(codes, o.key) {
			continue
		}
		codes = append(codes, o.key)
	}
	// Headlines join the pair with a hyphen, which keeps the two names one
	// word: "Chile-Kenya Economic Dialogue".
	for _, t := range d.toks {
		if !t.cap || !strings.Contains(t.text, "-") {
			continue
		}
		for _, part := range strings.Split(t.text, "-") {
			if c := d.lx.countryCode(part); c != "" && !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
	}
	if len(codes) != 2 {
		return nil
	}
	slices.Sort(codes)
	return codes
}

// firstSentenceWithCountries returns the first sentence naming all of the
// countries, else the first sentence.
func (d *doc) firstSentenceWithCountries(codes []string) int {
	for si := range d.sents {
		all := true
		for _, c := range codes {
			all = all && slices.ContainsFunc(d.others, func(o otherMention) bool {
				return o.kind == accord.Country && o.key == c && o.i >= 0 && o.i < len(d.toks) && d.toks[o.i].sent == si
			})
		}
		if all {
			return si
		}
	}
	return 0
}

// countryCode returns the code of the country a word names by itself
// ("Kenya", "Japan"), or "".
func (lx *lexicon) countryCode(word string) string {
	toks := tokenize(word, lx.abbr)
	if len(toks) == 0 {
		return ""
	}
	for _, e := range lx.names.match(toks, 0) {
		if e.kind == kCountry && len(tokenize(e.form, lx.abbr)) == len(toks) {
			return e.code
		}
	}
	return ""
}
