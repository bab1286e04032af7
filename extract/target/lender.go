package target

import "slices"

// lenderGiver gives a loan or grant to the one country whose lender the
// sentence names: "The Saudi Fund for Development has signed a soft loan
// agreement worth $100 million … in Argentina", "South Korea's EDCF and
// Egypt signed an MOU for a US$1 billion concessional loan", "The SFD,
// which is Saudi Arabia's official overseas development fund, will
// allocate $75 million for …". Both signers, or the borrower the sentence
// names last, hold it otherwise; the references hold funding by the giver.
// A sentence naming two countries' lenders, or none, keeps its holders.
func (x *extractor) lenderGiver(toks []token, a amount, metric string, holders []string) []string {
	if !x.l.currencies[a.unit] || len(holders) == 0 {
		return holders
	}
	if v := vocab6(); !fundedMetric(metric) && !x.aidWord(toks) && !slices.ContainsFunc(toks, func(t token) bool { return v.giverVerbs[t.f] || x.l.signingVerbs[t.f] }) {
		return holders // neither aid nor a verb of giving or signing: a lender's other sums ("its capital of $8 billion")
	}
	code := ""
	for _, m := range x.mentions(toks) {
		if m.s > 0 && toks[m.s-1].f == "(" && m.e+1 < len(toks) && toks[m.e].f == ")" && toks[m.e+1].f == "of" {
			continue // "The Export Import Bank (EXIM) of India": an acronym inside a name that goes on
		}
		if !x.lenderAt(toks, m) {
			continue
		}
		if code != "" && code != m.code {
			return holders // two countries' lenders: "co-financed by JICA and KfW"
		}
		code = m.code
	}
	if code == "" || slices.Equal(holders, []string{code}) {
		return holders
	}
	for k, t := range toks {
		if t.f == "from" {
			if c := x.countryAt(toks, k+1); c != "" && c != code {
				return holders // "supported with $649 million from A and $49 million from B": each source its own
			}
		}
	}
	return []string{code}
}

// lenderAt reports whether mention m names a country's lender: one of its
// bodies that lend ("JICA", "Korea Eximbank"), or a name the country opens
// and a lender's head ends, capitalised ("Saudi Fund for Development") or
// after its possessive ("Saudi Arabia's official overseas development
// fund"), and no word of a borrower's or market's bank ("Egypt's central
// bank", "Norway's sovereign wealth fund").
func (x *extractor) lenderAt(toks []token, m mention) bool {
	if m.firm || m.program {
		return false
	}
	// A fund money goes to, or one named after whom it helps inside a
	// longer name, lends nothing: "raise $8 million for the Houston Afghan
	// Resettlement Fund".
	p := m.s - 1
	if p >= 0 && toks[p].f == "the" {
		p--
	}
	if p >= 0 && (toks[p].f == "for" || toks[p].f == "to" || toks[p].f == "into" || p == m.s-1 && toks[p].k == word && x.capital(toks[p])) {
		return false
	}
	if end, _ := x.l.bodies.match(toks, m.s); end == m.e {
		return true
	}
	if q := m.s - 1; q > 0 && toks[q].f == "of" {
		// "the Export Import Bank (EXIM) of India": a lender's head, an
		// acronym perhaps between, then "of" and the country.
		q--
		if q >= 2 && toks[q].f == ")" && toks[q-2].f == "(" {
			q -= 3
		}
		if q >= 0 && x.l.lenderHeads[toks[q].f] && x.capital(toks[q]) && !(q > 0 && x.l.notLenders[toks[q-1].f]) {
			return true
		}
	}
	k := m.e
	possessive := k+1 < len(toks) && toks[k].f == "'" && toks[k+1].f == "s"
	if possessive {
		k += 2
	}
	for n := 0; n < 5 && k < len(toks) && toks[k].k == word; n, k = n+1, k+1 {
		f := toks[k].f
		if x.l.notLenders[f] {
			return false
		}
		if !possessive && !x.capital(toks[k]) {
			return false // "Saudi funds will …": a name is capitalised
		}
		if x.l.lenderHeads[f] {
			return true
		}
		if x.l.subjVerbs[f] {
			return false
		}
	}
	return false
}

// envoyGiver gives a grant or loan whose notes or agreement a country's
// envoy signs with the host to the envoy's country: "The Secretary to the
// Ministry of Finance and the Ambassador of Japan signed an exchange of
// notes for a grant of USD 46 million" is Japan's, in the host's outlet
// too. The envoy is named by a title before "of" and the country
// ("Ambassador of Japan to Sri Lanka": Japan), or by the country or its
// demonym before the title ("Japanese Ambassador"); one such country, and
// a verb of signing, or nothing changes.
func (x *extractor) envoyGiver(toks []token, a amount, metric string, holders []string) []string {
	if !x.l.currencies[a.unit] || len(holders) == 0 || len(holders) > 2 || !(fundedMetric(metric) || x.aidWord(toks)) {
		return holders
	}
	if !slices.ContainsFunc(toks, func(t token) bool { return x.l.signingVerbs[t.f] && t.f != "witnessed" || t.f == "exchanged" }) {
		return holders
	}
	code := ""
	for _, m := range x.mentions(toks) {
		if m.firm || m.program {
			continue
		}
		sent := false
		if m.s >= 2 && toks[m.s-1].f == "of" {
			if s, _ := x.l.envoys.matchBack(toks, m.s-1); s >= 0 {
				sent = true // "the Ambassador of Japan"
			}
		}
		if end, _ := x.l.envoys.match(toks, m.e); end > 0 && !(m.s > 0 && toks[m.s-1].f == "to") {
			sent = true // "Japanese Ambassador Mizukoshi"
		}
		if !sent {
			continue
		}
		if code != "" && code != m.code {
			return holders // two countries' envoys
		}
		code = m.code
	}
	if code == "" || slices.Equal(holders, []string{code}) {
		return holders
	}
	if len(holders) == 2 && !slices.Contains(holders, code) {
		return holders
	}
	return []string{code}
}

// onlyReceives reports whether a sentence names country code only where
// money goes ("to Palau", "for the people of Palau", "in Palau") or not at
// all: its holder then stands for no giver the sentence names ("2 billion
// yen will be provided by Chile to Peru" is Chile's, whatever the yen).
func (x *extractor) onlyReceives(toks []token, code string) bool {
	for _, m := range x.mentions(toks) {
		if m.code != code {
			continue
		}
		p := m.s - 1
		if p >= 0 && toks[p].f == "the" {
			p--
		}
		if p >= 2 && toks[p].f == "of" && (toks[p-1].f == "people" || toks[p-1].f == "government") {
			p -= 2 // "for the people of Palau"
			if toks[p].f == "the" {
				p--
			}
		}
		if p < 0 || toks[p].f != "to" && toks[p].f != "for" && toks[p].f != "in" {
			return false
		}
	}
	return true
}
