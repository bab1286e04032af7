package extract

// coChairedSummit reports whether the bare summit tr is the object of a
// co-chairing verb: "A and B co-chaired the third X-Y summit in Brussels".
// Two chairs preside over one summit of their two sides, so the sentence
// reports the summit itself, as "held a summit" does (a summit its subject
// only attended or spoke "ahead of" is left to the other readings). Only the
// words of a name (capitalised words, hyphens, ordinals, a determiner) stand
// between the verb and "summit"; a summit named for its theme ("the Summit
// for Democracy", "the Summit of the Americas") is a gathering, not a two-sided one.
func (d *doc) coChairedSummit(tr trigger, from int) bool {
	if tr.j < len(d.toks) && d.toks[tr.j].sent == tr.sent {
		if f := d.toks[tr.j].fold; f == "for" || f == "of" {
			return false
		}
	}
	for k := tr.i - 1; k >= from && k >= tr.i-10; k-- {
		t := d.toks[k]
		switch {
		case d.lx.summitCochairVerbs[t.fold] && !t.cap:
			return k < tr.i-1
		case t.cap && t.word || t.upper || t.text == "-" || t.text == "–" || t.text == "(" || t.text == ")" || t.num || ordinalNumber(t.fold) || ordinalWord[t.fold]:
		case t.fold == "the" || t.fold == "their" || t.fold == "its" || t.fold == "this" || t.fold == "annual":
		default:
			return false
		}
	}
	return false
}
