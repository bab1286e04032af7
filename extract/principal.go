package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/office"
)

// officePrincipals reads the principal a government's own release names
// only by office ("The Prime Minister spoke to …", "the President said")
// or in the first person ("I met today with …"): the holder of that office
// of the publishing government's country on the article's day, when the
// table knows exactly one for sure. headline reads a headline, where the
// title stands without "the": "Prime Minister's call with …".
//
// A title with anything that names its holder or another country — a name
// after it, "of France", "the French President", a capitalised word after
// it ("the President's Council") — is not the principal's; nor, in a body,
// a possessive one ("the President's budget"), named in passing.
func (d *doc) officePrincipals(h home, title *doc, headline bool) {
	if !h.government || h.country == "" || d.pub.IsZero() {
		return
	}
	added := false
	for si := range d.spans {
		s := d.spans[si]
		if s.kind != kTitle || s.e.plural || d.covered[s.i] || d.inMention(s.i) {
			continue
		}
		if !d.bareTitle(s, headline) {
			continue
		}
		ti := d.lx.k.Titles.Titles[s.e.id]
		// "the Emperor" on No 10's site is no office of the UK: a foreign
		// holder named in passing, not the site's own head of state.
		if g, ok := d.lx.outlets.govs[h.country]; ok && !g.offices.holdsFold(ti.Office) && !g.offices.holdsFold(ti.Title) {
			continue
		}
		// "President Obama, … The President and I had a conversation": the
		// title takes up the foreign holder just named, not the site's own,
		// unless the headline names the site's own holder of the office
		// ("PM call with Prime Minister A: … The Prime Minister discussed").
		if pi := d.namedBefore(s.i, ti.Office, h.country); pi >= 0 && !headline && !title.holds(h.country, ti.Office) {
			p := d.persons[pi]
			d.attach(&pmention{i: s.i, j: s.j, ni: s.i, nj: s.j, name: d.raw(s.i, s.j), title: s.e.id, role: ti.Office, country: p.country, sent: d.toks[s.i].sent, person: -1}, pi)
			added = true
			continue
		}
		// "Telephone conversation with Prime Minister of Japan A: … The
		// President and the Prime Minister agreed": on another government's
		// site, the foreign holder the headline names.
		// Not where that holder is named in the same sentence: "the Prime
		// Minister spoke to Prime Minister A" is the site's own.
		if pi := d.headlineHolder(title, ti.Office, h.country); pi >= 0 && !headline && !d.namedInSentence(pi, d.toks[s.i].sent) {
			p := d.persons[pi]
			d.attach(&pmention{i: s.i, j: s.j, ni: s.i, nj: s.j, name: d.raw(s.i, s.j), title: s.e.id, role: ti.Office, country: p.country, sent: d.toks[s.i].sent, person: -1}, pi)
			added = true
			continue
		}
		hd, ok := d.certainHolder(h.country, ti.Office)
		if !ok {
			continue
		}
		pi := d.holderPerson(hd)
		m := &pmention{i: s.i, j: s.j, ni: s.i, nj: s.j, name: hd.Name, title: s.e.id, role: ti.Office, country: hd.Country, sent: d.toks[s.i].sent, person: -1}
		if s.i > 0 && d.toks[s.i-1].fold == "the" {
			m.i = s.i - 1
		}
		d.attach(m, pi)
		added = true
	}
	if !headline && d.firstPerson(h, title) {
		added = true
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].i < d.mentions[b].i })
	}
}

// qualifiedHolders reads a leader or foreign minister named only by an
// office qualified by a country, "the UK Prime Minister", "the French
// President", "the Prime Minister of India", "Poland's President": the holder of that office of
// that country on the article's day, when the table knows exactly one for
// sure. A name after the title, a former holder or a plural is not this.
func (d *doc) qualifiedHolders() {
	if d.pub.IsZero() {
		return
	}
	added := false
	for si := range d.spans {
		s := d.spans[si]
		if s.kind != kTitle || s.e.plural || d.covered[s.i] || d.inMention(s.i) || s.i < 1 {
			continue
		}
		ti := d.lx.k.Titles.Titles[s.e.id]
		if c := office.Class(ti.Office); c != office.HeadOfState && c != office.HeadOfGovernment && c != office.ForeignMinister {
			continue
		}
		start, country := s.i, ""
		// "the UK Prime Minister", "the French President"
		if sp, ok := d.spanAt(s.i - 1); ok && sp.j == s.i && (sp.kind == kCountry || sp.kind == kDemonym) && sp.i > 0 {
			// "the visiting Lao Prime Minister": a guest word between.
			if d.toks[sp.i-1].fold == "the" {
				start, country = sp.i-1, sp.e.code
			} else if sp.i > 1 && d.lx.guestWords[d.toks[sp.i-1].fold] && d.toks[sp.i-2].fold == "the" {
				start, country = sp.i-2, sp.e.code
			}
		}
		// "Poland's President", "Japan's Prime Minister": a country in the
		// possessive.
		if country == "" && s.i >= 2 && d.possessive(s.i-1) {
			if sp, ok := d.spanEndingAt(s.i - 1); ok && sp.kind == kCountry {
				start, country = sp.i, sp.e.code
			}
		}
		end := s.j
		// "the Prime Minister of India"; without the article after a
		// contact's "with" or a title chain's "and", as agency English
		// writes it: "a phone conversation with Secretary-General of the
		// Party and Prime Minister of Singapore, on the occasion of …".
		before := d.toks[s.i-1].fold
		// ("the visiting President of South Africa": a guest word between.)
		guest := d.lx.guestWords[before] && s.i >= 2 && d.toks[s.i-2].fold == "the"
		if country == "" && (before == "the" || before == "with" || before == "and" || guest) && s.j+1 < len(d.toks) && d.toks[s.j].fold == "of" {
			q := s.j + 1
			if d.toks[q].fold == "the" {
				q++
			}
			if sp, ok := d.spanAt(q); ok && sp.kind == kCountry {
				start, country, end = s.i, sp.e.code, sp.j
				if before == "the" {
					start = s.i - 1
				} else if guest {
					start = s.i - 2
				}
			}
		}
		if country == "" || d.formerBefore(start) {
			continue
		}
		// A foreign minister by a country named before the office only ("the
		// Vietnamese Foreign Minister"): "the Foreign Minister of A and the
		// Foreign Minister of B" is a list of offices met one by one.
		if office.Class(ti.Office) == office.ForeignMinister && end > s.j {
			continue
		}
		// "Adviser to the Prime Minister of Italy", "Office of the French
		// President": the title names another's office, not a person.
		if start > 0 && d.toks[start-1].sent == d.toks[s.i].sent {
			f := d.toks[start-1].fold
			// "a reception for the visiting Lao Prime Minister": an occasion
			// held for the holder.
			// "a banquet in honour of the visiting President of B" too.
			occasion := f == "for" && start > 1 && d.lx.guestOccasions[d.toks[start-2].fold] ||
				f == "of" && start > 1 && (d.toks[start-2].fold == "honour" || d.toks[start-2].fold == "honor")
			if (f == "to" || f == "of" || f == "for" || f == "at") && !occasion {
				continue
			}
		}
		if end < len(d.toks) && d.toks[end].fold == "'s" {
			continue
		}
		// A name after it is its holder's own mention ("the French
		// President, A" reads A); a capitalised word goes on the title.
		// A comma before a lower-case word closes the office alone: "with
		// the Prime Minister of Singapore, on the occasion of …".
		if end < len(d.toks) && d.toks[end].sent == d.toks[s.i].sent && (d.toks[end].text == "," && !d.lowerAfter(end) || d.toks[end].word && d.toks[end].cap) {
			continue
		}
		hd, ok := d.certainHolder(country, ti.Office)
		if !ok {
			continue
		}
		// Foreign ministers change more often than the Wikidata snapshots
		// are refreshed: a snapshot's open term is trusted only within its
		// first thirty months ("the Foreign Minister of Kenya" three years
		// after a minister the snapshot still holds in office is likely
		// another); the hand-curated supplement's terms (no Wikidata item:
		// "name:" keys) are kept to the day.
		if hd.Class == office.ForeignMinister && hd.End.IsZero() && !strings.HasPrefix(hd.QID, "name:") && d.pub.After(hd.Start.AddDate(0, 30, 0)) {
			continue
		}
		pi := d.holderPerson(hd)
		d.attach(&pmention{i: start, j: end, ni: s.i, nj: s.j, name: hd.Name, title: s.e.id, role: ti.Office, country: hd.Country, sent: d.toks[s.i].sent, person: -1}, pi)
		added = true
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].i < d.mentions[b].i })
	}
}

// bareTitle reports whether title span s stands alone for an office's
// holder: "the President" (or, in a headline, "Prime Minister's …") with
// no country, title or name around it.
// ownStateSuffix reports whether the words from toks[k] complete a title
// with the state itself ("of the Republic", lexicon ownStateSuffixes) and
// nothing more: not "of the Republic of Korea", not "of the Republic's
// Senate", not "of the Republic Day Committee".
func (d *doc) ownStateSuffix(k int) bool {
	_, to := d.sentToks(d.toks[k].sent)
	for _, w := range d.lx.ownStateSuffixes {
		if !d.wordsAt(k, to, w) {
			continue
		}
		if e := k + len(w); e < to && (d.toks[e].fold == "of" || d.toks[e].fold == "'s" || d.toks[e].cap && d.toks[e].word) {
			continue
		}
		return true
	}
	return false
}

func (d *doc) bareTitle(s span, headline bool) bool {
	the := s.i > 0 && d.toks[s.i-1].fold == "the" && d.toks[s.i-1].sent == d.toks[s.i].sent
	// "Press Statement by External Affairs Minister after …": a headline
	// names the speaker by office after "by", without "the".
	by := headline && s.i > 0 && d.toks[s.i-1].fold == "by"
	if !the && !by && !(headline && (s.i == 0 || !d.toks[s.i-1].word)) {
		return false
	}
	if the && s.i > 2 && (d.toks[s.i-2].fold == "to" || d.toks[s.i-2].fold == "of") {
		// "Assistant to the President and Director A", "Counselor to the
		// President, A": the office completes another's title, the
		// principal is not there; a capitalised word before the link that
		// opens no sentence is that title ("met with the President" and
		// "spoke to the President" are contacts).
		if w := d.toks[s.i-3]; w.word && w.cap && w.sent == d.toks[s.i].sent && !d.atSentenceStart(s.i-3) && !d.covered[s.i-3] {
			if !d.inSpan(s.i-3) || d.spanOf(s.i-3).kind == kTitle {
				return false
			}
		}
	}
	if the && s.i > 1 {
		// "of the President", "the President and the Prime Minister" are
		// fine; "Country's the" never occurs, so only a span before "the"
		// that ends at it would qualify the title: none does.
		if sp, ok := d.spanAt(s.i - 2); ok && sp.j == s.i-1 && (sp.kind == kCountry || sp.kind == kDemonym) {
			return false
		}
	}
	k := s.j
	if k >= len(d.toks) || d.toks[k].sent != d.toks[s.i].sent {
		return true
	}
	next := d.toks[k]
	if next.fold == "'s" {
		if !headline {
			return false // "the President's budget": named in passing
		}
		k++
		if k < len(d.toks) && d.toks[k].cap && d.toks[k].word && d.toks[k].sent == next.sent {
			return false // "the President's Council", "Prime Minister's Office"
		}
		return true
	}
	if next.fold == "of" && d.ownStateSuffix(k) {
		return true // "the President of the Republic" on a presidency's site
	}
	if next.fold == "of" || next.fold == "to" || next.fold == "for" {
		return false // "the President of France", "Minister for Foreign Affairs"
	}
	if _, ok := d.spanAt(k); ok {
		return false // another title, a country, a name's span
	}
	if next.word && next.cap {
		return false // a name or a longer name: "the President Emeritus"
	}
	return true
}

// inMention reports whether token i is inside a person mention.
func (d *doc) inMention(i int) bool {
	for _, m := range d.mentions {
		if i >= m.i && i < m.j {
			return true
		}
	}
	return false
}

// homeOfficeOnly reports whether a headline names its own government's
// office bare ("PM call with President A") while the office table knows no
// holder of it for sure on the article's day: the side is the country.
func (d *doc) homeOfficeOnly(h home) bool {
	if !h.government || h.country == "" || d.pub.IsZero() {
		return false
	}
	for _, s := range d.spans {
		if s.kind != kTitle || s.e.plural || d.covered[s.i] || d.inMention(s.i) || !d.bareTitle(s, true) {
			continue
		}
		ti := d.lx.k.Titles.Titles[s.e.id]
		if g, ok := d.lx.outlets.govs[h.country]; ok && !g.offices.holdsFold(ti.Office) && !g.offices.holdsFold(ti.Title) {
			continue
		}
		if _, ok := d.certainHolder(h.country, ti.Office); !ok && len(office.Holders(h.country, ti.Office, d.pub)) > 1 {
			return true
		}
	}
	return false
}

// certainHolder returns the one holder of a country's office on the
// article's day, when no year-only change of holder makes it doubtful.
func (d *doc) certainHolder(country, off string) (office.Holder, bool) {
	if office.Class(off) == "" {
		return office.Holder{}, false
	}
	hs := office.Holders(country, off, d.pub)
	if len(hs) == 0 {
		return office.Holder{}, false
	}
	for _, h := range hs[1:] {
		if h.QID != hs[0].QID {
			return office.Holder{}, false
		}
	}
	if !hs[0].Certain(d.pub) {
		return office.Holder{}, false
	}
	return hs[0], true
}

// holderPerson returns the person of the text who is holder h, adding them
// when the text names them only by office.
func (d *doc) holderPerson(h office.Holder) int {
	hw := h.NameWords()
	for pi, p := range d.persons {
		if accord.Fold(p.name) == accord.Fold(h.Name) {
			return pi
		}
		// The same name romanised another way: "Chan-ocha" for the table's
		// "Chan-o-cha", "Prayuth" for "Prayut".
		if (p.country == "" || p.country == h.Country) && sameSpelling(p.name, h.Name) {
			return pi
		}
		if (p.country == "" || p.country == h.Country) && len(p.core) > 1 && office.Names(office.Words(p.name), hw) {
			return pi
		}
		// The text's own name for the holder: their family name and office.
		if (p.country == "" || p.country == h.Country) && len(p.core) > 0 && len(hw) > 0 && p.core[len(p.core)-1] == hw[len(hw)-1] && d.titledAs(p, h.Office) {
			return pi
		}
	}
	d.persons = append(d.persons, &person{name: h.Name, core: d.core(h.Name), country: h.Country, first: len(d.toks)})
	return len(d.persons) - 1
}

// sameSpelling reports whether two names are one name romanised two ways:
// their letters, without spaces, hyphens or marks, the same, or, in a name
// of ten letters or more, one letter apart ("Prayuth Chan-ocha", "Prayut
// Chan-o-cha"). Both must have a family name: one word is too short a
// name to tell a spelling from another person.
func sameSpelling(a, b string) bool {
	la, lb := letters(a), letters(b)
	if len(strings.Fields(a)) < 2 || len(strings.Fields(b)) < 2 || len(la) == 0 {
		return false
	}
	if la == lb {
		return true
	}
	if len(la) < 10 || len(lb) < 10 {
		return false
	}
	return oneEditApart(la, lb)
}

// letters returns the folded letters and digits of s, nothing else.
func letters(s string) string {
	var b strings.Builder
	for _, r := range accord.Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// oneEditApart reports whether a and b differ by one letter added, taken
// away or changed.
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// titledAs reports whether person p bears a title of office off.
func (d *doc) titledAs(p *person, off string) bool {
	for _, t := range p.titles {
		ti := d.lx.k.Titles.Titles[t]
		if office.Same(ti.Office, off) || office.Same(ti.Title, off) {
			return true
		}
	}
	return false
}

// attach adds mention m of person pi.
func (d *doc) attach(m *pmention, pi int) {
	for k := m.ni; k < m.nj; k++ {
		d.covered[k] = true
	}
	d.mentions = append(d.mentions, m)
	p := d.persons[pi]
	name := p.name
	d.join(pi, m)
	// join keeps the fullest form as the name; the office is no form of it.
	p.name, p.core = name, d.core(name)
	p.aliases = without(p.aliases, m.name)
	if m.ni < p.first {
		p.first = m.ni
	}
}

// firstPerson reads "I" in a release of the publishing government's leader:
// one whose headline names that leader alone ("Statement from President …",
// "Remarks by the Prime Minister …"), a transcript whose every speaker label
// names them ("ANTHONY ALBANESE, PRIME MINISTER: I've just come …"), or, on
// the site of a government led by a Prime Minister, a headline naming no
// one ("Joint Press Announcement": the Prime Minister speaks). Quoted words
// are someone else's.
func (d *doc) firstPerson(h home, title *doc) bool {
	pi := -1
	// A transcript of several speakers under a headline that names no
	// one: each turn's "I" is its speaker. (A headline that names them,
	// "Remarks by A and B", leaves "I" unread, as before.)
	if turns := d.turnPersons(h); (title == nil || len(title.persons) == 0) && turnsOfSeveral(turns) {
		return d.attachTurnI(turns)
	}
	switch {
	case title != nil && len(title.persons) == 1:
		tp := title.persons[0]
		if tp.country != h.country || !d.homeLeader(tp.name, h) {
			if labels := d.turnLabels(); labels != nil {
				return d.turnsI(labels)
			}
			// "Meeting with President A" on the leader's own site: the
			// headline names the guest, and the release's "I" is still
			// the leader's.
			if pi = d.leaderI(h); pi < 0 {
				return false
			}
		}
	case d.labelSpeaker() >= 0:
		pi = d.labelSpeaker()
		if !d.homeLeader(d.persons[pi].name, h) {
			if title != nil && len(title.persons) > 1 {
				return false // remarks of named principals, as below
			}
			return d.turnsI(d.turnLabels())
		}
	case title == nil || len(title.persons) == 0:
		// A transcript's "I" is its speaker's; a ministry's, its
		// minister's, not the head of government's.
		if labels := d.turnLabels(); labels != nil {
			return d.turnsI(labels)
		}
		// "The Prince of A's speech at …" on the leader's site: the "I" is
		// the titled speaker's (speech32b.go).
		if title.titledSpeaker() {
			return false
		}
		if pi = d.leaderI(h); pi < 0 {
			return false
		}
	default:
		// Remarks of two named leaders: their "I" recalls more than it
		// reports ("the accords that were signed 25 years ago").
		return false
	}
	if !d.attachI(pi, title) {
		return false
	}
	if pi >= 0 {
		d.addressed(h)
	}
	return true
}

// leaderI returns the person whose "I" opens a release of a government
// led by a Prime Minister, on its leader's site or one of no known office:
// the Prime Minister of the day, or -1. Unnamed, a minister's "I" is their
// country's side, as a side never named is.
func (d *doc) leaderI(h home) int {
	if h.office != "" && h.office != officeLeader {
		return -1
	}
	g, ok := d.lx.outlets.govs[h.country]
	if !ok || g.offices["president"] || !g.offices["prime minister"] {
		return -1
	}
	hd, ok := d.certainHolder(h.country, "Prime Minister")
	if !ok || !d.firstPersonLead(h.office == officeLeader) {
		return -1
	}
	return d.holderPerson(hd)
}

// addressed reads the bare given name by which a leader speaking in the
// first person names a counterpart ("Anthony and I signed …"): the one
// head of state or government of another country by that given name on the
// day.
func (d *doc) addressed(h home) {
	var all []office.Holder
	for i := range d.toks {
		t := &d.toks[i]
		if !t.cap || !t.word || d.covered[i] || !d.lx.is(t, fGiven) || d.inMention(i) || d.inSpan(i) {
			continue
		}
		if i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].word {
			continue // a full name or a longer proper name
		}
		// The text's own person of that given name first ("Donald" for the
		// host Donald Trump, in the guest's words): a holder of another
		// country only when the text names no one so.
		if pi := d.givenOfPerson(t.fold); pi != -1 {
			if pi >= 0 {
				d.attach(&pmention{i: i, j: i + 1, ni: i, nj: i + 1, name: t.text, title: -1, sent: t.sent, person: -1}, pi)
			}
			continue
		}
		if all == nil {
			var err error
			if all, err = office.All(); err != nil {
				return
			}
		}
		var found office.Holder
		n := 0
		for _, hd := range all {
			if hd.Country == h.country || hd.Class != office.HeadOfState && hd.Class != office.HeadOfGovernment || !hd.Certain(d.pub) {
				continue
			}
			if ws := hd.NameWords(); len(ws) > 1 && ws[0] == t.fold && (n == 0 || hd.QID != found.QID) {
				found = hd
				n++
			}
		}
		if n != 1 {
			continue
		}
		d.attach(&pmention{i: i, j: i + 1, ni: i, nj: i + 1, name: t.text, title: -1, sent: t.sent, person: -1}, d.holderPerson(found))
	}
}

// givenOfPerson returns the person of the text whose longer name has
// the given name fold as its first word: -1 when none, -2 when several.
func (d *doc) givenOfPerson(fold string) int {
	found := -1
	for pi, p := range d.persons {
		if len(p.core) >= 2 && accord.Fold(p.core[0]) == fold {
			if found >= 0 {
				return -2
			}
			found = pi
		}
	}
	return found
}

// homeLeader reports whether the person named name heads the state or
// government of the publishing country on the publication day.
func (d *doc) homeLeader(name string, h home) bool {
	for _, hd := range office.Find(name, d.pub) {
		if hd.Country == h.country && (hd.Class == office.HeadOfState || hd.Class == office.HeadOfGovernment) {
			return true
		}
	}
	return false
}

// labelSpeaker is the person every speaker label of a transcript names
// ("NAME, TITLE:" or "TITLE NAME:" opening a sentence), -1 when there is
// none or more than one speaker.
func (d *doc) labelSpeaker() int {
	who := -1
	for _, m := range d.mentions {
		if m.person < 0 {
			continue
		}
		from, _ := d.sentToks(m.sent)
		if m.i-from > 6 {
			continue
		}
		k := m.j
		for k < len(d.toks) && k < m.j+8 && d.toks[k].sent == m.sent && (d.toks[k].text == "," || d.toks[k].word && (d.toks[k].upper || d.toks[k].cap)) {
			k++
		}
		if k >= len(d.toks) || d.toks[k].text != ":" {
			continue
		}
		if who >= 0 && who != m.person {
			return -1
		}
		who = m.person
	}
	return who
}

// firstPersonLead reports whether the opening sentences speak as "I":
// one of the first three, or on the leader's own site (wide) one of the
// first ten, as a leader's press conference opens on the country and the
// day's programme before "I had a bilateral meeting with A" (meet31). A
// site of no known office also carries its ministers' speeches, whose
// later "I" is theirs.
func (d *doc) firstPersonLead(wide bool) bool {
	last := 2
	if wide {
		last = 9
	}
	start := d.leadStart()
	var quoted map[int]bool
	if wide {
		quoted = d.quotedSents() // beyond the opening, a quoted "I" is someone else's
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.sent < start {
			continue
		}
		if t.sent > start+last {
			break
		}
		if t.sent > start+2 && quoted[t.sent] {
			continue
		}
		if t.text != "I" && uncontracted(t.text) == "I" {
			return true // "I'm", "I've"
		}
		if t.text == "I" && i+1 < len(d.toks) && !d.toks[i+1].cap {
			return true
		}
		// "It was great to meet President A": the pleasure is the
		// speaker's own contact, the "I" unwritten (meet31.go gladI).
		if d.gladI(i, quoted) {
			return true
		}
	}
	return false
}

// attachI makes each unquoted "I" a mention of person pi (of the headline's
// person when pi < 0).
func (d *doc) attachI(pi int, title *doc) bool {
	added := false
	quoted := d.quotedSents()
	for i := range d.toks {
		t := &d.toks[i]
		if !d.isI(i, quoted) && !d.gladI(i, quoted) {
			continue
		}
		if pi < 0 {
			pi = d.personLike(title.persons[0])
		}
		d.attach(&pmention{i: i, j: i + 1, ni: i, nj: i + 1, name: "I", title: -1, sent: t.sent, person: -1}, pi)
		added = true
	}
	return added
}

// quotedSents returns the sentences with a quotation mark: their "I" is
// someone else's.
func (d *doc) quotedSents() map[int]bool {
	quoted := map[int]bool{}
	for ti := range d.toks {
		t := &d.toks[ti]
		if t.text == "\"" || t.text == "“" || t.text == "”" {
			quoted[t.sent] = true
		}
	}
	return quoted
}

// isI reports whether toks[i] is the pronoun "I", unquoted and not yet
// read: not "World War I" or "Title I".
func (d *doc) isI(i int, quoted map[int]bool) bool {
	t := &d.toks[i]
	if uncontracted(t.text) != "I" || quoted[t.sent] || d.covered[i] || i+1 >= len(d.toks) {
		return false
	}
	next := d.toks[i+1]
	contraction := t.text != "I" || next.fold == "'m" || next.fold == "'ve" || next.fold == "'ll" || next.fold == "'d"
	if next.sent != t.sent || !contraction && (!next.word || next.cap) {
		return false // "World War I", "Phase I."
	}
	if i == 0 {
		return true
	}
	prev := d.toks[i-1]
	if !prev.word || !prev.cap || prev.sent != t.sent {
		return true
	}
	// "Title I", unless the capital is only a sentence's opening word
	// ("Today I met …", "When I spoke …").
	return d.lx.pronounOpeners[prev.fold] && (i == 1 || d.toks[i-2].sent != t.sent)
}

// namedBefore returns the person last named before toks[i] with office, of a
// country other than home, or -1. Once the home holder has been named with
// the office ("Prime Minister Sato … held talks with Prime Minister A …
// Afterwards, the Prime Minister attended"), the bare office is the home
// holder's again, as a government's own readout calls its principal.
func (d *doc) namedBefore(i int, office, home string) int {
	found := -1
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.i >= i || m.person < 0 || m.title < 0 || d.lx.k.Titles.Titles[m.title].Office != office {
			continue
		}
		// One of unknown country is not the home holder either, whose name
		// and country the office table gives.
		c := d.persons[m.person].country
		if c == home {
			return -1
		}
		if found < 0 {
			found = m.person
		}
	}
	return found
}

// holds reports whether a person of country with office is named in d (a
// headline); false for a nil d.
func (d *doc) holds(country, office string) bool {
	if d == nil {
		return false
	}
	for _, p := range d.persons {
		if p.country == country && (p.office == office || slices.Contains(p.roles, office)) {
			return true
		}
	}
	return false
}

// possessedLeaders reads a bare family name in the possessive ("Putin’s
// illegal war") as the one head of state or government by that family name
// in office on the day: a leader is named so without title or given name.
func (d *doc) possessedLeaders() {
	if d.pub.IsZero() {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		// The possessive first: the cheap test that rules out most words.
		if !t.cap || !t.word || i+1 >= len(d.toks) || !d.possessive(i+1) {
			continue
		}
		if d.covered[i] || d.inMention(i) || d.inSpan(i) || d.lx.is(t, fStop) {
			continue
		}
		if i > 0 && d.toks[i-1].cap && d.toks[i-1].word && !d.atSentenceStart(i) {
			continue // the end of a longer name
		}
		var found office.Holder
		n := 0
		for _, hd := range office.Find(t.text, d.pub) {
			if hd.Class != office.HeadOfState && hd.Class != office.HeadOfGovernment || !hd.Certain(d.pub) {
				continue
			}
			if ws := hd.NameWords(); len(ws) < 2 || ws[len(ws)-1] != t.fold {
				continue
			}
			if n == 0 || hd.QID != found.QID {
				found = hd
				n++
			}
		}
		if n != 1 {
			continue
		}
		d.attach(&pmention{i: i, j: i + 1, ni: i, nj: i + 1, name: t.text, title: -1, sent: t.sent, person: -1}, d.holderPerson(found))
	}
}

// possessive reports whether token k is a possessive ending: 's, ’s.
func (d *doc) possessive(k int) bool {
	f := d.toks[k].text
	return (f == "'s" || f == "’s" || f == "’" || f == "'") && d.toks[k].start == d.toks[k-1].end
}

// headlineHolder returns the body's person for the one foreign holder of
// office the headline names, when the headline names no home holder of it,
// or -1.
func (d *doc) headlineHolder(title *doc, office, home string) int {
	if title == nil || title.holds(home, office) || title.theOffice(office) {
		return -1
	}
	found := -1
	for _, tp := range title.persons {
		if tp.country == "" || tp.country == home || tp.office != office && !slices.Contains(tp.roles, office) {
			continue
		}
		pi := d.personLike(tp)
		if pi < 0 || found >= 0 && found != pi {
			return -1
		}
		found = pi
	}
	return found
}

// namedInSentence reports whether person pi is named in sentence sent.
func (d *doc) namedInSentence(pi, sent int) bool {
	for _, m := range d.mentions {
		if m.person == pi && m.sent == sent {
			return true
		}
	}
	return false
}

// theOffice reports whether a headline names the office bare, after "the"
// and without a holder ("Readout of the President's Calls with …"): the
// site's own holder, even where a foreign holder of that office is named
// too.
func (d *doc) theOffice(office string) bool {
	for _, s := range d.spans {
		if s.kind != kTitle || s.i == 0 || d.toks[s.i-1].fold != "the" || d.inMention(s.i) {
			continue
		}
		if d.lx.k.Titles.Titles[s.e.id].Office == office {
			return true
		}
	}
	return false
}

// lowerAfter reports whether the token after toks[k] is a lower-case word of
// the same sentence.
func (d *doc) lowerAfter(k int) bool {
	n := k + 1
	return n < len(d.toks) && d.toks[n].sent == d.toks[k].sent && d.toks[n].word && !d.toks[n].cap && !d.toks[n].num
}

// bylineSide gives remarks printed under a byline — the speaker's name
// alone on the first line, an office on the next ("A\nSecretary of
// State\nTreaty Room\nWashington, DC", as a ministry prints its
// principal's remarks) — their speaker as the side a contact reads as the
// publishing country: "it was a pleasure to welcome Foreign Minister B" is
// the speaker's meeting with B. A signing or a summit keeps its countries.
func (d *doc) bylineSide(held []eng, h home) {
	if h.country == "" || len(held) == 0 {
		return
	}
	if !slices.ContainsFunc(held, func(e eng) bool {
		return e.typ != accord.Signing && e.typ != accord.Summit && slices.Contains(e.codes, h.country)
	}) {
		return // no side to give: the byline adds no person
	}
	pi := d.bylineSpeaker(h)
	if pi < 0 {
		return
	}
	for k := range held {
		e := &held[k]
		if e.typ == accord.Signing || e.typ == accord.Summit || !slices.Contains(e.codes, h.country) || slices.Contains(e.persons, pi) {
			continue
		}
		if slices.ContainsFunc(e.persons, func(p int) bool { return d.persons[p].country == h.country }) {
			continue // the side is named: another of the country speaks
		}
		codes := slices.DeleteFunc(slices.Clone(e.codes), func(c string) bool { return c == h.country })
		if len(codes) == 0 {
			codes = nil
		}
		e.codes = codes
		e.persons = append([]int{pi}, e.persons...)
	}
}

// bylineSpeaker is the person a byline opening the body names, of the
// publishing country: a first paragraph of title-case words alone (no
// clause: "A B Secretary of State Treaty Room Washington, DC October 1,
// 2009") whose name of two to five words is followed by an office. The
// office table's holder of that office on the day, when the name is
// theirs; else the name as written. -1 when there is none.
func (d *doc) bylineSpeaker(h home) int {
	// The first paragraph: up to a blank line, or to the first line's end
	// where the reader has joined a paragraph's lines.
	nl := strings.Index(d.text, "\n\n")
	if nl < 0 {
		nl = strings.IndexByte(d.text, '\n')
	}
	if nl < 0 || len(d.toks) < 4 || strings.TrimSpace(d.text[:d.toks[0].start]) != "" {
		return -1
	}
	end := 0
	for end < len(d.toks) && d.toks[end].start < nl {
		t := d.toks[end]
		if t.word && !t.cap && !t.num && !d.lx.bylineLinks[t.fold] {
			return -1 // a clause, not a byline
		}
		end++
	}
	if end > 30 {
		return -1
	}
	from := d.bylineRubric(end)
	k, words := from, 0
	comma, lined := false, false
	for k < end && !d.inSpan(k) {
		t := d.toks[k]
		switch {
		case t.word && t.cap && !t.num:
			if k > 0 && d.lineBreakBefore(k) {
				// A rubric on a line of its own above the name ("Press
				// Availability\nA B\nSecretary of State"): the name is
				// the line that the office follows.
				from, words, lined = k, 0, true
			}
			words++
		case t.text == "." && k > 0 && len([]rune(d.toks[k-1].text)) == 1:
			// an initial: "A. B"
		case t.text == "," && k > 0 && k+1 < end && d.inSpan(k+1) && !d.lineBreakBefore(k):
			// the office after a comma on the name's line: "A B,
			// Secretary of State"
			comma = true
		default:
			return -1
		}
		if comma {
			break
		}
		k++
	}
	name := ""
	if k > from {
		name = d.text[d.toks[from].start:d.toks[k-1].end]
	}
	if comma {
		k++
	}
	if words < 2 || words > 5 || k >= end {
		return -1
	}
	if lined && !comma && !d.lineBreakBefore(k) {
		return -1 // a rubric line must leave the name a line of its own
	}
	sp, ok := d.spanAt(k)
	if !ok || sp.kind != kTitle || sp.i != k {
		return -1
	}
	ti := d.lx.k.Titles.Titles[sp.e.id]
	if hd, ok := d.certainHolder(h.country, ti.Office); ok && office.Names(office.Words(name), hd.NameWords()) {
		return d.holderPerson(hd)
	}
	core := d.core(name)
	for pi, p := range d.persons {
		if accord.Fold(p.name) == accord.Fold(name) {
			return pi
		}
		// The speaker's labels name them by family name ("ASSISTANT
		// SECRETARY B:"): that person, named in full by the byline.
		if len(p.core) == 1 && len(core) > 1 && p.core[0] == core[len(core)-1] && (p.country == "" || p.country == h.country) {
			p.aliases = appendStr(p.aliases, p.name)
			p.name, p.core = name, core
			return pi
		}
	}
	d.persons = append(d.persons, &person{name: name, core: core, country: h.country, office: ti.Office, level: ti.Level, first: 0})
	return len(d.persons) - 1
}

// bylineRubric is the number of tokens a kind of release printed above
// the byline takes ("Press Availability A B Secretary of State …", the
// lines joined by the reader): 0 when the first paragraph opens with none.
func (d *doc) bylineRubric(end int) int {
	for _, r := range d.lx.bylineRubrics {
		if len(r) >= end {
			continue
		}
		ok := true
		for i, w := range r {
			if t := d.toks[i]; !t.cap || t.fold != w {
				ok = false
				break
			}
		}
		if ok {
			return len(r)
		}
	}
	return 0
}

// lineBreakBefore tells whether a line ends between token k-1 and token k.
func (d *doc) lineBreakBefore(k int) bool {
	return k > 0 && strings.IndexByte(d.text[d.toks[k-1].end:d.toks[k].start], '\n') >= 0
}

// qualifiedAntecedents reads a guest named again by country and office
// alone, "the Peruvian Foreign Minister", "the Peruvian minister" ("Later,
// President A received the Peruvian minister"): the one person of that
// country the text has named before with that office (or, for a bare
// "minister", with an office of ministers). It runs before the office
// table is asked (qualifiedHolders): the text's own antecedent comes first.
func (d *doc) qualifiedAntecedents() {
	added := false
	for si := range d.spans {
		sp := d.spans[si]
		if sp.kind != kCountry && sp.kind != kDemonym || sp.i < 1 || sp.j >= len(d.toks) {
			continue
		}
		// ("called on Kenyan President on Monday": agency copy drops the
		// article after a contact's verb or preposition.)
		if !d.lx.antecedentOpeners[d.toks[sp.i-1].fold] || d.toks[sp.i-1].sent != d.toks[sp.i].sent || d.toks[sp.j].sent != d.toks[sp.i].sent {
			continue
		}
		// Not one set aside ("Besides the Chilean Prime Minister, the Head
		// of State also met B") nor the object of an opening participle,
		// which retells ("Hosting the Chilean PM, the leaders stressed …").
		if k := sp.i - 2; k >= 0 && d.toks[k].sent == d.toks[sp.i].sent {
			if d.lx.antecedentBlocks[d.toks[k].fold] || d.atSentenceStart(k) && strings.HasSuffix(d.toks[k].fold, "ing") {
				continue
			}
		}
		id, end := -1, 0
		if ts, ok := d.spanAt(sp.j); ok && ts.kind == kTitle && ts.i == sp.j && !ts.e.plural {
			id, end = ts.e.id, ts.j
		} else if !d.toks[sp.j].cap {
			id, end = d.lowerTitle(sp.j)
		}
		if id < 0 || d.covered[sp.j] || d.inMention(sp.j) {
			continue
		}
		// A name or another office after it is its own: "the Peruvian
		// Foreign Minister, A", "the Peruvian Minister of Trade".
		if end < len(d.toks) && d.toks[end].sent == d.toks[sp.i].sent {
			// (Nor a possessive, named in passing: "the French
			// President's visit", as qualifiedHolders reads it.)
			if n := d.toks[end]; n.fold == "of" || n.fold == "for" || n.fold == "'s" || n.fold == "’s" || n.word && n.cap || n.text == "," && end+1 < len(d.toks) && d.toks[end+1].cap {
				continue
			}
		}
		ti := d.lx.k.Titles.Titles[id]
		pi := d.namedBeforeAs(sp.e.code, ti, sp.i)
		if pi < 0 {
			continue
		}
		p := d.persons[pi]
		start := sp.i - 1 // the article is the mention's
		if d.toks[start].fold != "the" {
			start = sp.i
		}
		d.attach(&pmention{i: start, j: end, ni: sp.j, nj: end, name: d.raw(sp.j, end), title: id, role: ti.Office, country: p.country, sent: d.toks[sp.i].sent, person: -1}, pi)
		added = true
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].i < d.mentions[b].i })
	}
}

// namedBeforeAs is the one person of country c with a mention before
// toks[k] whose office is title ti's, or, for a title that is the last word
// of offices ("Minister": "Foreign Minister"), ends with it; -1 for none or
// several.
func (d *doc) namedBeforeAs(c string, ti knowledge.Title, k int) int {
	word := accord.Fold(ti.Title)
	out := -1
	for pi, p := range d.persons {
		if p.country != c || p.office == "" || d.former(pi) {
			continue
		}
		fo := accord.Fold(p.office)
		if !oneOffice(ti.Office, p.office) && !strings.HasSuffix(fo, " "+word) {
			continue
		}
		if !slices.ContainsFunc(d.mentions, func(m *pmention) bool { return m.person == pi && m.i < k }) {
			continue
		}
		if out >= 0 && out != pi {
			return -1
		}
		out = pi
	}
	return out
}
