package target

import "slices"

// participleAgent returns the countries named as the agent of a giving
// participle that describes amount a: "welcomed the $500 million loan
// pledged by Japan", "a plan announced by Export Finance Australia to
// establish a US$200 million facility", "announcements made by India for
// Africa …, especially the US $10 billion lines of credit", "a $125
// million program jointly funded by the U.S. Department of Energy and
// India's Department of Science". The agent gives; the welcomer, the
// subject that reports or urges, and the recipient do not. Nil when no
// such participle stands in the amount's clause.
func (x *extractor) participleAgent(toks []token, a amount) []string {
	// After the amount: its noun, a few modifiers, then the participle.
	for p := a.pe; p < len(toks)-1 && p-a.pe <= 4; p++ {
		if x.l.agentParticiples[toks[p].f] && toks[p+1].f == "by" {
			return x.agentsAt(toks, p+2, len(toks))
		}
		if agentStop(toks[p]) {
			break
		}
	}
	// Before the amount: "NOUN participle by AGENT …, … $N" in one clause.
	for p := a.ps - 2; p >= 1 && a.ps-p <= 40; p-- {
		t := toks[p]
		if t.f == "." || t.f == ";" || t.f == ":" {
			break
		}
		if !x.l.agentParticiples[t.f] || toks[p+1].f != "by" || auxBefore[toks[p-1].f] {
			continue
		}
		codes := x.agentsAt(toks, p+2, a.ps)
		if codes == nil {
			return nil
		}
		// Another country that may be a subject between the agent and the
		// amount ("… announced by Japan, and Korea will add $N") takes it.
		for _, m := range x.mentions(toks) {
			if m.s > p+2 && m.s < a.ps && !m.demonym && !slices.Contains(codes, m.code) && !preposition[toks[m.s-1].f] && !(m.s >= 2 && toks[m.s-1].f == "the" && preposition[toks[m.s-2].f]) {
				return nil
			}
		}
		return codes
	}
	return nil
}

// auxBefore are the words before a participle that make it a verb of its
// own clause ("was announced by"), not a noun's modifier.
var auxBefore = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "has": true, "have": true, "had": true}

// agentStop reports whether t ends the noun phrase after an amount.
func agentStop(t token) bool {
	switch t.f {
	case ",", ".", ";", ":", "to", "that", "which", "who", "will", "would", "has", "have", "is", "are", "was", "were", "and", "(":
		return true
	}
	return false
}

// agentsAt returns the countries of the agent that starts at token i
// (after "by"): "the Government of Japan", "Japan", "the Japanese
// government", "Export Finance Australia" (a body named by its country),
// and a second one joined by "and" ("the U.S. Department of Energy and
// India's Department of Science"). Firms and bare demonyms are no agent
// here. Nil if no country starts the agent.
func (x *extractor) agentsAt(toks []token, i, limit int) []string {
	named := x.mentions(toks)
	first := func(i int) (mention, bool) {
		if i < limit && toks[i].f == "the" {
			i++
		}
		if i+2 < limit && x.l.ofSubjects[toks[i].f] && toks[i+1].f == "of" {
			i += 2 // "by the Government of Japan"
			if toks[i].f == "the" {
				i++
			}
		}
		for _, m := range named {
			if m.s < i || m.s >= limit || m.s > i+2 {
				continue
			}
			for k := i; k < m.s; k++ {
				if !x.capital(toks[k]) {
					return mention{}, false
				}
			}
			if m.firm || m.demonym && !(m.e < len(toks) && x.l.ofSubjects[toks[m.e].f]) {
				return mention{}, false
			}
			return m, true
		}
		return mention{}, false
	}
	m, ok := first(i)
	if !ok {
		return nil
	}
	codes := []string{m.code}
	for k := m.e; k < limit && k-m.e < 8; k++ {
		if agentStop(toks[k]) && toks[k].f != "and" {
			break
		}
		if toks[k].f == "and" {
			if n, ok := first(k + 1); ok && n.code != m.code {
				codes = append(codes, n.code)
			}
			break
		}
	}
	return sorted(codes)
}

// reportedCue reports whether a report adverb ends right before the
// giving verb at i: "has already committed", "has so far offered", "has
// to date pledged" tell what was given, not what will be.
func (x *extractor) reportedCue(toks []token, i int) bool {
	for s := max(0, i-2); s < i; s++ {
		if end, _ := x.l.reportAdverbs.match(toks, s); end == i {
			return true
		}
	}
	return false
}

// providedWith returns the kind of a bare sum given "with" after its
// recipient, "will provide Jordan with $6 billion over five years", and
// the recipient's tokens: the giving verb's noun (provision), then the
// country named right before "with". "" when the words before "with" are
// no giving verb and one country.
func (x *extractor) providedWith(toks []token, w int) (string, int, int) {
	for _, m := range x.mentions(toks) {
		if m.e != w || m.demonym || m.firm {
			continue
		}
		s := m.s
		if s > 0 && toks[s-1].f == "the" {
			s--
		}
		if s == 0 || toks[s-1].k != word {
			return "", 0, 0
		}
		if n := x.l.nominal[toks[s-1].f]; n != "" && x.l.recipientVerbs[toks[s-1].f] {
			return n, m.s, m.e
		}
		return "", 0, 0
	}
	return "", 0, 0
}
