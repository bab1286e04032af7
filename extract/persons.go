package extract

import (
	"github.com/accordhq/accord/extract/office"
	"slices"
	"sort"
	"strings"

	accord "github.com/accordhq/accord"
)

// pmention is one mention of a person.
type pmention struct {
	i, j        int // tokens of the whole mention, titles included
	ni, nj      int // tokens of the name
	name        string
	title       int // index into knowledge titles, -1 for none
	titleText   string
	role        string
	country     string
	counterpart bool
	qualified   bool   // a capitalised word before the title: "Commission Vice President"
	poss        bool   // followed by 's: "Lâm's leadership"
	western     string // the name in given-family order, when written family name first in capitals
	also        []int  // titles before this one joined by "and": "Deputy Prime Minister and Foreign Minister"
	former      bool
	dead        bool // "the late A": one who has died
	sent        int
	person      int
}

// person is one person of a text, with every mention resolved to them.
type person struct {
	name    string
	core    []string
	country string
	roles   []string
	aliases []string
	level   string
	office  string
	titles  []int // knowledge titles of its mentions
	// qualified: a title of theirs follows another capitalised word, so it
	// may be of any body ("Commission Vice President").
	qualified bool
	first     int
	count     int
	// filial: the name holds a filial particle ("A bin B"), so a shorter
	// name may be a parent's (parentOf).
	filial bool
	// honoured: every mention names one commemorated, who takes no part
	// in what the text reports (honouredPersons): no actor.
	honoured bool
	// kin: named as someone's relative ("A, the wife of B"), so "Mrs. A"
	// is this person rather than the office holder of the family name.
	kin bool
}

func (d *doc) findPersons() {
	for si := range d.spans {
		s := &d.spans[si]
		switch s.kind {
		case kTitle, kHonorific, kCounterpart:
			if d.at[s.i] > 0 && (si == 0 || !d.chained(si)) {
				d.titled(si)
			}
		}
	}
	// Chinese, Korean and Taiwanese names without a title: a family name
	// and a hyphenated given name ("Lin Chia-lung", "Cho Tae-yul").
	for i := 0; i+1 < len(d.toks); i++ {
		// (The cheap tests first: most words are no family name here.)
		if d.covered[i] || len(d.toks[i].text) > 6 || !d.hyphenGiven(i+1) || !d.nameWord(i) || d.toks[i].upper && len(d.toks[i].text) > 3 || d.atSentenceStart(i) && d.lx.is(&d.toks[i], fStop) {
			continue
		}
		if i > 0 && d.toks[i-1].word && d.toks[i-1].cap && !d.atSentenceStart(i) && !d.inSpan(i-1) {
			continue // part of a longer name
		}
		d.addMention(&pmention{i: i, j: i + 2, ni: i, nj: i + 2, title: -1})
	}
	d.counterpartsNamed()
	d.counterpartFromNamed()
	d.possessiveCountryNames()
	// Names without a title: a known first name and another name word.
	for i := 0; i < len(d.toks); i++ {
		if d.covered[i] || !d.lx.is(&d.toks[i], fGiven) || !d.toks[i].cap {
			continue
		}
		if d.inSpan(i) || d.lx.is(&d.toks[i], fStop) && d.atSentenceStart(i) {
			continue
		}
		if d.inverted(i) {
			continue
		}
		// "H.E. Mr. Putin, Vladimir Vladimirovich": the given names of an
		// inverted name whose family name was read with its honorific.
		if i >= 2 && i+1 < len(d.toks) && d.toks[i-1].text == "," && d.covered[i-2] && d.nameWord(i-2) && d.patronymic(i+1) {
			continue
		}
		j := d.nameAt(i)
		if j-i < 2 {
			continue
		}
		// Part of a longer proper name: "Francis Scott Key Bridge". (Not
		// after a known body's name: "Head of the European Commission
		// Ursula von der Leyen".)
		// A capitalised word of the next sentence does not lengthen it: a
		// speaker's name on a line of its own ("Emmanuel MACRON") before
		// the speech.
		if i > 0 && d.toks[i-1].cap && d.toks[i-1].word && !d.atSentenceStart(i) && !d.calendarWord(i-1) && !d.orgEndsAt(i) || j < len(d.toks) && d.toks[j].sent == d.toks[i].sent && d.toks[j].word && d.toks[j].cap && !d.lx.is(&d.toks[j], fSuffixes) && !d.postNominal(j) {
			continue
		}
		// A place: "in Santa Rosa, California".
		if i > 0 && (d.toks[i-1].fold == "in" || d.toks[i-1].fold == "at") && j+1 < len(d.toks) && d.toks[j].text == "," && d.toks[j+1].cap && d.toks[j+1].sent == d.toks[i].sent {
			continue
		}
		d.addMention(&pmention{i: i, j: d.suffixAt(j), ni: i, nj: j, title: -1})
	}
	d.kinApposed()
	d.beforePostNominal()
	d.quotedBetweenCommas()
	d.delegationHeadNamed()
	d.respectiveCounterparts()
	d.respectiveOffices()
	d.resolve()
}

// respectiveCounterparts gives the names after "his Lao and Cambodian
// counterparts" ("…, A and B") the countries before it, one each in order:
// the demonym nearest the noun is not the first name's alone.
func (d *doc) respectiveCounterparts() {
	at := func(k int) *pmention {
		for _, m := range d.mentions {
			if m.i == k || m.ni == k {
				return m
			}
		}
		return nil
	}
	for si := range d.spans {
		s := &d.spans[si]
		if s.kind != kCounterpart || d.toks[s.j-1].fold != "counterparts" {
			continue
		}
		codes := d.countriesBefore(s.i)
		if codes == nil {
			continue
		}
		k := s.j
		if k < len(d.toks) && d.toks[k].text == "," {
			k++
		}
		var named []*pmention
		for len(named) < len(codes) {
			m := at(k)
			if m == nil || m.sent != d.toks[s.i].sent {
				break
			}
			named = append(named, m)
			k = m.j
			if k < len(d.toks) && d.toks[k].text == "," {
				k++
			}
			if k < len(d.toks) && d.toks[k].fold == "and" {
				k++
			}
		}
		if len(named) != len(codes) {
			continue
		}
		for n, m := range named {
			m.country = codes[n]
		}
	}
}

// kinApposed reads two to four name words closed by an apposition of
// kinship ("met with A B, the wife of the late Prime Minister C"; "A B,
// son of C"): a person, though the given name is not known.
func (d *doc) kinApposed() {
	for i := 0; i+3 < len(d.toks); i++ {
		t := d.toks[i]
		if d.covered[i] || !t.cap || !t.word || d.inSpan(i) || d.lx.is(&t, fStop) {
			continue
		}
		if i > 0 && d.toks[i-1].cap && d.toks[i-1].word && !d.atSentenceStart(i) {
			continue // inside a longer capitalised phrase
		}
		if !commaAfterName(d.toks, i) {
			continue // no name of two to four words closed by a comma: nameAt not asked
		}
		j := d.nameAt(i)
		if j-i < 2 || j-i > 4 || j+2 >= len(d.toks) || d.toks[j].text != "," || d.toks[j+1].sent != t.sent {
			continue
		}
		k := j + 1
		if f := d.toks[k].fold; f == "the" || f == "a" {
			k++
		}
		if k+1 >= len(d.toks) || !d.lx.kinAppositions[d.toks[k].fold] || d.toks[k+1].fold != "of" {
			continue
		}
		covered := false
		for q := i; q < j; q++ {
			covered = covered || d.covered[q]
		}
		if covered {
			continue
		}
		d.kinNames = append(d.kinNames, i)
		d.addMention(&pmention{i: i, j: j, ni: i, nj: j, title: -1})
		i = j
	}
}

// commaAfterName reports whether a comma stands where kinApposed needs one
// to close a name of two to four words from toks[i], with two tokens after
// it: most capitalised words have none, and the name is then not read.
func commaAfterName(toks []token, i int) bool {
	for j := i + 2; j <= i+4 && j+2 < len(toks); j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// beforePostNominal reads two or three name words closed by a title in
// capitals that only follows a name ("Ann Doyle TD", "Jo Bloggs MP"): the
// post-nominal makes them a name though the given name is not known.
func (d *doc) beforePostNominal() {
	for k := 2; k < len(d.toks); k++ {
		if !d.postNominal(k) || d.covered[k-1] || d.inMention(k-1) {
			continue
		}
		// A title before a name is no post-nominal: "Association CEO Cid Wilson".
		if n := d.spanOf(k).j; n < len(d.toks) && d.toks[n].word && d.toks[n].cap && d.toks[n].sent == d.toks[k].sent {
			continue
		}
		i := k - 1
		for i > 0 && k-i < 3 && d.eligible(i-1) && !d.toks[i-1].upper && d.toks[i-1].sent == d.toks[k].sent && !d.covered[i-1] {
			i--
		}
		if d.toks[i].upper {
			continue // an acronym, not a name: "NIST MEP"
		}
		if k-i < 2 || !d.eligible(i) || d.nameAt(i) != k {
			continue
		}
		if i > 0 && d.toks[i-1].word && d.toks[i-1].cap && !d.atSentenceStart(i) && !d.inSpan(i-1) {
			continue // part of a longer name
		}
		d.addMention(&pmention{i: i, j: k, ni: i, nj: k, title: -1})
	}
}

// quotedBetweenCommas reads the speaker of a release's quote named between
// commas after their office and before "said": "Development Director and
// Deputy Head of Mission, Jo Bloggs, said". The speech verb makes two or
// three capitalised words a name though the given name is not known.
func (d *doc) quotedBetweenCommas() {
	for k := 4; k < len(d.toks); k++ {
		if f := d.toks[k].fold; f != "said" && f != "says" || d.toks[k-1].text != "," {
			continue
		}
		e := k - 1
		st := e
		for st > 0 && e-st < 3 && d.nameWord(st-1) && !d.covered[st-1] && d.toks[st-1].sent == d.toks[e-1].sent {
			st--
		}
		if e-st < 2 || st < 1 || d.toks[st-1].text != "," || d.toks[st].upper {
			continue
		}
		d.addMention(&pmention{i: st, j: e, ni: st, nj: e, title: -1})
	}
}

// inverted reads a name written family name first with a comma, as in
// lists of participants: "Putin, Vladimir Vladimirovich". The given name
// at toks[i] must be followed by a patronymic, which makes the order
// certain. It keeps the name in the usual order.
func (d *doc) inverted(i int) bool {
	if i < 2 || i+1 >= len(d.toks) || d.toks[i-1].text != "," || !d.nameWord(i-2) || d.covered[i-2] || !d.patronymic(i+1) {
		return false
	}
	if b := i - 3; b >= 0 && d.toks[b].word && d.toks[b].cap && !d.atSentenceStart(i-2) {
		return false // "…, Moscow Region, Ivan Petrovich"
	}
	m := &pmention{i: i - 2, j: i + 2, ni: i - 2, nj: i + 2, title: -1}
	n := len(d.mentions)
	d.addMention(m)
	if len(d.mentions) == n {
		return false
	}
	fam, given, pat := d.toks[i-2].text, d.toks[i].text, d.toks[i+1].text
	if d.toks[i-2].upper {
		fam = titleCase(fam)
	}
	m.name, m.western = given+" "+pat+" "+fam, given+" "+fam
	return true
}

// patronymic reports whether toks[k] is a patronymic: Vladimirovich,
// Sergeyevna, Kemeluly.
func (d *doc) patronymic(k int) bool {
	t := d.toks[k]
	if !t.word || !t.cap || t.sent != d.toks[k-1].sent {
		return false
	}
	for _, suf := range d.lx.k.Words.Patronymics {
		if strings.HasSuffix(t.fold, suf) && len(t.fold) > len(suf)+2 {
			return true
		}
	}
	return false
}

// hyphenGiven reports whether toks[k] is an East Asian given name of two
// syllables joined by a hyphen, the second in lower case: Chia-lung,
// Tae-yul, Ching-te.
func (d *doc) hyphenGiven(k int) bool {
	t := &d.toks[k] // not a copy: called at every token
	if !t.word || !t.cap || t.upper || t.sent != d.toks[k-1].sent || d.inSpan(k) {
		return false
	}
	a, b, ok := strings.Cut(t.text, "-")
	if !ok || strings.Contains(b, "-") || len(a) < 2 || len(a) > 6 || len(b) < 2 || len(b) > 6 {
		return false
	}
	return b[0] >= 'a' && b[0] <= 'z' && !d.lx.inst[accord.Fold(b)] && !d.lx.compounds[accord.Fold(a)] && !d.lx.compoundEnds[accord.Fold(b)]
}

// chained reports whether span si directly follows another title span, so
// that it is part of a chain that starts earlier ("Amir Sheikh").
func (d *doc) chained(si int) bool {
	p := d.spans[si-1]
	if p.j != d.spans[si].i {
		return false
	}
	if p.kind == kModifier {
		return d.modifierChained(si - 1) // "former Prime Minister A" starts at its title
	}
	return p.kind == kTitle || p.kind == kHonorific
}

// twoHeads reports whether titles a and b are heads of two kinds, a head
// of government and a head of state ("PM and President A"): two persons,
// not one holding both.
func (d *doc) twoHeads(a, b int) bool {
	ca := office.Class(d.lx.k.Titles.Titles[a].Office)
	cb := office.Class(d.lx.k.Titles.Titles[b].Office)
	head := func(c string) bool { return c == office.HeadOfState || c == office.HeadOfGovernment }
	return head(ca) && head(cb) && ca != cb
}

func (d *doc) atSentenceStart(i int) bool {
	return i == 0 || d.toks[i-1].sent != d.toks[i].sent || d.toks[i-1].text == "\"" || d.toks[i-1].text == "“"
}

// titled reads the person mention around the title span si:
// [demonym|country|Country's] Title[s] [to Country] [of Complement] Name [of Country]
// or Name, Title [of ...].
func (d *doc) titled(si int) {
	lx := d.lx
	s := d.spans[si]
	if s.e.plural {
		d.pluralTitled(s)
		return
	}
	m := &pmention{i: s.i, title: -1}
	if s.kind == kTitle {
		m.title = s.e.id
		m.role = lx.k.Titles.Titles[s.e.id].Office
	}
	m.counterpart = s.kind == kCounterpart
	// What comes before: demonyms, countries, modifiers, determiners.
	for k, steps := s.i-1, 0; k >= 0 && steps < 4; k, steps = k-1, steps+1 {
		t := d.toks[k]
		if t.sent != d.toks[s.i].sent {
			break // a headline line above is not this title's country
		}
		// "Republic of Korea (ROK) First Vice Foreign Minister A": the
		// country's abbreviation in brackets between it and the title.
		if t.text == ")" && k >= 3 && d.toks[k-2].text == "(" && d.toks[k-1].upper && d.toks[k-3].sent == t.sent {
			if sp, ok := d.spanEndingAt(k - 2); ok && (sp.kind == kCountry || sp.kind == kWeakCountry) {
				if m.country == "" {
					m.country = sp.e.code
				}
				m.i = sp.i
				k = sp.i
				continue
			}
		}
		// "Deputy Prime Minister and Foreign Minister": one person's titles,
		// and what stands before the first is theirs.
		// "Crown Prince, Deputy Prime Minister and Defense Minister A": a
		// comma before such a pair joins one more title of the person.
		if t.text == "," && len(m.also) > 0 && k > 0 && d.at[k-1] != 0 {
			if ts := d.spanOf(k - 1); ts.kind == kTitle && ts.j == k && !ts.e.plural && !d.ownHead(ts) && !d.titleComplement(ts) && !d.apposedToName(ts.i) {
				m.also = append(m.also, ts.e.id)
				m.i = ts.i
				k, steps = ts.i, 0
				continue
			}
		}
		if t.fold == "and" && k > 0 && d.at[k-1] != 0 {
			ts := d.spanOf(k - 1)
			if ts.kind == kTitle && ts.j == k && d.titleComplement(ts) {
				break // "Assistant to the President and Deputy Advisor A"
			}
			if ts.kind == kTitle && ts.j == k && !ts.e.plural && !d.ownHead(ts) && !(m.title >= 0 && d.twoHeads(ts.e.id, m.title)) {
				m.also = append(m.also, ts.e.id)
				m.i = ts.i
				k, steps = ts.i, 0
				continue
			}
		}
		// "the late King A": a modifier of two words, read from its end.
		if sp, ok := d.spanEndingAt(k + 1); ok && sp.kind == kModifier && sp.i < k {
			m.former = m.former || lx.pastModifiers[accord.Fold(sp.e.form)]
			m.dead = m.dead || lx.deathModifiers[accord.Fold(sp.e.form)]
			m.i = sp.i
			k = sp.i
			continue
		}
		if sp, ok := d.spanAt(k); ok {
			if sp.kind == kOrg && d.demonymNamesBody(sp.i) {
				// "Nepali Congress President A": the head of another
				// body (a party), not the U.S. Congress; the words before
				// give its country.
				m.i = k
				continue
			}
			if sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry || sp.kind == kOrg && sp.e.code != "" {
				if m.country == "" {
					m.country = sp.e.code
				}
				m.i = k
				continue
			}
			if sp.kind == kModifier {
				m.former = m.former || d.lx.pastModifiers[accord.Fold(sp.e.form)]
				m.dead = m.dead || d.lx.deathModifiers[accord.Fold(sp.e.form)]
				m.i = k
				continue
			}
			break
		}
		if d.at[k] < 0 {
			// Inside a multi-word country name: go to its start.
			st := &d.spans[-d.at[k]-1]
			if st.kind == kCountry || st.kind == kDemonym || st.kind == kOrg && st.e.code != "" {
				if m.country == "" {
					m.country = st.e.code
				}
				m.i = st.i
				k = st.i
				continue
			}
			break
		}
		if t.fold == "'s" && k > 0 && d.at[k-1] != 0 {
			continue
		}
		if t.fold == "his" || t.fold == "her" || t.fold == "their" || t.fold == "the" || t.fold == "party" {
			m.i = k
			if t.fold == "the" || t.fold == "his" || t.fold == "her" {
				break
			}
			continue
		}
		break
	}
	// "US state department spokesperson A", "Indian foreign ministry
	// spokesperson B": a body named in lower case, its country's word
	// before it.
	if m.country == "" {
		m.country, m.i = d.lowerBodyCountry(m.i)
	}
	// "European Commission Executive Vice President": the title is another
	// body's, whatever its words.
	// (Not an agency's credit in capitals glued to the lead by its
	// dateline: "ASTANA. KAZINFORM Head of State A".)
	if k := m.i - 1; k >= 0 && d.toks[k].sent == d.toks[m.i].sent && d.toks[k].word && d.toks[k].cap && !d.atSentenceStart(m.i) && !d.creditWord(k) {
		m.qualified = true
		if m.country == "" {
			m.country = d.bodyCountry(k)
		}
	}
	// The chain of titles: "Amir Sheikh", "Acting Prime Minister".
	p := s.j
	titleEnd := s.j
	for {
		sp, ok := d.spanAt(p)
		if !ok || !(sp.kind == kTitle || sp.kind == kHonorific || sp.kind == kModifier) {
			break
		}
		// "… to Irish PM" ending a headline line, "PM A presents …"
		// opening the next: the next sentence's title is not this one's.
		if d.toks[sp.i].sent != d.toks[s.i].sent {
			break
		}
		if sp.kind == kTitle && m.title < 0 {
			m.title = sp.e.id
			m.role = lx.k.Titles.Titles[sp.e.id].Office
		}
		p = sp.j
		titleEnd = p
	}
	m.titleText = d.surface(s.i, titleEnd)
	// "National Security Advisor (NSA) A": the title's abbreviation in
	// brackets before the name.
	if p+2 < len(d.toks) && d.toks[p].text == "(" && d.toks[p+1].upper && d.toks[p+2].text == ")" && d.toks[p+2].sent == d.toks[p].sent {
		p += 3
	}
	if m.title >= 0 && m.country == "" {
		m.country = lx.k.Titles.Titles[m.title].Country // President of the European Commission
	}
	// "to Việt Nam": the host of an ambassador.
	if p+1 < len(d.toks) && d.toks[p].fold == "to" {
		q := p + 1
		if d.toks[q].fold == "the" {
			q++
		}
		if sp, ok := d.spanAt(q); ok && sp.kind == kCountry {
			m.role += " to " + d.raw(q, sp.j)
			p = sp.j
			// "Ambassador to the United States Her Excellency A": the
			// honorifics before the name.
			h := p
			for next, ok := d.spanAt(h); ok && next.kind == kHonorific; next, ok = d.spanAt(h) {
				h = next.j
			}
			if h > p && d.nameAt(h) > h {
				p = h
			}
		}
	}
	// "of the Republic of Korea (RoK) Lee Jae Myung", "of Foreign Affairs Lê Hoài Trung".
	if p < len(d.toks) && (d.toks[p].fold == "of" || d.toks[p].fold == "for") && !m.counterpart {
		end, ni, country, hasOther := d.complement(p + 1)
		// "Special Envoy for Yemen" acts for whoever sent them, not for
		// Yemen; "Minister for Foreign Affairs of Japan" acts for Japan.
		if d.toks[p].fold == "for" && (d.countryAfter(p+1) || d.demonymAt(p+1)) {
			country = "" // nor "Assistant Secretary for Indian Affairs"
		}
		if country != "" && m.country == "" {
			m.country = country
		}
		// "Deputy Minister of Defence in the Kingdom of X": the ministry's
		// government after it.
		if m.country == "" && ni == end && end < len(d.toks) && d.toks[end].fold == "in" && m.title >= 0 && d.governmentOffice(m.title) {
			if c, _ := d.formalCountry(end + 1); c != "" {
				m.country = c
			}
		}
		if hasOther && m.title >= 0 {
			re := ni
			for re > p+1 && d.inSpan(re-1) && d.spanOf(re-1).kind == kHonorific {
				re = d.spanOf(re - 1).i // "… Substance Use Dr. Miriam …"
			}
			m.role = strings.TrimRight(lx.k.Titles.Titles[m.title].Office+" "+d.toks[p].fold+" "+d.raw(p+1, re), ", ")
		}
		if ni < end && d.principalBefore(m.i) && d.commaIn(p, ni) {
			// "Assistant to the Minister of Foreign Affairs, A": A assists;
			// the name stands, without the principal's title.
			m.title, m.role, m.also = -1, "", nil
		}
		// "Dr. A, Minister of Foreign Affairs, Tuan B, Minister of Economy":
		// the name after the comma heads the next item of a list; the
		// title is A's.
		if ni < end && d.commaIn(p, ni) && d.apposedToName(m.i) {
			c := p
			for c < ni && d.toks[c].text != "," {
				c++
			}
			d.nameBefore(m, c)
			return
		}
		if ni < end {
			m.ni, m.nj = ni, end
			m.j = d.suffixAt(end)
			d.finishMention(m)
			return
		}
		if q, nj, ok := d.bracketName(end); ok {
			m.ni, m.nj, m.j = q, nj, nj+1
			d.finishMention(m)
			return
		}
		// "Ambassador of Colombia to Mongolia A": the host after the
		// sending country, then the name.
		// ("Ambassador of Kazakhstan in Ukraine A": "in" for "to".)
		amb := m.title >= 0 && lx.k.Titles.Titles[m.title].Level == accord.LevelAmbassador
		if q, host, ok := d.hostThenName(end, amb); ok {
			m.role += " to " + host
			m.ni, m.nj = q, d.nameAt(q)
			m.j = d.suffixAt(m.nj)
			d.finishMention(m)
			return
		}
		after := p
		if ni > p+1 {
			after = ni // the complement named no person: look before the title
		}
		// "Name, Title, …" of a list before "the Title, Name".
		if n := len(d.mentions); !d.nameBefore(m, after) && len(d.mentions) == n {
			d.apposition(m, end)
		}
		return
	}
	nj := d.nameAt(p)
	// "Secretary of State / A Guest House / Lima": a name that runs on into
	// a building's word names the building (heading lines of a transcript
	// read as one sentence), not a person.
	if nj > p && d.buildingAfter(nj) {
		nj = p
	}
	// "Foreign Minister Consultations", "Leaders Meeting": a contact's
	// noun after an office names the occasion, not a person.
	if nj == p+1 && d.lx.subjectContactNouns[d.toks[p].fold] {
		nj = p
	}
	// A title ending a line without a stop names no one on the next line:
	// "… Call from French President" over "Published On: 15 June".
	if nj > p && d.toks[p].sent != d.toks[titleEnd-1].sent {
		nj = p
	}
	if q, bj, ok := d.bracketName(p); ok && nj == p {
		m.ni, m.nj, m.j = q, bj, bj+1
		d.finishMention(m)
		return
	}
	if nj == p {
		if n := len(d.mentions); !d.nameBefore(m, p) && len(d.mentions) == n {
			d.apposition(m, p)
		}
		return
	}
	m.ni, m.nj = p, nj
	m.j = d.suffixAt(nj)
	d.finishMention(m)
}

// pluralTitled reads the names after a plural title: "Presidents Lula and
// Biden", "Prime Ministers A, B and C".
func (d *doc) pluralTitled(s span) {
	office := d.lx.k.Titles.Titles[s.e.id].Office
	former := d.formerBefore(s.i)
	p := s.j
	last := false
	// "his Lao and Cambodian counterparts A and B", "Austrian and Czech
	// Prime Ministers A and B": the countries before the plural office
	// are the names' after it, one each, in order.
	codes := d.countriesBefore(s.i)
	var named []*pmention
	defer func() {
		if len(codes) < 2 || len(named) != len(codes) {
			return
		}
		for n, m := range named {
			if m.country == "" {
				m.country = codes[n]
			}
		}
	}()
	for p < len(d.toks) {
		// "Former Foreign Ministers Mr. A and Mr. B": honorifics before
		// each name.
		i := p
		for sp, ok := d.spanAt(p); ok && sp.kind == kHonorific; sp, ok = d.spanAt(p) {
			p = sp.j
		}
		nj := d.nameAt(p)
		if nj == p {
			return
		}
		m := &pmention{i: i, j: d.suffixAt(nj), ni: p, nj: nj, title: s.e.id, role: office, former: former}
		// "Presidents A of Russia and B of Kazakhstan": each name's country
		// after "of", then the next name.
		if nj+1 < len(d.toks) && d.toks[nj].fold == "of" {
			if sp, ok := d.spanAt(nj + 1); ok && sp.kind == kCountry && d.toks[sp.j-1].sent == d.toks[nj].sent {
				m.country, m.j = sp.e.code, sp.j
				nj = sp.j
			}
		}
		if _, end := d.bracketCountry(nj); end > nj {
			nj = end
		}
		d.finishMention(m)
		named = append(named, m)
		// The name after "and" is the list's last: "Foreign Ministers A
		// and B, RIA Novosti reports" names no third minister.
		switch {
		case last:
			return
		case nj+1 < len(d.toks) && d.toks[nj].text == "," && d.toks[nj+1].fold == "and":
			p, last = nj+2, true
		case nj < len(d.toks) && (d.toks[nj].text == "," || d.toks[nj].fold == "and"):
			p, last = nj+1, d.toks[nj].fold == "and"
		default:
			return
		}
	}
}

// countriesBefore returns the countries or demonyms joined by "and" or
// commas that end right before toks[i], in their order ("Lao and
// Cambodian", "Austrian, Czech and Polish"); nil for fewer than two.
func (d *doc) countriesBefore(i int) []string {
	var codes []string
	k := i - 1
	for k >= 0 && d.toks[k].sent == d.toks[i].sent {
		sp, ok := d.spanEndingAt(k + 1)
		if !ok || sp.kind != kDemonym && sp.kind != kCountry || sp.e.code == "" {
			break
		}
		codes = append(codes, sp.e.code)
		k = sp.i - 1
		if k >= 0 && (d.toks[k].fold == "and" || d.toks[k].text == ",") {
			k--
			continue
		}
		break
	}
	if len(codes) < 2 {
		return nil
	}
	slices.Reverse(codes)
	return codes
}

// complement reads the capitalised phrase after "of" that may end with a
// name: it returns its end, where the name starts (end when no name), the
// country it names and whether it names anything but a country.
// headlineTimeWords, capitalised in a headline, open what follows a name
// and its office: "… of Qatar Before Bilateral Meeting".
var headlineTimeWords = map[string]bool{"before": true, "after": true, "during": true, "following": true, "ahead": true, "upon": true}

func (d *doc) complement(i int) (end, ni int, country string, other bool) {
	j := i
	for j < len(d.toks) && j-i < 24 {
		t := d.toks[j]
		if t.sent != d.toks[i].sent {
			break
		}
		if sp, ok := d.spanAt(j); ok && (sp.kind == kCountry || sp.kind == kOrg || sp.kind == kPlace) && d.toks[sp.j-1].sent == t.sent {
			j = sp.j // "Saint Vincent and the Grenadines": its "and" joins no titles
			continue
		}
		if sp, ok := d.spanAt(j); ok && sp.kind == kHonorific && j > i && sp.j == j+1 && d.lx.innerHonorifics[t.fold] {
			// "Premier of Sarawak, Abang Kamal Tun Rahim": the honorific
			// of a father's name inside the name the comma opened.
			k := j
			for k-1 > i && d.eligible(k-1) {
				k--
			}
			if k < j && d.toks[k-1].text == "," {
				if nj := d.nameAt(k); nj > j {
					country, other = d.complementCountry(i, k-1)
					return nj, k, country, other
				}
			}
		}
		if sp, ok := d.spanAt(j); ok && sp.kind == kHonorific && j > i {
			// "Assistant Secretary for Mental Health and Substance Use Dr.
			// Miriam Delphin-Rittmon": the name follows the honorific.
			// "His Excellency Mr Tharman …": honorifics one after another.
			p := sp.j
			for next, ok := d.spanAt(p); ok && next.kind == kHonorific; next, ok = d.spanAt(p) {
				p = next.j
			}
			if nj := d.nameAt(p); nj > p {
				country, other = d.complementCountry(i, j)
				return nj, p, country, other
			}
			goto done
		}
		switch {
		case t.word && t.cap && j > i && d.cueAt(j) && d.givenBetween(i, j):
			// "Minister of Defense A B Joint Press Statements": a headline's
			// contact after the name is no word of it.
			goto done
		case t.word && t.cap && j > i && d.postNominal(j) && d.eligible(j-1):
			// "Minister for Trade A B TD met": a post-nominal closes the
			// name; it is no word of the office's complement (namedPost36).
			goto done
		case t.word && t.cap && j > i && headlineTimeWords[t.fold]:
			// "Amir A of the State of Qatar Before Bilateral Meeting": a
			// headline's capitalised preposition of time ends the office.
			goto done
		case t.word && t.cap:
		case (t.fold == "of" || t.fold == "for") && j > i && d.givenNameEnds(i, j):
			// "Secretary for Foreign Affairs Enrique A. Manalo for the
			// Joint Press Briefing": a name, then other words.
			goto done
		case t.fold == "of" && j > i && d.eligible(j-1) && d.countryAfter(j+1):
			// "Minister of State Gustav Aitaro of the Republic of Palau":
			// a name then its country.
			goto done
		case t.fold == "'s" && j > i && d.countryEndsAt(i, j) && j+1 < len(d.toks) && d.toks[j+1].cap && d.lx.subdivisionNouns[d.toks[j+1].fold]:
			// "of the Russian Federation's Republic of Tatarstan A": a part
			// of the country, named after its possessive.
		case j > i && d.possessive(j) && d.toks[j-1].cap && d.countryEndsAt(i, j) && d.bodyAfter(j+1):
			// "President of Thailand's Privy Council A", "Chairman of Laos's
			// National Assembly A": the country's body, named after its
			// possessive as after "the Lao".
		case t.fold == "of" || t.fold == "the" || t.fold == "for" || d.lx.is(&t, fEpithets):
		case t.fold == "and":
			// "and" joins words of an office, not a second person's titles.
			if j+1 < len(d.toks) && (d.inSpan(j+1) || !d.toks[j+1].cap) {
				goto done
			}
			// Nor the name that ends the office to what follows it: "Minister
			// for Finance A B and CEOs of businesses".
			if j > i && d.givenNameEnds(i, j) {
				goto done
			}
			// Nor a second person after the office's country: "both the
			// Sultan of Brunei and Anwar" ("of Trade and Industry" goes on).
			if sp, ok := d.spanEndingAt(j); ok && (sp.kind == kCountry || sp.kind == kWeakCountry) {
				goto done
			}
		case t.word && d.particleRun(j) > j:
			j = d.particleRun(j) - 1 // "Ursula von der Leyen"
		case t.word && !t.cap && j > i && d.particleJoined(t.text) && d.eligible(j):
			// "the Ambassador of Sudan, Mohammed al-Ghazali Sirraj": a
			// particle joined to the family name.
		case t.text == "," && j+1 < len(d.toks):
			// "Minister of Natural Resources, Petroleum, and Mining Cordel
			// Hyde", "President of the Philippines, Ferdinand Marcos Jr.";
			// not a list of titles or countries.
			// Not after a name ("Minister of Defence Oleksii Reznikov, and
			// Commander-in-Chief"), nor before the next of a list (", and
			// Stephanie Epner").
			if j-2 >= i && d.nameWord(j-1) && d.nameWord(j-2) {
				goto done
			}
			n := j + 1
			if d.toks[n].fold == "and" && n+1 < len(d.toks) {
				n++
				if d.lx.is(&d.toks[n], fGiven) {
					goto done
				}
			}
			if !d.toks[n].word || !d.toks[n].cap || d.inSpan(n) || d.toks[n].sent != t.sent {
				goto done
			}
		case t.text == "(" && j+2 < len(d.toks) && d.toks[j+2].text == ")":
			j += 2
		case t.text == "(" && d.glossEnd(j) > j:
			// "Secretary of National Defence (Defence Minister) of the
			// Philippines, A": a gloss of the office, words of it.
			j = d.glossEnd(j)
		case (t.text == "–" || t.text == "-") && j+1 < len(d.toks) && d.toks[j+1].cap && (t.start == d.toks[j-1].end || t.end == d.toks[j+1].start):
			// "Asia-Pacific", not a list's bullet
		default:
			goto done
		}
		j++
	}
done:
	for j > i && !d.toks[j-1].cap && d.toks[j-1].text != ")" {
		j-- // trailing "and", "the", ","
	}
	// A bracket after the name ("Lin Chia-lung (林佳龍)") and a suffix
	// ("Lloyd Austin, III") are not its words.
	if j-3 > i && d.toks[j-1].text == ")" && d.toks[j-3].text == "(" && d.eligible(j-4) {
		j -= 3
	}
	if j-1 > i && d.toks[j-1].cap && d.lx.is(&d.toks[j-1], fSuffixes) {
		j--
		if d.toks[j-1].text == "," {
			j--
		}
	}
	// The name is the longest run of name words at the end.
	ni = j
	for ni > i {
		k := ni - 1
		if d.eligible(k) || d.lx.is(&d.toks[k], fParticles) && ni < j && d.eligible(k-1) || k == j-1 && k-2 >= i && d.placeWordEnd(k) {
			ni = k
			continue
		}
		if d.lx.is(&d.toks[k], fParticles) && ni < j && d.lx.is(&d.toks[k-1], fParticles) && d.eligible(k-2) {
			ni = k - 1 // "von der"
			continue
		}
		break
	}
	for ni < j && d.lx.is(&d.toks[ni], fParticles) && d.toks[ni].text == d.toks[ni].fold {
		ni++
	}
	// "Agriculture Tom Vilsack": a known first name starts the name; not
	// where the name follows a comma or the country ("of Japan, Kishida
	// Fumio", "of Japan HAYASHI Yoshimasa"): there the run is the name.
	// A last word alone only after office words: "Minister for National
	// Development Desmond Lee" is Desmond Lee, not Lee.
	if b := ni - 1; ni < j && !d.toks[ni].upper && (b < i || d.toks[b].text != "," && !d.inSpan(b)) {
		office := true
		for k := ni; k < j; k++ {
			if d.lx.is(&d.toks[k], fGiven) {
				if j-k >= 2 || office {
					ni = k
				}
				break
			}
			office = office && d.lx.common[d.toks[k].fold]
		}
		// "Minister of Energy Transition and Water Transformation Fadillah
		// Yusof": ordinary words that end an office are not the name's,
		// when two or more words of it are left.
		for ni < j-2 && d.officeNoun(ni) {
			ni++
		}
	}
	if j-ni > 3 && !d.lx.is(&d.toks[ni], fGiven) {
		ni = j - 3
		// "Coordinator for CHIPS Implementation Ronnie Chatterji", "for the
		// Middle East Peace Process Tor Wennesland": cut from a longer run,
		// an ordinary word that is no given name still ends the office.
		for ni < j-2 && d.lx.common[d.toks[ni].fold] && !d.lx.given[d.toks[ni].fold] && !hasNonASCII(d.toks[ni].text) {
			ni++
		}
	}
	if j-ni == 1 && !d.lx.is(&d.toks[ni], fGiven) && !hasNonASCII(d.toks[ni].text) && !gluedInitial(d.toks[ni].text) && !d.mononymHolder(ni) && !d.titledFamilyHolder(i, ni) {
		ni = j // one ordinary capitalised word after an office is rarely a name
	}
	country, other = d.complementCountry(i, ni)
	return j, ni, country, other
}

// bodyAfter reports whether toks[k] opens a body's name after a country's
// possessive: capitalised words, the last of them an ordinary word
// ("National Assembly", "Privy Council", "Senate"), then more capitalised
// words, the name of the body's officer.
func (d *doc) bodyAfter(k int) bool {
	n := k
	for n < len(d.toks) && d.toks[n].word && d.toks[n].cap && d.toks[n].sent == d.toks[k].sent && d.lx.common[d.toks[n].fold] && !d.lx.given[d.toks[n].fold] {
		n++
	}
	return n > k && n < len(d.toks) && d.toks[n].word && d.toks[n].cap && d.toks[n].sent == d.toks[k].sent
}

// cueAt reports whether a headline's cue of a contact ("Joint Press
// Statements", "Meeting", "Holds Talks") begins at toks[j], capitalised.
func (d *doc) cueAt(j int) bool {
	if !d.toks[j].cap {
		return false
	}
	words := d.toks[j].fold
	for n := 1; n <= 4 && j+n <= len(d.toks); n++ {
		if n > 1 {
			if !d.toks[j+n-1].word {
				break
			}
			words += " " + d.toks[j+n-1].fold
		}
		if _, ok := d.lx.titleCues[words]; ok {
			return true
		}
	}
	return false
}

// givenBetween reports whether a known given name stands in toks[i:j].
func (d *doc) givenBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if d.lx.is(&d.toks[k], fGiven) {
			return true
		}
	}
	return false
}

// officeNoun reports whether toks[i] is an ordinary abstract noun that
// ends the name of an office ("Transformation", "Development"): an
// ordinary word of an office-noun ending, not a given name ("Christen").
func (d *doc) officeNoun(i int) bool {
	f := d.toks[i].fold
	if !d.lx.common[f] || d.lx.given[f] || hasNonASCII(d.toks[i].text) {
		return false
	}
	for _, suf := range d.lx.k.Words.OfficeNounEndings {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
			return true
		}
	}
	return false
}

// complementCountry returns the country an office's complement toks[i:j]
// names and whether it names anything else.
func (d *doc) complementCountry(i, j int) (country string, other bool) {
	for k := i; k < j; k++ {
		if sp, ok := d.spanAt(k); ok && (sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry || (sp.kind == kOrg || sp.kind == kPlace) && sp.e.code != "") {
			if country == "" {
				country = sp.e.code // "Crown Prince of Abu Dhabi" acts for the UAE
			}
			if sp.kind == kOrg || sp.kind == kPlace {
				other = true
			}
			k = sp.j - 1
			continue
		}
		if d.toks[k].word && d.toks[k].cap && d.at[k] == 0 {
			other = true
		}
	}
	return country, other
}

// hostThenName reports whether "to", a country and a name (after any
// honorifics) stand from toks[k] ("in" for an ambassador's host, amb); it
// returns where the name starts and the country's words.
func (d *doc) hostThenName(k int, amb bool) (int, string, bool) {
	if k+1 >= len(d.toks) || d.toks[k].fold != "to" && !(amb && d.toks[k].fold == "in") {
		return 0, "", false
	}
	q := k + 1
	if d.toks[q].fold == "the" {
		q++
	}
	sp, ok := d.spanAt(q)
	if !ok || sp.kind != kCountry || d.toks[sp.j-1].sent != d.toks[k].sent {
		return 0, "", false
	}
	host := d.raw(q, sp.j)
	h := sp.j
	for next, ok := d.spanAt(h); ok && next.kind == kHonorific; next, ok = d.spanAt(h) {
		h = next.j
	}
	if h >= len(d.toks) || d.toks[h].sent != d.toks[k].sent || d.nameAt(h) == h {
		return 0, "", false
	}
	return h, host, true
}

// demonymNamesBody reports whether a country's name or demonym stands just
// before the one-word body at toks[i], making it another body of that
// country ("Nepali Congress"), not the body the word names alone.
func (d *doc) demonymNamesBody(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	sp, ok := d.spanEndingAt(i)
	return ok && (sp.kind == kDemonym || sp.kind == kCountry) && d.partOfLongerName(i, i+1)
}

// commaIn reports whether a comma stands in toks[i:j].
func (d *doc) commaIn(i, j int) bool {
	for k := i; k < j && k < len(d.toks); k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// countryNear reports whether a country qualifies the principal's title of
// mention m or the aide's title chain before it: "to the Prime Minister of
// Canada A", "French Diplomatic Counselor to the President A".
func (d *doc) countryNear(m *pmention) bool {
	from := m.i
	for k := m.i - 1; k >= 0 && k >= m.i-8 && d.toks[k].sent == d.toks[m.i].sent; k-- {
		if f := d.toks[k].fold; !d.toks[k].cap && f != "to" && f != "the" && f != "of" && f != "for" && f != "and" {
			break
		}
		from = k
	}
	for k := from; k < m.ni && k < len(d.toks); k++ {
		if sp, ok := d.spanAt(k); ok && (sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry) {
			return true
		}
	}
	return false
}

// principalOffice reports whether the title at i is the office of the
// principal of another title before it, right before: "Assistant to the
// President A", "Head of the Office of the President A" (A assists; the
// President is someone else). A verb's "to" ("spoke to President A") is
// no such link.
func (d *doc) principalOffice(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].fold == "the" {
		k--
	}
	if k < 1 || d.toks[k-1].sent != d.toks[i].sent {
		return false
	}
	prev := d.toks[k-1]
	switch {
	case d.lx.principalLinks[d.toks[k].fold]:
		// "Assistant to the President", not "spoke to President A" nor
		// "Well to Prime Minister A" (a greeting).
		return prev.cap && prev.word && !d.atSentenceStart(k-1) && d.lx.principalAides[prev.fold]
	case d.toks[k].fold == "of":
		// "Head of the Office of the President": an office's body
		// (knowledge principal_bodies) before "of".
		return d.lx.principalBodies[prev.fold] && prev.cap
	}
	return false
}

// principalBefore reports whether the title at i is another office's
// principal: "to the President", "to the UAE President" (a link word, then
// "the" and capitalised words only).
func (d *doc) principalBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].sent == d.toks[i].sent; k-- {
		f := d.toks[k].fold
		if d.lx.principalLinks[f] {
			return true
		}
		if f != "the" && !d.toks[k].cap {
			return false
		}
	}
	return false
}

// apposition reads "Title, Name": "the Prime Minister, Theresa May, on",
// "Prime Minister of New Zealand, The Rt. Hon. Christopher Luxon today".
// The name after the comma must be whole: two words or more, or one after
// an honorific, and no capitalised word right after it.
func (d *doc) apposition(m *pmention, p int) bool {
	if p+1 >= len(d.toks) || d.toks[p].text != "," || d.toks[p+1].sent != d.toks[p].sent {
		return false
	}
	// "Dr. A, Minister of Foreign Affairs, B, Minister of Economy": a title
	// apposed to the name before it is no title of the name after it.
	if d.apposedToName(m.i) {
		return false
	}
	principal := d.principalBefore(m.i) // "Adviser to the UAE President, Dr A": A advises
	q := p + 1
	honored := false
	if sp, ok := d.spanAt(q + 1); ok && sp.kind == kHonorific && d.toks[q].fold == "the" {
		q++ // "…, the Hon James Marape MP"
	}
	for {
		sp, ok := d.spanAt(q)
		// "Nigeria's Minister of Foreign Affairs, Ambassador A": a
		// style the holder keeps from an earlier post, like an honorific.
		if ok && sp.kind == kTitle && d.lx.styleTitles.holdsFold(d.lx.k.Titles.Titles[sp.e.id].Office) && !d.chainedTitle(m) {
			q, honored = sp.j, true
			continue
		}
		// "His Excellency the Rt Hon Sir A": "the" between two honorifics.
		if !ok && honored && d.toks[q].fold == "the" {
			if sp2, ok2 := d.spanAt(q + 1); ok2 && sp2.kind == kHonorific {
				q++
				continue
			}
		}
		if !ok || sp.kind != kHonorific {
			break
		}
		q, honored = sp.j, true
	}
	nj := d.nameAt(q)
	if nj == q || nj-q == 1 && !honored {
		return false
	}
	// Without an honorific or a known given name, only after an office of
	// a country ("the Prime Minister of Japan, Kishida Fumio") or closed by
	// a comma: not "President, Chicanos Por La Causa".
	closed := nj
	if closed < len(d.toks) && d.postNominal(closed) {
		closed++ // "the Speaker, Ann Doyle MLA, said"
	}
	if !honored && !d.lx.is(&d.toks[q], fGiven) && (nj-q < 2 || m.country == "" && (closed >= len(d.toks) || d.toks[closed].text != ",") && !d.holdsTitle(m, q, nj)) {
		return false
	}
	end := d.suffixAt(nj)
	if end < len(d.toks) && d.toks[end].word && d.toks[end].cap && d.toks[end].sent == d.toks[q].sent && !d.postNominal(end) {
		return false // a longer name, not a post-nominal "MP"
	}
	if d.frontedSubject(m.i, end) {
		return false
	}
	m.ni, m.nj, m.j = q, nj, end
	if principal {
		m.title, m.role, m.also = -1, "", nil // the name without the principal's title
	}
	d.finishMention(m)
	return true
}

// frontedSubject reports whether the name ending before toks[end], after a
// title at toks[i] and a comma, is the subject of the sentence rather than
// the title's holder: the title closes a phrase the sentence opens with
// ("Besides the meeting with the British Foreign Secretary, A also held
// talks with …"), no comma before it, and a word in lower case follows
// the name (a holder in apposition is closed by a comma or the sentence's
// end).
func (d *doc) frontedSubject(i, end int) bool {
	from, _ := d.sentToks(d.toks[i].sent)
	if from >= i || !d.lx.frontWords[d.toks[from].fold] {
		return false
	}
	for k := from; k < i; k++ {
		if d.toks[k].text == "," {
			return false
		}
	}
	// "During his visit Prime Minister A called on the President of X, Dr.
	// B and …": the sentence named its subject before the title, which is
	// the object's (meet34).
	if d.subjectNamedBefore(from, i) {
		return false
	}
	return end < len(d.toks) && d.toks[end].sent == d.toks[i].sent && d.toks[end].word && !d.toks[end].cap && !d.toks[end].num
}

// holdsTitle reports whether the name toks[q:nj] after a title and a comma
// has the family name of one who holds that title on the article's day:
// "Prime Minister, Voreqe Bainimarama has told …", a name no list of
// given names knows.
func (d *doc) holdsTitle(m *pmention, q, nj int) bool {
	if m.title < 0 || d.pub.IsZero() {
		return false
	}
	t := d.lx.k.Titles.Titles[m.title]
	// The family name: a given name the table spells otherwise (Voreqe,
	// Frank) still names its holder.
	for _, h := range office.Find(d.toks[nj-1].text, d.pub) {
		if h.Titled(t.Office) || h.Titled(t.Title) {
			return true
		}
	}
	return false
}

// chainedTitle reports whether the title of m continues another's
// ("Senior Advisor to the President and Director of the Office, Ambassador
// A"): after "and" or a comma it is the person's named before, so a style
// after it opens the next person's name.
func (d *doc) chainedTitle(m *pmention) bool {
	k := m.i - 1
	return k >= 0 && d.toks[k].sent == d.toks[m.i].sent && (d.toks[k].fold == "and" || d.toks[k].text == ",")
}

// spanOf returns the span token k is part of (d.at[k] != 0).
func (d *doc) spanOf(k int) *span {
	if d.at[k] > 0 {
		return &d.spans[d.at[k]-1]
	}
	return &d.spans[-d.at[k]-1]
}

// givenNameEnds reports whether toks[i:j] ends with a name that starts
// with a known given name after at least one other word.
func (d *doc) givenNameEnds(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.lx.is(&d.toks[k], fGiven) && d.toks[k].cap && !d.inSpan(k) && d.nameAt(k) == j {
			return true
		}
	}
	return false
}

// bodyCountry returns the country of the body whose name ends at toks[k]
// before a title, when the name starts with a country, a national body or
// a place: "White House Gender Policy Council Director", "U.S. Agency for
// International Development Administrator", "Kremlin spokesman". A name
// of other words only ("Goodwill Industries Chairman") gives none.
func (d *doc) bodyCountry(k int) string {
	sent := d.toks[k].sent
	for n := 0; k >= 0 && n < 10 && d.toks[k].sent == sent; n++ {
		t := d.toks[k]
		if d.at[k] != 0 {
			sp := d.spanOf(k)
			switch sp.kind {
			case kCountry, kDemonym, kOrg, kPlace:
				if sp.e.code == "" {
					if sp.kind != kOrg {
						return ""
					}
					k = sp.i - 1 // "Russia's Security Council Secretary"
					continue
				}
				// The body's name starts here: nothing capitalised before it
				// but a word that opens such names ("Royal New Zealand Navy").
				b := sp.i - 1
				if b >= 0 && d.toks[b].sent == sent && d.lx.bodyPrefixes[d.toks[b].fold] && !d.atSentenceStart(sp.i) {
					b--
				}
				if b < 0 || d.toks[b].sent != sent || !d.toks[b].cap || d.atSentenceStart(sp.i) || d.atSentenceStart(b+1) {
					return sp.e.code
				}
				k = sp.i - 1
				continue
			}
			return "" // a title: "Deputy Assistant to the President and"
		}
		if t.fold == "'s" && k > 0 && d.at[k-1] != 0 {
			if sp := d.spanOf(k - 1); sp.kind == kCountry || sp.kind == kDemonym {
				return sp.e.code
			}
		}
		// Words of the body's name only: not another person's name or
		// country ("Akiba Takeo of Japan and National Security Office
		// Director").
		if d.covered[k] || !(t.word && t.cap || t.fold == "for" || t.fold == "on") {
			return ""
		}
		if d.atSentenceStart(k) {
			return ""
		}
		k--
	}
	return ""
}

// nameWord reports whether toks[k] may be a name's and is no office's or
// institution's word.
func (d *doc) nameWord(k int) bool {
	return d.eligible(k) && !d.lx.is(&d.toks[k], fInst) && !d.inSpan(k)
}

// lowerBodyCountry reads a body named in lower case that ends right
// before toks[i] ("state department", "foreign ministry") and the country
// or demonym before it: that country and where its word starts; else ""
// and i.
func (d *doc) lowerBodyCountry(i int) (string, int) {
	k := i - 1
	if k < 1 || d.toks[k].sent != d.toks[i].sent || d.toks[k].cap || !d.lx.bodyHeads[d.toks[k].fold] {
		return "", i
	}
	q := k - 1
	for n := 0; q >= 0 && n < 3 && d.toks[q].word && !d.toks[q].cap && d.at[q] == 0 && d.toks[q].sent == d.toks[i].sent; n++ {
		q--
	}
	if q < 0 || q == k-1 || d.toks[q].sent != d.toks[i].sent {
		return "", i // no word of the body's own before its head
	}
	if sp, ok := d.spanEndingAt(q + 1); ok && (sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry) && sp.e.code != "" {
		return sp.e.code, sp.i
	}
	return "", i
}

// demonymAt reports whether a demonym starts at toks[q].
func (d *doc) demonymAt(q int) bool {
	sp, ok := d.spanAt(q)
	return ok && sp.kind == kDemonym
}

// countryAfter reports whether a country's name starts at toks[q], after
// an optional "the".
func (d *doc) countryAfter(q int) bool {
	if q < len(d.toks) && d.toks[q].fold == "the" {
		q++
	}
	if q < len(d.toks) && d.lx.is(&d.toks[q], fEpithets) {
		q++
	}
	sp, ok := d.spanAt(q)
	return ok && (sp.kind == kCountry || sp.kind == kWeakCountry)
}

// spanEndingAt returns the span of a country or organisation name that ends
// right before toks[k].
func (d *doc) spanEndingAt(k int) (*span, bool) {
	if k <= 0 || d.at[k-1] == 0 {
		return nil, false
	}
	sp := d.spanOf(k - 1)
	return sp, sp.j == k
}

// apposedToName reports whether the title at toks[i] (with the country
// before it) follows a name and a comma: "John Kerry, U.S. Secretary of State,
// Deputy Prime Minister and Foreign Minister A" gives the Secretary's
// office to Kerry, not to A's chain of titles.
func (d *doc) apposedToName(i int) bool {
	q := i
	if sp, ok := d.spanEndingAt(q); ok && (sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry) {
		q = sp.i
	}
	if q < 2 || d.toks[q-1].text != "," {
		return false
	}
	// A name read already ends at the comma, or a name's words do (the
	// names after honorifics are read after the titles).
	// ("Title A of X, Title B of Y": a name with a title of its own heads
	// the item before, and the title after the comma the next.)
	for _, m := range d.mentions {
		if (m.j == q-1 || m.nj == q-1) && m.sent == d.toks[i].sent {
			// (Its title may be this one, read as its apposition already.)
			return m.title < 0 || d.at[i] != 0 && d.spanOf(i).kind == kTitle && m.title == d.spanOf(i).e.id
		}
	}
	n := d.toks[q-2]
	if !n.word || !n.cap || n.sent != d.toks[i].sent || !d.eligible(q-2) || d.lx.is(&n, fStop) {
		return false
	}
	if sp, ok := d.spanEndingAt(q - 1); ok && (sp.kind == kTitle || sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry || sp.kind == kOrg || sp.kind == kPlace) {
		return false
	}
	// Two name words at least, or one after an honorific: "Dr. A B,".
	if q < 3 {
		return false
	}
	p := d.toks[q-3]
	return p.sent == n.sent && (p.word && p.cap && d.eligible(q-3) || d.at[q-3] != 0 && d.spanOf(q-3).kind == kHonorific)
}

// headlineAt reports whether toks[k] is in a headline: the article's title,
// or a first line of the body without a closing stop.
func (d *doc) headlineAt(k int) bool {
	if d.headline {
		return true
	}
	if d.toks[k].sent != 0 {
		return false
	}
	_, to := d.sentToks(0)
	return to > 0 && d.toks[to-1].text != "." && d.toks[to-1].text != "!" && d.toks[to-1].text != "?"
}

// nameBefore reads "Name, Title": the title follows a comma after a name.
func (d *doc) nameBefore(m *pmention, after int) bool {
	k := m.i - 1
	if k < 1 || d.toks[k].text != "," {
		return false
	}
	// "PM A, Japanese counterpart agree to …": a headline's comma joins
	// two subjects of a verb; "met A, his Japanese counterpart, in …" is
	// the apposition.
	if (m.counterpart || d.headlineAt(k)) && after < len(d.toks) && d.toks[after].sent == d.toks[k].sent && d.toks[after].word && !d.toks[after].cap && !d.lx.appositionEnds[d.toks[after].fold] {
		return false // "Lee, Chile PM discuss …" too
	}
	e := k
	// A post-nominal title between the name and the comma: "Sir Keir
	// Starmer MP, Prime Minister".
	if e > 1 && d.at[e-1] > 0 && d.toks[e-1].upper && d.spanOf(e-1).j == e && d.spanOf(e-1).kind == kTitle && d.covered[e-2] {
		e--
	} else if e > 2 && d.postNominal(e-1) && d.toks[e-2].text == "," && d.covered[e-3] {
		e -= 2 // set off by commas: "The Honourable A, MP, Prime Minister of …"
	}
	// "H.E. Mr. Joseph R. Biden, Jr., President of the United States".
	whole := e
	if e > 2 && d.lx.is(&d.toks[e-1], fSuffixes) && d.toks[e-1].cap {
		e--
		if d.toks[e-1].text == "," {
			e--
		}
	}
	st := e
	for st > 0 && e-st < 6 {
		c := st - 1
		// A name does not run across sentences or paragraphs: a subjects
		// line ("…; Indo-Pacific") over a label "TOM HALE, PRIME MINISTER:".
		if d.toks[c].sent != d.toks[e-1].sent {
			break
		}
		if d.eligible(c) || d.lx.is(&d.toks[c], fParticles) && st < e {
			st = c
			continue
		}
		// A capitalised pronoun inside a sentence is a name: "was He Lifeng".
		t := d.toks[c]
		if t.cap && d.lx.is(&t, fStop) && c > 0 && d.toks[c-1].sent == t.sent && d.toks[c-1].word && !d.toks[c-1].cap && st < e {
			st = c
		}
		break
	}
	if st == e {
		return false
	}
	// "A, First Deputy Prime Minister, Minister of Defence, and Minister
	// of Interior of the State of Kuwait": the last title's country is the
	// whole chain's.
	if m.country == "" {
		m.country = d.chainCountry(after)
	}
	// "H.E. Mr. Petrov, Ivan Sergeyevich, President of Russia": the given
	// names of an inverted name read with its honorific; the office is
	// that person's.
	if e-st == 2 && st >= 2 && d.toks[st-1].text == "," && d.covered[st-2] && d.patronymic(st+1) {
		for _, o := range d.mentions {
			if o.nj == st-1 || o.j == st-1 {
				if o.country == "" {
					o.country = m.country
				}
				if o.title < 0 && m.title >= 0 {
					o.title, o.role, o.also = m.title, m.role, m.also
				}
				return true
			}
		}
	}
	if d.covered[e-1] {
		// "Name …, King of Jordan" where the name was read already: its country.
		for _, o := range d.mentions {
			if o.nj == e || o.j == e || o.j == whole {
				// "Prime Minister A, the Amir of Qatar, and President B":
				// a name with an office of its own, then another office,
				// is a list of persons, not an apposition.
				if o.title >= 0 && m.title >= 0 && d.lx.k.Titles.Titles[o.title].Office != d.lx.k.Titles.Titles[m.title].Office && k+1 < len(d.toks) && d.toks[k+1].fold == "the" {
					return false
				}
				// "the Ambassador of A, H.E. B, the Ambassador of C,
				// H.E. D": B is the first title's, in a roster of
				// titles each before its name; the next title is D's.
				if c := d.officeOfBefore(o); c != "" {
					if o.country == "" {
						o.country = c
					}
					return false
				}
				if o.country == "" {
					o.country = m.country
				}
				if o.title < 0 && m.title >= 0 {
					o.title, o.role, o.also = m.title, m.role, m.also // "Mr. KISHIDA Fumio, Prime Minister of Japan"
				}
				break
			}
		}
		return true
	}
	if e-st == 1 && !d.lx.is(&d.toks[st], fGiven) && !hasNonASCII(d.toks[st].text) {
		return false
	}
	m.ni, m.nj = st, e
	m.i = st
	if after > m.j {
		m.j = after
	}
	d.finishMention(m)
	return true
}

// governmentOffice reports whether a title is an office of a government:
// a head of state or government, a minister, or a minister's deputy. An
// envoy or representative "in the Republic of X" is posted there, not of it.
func (d *doc) governmentOffice(title int) bool {
	t := d.lx.k.Titles.Titles[title]
	switch t.Level {
	case accord.LevelHeadOfState, accord.LevelHeadOfGovernment, accord.LevelMinister:
		return true
	case accord.LevelOfficial:
		f := accord.Fold(t.Office) + " "
		for _, r := range d.lx.deputyRanks {
			if strings.HasPrefix(f, r) {
				return true
			}
		}
	}
	return false
}

// formalCountry returns the country named formally from toks[k], "the
// [sisterly] Kingdom of X", and where its name ends; "" when none. The
// article keeps a posting's bare place ("in Ukraine") out.
func (d *doc) formalCountry(k int) (string, int) {
	if k >= len(d.toks) || d.toks[k].fold != "the" {
		return "", k
	}
	k++
	if k < len(d.toks) && d.lx.is(&d.toks[k], fEpithets) {
		k++
	}
	if sp, ok := d.spanAt(k); ok && sp.i == k && sp.kind == kCountry && sp.e.code != "" {
		return sp.e.code, sp.j
	}
	return "", k
}

// chainCountry returns the country that closes a chain of titles after an
// apposition's first title, from toks[p]: ", Minister of Defence, and
// Minister of Interior of the State of Kuwait".
func (d *doc) chainCountry(p int) string {
	for n := 0; n < 4 && p < len(d.toks); n++ {
		q := p
		if q < len(d.toks) && d.toks[q].text == "," {
			q++
		}
		if q < len(d.toks) && d.toks[q].fold == "and" {
			q++
		}
		if q == p || q >= len(d.toks) || d.toks[q].sent != d.toks[p].sent {
			return ""
		}
		sp, ok := d.spanAt(q)
		// "A, Federal Minister for Foreign Affairs, Germany, said": the
		// country alone after the office, closed by a comma or the
		// sentence's end, is the office's.
		if ok && sp.kind == kCountry && q == p+1 && (sp.j >= len(d.toks) || d.toks[sp.j].sent != d.toks[q].sent || d.toks[sp.j].text == "," && (sp.j+1 >= len(d.toks) || d.toks[sp.j+1].fold != "and")) {
			return sp.e.code
		}
		if !ok || sp.kind != kTitle {
			// "A, Secretary, Department of Economic Affairs, Ministry of
			// Finance, Government of India, and B": the bodies after the
			// office, one naming the country or a state's agency ("B,
			// Chief Representative, JICA").
			if q == p+1 && d.toks[p].text == "," {
				return d.bodiesAfterCountry(q)
			}
			return ""
		}
		p = sp.j
		if p+1 < len(d.toks) && d.toks[p].fold == "of" {
			end, ni, country, _ := d.complement(p + 1)
			if ni < end {
				return "" // a name closes the chain: another person's titles
			}
			// The country ends the complement ("of the State of Kuwait"),
			// not a body of it ("of the Italian Episcopal Conference").
			if country != "" && d.countryEndsAt(p+1, end) {
				return country
			}
			if country != "" {
				return ""
			}
			p = end
		}
	}
	return ""
}

// countryEndsAt reports whether a country's name ends toks[i:end].
func (d *doc) countryEndsAt(i, end int) bool {
	for k := i; k < end; k++ {
		if sp, ok := d.spanAt(k); ok && (sp.kind == kCountry || sp.kind == kWeakCountry) {
			if sp.j == end {
				return true
			}
			k = sp.j - 1
		}
	}
	return false
}

// possAt reports whether toks[k] makes the name before it a possessor.
func (d *doc) possAt(k int) bool {
	return k > 0 && k < len(d.toks) && d.toks[k].fold == "'s"
}

// finishMention reads what follows a name ("of Brazil", "'s") and keeps it.
func (d *doc) finishMention(m *pmention) {
	if m.j < m.nj {
		m.j = m.nj
	}
	k := m.j
	suffix := false // "of Japan" follows the name: "of Japan's" is the person's
	if k+1 < len(d.toks) && d.toks[k].fold == "of" && !d.objectOfVerb(m.i) {
		q := k + 1
		if d.toks[q].fold == "the" {
			q++
		}
		if q < len(d.toks) && d.lx.is(&d.toks[q], fEpithets) {
			q++ // "of the sisterly Kingdom of Morocco"
		}
		if sp, ok := d.spanAt(q); ok && (sp.kind == kCountry || sp.kind == kWeakCountry) {
			if m.country == "" {
				m.country = sp.e.code
			}
			m.j = sp.j
			suffix = true
		}
	}
	// "signed by Minister A for Chile": a signer signs for their country.
	if m.country == "" && k+1 < len(d.toks) && d.toks[k].fold == "for" && d.signingSentence(m.sent) {
		if sp, ok := d.spanAt(k + 1); ok && sp.kind == kCountry && !d.possAt(sp.j) {
			m.country = sp.e.code
		}
	}
	// "Li Keqiang, Premier of the State Council of the People's Republic":
	// the 's of a title after the name is not the person's.
	if d.possAt(m.nj) || (suffix || m.j == m.nj) && d.possAt(m.j) {
		m.poss = true
	}
	// "Assistant to the President A", "Head of the Office of the President
	// A": the title is A's principal's, not A's office (nor their level).
	if m.title >= 0 && m.ni > m.i && d.principalOffice(m.i) {
		// An aide of the government's own head named by office alone on
		// its site ("Senior Advisor to the President A", "National
		// Security Advisor to the Vice President A") is of its country;
		// not one a country qualifies ("French Diplomatic Counselor to the
		// President A", "to the Prime Minister of Canada A").
		if t := d.lx.k.Titles.Titles[m.title]; m.country == "" && d.ownCountry != "" && !m.qualified && (d.ownTitles.holdsFold(t.Title) || d.ownTitles.holdsFold(t.Office)) && !d.countryNear(m) {
			m.country = d.ownCountry
		}
		m.title, m.role, m.also = -1, "", nil
	}
	d.addMention(m)
}

func (d *doc) addMention(m *pmention) {
	if m.nj <= m.ni || d.facilityAfter(m.nj) || d.facilityWithin(m.ni, m.nj) {
		return
	}
	// "High Commissioners A (Chile) and B (Peru)": the country in
	// brackets right after a name is the one the person acts for.
	if c, _ := d.bracketCountry(m.j); c != "" && m.country == "" {
		m.country = c
	}
	// "Cecilia Rossi from Italy, Sarah Hale from Canada and Aki Mori from
	// Japan": a roster of envoys or delegates names each one's country
	// after "from" (credentials ceremonies, guest lists). Only in a list,
	// a comma or "and" on either side: "the release of A from Russia" is
	// no roster.
	if m.country == "" {
		m.country = d.listedFrom(m)
	}
	// "Iraq's Abdul Latif Rashid": the country's possessive before the name.
	if m.country == "" && m.ni >= 2 && m.i == m.ni && possessive(d.toks[m.ni-1]) {
		if sp, ok := d.spanEndingAt(m.ni - 1); ok && sp.kind == kCountry {
			m.country = sp.e.code
		}
	}
	// A name is within one sentence: "… Officer, Xerox" ending a list
	// line is no word of the name on the next ("Anthony Capuano, …"), nor
	// a pronoun after a sentence's end. The longest part is the name.
	if d.toks[m.ni].sent != d.toks[m.nj-1].sent {
		bi, bj := m.ni, m.ni
		for a := m.ni; a < m.nj; {
			b := a
			for b < m.nj && d.toks[b].sent == d.toks[a].sent {
				b++
			}
			if b-a > bj-bi {
				bi, bj = a, b
			}
			a = b
		}
		if bi > m.ni {
			m.i = bi
		}
		if bj < m.nj {
			m.j = bj
		}
		m.ni, m.nj = bi, bj
	}
	for k := m.ni; k < m.nj; k++ {
		if d.covered[k] {
			return
		}
	}
	if d.ordinaryName(m.ni, m.nj) {
		return // "Sees Big Opportunity": words, not a name
	}
	if m.nj-m.ni == 1 && d.lx.eventNouns[d.toks[m.ni].fold] {
		return // "the King's Coronation", "the General Election": an event
	}
	if d.contactLine(m.ni) {
		return // "Media enquiries: A, Spokesperson": the footer's contact
	}
	d.cutOrdinaryTail(m)
	m.name, m.western = d.nameSurface(m.ni, m.nj)
	if m.j > m.nj && d.toks[m.j-1].word && d.lx.is(&d.toks[m.j-1], fSuffixes) {
		m.name += " " + d.toks[m.j-1].text
	}
	m.sent = d.toks[m.ni].sent
	if !m.poss && d.possAt(m.nj) {
		m.poss = true
	}
	for k := m.ni; k < m.nj; k++ {
		d.covered[k] = true
	}
	m.person = -1
	d.mentions = append(d.mentions, m)
}

// contactLine reports whether the name at toks[i] follows a release
// footer's contact cue and its colon or dash ("Media enquiries: A",
// "Press contact - A"): whom the press may call, no actor of the story.
func (d *doc) contactLine(i int) bool {
	k := i - 1
	if k < 0 || d.toks[k].sent != d.toks[i].sent && d.toks[k].text != ":" {
		return false
	}
	if t := d.toks[k].text; t != ":" && t != "-" && t != "–" && t != "—" {
		return false
	}
	for _, c := range d.lx.contactLines {
		s := k - len(c)
		if s < 0 {
			continue
		}
		ok := true
		for n, w := range c {
			if d.toks[s+n].fold != w {
				ok = false
				break
			}
		}
		if ok && (s == 0 || !d.toks[s-1].word || d.toks[s-1].sent != d.toks[s].sent) {
			return true
		}
	}
	return false
}

// core returns the folded words that identify a name: no initials,
// particles or suffixes.
func (d *doc) core(name string) []string {
	var out []string
	for _, w := range strings.Fields(accord.Fold(name)) {
		if len(w) < 2 || d.lx.particles[w] || d.lx.suffixes[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// bracketByname returns the folded byname in brackets at toks[k] after a
// name, "Joko Widodo (Jokowi)": one capitalised word, no acronym, country,
// organisation or ordinary word; else "".
func (d *doc) bracketByname(k int) string {
	if k+2 >= len(d.toks) || d.toks[k].text != "(" || d.toks[k+2].text != ")" {
		return ""
	}
	t := &d.toks[k+1]
	if !t.word || !t.cap || t.upper || t.num || d.at[k+1] != 0 || d.lx.common[t.fold] || d.lx.is(t, fStop) {
		return ""
	}
	return t.fold
}

// glossEnd returns where a bracketed gloss of two to four capitalised words
// opening at toks[i] closes (its ")"), i when there is none.
func (d *doc) glossEnd(i int) int {
	for k := i + 1; k < len(d.toks) && k <= i+5 && d.toks[k].sent == d.toks[i].sent; k++ {
		if d.toks[k].text == ")" {
			if k-i < 3 {
				return i
			}
			return k
		}
		if !d.toks[k].word || !d.toks[k].cap {
			return i
		}
	}
	return i
}

// orgEndsAt reports whether the name of an organisation the lexicon
// knows ends right before toks[i].
func (d *doc) orgEndsAt(i int) bool {
	sp, ok := d.spanEndingAt(i)
	return ok && sp.kind == kOrg
}

// bracketCountry returns the country named alone in brackets at toks[k]
// ("(Chile)") and the token after the closing bracket; "", k otherwise.
func (d *doc) bracketCountry(k int) (string, int) {
	if k+2 >= len(d.toks) || d.toks[k].text != "(" {
		return "", k
	}
	sp, ok := d.spanAt(k + 1)
	if !ok || sp.kind != kCountry && sp.kind != kWeakCountry || sp.j >= len(d.toks) || d.toks[sp.j].text != ")" {
		return "", k
	}
	return sp.e.code, sp.j + 1
}

// signingSentence reports whether sentence s reports a signing: a word of
// the signing phrases (knowledge sign_words) in it.
func (d *doc) signingSentence(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.lx.signWords[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// resolve groups mentions into persons: longer names first, shorter forms
// (Lâm, President Lee, Mr. Sullivan) join the person whose name holds them.
func (d *doc) resolve() {
	order := make([]*pmention, len(d.mentions))
	copy(order, d.mentions)
	cores := make(map[*pmention][]string, len(order))
	for _, m := range order {
		// "Joko "Jokowi" Widodo": the nickname is a name of theirs too.
		cores[m] = append(d.core(m.name), d.nicknames(m.ni, m.nj)...)
		// "President Joko Widodo (Jokowi)": a byname in brackets after it.
		if w := d.bracketByname(m.nj); w != "" {
			cores[m] = append(cores[m], w)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return len(cores[order[a]]) > len(cores[order[b]]) })
	for _, m := range order {
		c := cores[m]
		if len(c) == 0 || d.spouseOfPrevious(m, c) {
			continue
		}
		// "hosted the Prime Minister and Mrs B": the couple, named by the
		// office's holder B, whoever else of the family name the text
		// quotes ("founding father C B").
		if t := d.officeAndSpouse(m); t >= 0 && m.title < 0 && len(c) == 1 {
			if p := d.titledNamesake(c, t); p >= 0 {
				m.title = t
				d.join(p, m)
				continue
			}
		}
		if p := d.candidate(c, m); p >= 0 {
			d.join(p, m)
			continue
		}
		d.persons = append(d.persons, &person{name: m.name, core: c, first: m.ni, filial: d.hasFilial(m.name), kin: slices.Contains(d.kinNames, m.ni) || d.kinBefore(m)})
		d.join(len(d.persons)-1, m)
	}
	// Bare short forms: a name word of a known person, alone.
	if len(d.persons) == 0 {
		return
	}
	index := map[string]bool{}
	// Most capitalised words are no person's name word: their length or
	// first byte tells, before the map.
	var gate wordGate
	for _, p := range d.persons {
		for _, w := range p.core {
			index[w] = true
			gate.add(w)
		}
	}
	for i := range d.toks {
		t := &d.toks[i]
		// "Von der Leyen said": a family name with its particles.
		if t.cap && !d.covered[i] && d.lx.is(t, fParticles) {
			if e := d.particleRun(i); e > i && index[d.toks[e-1].fold] && !d.covered[e-1] {
				m := &pmention{i: i, j: e, ni: i, nj: e, title: -1}
				d.addMention(m)
				if p := d.candidate(d.core(m.name), m); p >= 0 {
					d.join(p, m)
				}
				continue
			}
		}
		if d.covered[i] || !t.cap || !t.word || d.lx.is(t, fStop) || d.lx.is(t, fParticles) || !gate.in(set(index), t.fold) {
			continue
		}
		if d.lx.is(t, fMonth) && (d.atSentenceStart(i) || !d.monthName(i)) {
			continue // "May 5", "May we"
		}
		if d.inSpan(i) {
			continue
		}
		// Not the first word of a longer capitalised phrase: "Biden Administration".
		if i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].word && !d.covered[i+1] && d.toks[i+1].sent == t.sent {
			continue
		}
		m := &pmention{i: i, j: i + 1, ni: i, nj: i + 1, title: -1, former: d.formerTitleBefore(i)}
		if i > 0 && d.toks[i-1].cap && d.toks[i-1].word && !d.inSpan(i-1) && !d.covered[i-1] && !d.atSentenceStart(i) && !d.calendarWord(i-1) {
			continue
		}
		d.addMention(m)
		if p := d.candidate([]string{t.fold}, m); p >= 0 {
			d.join(p, m)
		}
	}
	sort.Slice(d.mentions, func(a, b int) bool { return d.mentions[a].i < d.mentions[b].i })
	// Counterparts hold the office of the person named before them.
	for k, m := range d.mentions {
		if !m.counterpart || m.person < 0 {
			continue
		}
		for b := k - 1; b >= 0; b-- {
			o := d.mentions[b]
			if o.sent == m.sent && o.person >= 0 && o.person != m.person {
				po, pm := d.persons[o.person], d.persons[m.person]
				if po.office != "" && pm.office == "" {
					pm.office, pm.level = po.office, po.level
					pm.roles = appendNew(pm.roles, po.roles[0])
				}
				break
			}
		}
	}
}

// kinBefore reports whether mention m follows a word of kinship and a
// comma: "my husband, President A B", "her father, the late C D".
func (d *doc) kinBefore(m *pmention) bool {
	k := m.i - 1
	if k < 2 || d.toks[k].text != "," {
		return false
	}
	return d.lx.kinAppositions[d.toks[k-1].fold] && d.toks[k-1].sent == d.toks[m.i].sent
}

// spouseOfPrevious reports whether the one-word mention m with core c is
// "Mrs B" just after "A B and": A's spouse, who is no person of the record.
func (d *doc) spouseOfPrevious(m *pmention, c []string) bool {
	if len(c) != 1 || m.ni < 3 {
		return false
	}
	k := m.ni - 1
	if d.toks[k].text == "." {
		k--
	}
	if k < 2 || !d.lx.spouseHonorifics[d.toks[k].fold] || d.toks[k-1].fold != "and" {
		return false
	}
	for q := k - 2; q >= 0 && q >= k-6 && d.toks[q].sent == d.toks[m.ni].sent; q-- {
		if d.toks[q].fold == c[0] {
			return true
		}
	}
	return false
}

// candidate finds the person a mention with core words c belongs to, or -1.
func (d *doc) candidate(c []string, m *pmention) int {
	best, bestScore := -1, -1
	for pi, p := range d.persons {
		if m.country != "" && p.country != "" && m.country != p.country {
			continue
		}
		// (A parent's name stands only in a name with a filial particle.)
		if !sameName(c, p.core) || p.filial && d.parentOf(m.name, p.name) {
			continue
		}
		// "President A" is not "First Lady B A": a leader and a spouse
		// of one family name stay two.
		if m.title >= 0 && p.office != "" && d.lx.consorts.holdsFold(p.office) != d.lx.consorts.holdsFold(d.lx.k.Titles.Titles[m.title].Office) {
			continue
		}
		// "President A" is not "first lady B A" or "his wife B A" either,
		// when the text introduces B A as a spouse only (visit37.go).
		if m.title >= 0 && !d.lx.consorts.holdsFold(d.lx.k.Titles.Titles[m.title].Office) && d.spouseIntroduced(pi) {
			continue
		}
		// "Sultan Ibrahim" is not "Prime Minister Anwar Ibrahim": a
		// monarch and a head of government who share a name stay two; a
		// monarch's one name does not join an untitled person either.
		if m.title >= 0 && d.lx.sovereigns.holdsFold(d.lx.k.Titles.Titles[m.title].Office) != d.lx.sovereigns.holdsFold(p.office) && (p.office != "" || len(c) == 1) {
			continue
		}
		// "Secretary Clinton" is not "my husband, President Bill
		// Clinton": a relative the speaker names is someone else than a
		// holder of another office of the family name.
		if p.kin && m.title >= 0 && p.office != "" && p.office != d.lx.k.Titles.Titles[m.title].Office {
			continue
		}
		score := p.count
		if m.title >= 0 && p.office == d.lx.k.Titles.Titles[m.title].Office {
			score += 1000
		}
		// "Mrs. A" after "B A, the wife of the late President C A": the
		// relative named, not the office holder of the family name.
		if p.kin && m.i < m.ni && d.lx.spouseHonorifics[d.toks[m.i].fold] {
			score += 2000
		}
		if score > bestScore {
			best, bestScore = pi, score
		}
	}
	if best < 0 && len(c) == 1 {
		best = d.misspelt(c[0], m)
	}
	return best
}

// hasFilial reports whether a name holds a filial particle: "A bin B".
func (d *doc) hasFilial(name string) bool {
	for _, w := range strings.Fields(accord.Fold(name)) {
		if d.lx.filial[w] {
			return true
		}
	}
	return false
}

// parentOf reports whether the name short names a parent in the name long:
// its first word stands in long only after a filial particle ("Sheikh B"
// or "B bin C" within "A bin B bin C" is A's father, not A). A short form
// that opens with the particle ("bin B") is the person's own.
func (d *doc) parentOf(short, long string) bool {
	sw, lw := strings.Fields(accord.Fold(short)), strings.Fields(accord.Fold(long))
	first := ""
	for _, w := range sw {
		if d.lx.filial[w] {
			return false
		}
		if !d.lx.particles[w] {
			first = w
			break
		}
	}
	if first == "" {
		return false
	}
	after := false
	for k, w := range lw {
		if w != first {
			continue
		}
		if k == 0 || !d.lx.filial[lw[k-1]] {
			return false // the person's own name word
		}
		after = true
	}
	return after
}

// misspelt finds the one person a one-word name is a misspelling of: a word
// of theirs one edit away ("President Zelenskky" for Zelenskyy). Short words
// and a first letter that differs are never typos here, and two candidates
// are none: a typo must not join two people.
func (d *doc) misspelt(w string, m *pmention) int {
	if len(w) < 6 {
		return -1
	}
	found := -1
	for pi, p := range d.persons {
		if m.country != "" && p.country != "" && m.country != p.country {
			continue
		}
		for _, pw := range p.core {
			if len(pw) >= 6 && pw[0] == w[0] && oneEdit(w, pw) {
				if found >= 0 && found != pi {
					return -1
				}
				found = pi
			}
		}
	}
	return found
}

// oneEdit reports whether a and b differ by one insertion, deletion,
// substitution or swap of neighbouring letters.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := -1
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				if diff >= 0 {
					// A swap: ab → ba, and nothing else differs.
					return diff == i-1 && a[diff] == b[i] && a[i] == b[diff] && a[i+1:] == b[i+1:]
				}
				diff = i
			}
		}
		return true
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// sameName reports whether the words c name the person with words p: all of
// c in p (Lee ⊂ Lee Jae Myung), or the same last word and a first word that
// shortens the other (Joe, Joseph).
func sameName(c, p []string) bool {
	all := true
	for _, w := range c {
		found := false
		for _, x := range p {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			all = false
			break
		}
	}
	if all {
		return true
	}
	if len(c) < 2 || len(p) < 2 || c[len(c)-1] != p[len(p)-1] {
		return false
	}
	// "Mohamed bin Zayed Al Nahyan" is not "Mohammed bin Hamad bin Tahnoun
	// Al Nahyan": names written with middle words on both sides agree on
	// the shorter one's (a father's name differs, a family's does not).
	if len(c) > 2 && len(p) > 2 {
		short, long := c, p
		if len(short) > len(long) {
			short, long = long, short
		}
		for _, w := range short[1 : len(short)-1] {
			if !slices.Contains(long, w) {
				return false
			}
		}
	}
	a, b := c[0], p[0]
	if len(a) > len(b) {
		a, b = b, a
	}
	// Joe, Joseph; Jill is not Joe.
	return len(a) >= 3 && (strings.HasPrefix(b, a) || a[:2] == b[:2])
}

func (d *doc) join(pi int, m *pmention) {
	p := d.persons[pi]
	m.person = pi
	p.count++
	if m.ni < p.first {
		p.first = m.ni
	}
	if p.country == "" && m.country != "" {
		p.country = m.country
	}
	if m.title >= 0 {
		p.titles = appendInt(p.titles, m.title)
		p.qualified = p.qualified || m.qualified
		t := d.lx.k.Titles.Titles[m.title]
		if p.level == "" || d.lx.levelRank[t.Level] > d.lx.levelRank[p.level] {
			p.level, p.office = t.Level, t.Office
		}
	}
	for _, ti := range m.also {
		t := d.lx.k.Titles.Titles[ti]
		p.titles = appendInt(p.titles, ti)
		if !m.former {
			p.roles = appendNew(p.roles, t.Office)
		}
		if p.level == "" || d.lx.levelRank[t.Level] > d.lx.levelRank[p.level] {
			p.level, p.office = t.Level, t.Office
		}
	}
	if m.role != "" && !m.former {
		p.roles = appendNew(p.roles, m.role)
	}
	// The fullest form is the name; the others are aliases.
	c := d.core(m.name)
	if len(c) > len(p.core) || len(c) == len(p.core) && len(m.name) > len(p.name) && accord.Fold(m.name) == accord.Fold(p.name) {
		p.aliases = appendNew(p.aliases, p.name)
		p.name, p.core = m.name, c
	} else if m.name != p.name {
		p.aliases = appendNew(p.aliases, m.name)
	}
	if m.western != "" {
		p.aliases = appendNew(p.aliases, m.western)
	}
	if m.titleText != "" && (m.nj-m.ni == 1 || m.name != p.name) {
		p.aliases = appendNew(p.aliases, m.titleText+" "+m.name)
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// calendarWord reports whether toks[i] names a day or month ("On Friday
// Vladimir Putin …"): a date before a name, not part of a longer name.
func (d *doc) calendarWord(i int) bool {
	f := d.toks[i].fold
	return d.lx.isWeekday(f) || d.lx.months[f] > 0 && f != "may"
}

// ownHead reports whether title span ts, standing alone ("The Prime
// Minister", at the start of a sentence or after "the"), is the head of the
// publishing government itself: on that government's site, "The Prime
// Minister and Chancellor Scholz discussed" names two people, where "Deputy
// Prime Minister and Foreign Minister A" and "Prime Minister and Crown
// Prince A" name one.
func (d *doc) ownHead(ts *span) bool {
	t := d.lx.k.Titles.Titles[ts.e.id]
	if d.own == nil || !d.own.holdsFold(t.Title) && !d.own.holdsFold(t.Office) || t.Level != "head_of_state" && t.Level != "head_of_government" {
		return false
	}
	k := ts.i - 1
	if k < 0 || d.toks[k].sent != d.toks[ts.i].sent {
		return true
	}
	return d.toks[k].fold == "the" && !d.titleComplement(ts)
}

// titleComplement reports whether title span ts completes another title:
// "Assistant to the President", "Office of the Prime Minister".
func (d *doc) titleComplement(ts *span) bool {
	k := ts.i - 2
	return k >= 0 && d.toks[k+1].fold == "the" && d.toks[k].sent == d.toks[ts.i].sent && ofHead[d.toks[k].fold]
}

// ofHead are the words that make "the President" part of another title:
// "Assistant to the President", "Office of the President".
var ofHead = map[string]bool{"to": true, "of": true, "for": true, "by": true, "from": true, "with": true}

// nicknames returns the folded words of the nicknames in quotes inside the
// name toks[i:j].
func (d *doc) nicknames(i, j int) []string {
	var out []string
	for k := i + 1; k < j; k++ {
		if e := d.nicknameAt(k); e > k && e <= j {
			for n := k + 1; n < e-1; n++ {
				out = append(out, d.toks[n].fold)
			}
			k = e - 1
		}
	}
	return out
}

// counterpartsNamed reads the names a list of counterparts gives in
// apposition, one a country, in order: "met his counterparts from Croatia
// and Japan, A and B", "his Croatian and Japanese counterparts, A and B";
// so too the holders of a plural office of listed countries: "The foreign
// ministers of Armenia and Kuwait, A and B, met".
// Each name of two to four capitalised words is a person of its country,
// whatever the name list knows; the list must name as many persons as
// countries.
func (d *doc) counterpartsNamed() {
	for k := 0; k+3 < len(d.toks); k++ {
		sent := d.toks[k].sent
		var codes []string
		q, p := k+1, -1
		office := false
		if sp, ok := d.spanAt(k); ok && sp.i == k && sp.kind == kTitle && sp.e.plural && sp.j+1 < len(d.toks) && d.toks[sp.j].fold == "of" {
			// "The foreign ministers of Armenia and Kuwait, A and B, met";
			// "The Foreign Ministers of Russia and the USA A and B began":
			// the holders of a plural office, one a country, in order.
			office = true
			codes, q = d.countryList(sp.j+1, sent)
			if q < len(d.toks) && d.toks[q].word && d.toks[q].cap && !d.inSpan(q) {
				p = q
			}
		} else if d.toks[k].fold != "counterparts" || k == 0 {
			continue
		} else if d.toks[q].fold == "from" {
			// "counterparts from A, B and C,"
			codes, q = d.countryList(q+1, sent)
		} else {
			// "his Croatian and Latvian counterparts,"
			codes = d.demonymListBefore(k, sent)
		}
		if p < 0 && q+1 < len(d.toks) && d.toks[q].text == "," {
			p = q + 1
		}
		if len(codes) < 2 || p < 0 {
			continue
		}
		var names [][2]int
		var read []*pmention // a name already read, by name or title
		for p < len(d.toks) && d.toks[p].sent == sent {
			e := p
			for e < len(d.toks) && e-p < 4 && d.toks[e].sent == sent && d.toks[e].word && d.toks[e].cap && !d.covered[e] && !d.inSpan(e) {
				e++
			}
			var m *pmention
			if e-p < 2 {
				// "his Croatian and Latvian counterparts, A and B": the noun
				// is a title, so the first name may be read as its holder.
				if m = d.mentionAt(p); m == nil || !office && d.toks[k+1].fold == "from" {
					break
				}
				e = m.j
			}
			names = append(names, [2]int{p, e})
			read = append(read, m)
			if e >= len(d.toks) || d.toks[e].sent != sent {
				break
			}
			switch f := d.toks[e].fold; {
			case f == "and":
				p = e + 1
			case f == "," && e+1 < len(d.toks) && d.toks[e+1].fold == "and":
				p = e + 2
			case f == ",":
				p = e + 1
			default:
				p = -1
			}
			if p < 0 || len(names) == len(codes) {
				break
			}
		}
		if len(names) != len(codes) {
			continue
		}
		for n, r := range names {
			if m := read[n]; m != nil {
				if m.country == "" {
					m.country = codes[n]
				}
				continue
			}
			d.addMention(&pmention{i: r[0], j: r[1], ni: r[0], nj: r[1], title: -1, country: codes[n], counterpart: !office})
		}
	}
}

// countryList reads countries parted by commas and "and" from toks[k] in
// sentence sent: their codes and the token after the last.
func (d *doc) countryList(k, sent int) ([]string, int) {
	var codes []string
	for k < len(d.toks) && d.toks[k].sent == sent {
		if d.toks[k].fold == "the" {
			k++
		}
		sp, ok := d.spanAt(k)
		if !ok || sp.kind != kCountry {
			break
		}
		codes = append(codes, sp.e.code)
		k = sp.j
		if k < len(d.toks) && d.toks[k].fold == "and" {
			k++
		} else if k+1 < len(d.toks) && d.toks[k].text == "," && d.toks[k+1].fold == "and" {
			k += 2
		} else if k+1 < len(d.toks) && d.toks[k].text == "," && d.toks[k+1].cap {
			if _, ok := d.spanAt(k + 1); !ok {
				break // the names begin
			}
			k++
		} else {
			break
		}
	}
	return codes, k
}

// bodiesAfterCountry returns the country of the bodies named from toks[q] after
// an office in apposition ("Department of Economic Affairs, Ministry of
// Finance, Government of India"): a country after "of" or set off by a
// comma, or a state's agency (knowledge organizations with a country);
// "" at another office, a lower-case word or a name.
func (d *doc) bodiesAfterCountry(q int) string {
	if q >= len(d.toks) || !d.toks[q].cap || !d.toks[q].word {
		return ""
	}
	sent := d.toks[q].sent
	for r := q; r < len(d.toks) && r < q+16 && d.toks[r].sent == sent; r++ {
		if d.covered[r] {
			return "" // a name: another person
		}
		if sp, ok := d.spanAt(r); ok && sp.i == r {
			switch {
			case sp.kind == kCountry && r > q && (d.toks[r-1].fold == "of" || d.toks[r-1].text == ","):
				return sp.e.code
			case sp.kind == kOrg && len(sp.e.code) == 2:
				return sp.e.code
			case sp.kind == kTitle || sp.kind == kHonorific:
				return ""
			}
			r = sp.j - 1
			continue
		}
		t := &d.toks[r]
		if t.text == "," || t.fold == "of" || t.fold == "the" || t.fold == "for" || t.text == "&" || t.cap && t.word {
			continue
		}
		return ""
	}
	return ""
}

// demonymListBefore reads demonyms parted by commas and "and" that end
// right before toks[k] in sentence sent ("Croatian, Latvian and Chilean
// counterparts"): their codes in the order written, nil unless the list
// is led by a possessive or an article, so that a demonym naming the
// subject's own side ("the Indian and Latvian ministers") is not read.
func (d *doc) demonymListBefore(k, sent int) []string {
	var codes []string
	for {
		sp, ok := d.spanEndingAt(k)
		if !ok || sp.kind != kDemonym || d.toks[sp.i].sent != sent {
			return nil
		}
		codes = append(codes, sp.e.code)
		k = sp.i
		if k < 1 {
			return nil
		}
		switch f := d.toks[k-1].fold; {
		case f == "and" && len(codes) == 1:
			k--
			if k > 0 && d.toks[k-1].text == "," {
				k--
			}
		case f == "," && len(codes) > 1:
			k--
		case f == "his" || f == "her" || f == "their" || f == "the":
			if len(codes) < 2 {
				return nil
			}
			slices.Reverse(codes)
			return codes
		default:
			return nil
		}
	}
}

// mentionAt returns the person's mention that begins at toks[k], by its
// name or an honorific ("Mr A"), nil when none does.
func (d *doc) mentionAt(k int) *pmention {
	for _, m := range d.mentions {
		if m.ni == k || m.i == k {
			return m
		}
	}
	return nil
}

// officeOfBefore returns the country of an office "… of <country>, " read
// with mention o before its name, set off by a comma ("the Ambassador of
// Belgium, H.E. A"): o is that office's holder in apposition. "" for none.
func (d *doc) officeOfBefore(o *pmention) string {
	// Only the office read with the name already, as its apposition:
	// in "A, President of X, B, President of Y" X's office is A's.
	q := -1
	for k := o.i; k < o.ni; k++ {
		if d.toks[k].text == "," {
			q = k
		}
	}
	if q < 2 {
		return ""
	}
	sp, ok := d.spanEndingAt(q)
	if !ok || sp.kind != kCountry || sp.i < 2 || d.toks[sp.i-1].fold != "of" {
		return ""
	}
	return sp.e.code
}
