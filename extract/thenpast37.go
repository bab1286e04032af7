package extract

import "strings"

// pastAdverbBefore reports whether the titled mention that starts at
// toks[i] is one of a past holder named with a lower-case adverb of time
// before the title ("as articulated by then Prime Minister A at the
// founding", "the then Foreign Minister B", "Norland's then Minister C"),
// and where the mention then starts. Such a holder takes no part in the
// contacts the text reports, as one named "former" takes none. The adverb
// after a coordinator or a word of time ("and then President D hosted",
// "since then"), after punctuation or opening the sentence is one of
// sequence, not of office.
func (d *doc) pastAdverbBefore(i int) (int, bool) {
	k := i - 1
	if k < 1 || len(d.lx.pastAdverbs) == 0 {
		return 0, false
	}
	t := &d.toks[k]
	if !t.word || t.cap || t.sent != d.toks[i].sent || !d.lx.pastAdverbs[t.fold] {
		return 0, false
	}
	p := &d.toks[k-1]
	if p.sent != t.sent || d.atSentenceStart(k) {
		return 0, false
	}
	if p.fold == "'s" || p.fold == "’s" {
		return k, true
	}
	if !p.word || p.num || d.lx.pastAdverbBlocks[p.fold] {
		return 0, false
	}
	if p.fold == "the" {
		return k - 1, true
	}
	return k, true
}

// complementLead returns where the "of" or "for" of a title's portfolio
// stands when words of the office's lead to it from toks[p] ("Minister
// Responsible for Youth Affairs A", "Minister in charge of Trade B"), or p.
func (d *doc) complementLead(p int) int {
	for _, l := range d.lx.complementLeads {
		q := p + len(l)
		if q >= len(d.toks) || (d.toks[q].fold != "of" && d.toks[q].fold != "for") || d.toks[q].sent != d.toks[p].sent {
			continue
		}
		if d.wordsAt(p, q, l) {
			return q
		}
	}
	return p
}

// regnalWord returns the folded regnal number that ends a name of two
// words or more ("Mohammed VI", "Charles III"), or "". It allocates only
// for such a name: it runs for every person mention.
func (d *doc) regnalWord(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || len(name)-sp-1 < 2 || len(name)-sp-1 > 5 {
		return ""
	}
	for _, c := range name[sp+1:] {
		switch c {
		case 'I', 'V', 'X', 'i', 'v', 'x':
		default:
			return ""
		}
	}
	return strings.ToLower(name[sp+1:])
}
