package target

import "slices"

// tariffHolder returns who holds a tariff, a duty or a quota: the country
// that levies it, not the one whose goods it falls on. "US tariffs", "imposed
// by the United States" and "imported into the United States" name the
// levier; "imposed on Japan", "on Japan's exports", "Japanese cars" and a
// release's own "export tariffs" name the goods' country, and then the
// levier is the article's other party. ok is false when the sentence is not
// about a tariff or says neither.
func (x *extractor) tariffHolder(toks []token, a amount, ms, me int) (holders []string, ok bool) {
	if !x.tariffNear(toks, a, ms, me) {
		return nil, false
	}
	var levier, goods string
	ms2 := x.mentions(toks)
	for _, m := range ms2 {
		if m.program {
			continue
		}
		p := m.s - 1
		if p > 0 && determiner[toks[p].f] {
			p--
		}
		next := ""
		if m.e < len(toks) {
			next = toks[m.e].f
		}
		if m.e+1 < len(toks) && next == "'" && toks[m.e+1].f == "s" {
			next = ""
			if m.e+2 < len(toks) {
				next = toks[m.e+2].f
			}
		}
		switch {
		case p >= 0 && x.l.tariffPayers[toks[p].f] && !m.demonym,
			p >= 1 && (toks[p].f == "to" || toks[p].f == "into" || toks[p].f == "in") && x.movedTo(toks, p):
			// "will pay the United States a 20% tariff", "export up to
			// 100,000 cars per year to the US at a 10% tariff"
			if levier == "" {
				levier = m.code
			}
		case !m.demonym && x.pays(toks, m.e):
			// "Vietnam will shoulder a 20% tariff": the goods' country
			if goods == "" {
				goods = m.code
			}
		case p >= 1 && toks[p].f == "by" && x.l.tariffImposers[toks[p-1].f],
			p >= 1 && (toks[p].f == "into" || toks[p].f == "to") && x.l.tariffImporters[toks[p-1].f],
			p >= 1 && toks[p].f == "to" && x.l.tariffExports[toks[p-1].f]:
			// imposed by X, imported into X, exports to X
			if levier == "" {
				levier = m.code
			}
		case x.l.counterpart[next] && !m.demonym, x.imposes(toks, m.e):
			// US tariffs, the United States' duties, the United States
			// will apply
			if levier == "" {
				levier = m.code
			}
		case p >= 0 && toks[p].f == "on",
			p >= 1 && toks[p].f == "for" && producerNouns[toks[p-1].f], // "key industries for Japan": its goods
			p >= 1 && toks[p].f == "from" && (x.l.tariffImporters[toks[p-1].f] || x.l.tariffExports[toks[p-1].f]),
			x.l.tariffExports[next] && wordAfter(toks, m.e):
			// imposed on Japan, on Japan's exports, imports from Japan, UK exports
			if goods == "" {
				goods = m.code
			}
		case m.demonym && wordAfter(toks, m.e) && !x.l.counterpart[next]:
			// Japanese cars, British steel: goods of that country
			if goods == "" {
				goods = m.code
			}
		}
	}
	if levier != "" {
		return []string{levier}, true
	}
	if goods == "" && x.exportTariff(toks) {
		// "Car export tariffs will fall to 10%" in a government's own
		// release: tariffs on its own exports.
		goods = x.self()
		if goods == "" {
			goods = x.home
		}
	}
	if goods == "" {
		return nil, false
	}
	var other []string
	for _, p := range x.partiesOf() {
		if p != goods {
			other = append(other, p)
		}
	}
	if len(other) != 1 || !slices.Contains(x.partiesOf(), goods) {
		return nil, false
	}
	return other, true
}

// tariffNear reports whether a tariff word is in the metric or right
// before the amount ("a total tariff rate of 10%").
func (x *extractor) tariffNear(toks []token, a amount, ms, me int) bool {
	lo, hi := max(0, min(ms, a.ps-6)), max(me, a.pe+3)
	if a.unit == "count" {
		lo, hi = 0, len(toks) // the vehicles a tariff rate applies to, later in the sentence
	}
	for i := lo; i < len(toks) && i < hi; i++ {
		if x.l.counterpart[toks[i].f] {
			return true
		}
	}
	return false
}

// tariffLevel reports whether a percentage is the level a tariff is
// brought to or set at ("limiting the tariff rate on X to 15 percent"): an
// agreed rate, a commitment without a word of intent.
func (x *extractor) tariffLevel(toks []token, a amount, ms, me int) bool {
	if a.unit != "percent" || a.ps == 0 || toks[a.ps-1].f != "to" && toks[a.ps-1].f != "at" {
		return false
	}
	return x.tariffNear(toks, a, ms, me)
}

// exportTariff reports whether the sentence names tariffs on exports
// without the exporter: "export tariffs", "tariffs on exports".
func (x *extractor) exportTariff(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].f == "export" || toks[i].f == "exports") && x.l.counterpart[toks[i+1].f] {
			return true
		}
		if x.l.counterpart[toks[i].f] && i+2 < len(toks) && toks[i+1].f == "on" && (toks[i+2].f == "exports" || toks[i+2].f == "our") {
			return true
		}
	}
	return false
}

// wordAfter reports whether a lower-case word follows toks[e-1]: a noun the
// country modifies.
func wordAfter(toks []token, e int) bool {
	return e < len(toks) && toks[e].k == word && !toks[e].upper && !stopAfter[toks[e].f]
}

var stopAfter = map[string]bool{"will": true, "shall": true, "would": true, "has": true, "have": true, "is": true, "are": true,
	"was": true, "were": true, "and": true, "or": true, "to": true, "agreed": true, "and/or": true, "in": true, "on": true, "for": true,
	"of": true, "by": true, "at": true, "with": true, "from": true, "the": true, "a": true, "an": true, "as": true, "that": true}

// imposes reports whether a country ending at toks[e-1] is the subject of
// a verb that levies: "the United States will apply", "Chile imposes".
func (x *extractor) imposes(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+4; k++ {
		if x.l.tariffImposers[toks[k].f] {
			return true
		}
		if k > e && toks[k-1].f == "will" && x.l.tariffChangers[toks[k].f] {
			// "Indonesia will reduce its tariff on American cars": a
			// country changes only its own tariffs.
			n := k + 1
			if n < len(toks) && (toks[n].f == "its" || toks[n].f == "their" || toks[n].f == "the" || toks[n].f == "all") {
				n++
			}
			return n < len(toks) && x.l.counterpart[toks[n].f]
		}
		if !x.l.subjVerbs[toks[k].f] && !x.l.adverbs[toks[k].f] && toks[k].f != "will" && toks[k].f != "to" {
			return false
		}
	}
	return false
}
