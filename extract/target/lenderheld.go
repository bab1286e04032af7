package target

import (
	"slices"
	"strings"
)

// lenderHeld returns, of the two sides of a grant, loan or aid, the one
// whose state lender or aid agency is named before the sum ("KOICA said they
// signed two agreements with the Department of Agriculture for $22 million
// worth of grant aid projects", "the Saudi Fund for Development has signed a
// soft loan agreement worth $100 million … in Argentina"): the lender gives,
// whichever sides sign, in whatever currency, and in the recipient's release
// too. Both sides when both or neither name one.
func (x *extractor) lenderHeld(toks []token, a amount, holders []string) []string {
	var by []string
	for _, m := range x.mentions(toks) {
		if m.s >= a.ps || !slices.Contains(holders, m.code) || slices.Contains(by, m.code) {
			continue
		}
		if end, _ := x.l.bodies.match(toks, m.s); end == m.e {
			by = append(by, m.code)
		}
	}
	if len(by) == 1 {
		return by
	}
	return holders
}

// recipientGives returns the giver of a grant, loan or aid the sentence
// gives to one side only, the recipient, in the recipient's release or in
// the issuer's: a loan told in a one-country currency (the yen), held by
// the publisher's side when another's currency, or by another side in the
// issuer's own release, is the issuer's:
// "The government secured a yen loan of 25 billion yen", "the Economic
// Relations Division signed a loan agreement with JICA for 40 billion yen"
// are Japan's loans, the one issuer of the currency, named in the article
// or the sentence. Else holders.
func (x *extractor) recipientGives(toks []token, a amount, metric string, funded bool, holders []string) []string {
	// Only the publisher's own side: "Japan will provide a grant of 150
	// million rupees to India" in an Indian release is Japan's, in rupees.
	if len(holders) != 1 || !funded && !fundedMetric(metric) && !x.aidWord(toks) || !x.l.currencies[a.unit] {
		return holders
	}
	c := x.l.currencyOf[a.unit]
	if c == "" || c == holders[0] || holders[0] != x.home && c != x.home {
		return holders
	}
	// The issuer's own release ("President Ivanov expressed gratitude for
	// the yen loan of up to 100 billion yen" on Japan's site) names it by
	// publishing; the recipient's names it in the article or the sentence.
	if x.fromSource(toks, a, holders) {
		return holders
	}
	ms := x.mentions(toks)
	if c == x.home && x.givesHere(toks, ms, holders[0]) {
		return holders // "Japan will provide a grant of 150 million rupees to India" in India's release
	}
	if c == x.home || slices.Contains(x.principals, c) || slices.ContainsFunc(ms, func(m mention) bool { return m.code == c }) {
		return []string{c}
	}
	return holders
}

// lenderSubject returns the country of a state lender or aid agency that
// opens the sentence as its subject when the holders found leave it out:
// "The Saudi Fund for Development signed three development loan agreements
// worth $61 million with Saint Vincent and the Grenadines, and Belize" is
// Saudi Arabia's, not the recipients'. Only a lender's name (a fund, bank,
// agency, corporation, or initials): a ministry's name is shared by many
// governments ("the Department of Agriculture"). Else holders.
func (x *extractor) lenderSubject(toks []token, a amount, metric string, funded bool, holders []string) []string {
	if !funded && !fundedMetric(metric) && !x.aidWord(toks) || !x.l.currencies[a.unit] {
		return holders
	}
	ms := x.mentions(toks)
	if len(ms) == 0 || ms[0].s >= a.ps || slices.Contains(holders, ms[0].code) {
		return holders
	}
	m := ms[0]
	if x.fromSource(toks, a, holders) {
		return holders
	}
	if end, _ := x.l.bodies.match(toks, m.s); end != m.e || !x.lenderName(toks, m.s, m.e) {
		return holders
	}
	return []string{m.code}
}

// lenderName reports whether toks[s:e], a body's name, names a lender or
// an aid agency: a word of lending in it, or initials.
func (x *extractor) lenderName(toks []token, s, e int) bool {
	for _, t := range toks[s:e] {
		if x.l.lenderWords[t.f] {
			return true
		}
	}
	w := x.text[toks[s].s:toks[e-1].e]
	return e-s == 1 && len(w) >= 3 && strings.ToUpper(w) == w
}

// givesHere reports whether a mention of country code is followed, within
// three words, by a verb of giving, or follows "by" or "from": the side
// that gives ("Japan will provide", "Japan extends", "a loan by JICA").
func (x *extractor) givesHere(toks []token, ms []mention, code string) bool {
	v := vocab6()
	for _, m := range ms {
		if m.code != code {
			continue
		}
		if m.s > 0 && (toks[m.s-1].f == "by" || toks[m.s-1].f == "from") {
			return true // "a loan by JICA", "a loan from Japan"
		}
		for k := m.e; k < len(toks) && k < m.e+3; k++ {
			f := toks[k].f
			if v.giverVerbs[f] || x.l.giftVerbs[f] || v.giverVerbs[strings.TrimSuffix(f, "s")] || x.l.giftVerbs[strings.TrimSuffix(f, "s")] {
				return true
			}
		}
	}
	return false
}

// fromSource reports whether the sum names its source after "from", one of
// holders ("with additional contributions of $12 million from A"): that
// side's own money, whoever lends the rest.
func (x *extractor) fromSource(toks []token, a amount, holders []string) bool {
	for k := a.pe; k+1 < len(toks); k++ {
		if toks[k].f == "from" && slices.Contains(holders, x.countryAt(toks, k+1)) {
			return true
		}
	}
	return false
}
