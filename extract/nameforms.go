package extract

import (
	"strings"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// ordinaryName reports whether the name toks[ni:nj] is made only of
// ordinary English words (knowledge common_words.txt), as a headline in
// title case glues them after a title: "Canada PM Sees Big Opportunity",
// "Open General Export License". Such a run is a name only when it has a
// known given name, an initial, a word the list does not have (a family
// name: Kishida, Starmer) or is an office holder's name. One word is left
// alone: many family names are words (Power, Truss, Wicker, Sessions),
// and the title before it says it is a name.
func (d *doc) ordinaryName(ni, nj int) bool {
	var ws []string
	for k := ni; k < nj; k++ {
		t := &d.toks[k]
		if !t.word {
			continue
		}
		f := t.fold
		if d.lx.particles[f] || d.lx.suffixes[f] {
			continue
		}
		if strings.HasSuffix(f, ".") || len(f) < 2 || d.lx.given[f] || hasNonASCII(t.text) || len(ws) == 0 && d.lx.wordGiven[f] {
			return false // an initial, a given name, a foreign spelling
		}
		for _, part := range wordParts(f) {
			if part != "" && !d.lx.common[part] {
				return false
			}
		}
		ws = append(ws, f)
	}
	return len(ws) >= 2 && hasLongWord(ws) && len(office.FindWords(ws, time.Time{})) == 0
}

// hasLongWord reports whether one of the words has five letters or more:
// romanised syllables of Chinese names are shorter, and may each be an
// English word (Tan Boon Hock, Low Yen Ling).
func hasLongWord(ws []string) bool {
	for _, w := range ws {
		for _, part := range wordParts(w) {
			if len(part) >= 5 {
				return true
			}
		}
	}
	return false
}

// byFamilyName keeps, for a person named by one word (President Michel,
// Mr. Key), the holders whose family name that word is, when there are
// any: in diplomatic prose a bare name is a family name, and a holder
// whose given name it is (Michel Aoun) is another person. Without such a
// holder all stay: a ruler named by given name (King Abdullah, Sheikh
// Mohamed, President Lula).
func (d *doc) byFamilyName(p *person, hs []office.Holder) []office.Holder {
	if len(p.core) != 1 || len(hs) < 2 {
		return hs
	}
	// A monarch goes by given name ("Sultan Ibrahim", "King Abdullah"):
	// a minister of that family name is another person.
	for _, t := range p.titles {
		if d.lx.sovereigns.holdsFold(d.lx.k.Titles.Titles[t].Office) {
			return hs
		}
	}
	w := p.core[0]
	fam := make([]bool, len(hs))
	some := false
	for i := range hs {
		fam[i] = d.familyWord(&hs[i]) == w
		some = some || fam[i]
	}
	if !some {
		return hs // no holder of that family name: nothing to choose
	}
	for i := range hs {
		// "President Hassan Sheikh Mohamud": the holder whose given name it
		// is, named in full in the text, is not ruled out.
		if !fam[i] && d.namedInFull(&hs[i]) {
			return hs
		}
	}
	var out []office.Holder
	for i, h := range hs {
		if (p.country == "" || h.Country == p.country) && fam[i] {
			out = append(out, h)
		}
	}
	if len(out) == 0 || len(out) == len(hs) {
		return hs
	}
	return out
}

// familyWord returns the family name of holder h: the last word of the
// name, the first where the country writes the family name first (Xi
// Jinping, Lee Jae-myung).
func (d *doc) familyWord(h *office.Holder) string {
	ws := h.NameWords()
	if len(ws) == 0 {
		return ""
	}
	if d.lx.familyFirst.holdsFold(h.Country) {
		return ws[0]
	}
	// A regnal name ("Charles III", "Mswati III") goes by the name
	// before its number: "King Charles".
	if n := len(ws); n >= 2 && regnalNumber(ws[n-1]) {
		return ws[n-2]
	}
	return ws[len(ws)-1]
}

// regnalNumber reports whether folded word w is a Roman numeral of a
// reign (ii to xxx).
func regnalNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, c := range w {
		if c != 'i' && c != 'v' && c != 'x' {
			return false
		}
	}
	return true
}

// objectOfVerb reports whether the mention starting at toks[i] is the
// object of a verb that takes "of" after it ("assured President A of
// India's support", "informed the Minister of the decision"): that "of"
// gives no country of the person's.
func (d *doc) objectOfVerb(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].fold == "the" {
		k--
	}
	return k >= 0 && d.toks[k].sent == d.toks[i].sent && d.lx.ofVerbs[d.toks[k].fold]
}

// modifierChained reports whether modifier span si ("former", "Acting")
// itself follows a title or honorific ("H.E. former President A"), so that
// the chain starts before it; a modifier that opens the chain leaves the
// title after it to read the mention ("former Prime Minister A").
func (d *doc) modifierChained(si int) bool {
	return si > 0 && d.chained(si)
}

// formerBefore reports whether a "former" modifier span ends at toks[i]:
// "former Prime Ministers A, B and C".
func (d *doc) formerBefore(i int) bool {
	if i == 0 || d.at[i-1] == 0 {
		return false
	}
	sp := d.spanOf(i - 1)
	return sp.kind == kModifier && sp.j == i && d.lx.pastModifiers[accord.Fold(sp.e.form)]
}

// initialGlued reports whether toks[j] is the period of a short initial
// written onto the name after it with no space, as Mongolian names are
// ("Kh.Battulga", "Ts.Elbegdorj": the initial of the father's name).
func (d *doc) initialGlued(j int) bool {
	if j < 1 || j+1 >= len(d.toks) || d.toks[j].text != "." {
		return false
	}
	a, b := d.toks[j-1], d.toks[j+1]
	return a.end == d.toks[j].start && b.start == d.toks[j].end && a.cap && a.word && len(a.text) <= 3 && !a.upper && b.cap && !b.upper && d.eligible(j+1)
}

// gluedInitial reports whether a word is an initial and a name written as
// one, "M.Enkhbold": a name, though one word.
func gluedInitial(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot < 1 || dot > 3 || dot+2 >= len(w) || strings.Count(w, ".") != 1 {
		return false
	}
	a, b := w[:dot], w[dot+1:]
	return a[0] >= 'A' && a[0] <= 'Z' && b[0] >= 'A' && b[0] <= 'Z' && len(b) >= 3 && strings.ToLower(b[1:]) == b[1:]
}

// bracketName reads a name of two words or more in square brackets right
// after an office, as a transcript's editor inserts it: "the Chief of the
// General Staff [Ivan Petrov]". It returns where the name starts and ends.
func (d *doc) bracketName(p int) (int, int, bool) {
	if p+3 >= len(d.toks) || d.toks[p].text != "[" {
		return 0, 0, false
	}
	q := p + 1
	nj := d.nameAt(q)
	if nj-q < 2 || nj >= len(d.toks) || d.toks[nj].text != "]" {
		return 0, 0, false
	}
	return q, nj, true
}

// companions returns the persons of a contact that every mention
// introduces as another's spouse ("Dato' A and his wife Datin B"), when at
// least two others take part: they come with a party and are none.
func (d *doc) companions(ps []int) map[int]bool {
	if len(ps) < 3 {
		return nil
	}
	var out map[int]bool
	for _, pi := range ps {
		if d.spouseOnly(pi) {
			if out == nil {
				out = map[int]bool{}
			}
			out[pi] = true
		}
	}
	if len(ps)-len(out) < 2 {
		return nil
	}
	return out
}

// spouseOnly reports whether every mention of person pi follows "his
// wife", "her husband" or the like.
func (d *doc) spouseOnly(pi int) bool {
	return d.everyMention(pi, func(m *pmention) bool { return d.spouseAt(m.i) >= 0 })
}

// everyMention reports whether person pi is mentioned and ok holds for
// every mention.
func (d *doc) everyMention(pi int, ok func(*pmention) bool) bool {
	n := 0
	for _, m := range d.mentions {
		if m.person != pi {
			continue
		}
		if !ok(m) {
			return false
		}
		n++
	}
	return n > 0
}

// spouseAt returns, for a mention starting at toks[i] after "his wife" or
// "her husband", the index of the word "his" or "her"; -1 otherwise.
func (d *doc) spouseAt(i int) int {
	k := i - 1
	if k >= 0 && d.toks[k].text == "," {
		k--
	}
	if k < 1 || !d.lx.spouses[d.toks[k].fold] || d.toks[k].sent != d.toks[i].sent {
		return -1
	}
	if f := d.toks[k-1].fold; f != "his" && f != "her" {
		return -1
	}
	return k - 1
}

// spousePartner returns the person whose spouse person pi is named as
// ("A and his wife B": A for B), from pi's first mention, or -1.
func (d *doc) spousePartner(pi int) int {
	for _, m := range d.mentions {
		if m.person != pi {
			continue
		}
		h := d.spouseAt(m.i)
		if h < 1 {
			return -1
		}
		best := -1
		for _, o := range d.mentions {
			if o.person >= 0 && o.person != pi && o.sent == m.sent && o.j <= h && (h-o.j <= 2 || h-o.j <= 3 && d.toks[o.j].text == ",") {
				best = o.person
			}
		}
		return best
	}
	return -1
}

// spouseCountries gives a spouse named right after their spouse ("Dato' A
// and his wife Datin B", "A, accompanied by her husband B") the country of
// that spouse, when the text gives them none.
func (d *doc) spouseCountries() {
	for _, m := range d.mentions {
		if m.person < 0 || d.persons[m.person].country != "" {
			continue
		}
		h := d.spouseAt(m.i)
		if h < 1 {
			continue
		}
		// The spouse is the person named last before "his"/"her", in the
		// same sentence, with at most two words between ("and", "by"), or
		// three after a comma (", joined by his spouse").
		for _, o := range d.mentions {
			if o.person >= 0 && o.person != m.person && o.sent == m.sent && o.j <= h && (h-o.j <= 2 || h-o.j <= 3 && d.toks[o.j].text == ",") {
				if c := d.persons[o.person].country; c != "" {
					d.persons[m.person].country = c
				}
			}
		}
	}
}

// cutOrdinaryTail ends a name of m before two or more ordinary words that
// a headline in title case glues to it ("Jane Roe Sees Big Opportunity"):
// only in a headline, the text's first line, never in prose or a list of
// names (Keisha Lance Bottoms); keeping two name words at least and one
// that is not such a word: names seldom end with two such words, one of
// five letters or more.
func (d *doc) cutOrdinaryTail(m *pmention) {
	k := m.nj
	// A stopword inside a tail of ordinary words is one of them even where
	// it is also a given name: "Ravi Menon To Visit the Philippines".
	for k > m.ni && (d.ordinaryWord(k-1) || k < m.nj && k-1 > m.ni && d.lx.is(&d.toks[k-1], fStop) && !d.toks[k-1].upper) {
		k--
	}
	if k == m.ni || d.toks[m.ni].sent > 0 || !d.titleCase(m.i, m.nj) {
		return
	}
	// A headline's verb glued to a short name ("Wang Bo Has a Call"): the
	// text goes on to name the same words without the tail, never with it.
	if d.namedWithoutTail(m.ni, k, m.nj) {
		if m.j == m.nj {
			m.j = k
		}
		m.nj = k
		return
	}
	if m.nj-k < 2 {
		return
	}
	var tail []string
	for n := k; n < m.nj; n++ {
		tail = append(tail, d.toks[n].fold)
	}
	if !hasLongWord(tail) {
		return // "Tan Boon Hock"
	}
	if k-m.ni < 2 {
		k = m.ni + 2
	}
	if k >= m.nj {
		return
	}
	if m.j == m.nj {
		m.j = k
	}
	m.nj = k
}

// namedWithoutTail reports whether the words toks[ni:k] stand capitalised
// elsewhere in the text, outside their sentence, never followed by the
// words toks[k:nj] and at least once by another word or none.
func (d *doc) namedWithoutTail(ni, k, nj int) bool {
	without := false
	for s := 0; s+k-ni <= len(d.toks); s++ {
		if d.toks[s].sent == d.toks[ni].sent {
			continue
		}
		same := true
		for q := 0; q < k-ni; q++ {
			if t := &d.toks[s+q]; t.fold != d.toks[ni+q].fold || !t.cap {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		e := s + k - ni
		with := e+nj-k <= len(d.toks)
		for q := 0; with && q < nj-k; q++ {
			with = d.toks[e+q].fold == d.toks[k+q].fold
		}
		if with {
			return false
		}
		without = true
	}
	return without
}

// ordinaryWord reports whether toks[k] is a capitalised ordinary English
// word, not a given name.
func (d *doc) ordinaryWord(k int) bool {
	t := &d.toks[k]
	if !t.word || t.upper || d.lx.is(t, fGiven) || hasNonASCII(t.text) {
		return false
	}
	// Most words have one part: asked without splitting (wordParts
	// allocates).
	if strings.IndexByte(t.fold, ' ') < 0 && strings.IndexByte(t.fold, '-') < 0 {
		return t.fold == "" || d.lx.common[t.fold]
	}
	for _, part := range wordParts(t.fold) {
		if part != "" && !d.lx.common[part] {
			return false
		}
	}
	return true
}

// postNominal reports whether toks[j] is a post-nominal office in capitals
// after a name: "Simon Harris TD", "Greg Clark MP".
func (d *doc) postNominal(j int) bool {
	t := &d.toks[j]
	return t.upper && d.at[j] > 0 && d.spans[d.at[j]-1].kind == kTitle && d.spans[d.at[j]-1].j == j+1
}

// namedInFull reports whether every word of holder h's name is a word of
// the text.
func (d *doc) namedInFull(h *office.Holder) bool {
	for _, w := range h.NameWords() {
		found := false
		for k := range d.toks {
			if d.toks[k].fold == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// wordParts splits a folded word at its hyphens, which folding may have
// made spaces: "skies type" of Skies-type.
func wordParts(f string) []string {
	return strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' })
}

// formerHolder reports whether person p, named only with a former office
// ("former Prime Minister Abe"), is holder h of that office, whose term
// ended before the article's day: a former holder is out of their time.
func (d *doc) formerHolder(p *person, h *office.Holder) bool {
	if d.pub.IsZero() || h.End.IsZero() || !h.End.Before(d.pub) || !d.titledAs(p, h.Office) {
		return false
	}
	for pi, q := range d.persons {
		if q == p {
			return d.former(pi)
		}
	}
	return false
}

// formerTitleBefore reports whether toks[i] follows a title after
// "former": "former Prime Minister ABE", read as a short form.
func (d *doc) formerTitleBefore(i int) bool {
	if i == 0 || d.at[i-1] == 0 {
		return false
	}
	sp := d.spanOf(i - 1)
	return sp.kind == kTitle && sp.j == i && d.formerBefore(sp.i)
}

// titleCase reports whether the sentence of the mention toks[i:j] is
// written in title case, as headlines are: most of its other words of four
// letters or more, numbers and function words ("from") aside, are
// capitalised.
func (d *doc) titleCase(i, j int) bool {
	from, to := d.sentToks(d.toks[i].sent)
	n, caps := 0, 0
	for k := from; k < to; k++ {
		if k >= i && k < j {
			continue
		}
		if t := &d.toks[k]; t.word && !t.num && len(t.text) >= 4 && !d.lx.is(t, fStop) {
			n++
			if t.cap {
				caps++
			}
		}
	}
	return 4*caps >= 3*n
}
