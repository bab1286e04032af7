package extract

import (
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
	qualified   bool // a capitalised word before the title: "Commission Vice President"
	poss        bool // followed by 's: "Lâm's leadership"
	former      bool
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
	// Names without a title: a known first name and another name word.
	for i := 0; i < len(d.toks); i++ {
		if d.covered[i] || !d.lx.given[d.toks[i].fold] || !d.toks[i].cap {
			continue
		}
		if d.inSpan(i) || d.lx.stop[d.toks[i].fold] && d.atSentenceStart(i) {
			continue
		}
		j := d.nameAt(i)
		if j-i < 2 {
			continue
		}
		// Part of a longer proper name: "Francis Scott Key Bridge".
		if i > 0 && d.toks[i-1].cap && d.toks[i-1].word && !d.atSentenceStart(i) || j < len(d.toks) && d.toks[j].word && d.toks[j].cap && !d.lx.suffixes[d.toks[j].fold] {
			continue
		}
		// A place: "in Santa Rosa, California".
		if i > 0 && (d.toks[i-1].fold == "in" || d.toks[i-1].fold == "at") && j+1 < len(d.toks) && d.toks[j].text == "," && d.toks[j+1].cap && d.toks[j+1].sent == d.toks[i].sent {
			continue
		}
		d.addMention(&pmention{i: i, j: d.suffixAt(j), ni: i, nj: j, title: -1})
	}
	d.resolve()
}

// chained reports whether span si directly follows another title span, so
// that it is part of a chain that starts earlier ("Amir Sheikh").
func (d *doc) chained(si int) bool {
	p := d.spans[si-1]
	if p.j != d.spans[si].i {
		return false
	}
	return p.kind == kTitle || p.kind == kHonorific || p.kind == kModifier
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
	for k := s.i - 1; k >= 0 && k >= s.i-4; k-- {
		t := d.toks[k]
		if t.sent != d.toks[s.i].sent {
			break // a headline line above is not this title's country
		}
		if sp, ok := d.spanAt(k); ok {
			if sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry {
				if m.country == "" {
					m.country = sp.e.code
				}
				m.i = k
				continue
			}
			if sp.kind == kModifier {
				m.former = m.former || strings.EqualFold(sp.e.form, "former")
				m.i = k
				continue
			}
			break
		}
		if d.at[k] < 0 {
			// Inside a multi-word country name: go to its start.
			st := &d.spans[-d.at[k]-1]
			if st.kind == kCountry || st.kind == kDemonym {
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
	// "European Commission Executive Vice President": the title is another
	// body's, whatever its words.
	if k := m.i - 1; k >= 0 && d.toks[k].sent == d.toks[m.i].sent && d.toks[k].word && d.toks[k].cap && !d.atSentenceStart(m.i) {
		m.qualified = true
	}
	// The chain of titles: "Amir Sheikh", "Acting Prime Minister".
	p := s.j
	titleEnd := s.j
	for {
		sp, ok := d.spanAt(p)
		if !ok || !(sp.kind == kTitle || sp.kind == kHonorific || sp.kind == kModifier) {
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
	// "to Việt Nam": the host of an ambassador.
	if p+1 < len(d.toks) && d.toks[p].fold == "to" {
		q := p + 1
		if d.toks[q].fold == "the" {
			q++
		}
		if sp, ok := d.spanAt(q); ok && sp.kind == kCountry {
			m.role += " to " + d.raw(q, sp.j)
			p = sp.j
		}
	}
	// "of the Republic of Korea (RoK) Lee Jae Myung", "of Foreign Affairs Lê Hoài Trung".
	if p < len(d.toks) && d.toks[p].fold == "of" && !m.counterpart {
		end, ni, country, hasOther := d.complement(p + 1)
		if country != "" && m.country == "" {
			m.country = country
		}
		if hasOther && m.title >= 0 {
			m.role = lx.k.Titles.Titles[m.title].Office + " of " + d.raw(p+1, ni)
		}
		if ni < end {
			m.ni, m.nj = ni, end
			m.j = d.suffixAt(end)
			d.finishMention(m)
			return
		}
		if ni > p+1 {
			p = ni // the complement named no person: look before the title
		}
		d.nameBefore(m, p)
		return
	}
	nj := d.nameAt(p)
	if nj == p {
		d.nameBefore(m, p)
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
	p := s.j
	for p < len(d.toks) {
		nj := d.nameAt(p)
		if nj == p {
			return
		}
		d.finishMention(&pmention{i: p, j: d.suffixAt(nj), ni: p, nj: nj, title: s.e.id, role: office})
		switch {
		case nj+1 < len(d.toks) && d.toks[nj].text == "," && d.toks[nj+1].fold == "and":
			p = nj + 2
		case nj < len(d.toks) && (d.toks[nj].text == "," || d.toks[nj].fold == "and"):
			p = nj + 1
		default:
			return
		}
	}
}

// complement reads the capitalised phrase after "of" that may end with a
// name: it returns its end, where the name starts (end when no name), the
// country it names and whether it names anything but a country.
func (d *doc) complement(i int) (end, ni int, country string, other bool) {
	j := i
	for j < len(d.toks) && j-i < 16 {
		t := d.toks[j]
		if t.sent != d.toks[i].sent {
			break
		}
		switch {
		case t.word && t.cap:
		case t.fold == "of" || t.fold == "the" || t.fold == "for":
		case t.fold == "and":
			// "and" joins words of an office, not a second person's titles.
			if j+1 < len(d.toks) && (d.inSpan(j+1) || !d.toks[j+1].cap) {
				goto done
			}
		case t.text == "(" && j+2 < len(d.toks) && d.toks[j+2].text == ")":
			j += 2
		case (t.text == "–" || t.text == "-") && j+1 < len(d.toks) && d.toks[j+1].cap:
		default:
			goto done
		}
		j++
	}
done:
	for j > i && !d.toks[j-1].cap && d.toks[j-1].text != ")" {
		j-- // trailing "and", "the"
	}
	// The name is the longest run of name words at the end.
	ni = j
	for ni > i {
		k := ni - 1
		if d.eligible(k) || d.lx.particles[d.toks[k].fold] && ni < j && d.eligible(k-1) {
			ni = k
			continue
		}
		break
	}
	for ni < j && d.lx.particles[d.toks[ni].fold] && d.toks[ni].text == d.toks[ni].fold {
		ni++
	}
	// "Agriculture Tom Vilsack": a known first name starts the name.
	for k := ni; k < j; k++ {
		if d.lx.given[d.toks[k].fold] {
			ni = k
			break
		}
	}
	if j-ni > 3 && !d.lx.given[d.toks[ni].fold] {
		ni = j - 3
	}
	if j-ni == 1 && !d.lx.given[d.toks[ni].fold] && !hasNonASCII(d.toks[ni].text) {
		ni = j // one ordinary capitalised word after an office is rarely a name
	}
	for k := i; k < ni; k++ {
		if sp, ok := d.spanAt(k); ok && (sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry || sp.kind == kOrg && sp.e.code != "") {
			if country == "" {
				country = sp.e.code
			}
			if sp.kind == kOrg {
				other = true
			}
			k = sp.j - 1
			continue
		}
		if d.toks[k].word && d.toks[k].cap && d.at[k] == 0 {
			other = true
		}
	}
	return j, ni, country, other
}

// nameBefore reads "Name, Title": the title follows a comma after a name.
func (d *doc) nameBefore(m *pmention, after int) {
	k := m.i - 1
	if k < 1 || d.toks[k].text != "," {
		return
	}
	e := k
	st := e
	for st > 0 && e-st < 6 {
		c := st - 1
		if d.eligible(c) || d.lx.particles[d.toks[c].fold] && st < e {
			st = c
			continue
		}
		// A capitalised pronoun inside a sentence is a name: "was He Lifeng".
		t := d.toks[c]
		if t.cap && d.lx.stop[t.fold] && c > 0 && d.toks[c-1].sent == t.sent && d.toks[c-1].word && !d.toks[c-1].cap && st < e {
			st = c
		}
		break
	}
	if st == e {
		return
	}
	if d.covered[e-1] {
		// "Name …, King of Jordan" where the name was read already: its country.
		for _, o := range d.mentions {
			if o.nj == e || o.j == e {
				if o.country == "" {
					o.country = m.country
				}
				break
			}
		}
		return
	}
	if e-st == 1 && !d.lx.given[d.toks[st].fold] && !hasNonASCII(d.toks[st].text) {
		return
	}
	m.ni, m.nj = st, e
	m.i = st
	if after > m.j {
		m.j = after
	}
	d.finishMention(m)
}

// finishMention reads what follows a name ("of Brazil", "'s") and keeps it.
func (d *doc) finishMention(m *pmention) {
	if m.j < m.nj {
		m.j = m.nj
	}
	k := m.j
	suffix := false // "of Japan" follows the name: "of Japan's" is the person's
	if k+1 < len(d.toks) && d.toks[k].fold == "of" {
		q := k + 1
		if d.toks[q].fold == "the" {
			q++
		}
		if sp, ok := d.spanAt(q); ok && (sp.kind == kCountry || sp.kind == kWeakCountry) {
			if m.country == "" {
				m.country = sp.e.code
			}
			m.j = sp.j
			suffix = true
		}
	}
	// "Li Keqiang, Premier of the State Council of the People's Republic":
	// the 's of a title after the name is not the person's.
	if m.nj < len(d.toks) && d.toks[m.nj].fold == "'s" || (suffix || m.j == m.nj) && m.j < len(d.toks) && d.toks[m.j].fold == "'s" {
		m.poss = true
	}
	d.addMention(m)
}

func (d *doc) addMention(m *pmention) {
	if m.nj <= m.ni {
		return
	}
	for k := m.ni; k < m.nj; k++ {
		if d.covered[k] {
			return
		}
	}
	m.name = d.surface(m.ni, m.nj)
	if m.j > m.nj && d.toks[m.j-1].word && d.lx.suffixes[d.toks[m.j-1].fold] {
		m.name += " " + d.toks[m.j-1].text
	}
	m.sent = d.toks[m.ni].sent
	if !m.poss && m.nj < len(d.toks) && d.toks[m.nj].fold == "'s" {
		m.poss = true
	}
	for k := m.ni; k < m.nj; k++ {
		d.covered[k] = true
	}
	m.person = -1
	d.mentions = append(d.mentions, m)
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

// resolve groups mentions into persons: longer names first, shorter forms
// (Lâm, President Lee, Mr. Sullivan) join the person whose name holds them.
func (d *doc) resolve() {
	order := make([]*pmention, len(d.mentions))
	copy(order, d.mentions)
	cores := make(map[*pmention][]string, len(order))
	for _, m := range order {
		cores[m] = d.core(m.name)
	}
	sort.SliceStable(order, func(a, b int) bool { return len(cores[order[a]]) > len(cores[order[b]]) })
	for _, m := range order {
		c := cores[m]
		if len(c) == 0 {
			continue
		}
		if p := d.candidate(c, m); p >= 0 {
			d.join(p, m)
			continue
		}
		d.persons = append(d.persons, &person{name: m.name, core: c, first: m.ni})
		d.join(len(d.persons)-1, m)
	}
	// Bare short forms: a name word of a known person, alone.
	if len(d.persons) == 0 {
		return
	}
	index := map[string]bool{}
	for _, p := range d.persons {
		for _, w := range p.core {
			index[w] = true
		}
	}
	for i := range d.toks {
		t := &d.toks[i]
		if d.covered[i] || !t.cap || !t.word || !index[t.fold] || d.lx.stop[t.fold] || d.lx.particles[t.fold] {
			continue
		}
		if d.inSpan(i) {
			continue
		}
		// Not the first word of a longer capitalised phrase: "Biden Administration".
		if i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].word && !d.covered[i+1] && d.toks[i+1].sent == t.sent {
			continue
		}
		m := &pmention{i: i, j: i + 1, ni: i, nj: i + 1, title: -1}
		if i > 0 && d.toks[i-1].cap && d.toks[i-1].word && !d.inSpan(i-1) && !d.covered[i-1] && !d.atSentenceStart(i) {
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

// candidate finds the person a mention with core words c belongs to, or -1.
func (d *doc) candidate(c []string, m *pmention) int {
	best, bestScore := -1, -1
	for pi, p := range d.persons {
		if m.country != "" && p.country != "" && m.country != p.country {
			continue
		}
		if !sameName(c, p.core) {
			continue
		}
		score := p.count
		if m.title >= 0 && p.office == d.lx.k.Titles.Titles[m.title].Office {
			score += 1000
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
	if m.titleText != "" && m.nj-m.ni == 1 {
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
