package target

import (
	"slices"
	"strings"
)

// goodsQuota reports whether amount a is a quota of goods a trade deal
// sets: "a quota of 100,000 cars", "a tariff-rate quota of up to 13,000
// tonnes", "the first 100,000 vehicles imported … each year are subject to
// …". Like the movers' quota, it is an arrangement in
// force, a target without a verb of the future. A quota of money ("a parts
// quota of $32 billion") counts too; a share or a factor does not.
func (x *extractor) goodsQuota(toks []token, a amount) bool {
	if a.unit == "percent" || a.unit == "times" || a.unit == "" || strings.HasPrefix(a.unit, "percentage") {
		return false
	}
	i := a.ps
	for i > 0 && approxWord[toks[i-1].f] {
		i--
	}
	if i >= 2 && toks[i-1].f == "of" && quotaWord(toks[i-2].f) {
		return true // "a quota of", "an annual quota of up to"
	}
	// "the first 100,000 vehicles … each year are subject to the rate of
	// 10%": the quantity a year that gets a deal's rate, the rest the
	// ordinary one (not "the first 500 students each year will receive
	// scholarships", a count of people helped).
	return a.unit == "count" && i >= 2 && toks[i-1].f == "first" && toks[i-2].f == "the" && x.yearlyAfter(toks, a.pe) && dutyAfter(toks, a.pe)
}

// dutyAfter reports whether a tariff, duty or rate is named after toks[j].
func dutyAfter(toks []token, j int) bool {
	for _, t := range toks[j:] {
		if strings.HasPrefix(t.f, "tariff") || strings.HasPrefix(t.f, "dut") || t.f == "rate" || t.f == "rates" {
			return true
		}
	}
	return false
}

func quotaWord(w string) bool { return w == "quota" || w == "quotas" }

// quotaHolder returns who holds a quota of goods: the country that admits
// them, named after "into" or after "exported to" ("imported into the
// U.S.", "passenger vehicles exported to the United States"), else the
// partner of the country the goods come from, named in the quota's own
// words ("a quota of 100,000 UK cars", "13,000 tonnes for hormone-free US
// beef", "13,000 tonnes earmarked for beef from the UK"): the importer
// grants the quota, whichever side's outlet tells it. Else holders as they
// are.
func (x *extractor) quotaHolder(toks []token, a amount, holders []string) []string {
	// The quota's own words: to the end of its clause, at most ten words.
	end := a.pe
	for end < len(toks) && end < a.pe+10 && toks[end].f != "," && toks[end].f != ";" && !x.l.subjVerbs[toks[end].f] {
		end++
	}
	ms := x.mentions(toks)
	for _, m := range ms {
		if m.s <= a.pe || m.demonym || m.firm || m.program {
			continue
		}
		k := m.s - 1
		if k > 0 && toks[k].f == "the" {
			k--
		}
		if k >= 0 && (toks[k].f == "into" || toks[k].f == "to" && k > 0 && importVerbs[toks[k-1].f]) {
			return []string{m.code}
		}
	}
	origin := ""
	for _, m := range ms {
		if m.s >= a.pe && m.e <= end && !m.firm && !m.program {
			origin = m.code // "100,000 UK cars", "cars from the UK"
			break
		}
		if m.s < a.ps && !m.demonym && quotaReceiver(toks, m.e, a.ps) {
			origin = m.code // "Mexico will get an auto parts quota of …": the exporter gets it
		}
	}
	if origin == "" {
		return holders
	}
	if ps := x.partiesOf(); len(ps) == 2 && slices.Contains(ps, origin) {
		if ps[0] == origin {
			return []string{ps[1]}
		}
		return []string{ps[0]}
	}
	return holders
}

// quotaReceiver reports whether a country ending at toks[e-1] is the
// subject of a verb of getting whose object reaches the amount at ps: "Mexico
// will get an auto parts quota of …", "Peru would receive a quota of …".
func quotaReceiver(toks []token, e, ps int) bool {
	for k := e; k < ps && k < e+4; k++ {
		switch toks[k].f {
		case "get", "gets", "receive", "receives", "obtain", "obtains":
			for _, t := range toks[k+1 : ps] {
				if quotaWord(t.f) {
					return true
				}
			}
			return false
		case "will", "would", "shall", "also", "each":
		default:
			return false
		}
	}
	return false
}

// importVerbs take the importer after "to": "exported to the United States".
var importVerbs = map[string]bool{"exported": true, "shipped": true, "sold": true, "imported": true}

// quotaName names a quota of goods as it is written: "a parts quota of $32
// billion" is the parts quota; "a quota of 100,000 UK cars" and "the first
// 100,000 vehicles …" are a quota of what is counted.
func (x *extractor) quotaName(toks []token, a amount, metric string) string {
	if strings.Contains(metric, "quota") {
		return metric
	}
	i := a.ps
	for i > 0 && approxWord[toks[i-1].f] {
		i--
	}
	if x.l.currencies[a.unit] && i >= 2 && toks[i-1].f == "of" && quotaWord(toks[i-2].f) {
		if s, e := x.npBack(toks, i-1, 0); x.valid(toks, s, e) && e-s >= 2 {
			return x.phrase(toks, s, e) // "an auto parts quota of $108 billion"
		}
	}
	return "quota of " + metric
}

// overQuota reports whether a rate at amount a is the one charged beyond a
// quota stated before it in the sentence: "the first 100,000 vehicles …
// are subject to 10% and any additional vehicles are subject to 25%". The
// rate outside the quota is the ordinary one the deal leaves in place; the
// deal's term is the quota and its rate.
func (x *extractor) overQuota(toks []token, a amount, ams []amount) bool {
	if a.unit != "percent" {
		return false
	}
	quota := false
	for _, b := range ams {
		if b.pe <= a.ps && x.goodsQuota(toks, b) {
			quota = true
		}
	}
	if !quota {
		return false
	}
	// Back to the start of the amount's clause: what it applies to.
	for i := a.ps - 1; i > 0 && i >= a.ps-20; i-- {
		switch toks[i].f {
		case "additional", "further", "other", "remaining", "excess", "exceeding", "exceed", "exceeds", "beyond", "above", "outside":
			return true
		case "and", ",", ";", "while", "whereas", "but":
			return false
		}
	}
	return false
}
