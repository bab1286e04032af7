package target

import (
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// mention is a country named in a sentence: toks[s:e].
type mention struct {
	s, e    int
	code    string
	demonym bool // Korean, Indonesian: the country as an adjective
	program bool // Global Gateway: a bloc's programme
	firm    bool // Boeing: a firm, of its country
}

// groupSubject returns the members of a group of countries that is the
// subject of the commitment at amount a: "Quad partners will provide",
// "As Quad countries, we have pledged"; nil if none.
func (x *extractor) groupSubject(toks []token, a amount) []string {
	for i := 0; i < a.ps; i++ {
		end, val := x.l.groups.match(toks, i)
		if end < 0 {
			continue
		}
		j := end
		for j < a.ps && x.l.adverbs[toks[j].f] {
			j++
		}
		if j >= a.ps {
			return nil
		}
		switch {
		case x.l.subjVerbs[toks[j].f], toks[j].f == "will", toks[j].f == "have", toks[j].f == "has", toks[j].f == "are":
		case i > 0 && toks[i-1].f == "as" && j+1 < a.ps && toks[j].f == "," && toks[j+1].f == "we":
		case i > 1 && toks[i-1].f == "with" && toks[i-2].f == "together" && j+1 < a.ps && toks[j].f == "," && toks[j+1].f == "we":
			// "Together with G7 partners, we aim to mobilize": the group
			// and the speaker, one of its members or not.
			return sorted(unique(append(strings.Split(val, ","), x.self())))
		default:
			i = end - 1
			continue
		}
		return sorted(strings.Split(val, ","))
	}
	return nil
}

// attributive reports whether the name ending before toks[e] qualifies the
// noun after it ("the Boeing commitment", "Boeing 737 jets"): a product or
// brand, not the firm acting.
func (x *extractor) attributive(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	t := toks[e]
	if t.k == num {
		return true
	}
	if t.k != word || x.capital(t) || x.l.subjVerbs[t.f] || x.l.adverbs[t.f] {
		return false
	}
	switch t.f {
	case "and", "or", "has", "have", "had", "is", "was", "will", "would", "can", "could", "may", "also", "to", "in", "of", "for", "with", "on", "at", "from", "by", "are", "were", "worth", "valued":
		return false
	}
	return true
}

// mentions finds the countries named in a sentence by name, alias or
// demonym. "US" in "US$" is a currency, not a country.
// negPrefix holds the prefixes that, hyphened to a country's name, deny
// it: "non-U.S. exports" are another country's.
var negPrefix = map[string]bool{"non": true, "anti": true}

func (x *extractor) mentionsIn(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		if toks[i].k != word {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].f == "government" || toks[i+1].f == "administration") && x.capital(toks[i]) {
			code := x.leaderNamed(toks[i])
			if end, _ := x.l.countries.match(toks, i); code == "" && end < 0 && !determiner[toks[i].f] && !x.l.stop[toks[i].f] {
				w := toks[i]
				if i >= 2 && toks[i-1].f == "-" && !toks[i-1].sp && !w.sp && x.capital(toks[i-2]) {
					w = toks[i-2] // "the Biden-Harris Administration": the ticket's head
				}
				code = x.leaderHeld(x.text[w.s:w.e]) // (not "the Jordan government")
			}
			if code != "" {
				// "The Albanese government will increase aid": the
				// government named by its leader's surname is his country's.
				out = append(out, mention{s: i, e: i + 1, code: code})
				continue
			}
		}
		if f, g, c1, c2, ok := x.capitalPair(toks, i); ok {
			// "Moscow and Beijing have agreed": both governments
			out = append(out, mention{s: f[0], e: f[1], code: c1}, mention{s: g[0], e: g[1], code: c2})
			i = g[1] - 1
			continue
		}
		if ce, cc := x.capitalSubject(toks, i); ce > 0 {
			out = append(out, mention{s: i, e: ce, code: cc}) // "Tokyo will provide": the government
			i = ce - 1
			continue
		}
		if pe, pc := x.l.programmes.match(toks, i); pe > 0 && x.capital(toks[i]) {
			// "a $1.22 billion Ukraine Security Assistance Initiative
			// package": a country's own programme, named (capitalised)
			// after whom it helps, stands for the country that runs it.
			out = append(out, mention{s: i, e: pe, code: pc, program: true})
			i = pe - 1
			continue
		}
		end, val := x.l.countries.match(toks, i)
		// A firm stands for its country ("Korean Air" is longer than
		// "Korean"), named capitalised, without "the" (not "the Amazon")
		// and not inside a longer name ("Kotak Mahindra Bank").
		if fe, fc := x.l.firms.match(toks, i); fe > end && x.capital(toks[i]) && (i == 0 || toks[i-1].f != "the" && !(toks[i-1].k == word && x.capital(toks[i-1]))) && !x.attributive(toks, fe) {
			out = append(out, mention{s: i, e: fe, code: fc, firm: true})
			i = fe - 1
			continue
		}
		if end < 0 {
			continue
		}
		if s, _ := x.l.placeHeads.matchBack(toks, i); s >= 0 && x.capital(toks[s]) {
			i = end - 1 // "countries in the Lake Chad region": a lake, not Chad
			continue
		}
		if i >= 2 && toks[i-1].f == "-" && !toks[i-1].sp && !toks[i].sp && negPrefix[toks[i-2].f] {
			i = end - 1 // "its non-U.S. exports", "anti-EU": not that country's
			continue
		}
		if end < len(toks) && (toks[end].f == "$" && (!toks[end].sp || end+1 < len(toks) && toks[end+1].k == num) || toks[end].f == "dollars" || toks[end].f == "dollar") {
			i = end // "US$", "U.S. $36 billion", "100 million US dollars": a currency, not a country
			continue
		}
		out = append(out, mention{s: i, e: end, code: strings.TrimRight(val, "*+"), demonym: strings.HasSuffix(val, "*"), program: strings.HasSuffix(val, "+")})
		i = end - 1
	}
	if len(x.persons) == 0 || len(toks) == 0 {
		return out
	}
	// Persons of a known country stand for it: "Mr Peters announced".
	var ps []mention
	for _, p := range x.persons {
		if p.Country == "" || p.End <= toks[0].s || p.Start >= toks[len(toks)-1].e {
			continue
		}
		i := 0
		for i < len(toks) && toks[i].s < p.Start {
			i++
		}
		j := i
		for j < len(toks) && toks[j].e <= p.End {
			j++
		}
		if j > i && !slices.ContainsFunc(out, func(m mention) bool { return m.s < j && i < m.e }) {
			ps = append(ps, mention{s: i, e: j, code: strings.ToUpper(p.Country)})
		}
	}
	if len(ps) == 0 {
		return out
	}
	out = append(out, ps...)
	slices.SortFunc(out, func(a, b mention) int { return a.s - b.s })
	return out
}

// nameOf reports whether the "of" at n joins the words of a capitalised
// name ("DFC's Board of Directors approved"), not a phrase after the noun.
func (x *extractor) nameOf(toks []token, n int) bool {
	return toks[n].f == "of" && n > 0 && n+1 < len(toks) && x.capital(toks[n-1]) && x.capital(toks[n+1])
}

// leaderNamed returns the country of a person the article names whose
// last name is the word t ("Albanese" of "Prime Minister Anthony
// Albanese"), else "".
func (x *extractor) leaderNamed(t token) string {
	w := x.text[t.s:t.e]
	for _, p := range x.persons {
		if p.Country == "" || p.End-p.Start <= len(w) || p.End > len(x.text) {
			continue
		}
		name := x.text[p.Start:p.End]
		if strings.HasSuffix(name, w) && name[len(name)-len(w)-1] == ' ' {
			return strings.ToUpper(p.Country)
		}
	}
	return ""
}

// leaderHeld returns the one country whose head of state or government on
// the publication day (else in any term) bears the surname w: "the Biden
// administration", "the Kishida government" name their country even when
// the text names the leader nowhere else. A surname two countries' leaders
// share names neither.
func (x *extractor) leaderHeld(w string) string {
	day, err := time.Parse("2006-01-02", x.published[:min(10, len(x.published))])
	if err != nil {
		return ""
	}
	for _, d := range []time.Time{day, {}} {
		code := ""
		for _, h := range office.Find(w, d) {
			if h.Class != office.HeadOfState && h.Class != office.HeadOfGovernment {
				continue
			}
			if code != "" && code != h.Country {
				return ""
			}
			code = h.Country
		}
		if code != "" {
			return strings.ToUpper(code)
		}
	}
	return ""
}

// jointText reports whether the article is a joint statement, where "we"
// is all its signatories.
func (x *extractor) jointText() bool {
	if x.jointKnown == 0 {
		x.jointKnown = 1
		if !mayNameJoint(x.text) {
			return false // most texts: not lower-cased for nothing
		}
		low := lower(x.text)
		for _, p := range []string{"joint statement", "joint declaration", "joint communiqué", "joint communique", "we, the leaders", "we, the heads"} {
			if ownStatement(low, p) {
				x.jointKnown = 2
			}
		}
	}
	return x.jointKnown == 2
}

// mayNameJoint reports whether lower(text) may hold "joint" or "we,", the
// starts of jointText's phrases: only ASCII letters lower to j, o, n, t, w
// and e, and only I and U+0130 to i, so text must hold them as such.
func mayNameJoint(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		switch text[i] | 0x20 {
		case 'j':
			if text[i+1]|0x20 != 'o' {
				continue
			}
			k := i + 2
			switch {
			case text[k]|0x20 == 'i':
				k++
			case strings.HasPrefix(text[k:], "\u0130"):
				k += len("\u0130")
			default:
				continue
			}
			if k+1 < len(text) && text[k]|0x20 == 'n' && text[k+1]|0x20 == 't' {
				return true
			}
		case 'w':
			if text[i+1]|0x20 == 'e' && text[i+2] == ',' {
				return true
			}
		}
	}
	return false
}

// selfSubject reports whether the subject of a commitment before toks[end]
// is the speaking government: "we will", "the Government is investing",
// "our Government has committed" — not "we agreed", which is both sides'.
func (x *extractor) selfSubject(toks []token, end int) bool {
	for i := 0; i < end; i++ {
		j := -1
		switch t := toks[i]; {
		case t.f == "we" || t.f == "i" && x.text[t.s] == 'I':
			j = i + 1
			if j+1 < end && toks[j].f == "'" && contraction[toks[j+1].f] {
				return true // we've, we'll, I'd
			}
		case t.f == "government" && 'A' <= x.text[t.s] && x.text[t.s] <= 'Z' && i > 0 && (toks[i-1].f == "the" || toks[i-1].f == "our"):
			j = i + 1
		}
		if j < 0 {
			continue
		}
		for j < end && x.l.adverbs[toks[j].f] {
			j++
		}
		if j < end && x.l.subjVerbs[toks[j].f] && !jointVerb[toks[j].f] {
			return true
		}
	}
	return false
}

// contraction are the auxiliaries after an apostrophe: we've, we'll, I'd.
var contraction = map[string]bool{"ve": true, "ll": true, "d": true, "m": true, "re": true}

var jointVerb = map[string]bool{"agreed": true, "agree": true, "decided": true, "set": true, "signed": true, "sign": true}

// partnershipSubject returns both sides of a partnership (or another body
// of two countries: a fund, a council) that is the subject committing to
// amount a: "The U.S.-UAE Partnership for Clean Energy is set to catalyze
// $100 billion", "Our new Partnership … will catalyze" (in a text of its two
// parties), "the U.S.-India Science Endowment Fund launched a $2 million
// grant"; nil if no such body commits.
func (x *extractor) partnershipSubject(toks []token, named []mention, a amount) []string {
	for i := 0; i < a.ps; i++ {
		if !x.l.bodyHeads[toks[i].f] || !x.capital(toks[i]) {
			continue
		}
		// The partnership's name, its parenthesised short name, then a verb
		// of commitment before the amount.
		j := i + 1
		for j < a.ps && (toks[j].k == word && (x.capital(toks[j]) || toks[j].f == "for" || toks[j].f == "on" || toks[j].f == "to" || toks[j].f == "of" || toks[j].f == "the")) {
			j++
		}
		if j < a.ps && toks[j].f == "(" {
			if c := closing(toks, j); c > 0 && c < a.ps {
				j = c + 1
			}
		}
		if j >= a.ps || !x.l.subjVerbs[toks[j].f] {
			continue // a body named as no subject: another may be
		}
		// "The U.S.-UAE Partnership", "the U.S.-India Science and
		// Technology Endowment Fund": the pair before its name.
		for k := 0; k+1 < len(named); k++ {
			m, n := named[k], named[k+1]
			if n.e <= i && n.s == m.e+1 && toks[m.e].f == "-" && m.code != n.code && x.nameWords(toks, n.e, i) {
				return sorted([]string{m.code, n.code})
			}
		}
		p := i - 1
		for p >= 0 && toks[p].f != "our" && (toks[p].f == "new" || x.capital(toks[p]) && toks[p].k == word) {
			p--
		}
		if p >= 0 && toks[p].f == "our" {
			if ps := x.partiesOf(); len(ps) == 2 {
				return ps
			}
		}
		return nil
	}
	return nil
}

// nameWords reports whether toks[s:e] are all words of a proper name:
// capitalised, or "and", "of", "for" between them ("Science and Technology").
func (x *extractor) nameWords(toks []token, s, e int) bool {
	for _, t := range toks[s:e] {
		if t.k != word || !x.capital(t) && t.f != "and" && t.f != "of" && t.f != "for" {
			return false
		}
	}
	return true
}

// jointAmount reports whether "joint" qualifies the amount: "the joint A$20
// million programme".
func jointAmount(toks []token, a amount) bool {
	return a.ps > 0 && (toks[a.ps-1].f == "joint" || toks[a.ps-1].f == "jointly")
}

// flowOwner returns the country whose exports or imports the metric
// toks[ms:me] is, named right before the flow: "our exports" (the speaking
// government), "EU annual exports", "New Zealand's exports"; nil if the
// text does not say (never the destination: "exports to the EU").
func (x *extractor) flowOwner(toks []token, named []mention, ms, me int) []string {
	for i := max(ms, 0); i < me && i < len(toks); i++ {
		if !x.l.tradeFlows[toks[i].f] {
			continue
		}
		j := i
		for n := 0; n < 2 && j > 0 && toks[j-1].k == word && !x.capital(toks[j-1]) && !determiner[toks[j-1].f] && !preposition[toks[j-1].f] && !x.l.subjVerbs[toks[j-1].f] && toks[j-1].f != "s" && toks[j-1].f != "and"; n++ {
			j-- // annual, agricultural
		}
		if j > 0 && toks[j-1].f == "our" {
			if self := x.self(); self != "" {
				return []string{self}
			}
			return nil
		}
		if j > 2 && toks[j-2].f == "-" && negPrefix[toks[j-3].f] {
			j -= 3 // "its non-U.S. exports"
		}
		if j > 0 && toks[j-1].f == "its" {
			// "Canada's mission to double its exports": the country the
			// pronoun takes up, the last one named before it.
			var last *mention
			for k := range named {
				if named[k].e < j && !named[k].demonym && !named[k].firm {
					last = &named[k]
				}
			}
			if last != nil {
				return []string{last.code}
			}
			return nil
		}
		if j > 1 && toks[j-1].f == "s" && toks[j-2].f == "'" {
			j -= 2
		}
		for _, m := range named {
			if m.e == j && !m.firm {
				return []string{m.code}
			}
		}
		// "exports to the EU will increase" in a release of the other side:
		// the exporter is the side that is not the destination.
		k := i + 1
		if k < len(toks) && (toks[k].f == "to" || toks[k].f == "into") {
			k++
			if k < len(toks) && determiner[toks[k].f] {
				k++
			}
			for _, m := range named {
				if m.s != k || m.demonym {
					continue
				}
				if self := x.self(); self != "" && self != m.code {
					return []string{self}
				}
				if ps := x.partiesOf(); len(ps) == 2 && slices.Contains(ps, m.code) {
					return slices.DeleteFunc(slices.Clone(ps), func(c string) bool { return c == m.code })
				}
			}
		}
		return nil
	}
	return nil
}

// laterSubject reports whether a mention after named[k] and before amount a
// is the subject of the amount's own clause: "welcomed Australia's role in
// the Pacific, where the United States intends to provide $1.5 million".
func (x *extractor) laterSubject(toks []token, named []mention, k int, a amount) bool {
	for n := k + 1; n < len(named) && named[n].s < a.ps; n++ {
		if codes, last := x.subject(toks, named, n); codes != nil && !x.newClause(toks, named[last].e, a.ps) {
			return true
		}
	}
	return false
}

// welcomedBefore reports whether a verb of welcome comes before toks[i]:
// what follows it is given by another party than the subject.
func (x *extractor) welcomedBefore(toks []token, i int) bool {
	for _, t := range toks[:i] {
		if x.l.welcome[t.f] {
			return true
		}
	}
	return false
}

// inPhrase reports whether mention ms[k] is inside a prepositional phrase,
// itself or as a later item of a list that starts in one: "in Sri Lanka",
// "of New Zealand and the Philippines".
func inPhrase(toks []token, ms []mention, k int) bool {
	for ; k >= 0; k-- {
		p := ms[k].s - 1
		if p > 0 && determiner[toks[p].f] {
			p--
		}
		if p < 0 {
			return false
		}
		if preposition[toks[p].f] {
			return true
		}
		if toks[p].f != "and" && toks[p].f != "," {
			return false
		}
		if toks[p].f == "and" && p > 0 && toks[p-1].f == "," {
			p--
		} else if toks[p].f == "," && (ms[k].e >= len(toks) || toks[ms[k].e].f != "," && toks[ms[k].e].f != "and") {
			return false // "In Sri Lanka, DFC committed": a comma ends the phrase
		}
		if k == 0 || ms[k-1].e != p {
			return false
		}
	}
	return false
}

// leadSubject returns the countries that are the subject of a sentence
// opening a list: "While in Manila, Mr Peters announced:".
func (x *extractor) leadSubject(toks []token) []string {
	named := x.mentions(toks)
	for k := 0; k < len(named); k++ {
		if codes, _ := x.subject(toks, named, k); codes != nil {
			return sorted(unique(codes))
		}
	}
	return nil
}

// partiesOf returns the article's two parties: its first two principals,
// else the principals and the countries and blocs its text names most.
func (x *extractor) partiesOf() []string {
	if x.partied {
		return x.parties
	}
	x.partied = true
	ps := unique(x.principals)
	if len(ps) < 2 {
		_, named := x.survey()
		count := map[string]int{}
		for c, n := range named {
			if !slices.Contains(ps, c) {
				count[c] = n
			}
		}
		for len(ps) < 2 {
			best, n := "", 0
			for c, v := range count {
				if v > n || v == n && c < best {
					best, n = c, v
				}
			}
			if best == "" {
				break
			}
			ps = append(ps, best)
			delete(count, best)
		}
	}
	if len(ps) >= 2 {
		x.parties = sorted(ps[:2])
	}
	return x.parties
}

// subject returns the countries of which ms[k] is (with a country joined by
// "and") the subject of a commitment: "Indonesia will", "the United States
// and Indonesia have", "the Korean side will". It returns the index of the
// last mention used.
func (x *extractor) subject(toks []token, ms []mention, k int) ([]string, int) {
	codes := []string{ms[k].code}
	demonym := ms[k].demonym
	j := ms[k].e
	last := k
	if inPhrase(toks, ms, k) && !x.titledOf(toks, ms[k].s) {
		return nil, last // "The leaders of New Zealand and the Philippines agreed"
	}
	// A list of subjects: "Australia, India, Japan, and the United States
	// have pledged".
	sawAnd := false
	for last+1 < len(ms) && j < len(toks) {
		n, and := j, false
		if toks[n].f == "," {
			n++
		}
		if n < len(toks) && toks[n].f == "and" {
			n, and = n+1, true
		}
		if n < len(toks) && toks[n].f == "the" && ms[last+1].s != n {
			n++ // "and the United States"; "the Philippines" may be a name itself
		}
		if n == j || ms[last+1].s != n {
			break
		}
		codes = append(codes, ms[last+1].code)
		demonym = demonym || ms[last+1].demonym
		j, last = ms[last+1].e, last+1
		if and {
			sawAnd = true
			break // the list ends after "and"
		}
	}
	if len(codes) > 1 && !sawAnd {
		// "To assist Ukraine, Australia announced": no "and", no list;
		// the last country starts the clause.
		codes, demonym = codes[len(codes)-1:], ms[last].demonym
	}
	if len(codes) == 1 && !demonym && j+2 < len(toks) && toks[j].f == "'" && toks[j+1].f == "s" && x.clauseStart(toks, ms[k].s) {
		// "Chile's space agency will provide": the possessor's body is
		// the subject.
		n, w := j+2, 0
		for n < len(toks) && w < 4 && toks[n].k == word && !x.l.subjVerbs[toks[n].f] && (!preposition[toks[n].f] || x.nameOf(toks, n)) && !x.l.adverbs[toks[n].f] {
			n, w = n+1, w+1
		}
		if w > 0 {
			j = n
		}
	}
	if j < len(toks) && x.l.subjNouns[toks[j].f] {
		j++
		demonym = false
		// "Japanese automaker Toyota will": the company's name.
		for n := 0; n < 3 && j < len(toks) && toks[j].k == word && 'A' <= x.text[toks[j].s] && x.text[toks[j].s] <= 'Z'; n++ {
			j++
		}
	}
	if demonym && len(codes) == 1 {
		if e := x.titledLeader(toks, j); e > j {
			j, demonym = e, false // "Japanese Prime Minister A on Friday announced"
		}
	}
	if demonym {
		return nil, last
	}
	for j < len(toks) && x.l.adverbs[toks[j].f] {
		j++
	}
	if j < len(toks) && x.l.subjVerbs[toks[j].f] {
		return codes, last
	}
	if e := x.subjectAside(toks, j); e > j {
		// "X (head delegate: A) pledged", "X, the co-host, pledged"
		for e < len(toks) && x.l.adverbs[toks[e].f] {
			e++
		}
		if e < len(toks) && x.l.subjVerbs[toks[e].f] {
			return codes, last
		}
	}
	return nil, last
}

// holders decides whose target an amount is: both principals for a
// bilateral metric; the country whose metric it is (Việt Nam's GDP growth);
// the subject committing to it (Indonesia will purchase); both principals for
// "both sides"; the country the sentence names; the country the article
// shows committing most; the article's first principal.
func (x *extractor) holders(toks []token, a amount, metric string, ms, me int, lead []string) []string {
	if h, ok := x.tariffHolder(toks, a, ms, me); ok {
		return h
	}
	if c := x.passiveAgent(toks, a); c != "" {
		return []string{c} // "1 trillion yen would be invested by Japan in …"
	}
	if h := x.participleAgent(toks, a); h != nil {
		return h // "the $500 million loan pledged by Japan"
	}
	named := x.mentions(toks)
	if h := x.sharedFlowGoal(toks, named, a); h != nil {
		return h // "they have set a target of 3 trillion yen investment from A in B"
	}
	if h, to := x.flowFromTo(toks, named, a); h != nil {
		// Money flowing "from A to B" is A's when A's side states it ("Prime
		// Minister A expressed his intention to realize 4 trillion yen …
		// from A to B"); when both sides set the flow's goal together ("The
		// two leaders expressed their intention …", "their decision to
		// have …"), both hold it, as with any goal the pair sets.
		if to != "" {
			if r := x.subjectHolders(toks, a, metric, ms, me, lead, named); len(r) == 2 && slices.Contains(r, h[0]) && slices.Contains(r, to) {
				return r
			}
		}
		return h // "5 trillion yen of investment by Japanese companies": Japan's
	}
	return x.subjectHolders(toks, a, metric, ms, me, lead, named)
}

// subjectHolders returns the holders of amount a by the sentence's
// subjects, possessors and pairs, once no tariff's or flow's wording has
// settled them.
func (x *extractor) subjectHolders(toks []token, a amount, metric string, ms, me int, lead []string, named []mention) []string {
	principals := unique(x.principals)
	lo, hi := min(ms, a.ps), max(me, a.pe)
	both := func(named []mention) []string {
		if ps := x.partiesOf(); len(ps) >= 2 {
			return ps
		}
		var codes []string
		for _, m := range named {
			if !slices.Contains(codes, m.code) {
				codes = append(codes, m.code)
			}
		}
		if len(codes) >= 2 {
			return sorted(codes[:2])
		}
		return nil
	}
	if g := x.groupSubject(toks, a); g != nil {
		return g
	}
	if h := x.pairUrged(toks, named, a); h != nil {
		return h
	}
	if h := x.flowOwner(toks, named, ms, me); h != nil {
		return h
	}
	if h := x.sourceGiver(toks, named, a, metric); h != nil {
		return h
	}
	if h := x.goalOwner(toks, named, a); h != nil {
		return h
	}
	if h := x.enabledOwner(toks, named, a); h != nil {
		return h
	}
	if h := x.partnershipSubject(toks, named, a); h != nil {
		return h
	}
	if a.ps > 0 && toks[a.ps-1].f == "combined" {
		// "an AI partnership supported by a combined $6.2 million": the
		// sums of the two countries the sentence names, added up (not
		// "our countries provide a combined …" of a many-sided text).
		codes := map[string]bool{}
		for _, m := range named {
			codes[m.code] = true
		}
		if ps := x.partiesOf(); len(ps) == 2 && len(codes) == 2 && codes[ps[0]] && codes[ps[1]] {
			return ps
		}
	}
	if jointAmount(toks, a) {
		// "launched the joint A$20 million programme": both sides' money,
		// whatever currency it is counted in.
		if ps := x.partiesOf(); len(ps) == 2 {
			return ps
		}
	}
	if e := max(introClause(toks), x.placeOpener(toks)); e > 0 && e < a.ps {
		// "As Russia intensifies its attacks, the Government will provide
		// $31 million": the opening clause's countries commit nothing.
		k := 0
		for k < len(named) && named[k].s < e {
			k++
		}
		named = named[k:]
	}
	// "the value of UK-India trade": a pair named in a level of trade or
	// in what a factor multiplies is both its holders (not "$10 million
	// for the US-Philippines alliance", which one of them gives).
	for k := 0; k+1 < len(named) && (a.unit == "times" || strings.HasSuffix(metric, "trade") || strings.HasSuffix(metric, "turnover")); k++ {
		m, n := named[k], named[k+1]
		if m.s >= lo && n.e <= hi && n.s == m.e+1 && toks[m.e].f == "-" && !toks[m.e].sp && !toks[n.s].sp && m.code != n.code {
			return sorted([]string{m.code, n.code})
		}
	}
	for i := lo; i < hi+4 && i < len(toks); i++ {
		if end, _ := x.l.bilateral.match(toks, i); end > 0 {
			if end == i+1 && toks[i].f == "mutual" && i > 0 && (toks[i-1].f == "of" || toks[i-1].f == "for") {
				continue // "projects of mutual interest", "for mutual benefit": what the projects are, not a pair's measure
			}
			if end < len(toks) && (x.l.funding[toks[end].f] || toks[end].f == "assistance" || toks[end].f == "aid" || toks[end].f == "support") {
				break // "£242 million in bilateral assistance to Ukraine": one donor's
			}
			// The two subjects the sentence names, else the article's two
			// parties: "India and Indonesia have set a target for bilateral
			// trade" in an article about India and the United States.
			for k := 0; k < len(named) && named[k].s < a.ps; k++ {
				codes, last := x.subject(toks, named, k)
				if len(codes) >= 2 {
					return sorted(unique(codes))
				}
				k = last
			}
			if h := both(named); h != nil {
				return h
			}
			break
		}
	}
	for _, m := range named {
		if m.program && m.s >= ms && m.e <= me {
			return []string{m.code} // "the Team Europe Initiative (€466 million)" is the EU's
		}
	}
	// "an announcement by Acme, Inc., to invest $400 million": the
	// announcer gives, whatever a clause before says ("…to meet India's
	// goals, and an announcement by …").
	for k := len(named) - 1; k >= 0; k-- {
		if m := named[k]; m.s >= 2 && m.s < a.ps && !m.demonym && toks[m.s-1].f == "by" && x.l.intentNouns[toks[m.s-2].f] && x.toAfterName(toks, m.e, a.ps) >= 0 && !x.newClause(toks, x.toAfterName(toks, m.e, a.ps), a.ps) {
			return []string{m.code}
		}
	}
	var subj []string
	subjPoss := false
	for k := 0; k < len(named); k++ {
		m := named[k]
		if p := m.e; m.s < a.ps && !m.demonym && p+2 < len(toks) && toks[p].f == "'" && toks[p+1].f == "s" && x.goalAfter(toks, p+2, a.ps) {
			if c := x.adopter(toks, named[:k]); c != "" {
				return []string{c} // "Mexico will adopt Canada's goal to cut …"
			}
			if subj == nil {
				return []string{m.code} // India's ambitious targets, including 450 GW
			}
		}
		if (m.e+2 == ms || m.e+2 == a.ps || x.modifiersOnly(toks, m.e+2, a.ps)) && m.e+1 < len(toks) && toks[m.e].f == "'" && toks[m.e+1].f == "s" && !m.demonym && (m.s == 0 || !preposition[toks[m.s-1].f]) && (subj == nil || m.s < a.ps) {
			// (A possessor after the amount does not override its subject:
			// "Acme will invest $5 billion to build Korea's cloud".)
			return []string{m.code} // possessor right before the metric or the amount: New Zealand's $245,000 contribution
		}
		if p := bareApostrophe(toks, m); p > 0 && (p == ms || p == a.ps || x.modifiersOnly(toks, p, a.ps)) && !m.demonym && (m.s == 0 || !preposition[toks[m.s-1].f]) && (subj == nil || m.s < a.ps) {
			return []string{m.code} // "the United States' $550 million in assistance": a possessor ending in "s"
		}
		if p := m.e + 2; m.s < a.ps && !m.demonym && p < a.ps && toks[m.e].f == "'" && toks[m.e+1].f == "s" && (x.l.funding[toks[p].f] || toks[p].f == "support") && !x.laterSubject(toks, named, k, a) {
			return []string{m.code} // "reaffirmed Canada's support for the UN, announcing a $78 million contribution"
		}
		if p := m.e + 2; m.s < a.ps && !m.demonym && p+1 < a.ps && a.ps-p <= 6 && toks[m.e].f == "'" && toks[m.e+1].f == "s" && x.l.intentNouns[toks[p].f] && toks[p+1].f == "to" {
			return []string{m.code} // "With Colombia's announcement to allocate US$200 million"
		}
		if p := m.e; m.s > 0 && determiner[toks[m.s-1].f] && p+1 < a.ps && a.ps-p <= 7 && x.l.intentNouns[toks[p].f] && toks[p+1].f == "to" {
			return []string{m.code} // "part of the U.S. pledge to initially provide at least 25 million doses to Mali": the country whose pledge
		}
		if m.s < a.ps && !m.demonym && m.e+1 < len(toks) && toks[m.e].f == "'" && toks[m.e+1].f == "s" && x.welcomedBefore(toks, m.s) && !x.laterSubject(toks, named, k, a) {
			return []string{m.code} // "Fiji welcomed Australia's scale-up of its aid, the $5 million …"
		}
		if m.s >= a.ps {
			break
		}
		if w := m.s - 1 - b2i(m.s > 1 && determiner[toks[m.s-1].f]); w >= 0 && toks[w].f == "with" && m.e < a.ps && toks[m.e].k == word && strings.HasSuffix(toks[m.e].f, "ing") {
			return []string{m.code} // "…, with the UK committing £20 million"
		}
		if codes, last := x.subject(toks, named, k); codes != nil && !x.newClause(toks, named[last].e, a.ps) && !receivingSubject(toks, named[last]) {
			subj = codes
			subjPoss = named[last].e+1 < len(toks) && toks[named[last].e].f == "'"
			k = last
		}
	}
	if subj != nil && subjPoss {
		// "Peru's port authority approved a plan that includes new U.S.
		// private investments of $500 million": whose investments the
		// metric says outranks a possessor's body as subject.
		for _, m := range named {
			if m.s >= ms && m.e < me && !m.firm {
				return []string{m.code}
			}
		}
	}
	if subj != nil {
		return sorted(unique(subj))
	}
	// "USD 30 billion in total trade volume and 1 million exchanges
	// between Korea and Russia by 2020", no subject: a measure between two
	// countries named after it is of both.
	if h := x.pairBetweenAfter(toks, named, a); h != nil {
		return h
	}
	for _, m := range named {
		if m.demonym && m.s >= ms && m.e < me && (a.unit == "count" && !x.patientCount(toks, a) || x.fundingAfter(toks, m.e)) {
			// "a Japanese ODA loan of up to 120 billion yen", "$1.2 billion
			// in Canadian funding"; not "invest in Korean content" or "to
			// help build the Kenyan justice system", where the money goes.
			// Counted things are the demonym's: "two German warships".
			return []string{m.code}
		}
	}
	for _, m := range named {
		if !m.demonym && m.s >= ms && m.e+1 < me && toks[m.e].f == "government" && x.fundingAfter(toks, m.e+1) {
			// "$1 billion in U.S. government commitments": the government
			// named gives, whoever the sentence goes on to name ("— the
			// Vice President and President Tinubu discussed …").
			return []string{m.code}
		}
	}
	if c := x.companiesAfter(toks, named, a); c != "" {
		return []string{c}
	}
	if x.home != "" && slices.Contains(principals, x.home) && x.bareNameCommits(toks, named, a) {
		// "Acme Research will train 60,000 Kenyan engineers" in a U.S.
		// release: an outlet names a foreign firm with its country
		// ("Kenya's Zaruba Minerals"), its own without.
		return []string{x.home}
	}
	if h := x.fromBody(toks, named, a, ms, me); h != nil {
		return h // "a $140 million contribution from the Kenyan Ministry of Energy to …"
	}
	if c := x.companiesOf(toks, named, a); c != "" {
		return []string{c} // "The leaders welcomed plans by Indian companies to invest …"
	}
	// "We committed to conclude an agreement for …, a grant worth €60
	// million", "We have signed several agreements …, including investment
	// commitments of $14 billion": what a speaker says "we" agreed is both
	// sides' own.
	for i := 0; i < a.ps; i++ {
		if toks[i].f != "we" {
			continue
		}
		for _, t := range toks[i+1 : a.ps] {
			if t.f == "agreement" || t.f == "agreements" || t.f == "agreed" {
				if h := both(named); h != nil {
					return h
				}
			}
		}
		break
	}
	if self := x.self(); self != "" && x.selfSubject(toks, a.ps) {
		return []string{self} // "We will provide …" in a government's own release, or a speaker's turn
	}
	for i := 0; i < a.ps; i++ {
		if end, _ := x.l.jointSubjects.match(toks, i); end > 0 {
			if h := both(named); h != nil {
				return h
			}
			break
		}
	}
	var countries []mention
	for _, m := range named {
		if !m.demonym {
			countries = append(countries, m)
		}
	}
	if len(countries) == 0 && len(principals) >= 2 {
		for _, t := range toks[ms:me] {
			if x.l.jointHeads[t.f] {
				return sorted(principals[:2])
			}
		}
	}
	// The first country in a subject's place holds it; one after a
	// preposition (to Kenya, on goods of Indonesia) is the counterpart, and
	// a possessor of another noun (condemned Russia's attacks) is neither.
	object := false // a list after a preposition: in Canada, Mexico, and the United States
	var objects, preps []string
	for k, m := range countries {
		if k > 0 && countries[k-1].e+2 >= m.s && (toks[m.s-1].f == "," || toks[m.s-1].f == "and" || hyphened(toks, m.s-1)) {
			// same role as the country before (also "the Haiti-Dominican
			// Republic border": two names of one place)
		} else {
			p := m.s - 1
			if p > 0 && determiner[toks[p].f] {
				p-- // in the Philippines
			}
			// "$500 million … to support the Philippines' …": the country
			// helped with money, as after a preposition (not "help Angola
			// meet its goal of 70 %": Angola's goal).
			object = p >= 0 && (preposition[toks[p].f] || x.l.currencies[a.unit] && x.l.beneficiary[toks[p].f])
			// "… support for the Freely Associated States (the Federated
			// States of Micronesia, …)": a country in brackets after the
			// amount spells out what the text named before it, never the
			// one who gives.
			object = object || m.s > a.pe && inBrackets(toks, a.pe, m.s)
			object = object || x.listedAfterPrep(toks, m, countries) || receivingSubject(toks, m) || gappedRecipient(toks, m, countries)
		}
		possessor := m.e+1 < len(toks) && toks[m.e].f == "'" && toks[m.e+1].f == "s"
		if m.e < len(toks) && x.l.agreementNouns[toks[m.e].f] {
			possessor = true // "The EU FTA will increase …": the agreement acts, not the EU
		}
		if possessor && m.s > 0 && meansPrep[toks[m.s-1].f] && x.l.currencies[a.unit] {
			// "through USAID's Acme program, an 18-month, $410,000
			// activity": money through a country's own programme is its.
			return []string{m.code}
		}
		if !object && !possessor && m.s < a.ps && x.newClause(toks, m.e, a.ps) {
			continue // the subject of an earlier clause
		}
		if !object && !possessor {
			return []string{m.code}
		}
		objects = append(objects, m.code)
		if body, _ := x.l.bodies.match(toks, m.s); object && !possessor && body != m.e {
			// Not "to expand capacity at Canada's missions and within
			// Global Affairs Canada" in a Canadian release: a possessor or
			// a body of the country after a preposition names what the
			// money is for, the government's own, not a country it goes to.
			preps = append(preps, m.code)
		}
	}
	if len(countries) > 0 && x.national(toks, ms, me) {
		return []string{countries[0].code} // GDP per capita for Viet Nam
	}
	if x.l.currencies[a.unit] {
		for _, m := range countries {
			if p := m.s - 1; p > 0 && (toks[p].f == "from" || determiner[toks[p].f] && toks[p-1].f == "from") {
				return []string{m.code} // money "from Japan to India" is Japan's
			}
			if p := m.s - 1; p > 0 && toks[p].f == "by" {
				if end, _ := x.l.bodies.match(toks, m.s); end == m.e {
					return []string{m.code} // "the biggest loan yet by JICA of ¥300 billion": the lender's
				}
			}
		}
	}
	if len(lead) > 0 {
		return lead // an item of a list opened by "Mr Peters announced:"
	}
	if c := x.usualCommitter(); c != "" {
		return []string{c}
	}
	// An unnamed committer in an outlet of one of the article's countries
	// is that country: "The establishment of a new development initiative"
	// announced in a New Zealand release.
	if x.home != "" && slices.Contains(principals, x.home) && !slices.Contains(objects, x.home) {
		return []string{x.home}
	}
	// In a government's own release (not a joint statement) an unnamed
	// committer ("He also reaffirmed Canada's support …, announcing a $12
	// million contribution") is that government, its country named as a
	// possessor or not at all; only money going to it ("in Canada") is
	// another's. An article about no country at all is a domestic one.
	if self := x.self(); self != "" && len(principals) > 0 && !slices.Contains(preps, self) {
		return []string{self}
	}
	for _, p := range principals {
		if !slices.Contains(objects, p) {
			return []string{p}
		}
	}
	if len(countries) > 0 {
		return []string{countries[0].code}
	}
	return nil
}

// meansPrep are the prepositions of the channel money goes through: "through
// USAID's program", "under Japan's grant aid".
var meansPrep = map[string]bool{"through": true, "via": true, "under": true}

// inBrackets reports whether toks[at] stands inside brackets opened after
// toks[from] that list several names ("(the Federated States of Micronesia,
// the Republic of Palau)"), not a short name ("(EXIM)"), which is the
// body itself.
func inBrackets(toks []token, from, at int) bool {
	open := -1
	for i := at - 1; i >= from && i >= 0 && open < 0; i-- {
		switch toks[i].f {
		case ")":
			return false
		case "(":
			open = i
		}
	}
	if open < 0 {
		return false
	}
	for i := open + 1; i < len(toks) && toks[i].f != ")"; i++ {
		if toks[i].f == "," || toks[i].f == "and" {
			return true
		}
	}
	return false
}

// pairBetweenAfter returns the two countries of "between A and B" after
// amount a, a level to reach, in its clause, or nil. (Not "the study will
// focus on two projects between A and B": a count of another's work.)
func (x *extractor) pairBetweenAfter(toks []token, named []mention, a amount) []string {
	if !x.goalBefore(toks, a) {
		return nil
	}
	for i := a.pe; i < len(toks) && i < a.pe+16; i++ {
		switch toks[i].f {
		case ";", ".", ":":
			return nil
		case "between":
			for k, m := range named {
				if m.s != i+1 || m.demonym || m.firm || k+1 >= len(named) {
					continue
				}
				n := named[k+1]
				if m.e < len(toks) && toks[m.e].f == "and" && n.s == m.e+1 && !n.demonym && !n.firm && n.code != m.code {
					return sorted([]string{m.code, n.code})
				}
			}
			return nil
		}
	}
	return nil
}

// goalBefore reports whether a verb of reaching or a goal noun stands in
// the few words before amount a: "toward achieving USD 30 billion".
func (x *extractor) goalBefore(toks []token, a amount) bool {
	for k := a.ps - 1; k >= 0 && k >= a.ps-14; k-- {
		f := toks[k].f
		if f == "," || f == ";" || f == "." {
			return false
		}
		if x.l.goalNouns[f] {
			return true
		}
		for _, st := range x.l.goalVerbStems {
			if strings.HasPrefix(f, st) {
				return true
			}
		}
	}
	return false
}

var preposition = map[string]bool{"to": true, "from": true, "on": true, "of": true, "with": true, "for": true, "against": true, "into": true,
	"in": true, "by": true, "between": true, "toward": true, "towards": true, "across": true, "throughout": true, "within": true, "at": true,
	"over": true, "among": true, "via": true, "through": true, "sell": true, "during": true, "amid": true,
	// Places: "along the Haiti-Dominican Republic border", "near the
	// Ukrainian border" say where the money goes, not who gives it.
	"along": true, "near": true, "beyond": true, "inside": true, "outside": true}

// usualCommitter returns the country that is most often the lone subject of
// a commitment in the article ("Indonesia will…", "Indonesia commits…"), to
// hold the targets of sentences that name no one, such as the items of a
// list of deals.
func (x *extractor) usualCommitter() string {
	if x.committed {
		if len(x.committer) > 0 {
			return x.committer[0]
		}
		return ""
	}
	x.committed = true
	count, _ := x.survey()
	best, n, tie := "", 0, false
	for c, v := range count {
		switch {
		case v > n:
			best, n, tie = c, v, false
		case v == n:
			tie = true
		}
	}
	if n >= 2 && !tie {
		x.committer = []string{best}
		return best
	}
	return ""
}

// survey reads the whole article once: how often each country is the lone
// subject of a commitment, and how often each is named.
func (x *extractor) survey() (subjects, named map[string]int) {
	if x.subjects != nil {
		return x.subjects, x.named
	}
	x.subjects, x.named = map[string]int{}, map[string]int{}
	for si, sp := range x.sents {
		if sp.Start < 0 || sp.End > len(x.text) || sp.Start >= sp.End {
			continue
		}
		toks := x.sentToks(si)
		ms := x.mentions(toks)
		for _, m := range ms {
			x.named[m.code]++
		}
		for k := 0; k < len(ms); k++ {
			codes, last := x.subject(toks, ms, k)
			if len(codes) == 1 {
				x.subjects[codes[0]]++
			}
			k = last
		}
	}
	return x.subjects, x.named
}

func unique(codes []string) []string {
	var out []string
	for _, c := range codes {
		c = strings.ToUpper(c)
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func sorted(codes []string) []string {
	out := slices.Clone(codes)
	slices.Sort(out)
	return out
}

// goalAfter reports whether a goal word (target, goal) follows toks[i] within
// two words, before end: "India's ambitious targets".
func (x *extractor) goalAfter(toks []token, i, end int) bool {
	for n := 0; i < end && n < 3; i, n = i+1, n+1 {
		if x.l.goalNouns[toks[i].f] {
			return true
		}
	}
	return false
}

// national reports whether the metric toks[ms:me] measures a country's own
// economy (GDP, growth, income): the country it is "for" or "of" holds it.
func (x *extractor) national(toks []token, ms, me int) bool {
	for _, t := range toks[ms:me] {
		if x.l.national[t.f] {
			return true
		}
	}
	return false
}

// titledOf reports whether the country at toks[s] follows "of" after a
// capitalised title and name that open the clause: "President Lee of Korea
// announced", "At the same time, the Prime Minister of Fiji will" — the
// country is the subject, its leader speaking for it.
func (x *extractor) titledOf(toks []token, s int) bool {
	p := s - 1
	if p > 0 && determiner[toks[p].f] {
		p--
	}
	if p < 1 || toks[p].f != "of" {
		return false
	}
	n := 0
	for p--; p >= 0 && toks[p].k == word && x.capital(toks[p]); p-- {
		n++
	}
	if n == 0 && p >= 0 && x.l.ofSubjects[toks[p].f] {
		n, p = 1, p-1 // "the government of Kuwait pledged", in news copy's lower case
	}
	if p >= 0 && determiner[toks[p].f] {
		p--
	}
	return n > 0 && n <= 6 && (p < 0 || toks[p].f == "," || toks[p].f == ":")
}

// modifiersOnly reports whether toks[s:e] are one or two lower-case words,
// adjectives between a possessor and its amount: "Japan's previous $550
// billion commitment".
func (x *extractor) modifiersOnly(toks []token, s, e int) bool {
	if e-s < 1 || e-s > 2 {
		return false
	}
	for _, t := range toks[s:e] {
		if t.k != word || x.capital(t) || x.l.stop[t.f] {
			return false
		}
	}
	return true
}

// introClause returns the end of an opening adverbial clause, "As Russia
// intensifies its attacks," (the index of its comma), or 0.
func introClause(toks []token) int {
	i := 0
	for i < len(toks) && toks[i].k == punct {
		i++
	}
	if i >= len(toks) || !subordinator[toks[i].f] {
		return 0
	}
	for k := i + 1; k < len(toks) && k < i+25; k++ {
		if toks[k].f == "," {
			return k
		}
	}
	return 0
}

var subordinator = map[string]bool{"as": true, "while": true, "since": true, "although": true, "though": true, "because": true,
	"when": true, "whereas": true, "amid": true, "despite": true, "after": true, "before": true, "following": true, "given": true}

// adopter returns the country of the last of the mentions before a
// possessor that adopts the possessor's goal: "Mexico will adopt the
// U.S. and Canada's goal".
func (x *extractor) adopter(toks []token, before []mention) string {
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if m.demonym {
			continue
		}
		for j := m.e; j < len(toks) && j < m.e+4; j++ {
			if x.l.adoptVerbs[toks[j].f] {
				return m.code
			}
		}
	}
	return ""
}

// companiesOf returns the country of the companies named before amount a
// by a demonym ("Indian companies", "Japanese firms"), not as the receivers
// of the money ("a loan to Kenyan businesses"), or "".
var companyPlans = map[string]bool{"expected": true, "set": true, "committed": true, "planning": true, "poised": true, "due": true, "prepared": true, "ready": true, "going": true}

func (x *extractor) companiesOf(toks []token, named []mention, a amount) string {
	for _, m := range named {
		if !m.demonym || m.e >= len(toks) {
			continue
		}
		end, _ := x.l.companies.match(toks, m.e)
		if end <= 0 {
			continue
		}
		if m.s >= a.ps {
			break
		}
		p := m.s - 1
		if p > 0 && determiner[toks[p].f] {
			p--
		}
		if p >= 0 && toks[p].f == "by" {
			return m.code // "plans by Indian companies"
		}
		if p >= 0 && preposition[toks[p].f] {
			continue
		}
		// The companies act: "Japanese firms will invest", "Korean company
		// Hanmi Motors plans to", not "awarded French company X a concession".
		for n := 0; n < 3 && end < len(toks) && x.capital(toks[end]); n++ {
			end++
		}
		if end < len(toks) && (x.l.subjVerbs[toks[end].f] || toks[end].f == "to") {
			return m.code
		}
		// "European companies are expected to invest": a copula and the
		// participle of a plan.
		if end+1 < len(toks) && (toks[end].f == "are" || toks[end].f == "is" || toks[end].f == "were") && companyPlans[toks[end+1].f] {
			return m.code
		}
	}
	return ""
}

// companiesAfter returns the country of the companies named after "by"
// after amount a, a few words of number or kind between ("£485 million of
// investment into UK defence by two major Italian companies"): they give
// it, whoever announced it. "" if none.
func (x *extractor) companiesAfter(toks []token, named []mention, a amount) string {
	for _, m := range named {
		if !m.demonym || m.s <= a.pe || m.e >= len(toks) {
			continue
		}
		if end, _ := x.l.companies.match(toks, m.e); end <= 0 {
			continue
		}
		p := m.s - 1
		for n := 0; n < 3 && p > a.pe && (toks[p].k == num || determiner[toks[p].f] || toks[p].k == word && !x.capital(toks[p]) && !x.l.stop[toks[p].f]); n++ {
			p--
		}
		if toks[p].f == "by" {
			return m.code
		}
	}
	return ""
}

// fundingAfter reports whether a word for money given (funding, aid, loan,
// investment) follows toks[i] within three words: "Canadian funding",
// "Saudi investment commitments".
func (x *extractor) fundingAfter(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i].f == "/" && !toks[i].sp {
		i++ // "a Japanese/USA investment vehicle": the pair of modifiers
	}
	for n := 0; n < 3 && i < len(toks) && toks[i].k == word; n, i = n+1, i+1 {
		if f := toks[i].f; x.l.funding[f] || x.l.generic[f] || f == "investment" || f == "investments" {
			return true
		}
	}
	return false
}

// newClause reports whether a clause with a subject of its own starts
// between toks[from] and toks[to]: "Indonesia is Canada's largest partner,
// and the Prime Minister announced $40 million" — Indonesia does not
// announce; "Japan is ready, and will provide" keeps its subject.
func (x *extractor) newClause(toks []token, from, to int) bool {
	for i := from; i+2 < to; i++ {
		if toks[i].f != "," && toks[i].f != ";" {
			continue
		}
		j := i + 1
		if toks[j].f == "including" || toks[j].f == "notably" || toks[j].f == "particularly" {
			continue // ", including its plans to …": a phrase of the clause before
		}
		if toks[j].f == "and" || toks[j].f == "but" || toks[j].f == "while" || toks[j].f == "whereas" {
			j++
		}
		words := 0
		for ; j < to; j++ {
			t := toks[j]
			if t.k != word {
				break
			}
			if x.l.subjVerbs[t.f] || t.f == "said" || t.f == "says" {
				if words > 0 {
					return true
				}
				break
			}
			if !x.l.adverbs[t.f] {
				words++
			}
			if words > 5 {
				break
			}
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// flowFromTo returns the country money flows from when the words after
// amount a name a flow "from A to B" between two countries (and B), or the
// firms of one country it comes from or by (and ""), within its clause.
func (x *extractor) flowFromTo(toks []token, named []mention, a amount) ([]string, string) {
	if !x.l.currencies[a.unit] {
		return nil, ""
	}
	for k := a.pe; k < len(toks) && k < a.pe+14; k++ {
		// ("$1 billion for railway lines that extend from Angola to
		// Zambia": a route, in a clause of its own.)
		if clauseEnd(toks[k]) || toks[k].f == "," || toks[k].f == "." || relative[toks[k].f] {
			return nil, ""
		}
		if toks[k].f != "from" && toks[k].f != "by" {
			continue
		}
		// "500 billion yen of investment by Japanese companies in the UK",
		// "£1.7 billion of investment from Japanese firms": the firms'
		// country gives.
		for _, m := range named {
			if m.s == k+1 && m.demonym && m.e < len(toks) {
				if end, _ := x.l.companies.match(toks, m.e); end > 0 {
					return []string{m.code}, ""
				}
			}
		}
		if toks[k].f != "from" {
			return nil, ""
		}
		for n, m := range named {
			if m.s != k+1 || m.firm || m.demonym || n+1 >= len(named) {
				continue
			}
			to := named[n+1]
			if m.e < len(toks) && toks[m.e].f == "to" && to.s == m.e+1 && !to.firm && !to.demonym && to.code != m.code {
				return []string{m.code}, to.code
			}
		}
		return nil, ""
	}
	return nil, ""
}

// sourceGiver returns the country a sum of money comes "from", named right
// after it: "a $698 million compact, supported with $649 million from the
// United States and $49 million from Indonesia" gives each its share. Not a
// trade flow's source ("imports of $5 billion from A" are the importer's).
func (x *extractor) sourceGiver(toks []token, named []mention, a amount, metric string) []string {
	k := a.pe
	if k+1 < len(toks) && toks[k+1].f == "from" && (x.l.funding[toks[k].f] || x.l.intentNouns[toks[k].f]) {
		k++ // "the $1.5 billion commitment from …", "a $5 million grant from …"
	}
	if !x.l.currencies[a.unit] || k+1 >= len(toks) || toks[k].f != "from" {
		return nil
	}
	if f := strings.Fields(accord.Fold(metric)); len(f) > 0 && (x.l.tradeFlows[f[len(f)-1]] || f[len(f)-1] == "trade") {
		return nil
	}
	k++
	if determiner[toks[k].f] {
		k++
	}
	if k+2 < len(toks) && toks[k].f == "government" && toks[k+1].f == "of" {
		k += 2 // "from the Government of Mexico"
		if determiner[toks[k].f] {
			k++
		}
	}
	for n, m := range named {
		if m.s != k || m.firm || m.demonym || !phraseEnd(toks, m.e) {
			continue // not "from Ukraine supplemental funding"
		}
		out := []string{m.code}
		if n+1 < len(named) && m.e+1 < len(toks) && toks[m.e].f == "and" && named[n+1].s == m.e+1 && !named[n+1].firm && phraseEnd(toks, named[n+1].e) {
			out = sorted(unique(append(out, named[n+1].code))) // "from Benin and Niger"
		}
		return out
	}
	return nil
}

// phraseEnd reports whether a country's name ending at toks[e] ends its
// phrase: punctuation, the end, or a word that starts another.
func phraseEnd(toks []token, e int) bool {
	if e >= len(toks) || toks[e].k == punct {
		return true
	}
	switch toks[e].f {
	case "and", "to", "for", "in", "over", "with", "by", "as", "under", "through", "during", "towards", "toward":
		return true
	}
	return false
}

// buyerOfOrigin turns a purchase of one country's goods ("the procurement
// of 80 U.S. aircraft") held by that country into the other side's: the
// goods' origin is the seller, and the buyer commits.
func (x *extractor) buyerOfOrigin(toks []token, a amount, ms, me int, holders []string) []string {
	if len(holders) != 1 || ms < 0 || me > len(toks) {
		return holders
	}
	buying, from := false, min(a.ps, ms)
	for i := from - 1; i >= 0 && i >= from-3; i-- {
		n := x.l.nominal[toks[i].f]
		buying = buying || n == "purchase" || n == "procurement" || toks[i].f == "purchases" || toks[i].f == "purchase" || toks[i].f == "procurement"
	}
	if !buying {
		return holders
	}
	for _, m := range x.mentions(toks) {
		// ">=": the origin may open the metric itself ("U.S. aircraft,
		// totaling $18 billion", the sum after the goods).
		if m.s >= min(a.i, ms) && m.e < max(me, a.pe) && m.code == holders[0] && !m.firm && toks[m.s-1].f != "in" && !strings.HasSuffix(toks[m.s-1].f, "-in") {
			// (not "made-in India electric buses", the buyer's own)
			if ps := x.partiesOf(); len(ps) == 2 && slices.Contains(ps, m.code) {
				return slices.DeleteFunc(slices.Clone(ps), func(c string) bool { return c == m.code })
			}
		}
	}
	return holders
}

// goalOwner returns the country of whoever made the pledge that governs
// amount a through an infinitive: "the pledge President A made at the
// summit to donate 500 million doses" and "President A's pledge … to
// donate" are A's country's, whoever the sentence's subject is.
func (x *extractor) goalOwner(toks []token, named []mention, a amount) []string {
	g := x.goalNounOf(toks, a)
	if g < 0 {
		return nil
	}
	for _, m := range named {
		if m.firm || m.demonym {
			continue
		}
		// "the pledge President A made": the maker after the noun, titled.
		if m.s > g && m.s <= g+3 && m.e < len(toks) && (toks[m.e].f == "made" || x.l.subjVerbs[toks[m.e].f]) {
			return []string{m.code}
		}
		// "A's pledge"
		if m.s > 0 && x.capital(toks[m.s-1]) {
			if end, _ := x.l.countries.match(toks, m.s); end > 0 {
				continue // "JSW Steel USA's plans": a firm's name
			}
		}
		if m.e+2 == g && toks[m.e].f == "'" && toks[m.e+1].f == "s" || m.e+1 == g && toks[m.e].f == "'" {
			return []string{m.code}
		}
	}
	return nil
}

// toAfterName returns the index of the "to" that follows the name ending
// before toks[e], its firm's suffix aside ("Acme, Inc., to invest"), before
// toks[end]; -1 if none.
func (x *extractor) toAfterName(toks []token, e, end int) int {
	for e < end && (toks[e].f == "," || toks[e].f == "." || x.l.firmSuffixes[toks[e].f]) {
		e++
	}
	if e < end && toks[e].f == "to" {
		return e
	}
	return -1
}

// patientCount reports whether the people counted by amount a are the
// object of a verb such as "train" or "hire": "will train 60,000 Kenyan
// engineers" is the trainer's commitment; the demonym names who is helped.
func (x *extractor) patientCount(toks []token, a amount) bool {
	return a.ps > 0 && x.l.patientVerbs[toks[a.ps-1].f]
}

// fromBody returns the country of the body a sum of money comes from, named
// right after what the sum is: "a $140 million in-kind contribution from the
// Kenyan Ministry of Energy to the U.S. Department of Energy" is Kenya's,
// whoever welcomed it, and "a ₹20,400 crore loan by JICA", whose agent
// is named after "by", is Japan's, whoever signed for it. nil if none.
func (x *extractor) fromBody(toks []token, named []mention, a amount, ms, me int) []string {
	if !x.l.currencies[a.unit] || me < a.pe || me >= len(toks) || toks[me].f != "from" && toks[me].f != "by" {
		return nil
	}
	if toks[me].f == "by" && ms != a.pe {
		// Only the sum's own noun, right after it, takes its agent after
		// "by": in "$50 million to guarantee financing by Export Finance
		// Australia" the agency finances, another guarantees.
		return nil
	}
	p := me + 1
	if p < len(toks) && determiner[toks[p].f] {
		p++
	}
	for _, m := range named {
		if m.s != p {
			continue
		}
		if m.demonym && (m.e >= len(toks) || !x.capital(toks[m.e]) && !x.l.subjNouns[toks[m.e].f]) {
			return nil // "from Kenyan farmers": not a body of Kenya's
		}
		return []string{m.code}
	}
	return nil
}

// bareNameCommits reports whether the committer of amount a is a name of two
// or more capitalised words that names no country ("Acme Research will
// train", "Acme Research's proposal to train", "an announcement by Acme
// Research, Inc., to invest"): a firm or body whose country the text does
// not say.
func (x *extractor) bareNameCommits(toks []token, named []mention, a amount) bool {
	inMention := func(i int) bool {
		return slices.ContainsFunc(named, func(m mention) bool { return m.s <= i && i < m.e })
	}
	for i := a.ps - 1; i >= 1; i-- {
		// i ends a run of capitalised words toks[s:i+1].
		if toks[i].k != word || !x.capital(toks[i]) || inMention(i) {
			continue
		}
		s := i
		for s > 0 && toks[s-1].k == word && x.capital(toks[s-1]) && !inMention(s-1) {
			s--
		}
		if s > 0 && inMention(s-1) || i-s+1-b2i(determiner[toks[s].f]) < 2 || x.groupWithin(toks, s, i+1) {
			continue
		}
		j := i + 1
		by := s >= 2 && toks[s-1].f == "by" && x.l.intentNouns[toks[s-2].f]
		switch {
		case by && x.toAfterName(toks, j, a.ps) >= 0:
			j = x.toAfterName(toks, j, a.ps)
		case j+2 < a.ps && toks[j].f == "'" && toks[j+1].f == "s" && x.l.intentNouns[toks[j+2].f] && toks[j+3].f == "to":
			j += 3
		default:
			for j < a.ps && x.l.adverbs[toks[j].f] {
				j++
			}
			if j >= a.ps || !x.l.subjVerbs[toks[j].f] || s > 0 && toks[s-1].k == word {
				continue // not "A, B and Acme Partners will": a list of its own
			}
		}
		return !x.newClause(toks, j, a.ps)
	}
	return false
}

// groupWithin reports whether toks[s:e] name a group of countries: "the Quad
// Fellowship" is the group's, not a firm's.
func (x *extractor) groupWithin(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if end, _ := x.l.groups.match(toks, k); end > 0 && end <= e {
			return true
		}
	}
	return false
}

// enabledOwner returns the country a helping verb makes the subject of the
// goal at amount a: "projects that will help Angola generate 70 percent of
// its clean energy by 2030" state Angola's goal, whoever pays for the
// projects (the repetition "— 70 percent" too, in the same clause).
func (x *extractor) enabledOwner(toks []token, named []mention, a amount) []string {
	if a.unit != "percent" && a.unit != "percentage points" {
		return nil // a share is the helped country's level; things built with help are the giver's
	}
	for _, m := range named {
		if m.firm || m.s == 0 || m.e >= a.ps || a.ps-m.e > 20 || !x.l.enabling[toks[m.s-1].f] {
			continue
		}
		// The helped country, then its own verb: not "help Angola's …".
		if toks[m.e].k != word {
			continue
		}
		clause := true
		for _, t := range toks[m.e:a.ps] {
			clause = clause && !clauseEnd(t) && t.f != ","
		}
		if clause {
			return []string{m.code}
		}
	}
	// "It's going to help Angolans generate 75 percent of its clean
	// energy": a country's people helped are the country.
	for i := max(1, a.ps-20); i+1 < a.ps; i++ {
		c := x.l.people[toks[i].f]
		if c == "" || !x.l.enabling[toks[i-1].f] || toks[i+1].k != word {
			continue
		}
		clause := true
		for _, t := range toks[i+1 : a.ps] {
			clause = clause && !clauseEnd(t) && t.f != ","
		}
		if clause {
			return []string{c}
		}
	}
	return nil
}
