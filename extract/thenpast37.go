package extract

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
