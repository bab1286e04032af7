package extract

import accord "github.com/accordhq/accord"

// maxOpeningSents bounds the opening of a transcript's first turn when
// sentences that name no one (greetings, thanks to those present, an
// acknowledgement of the land's traditional owners) come before the
// welcome of the guest.
const maxOpeningSents = 8

// openingEnd returns the sentence after the opening of the turn that
// begins at sentence first: openingSents sentences that name someone,
// those naming no one not counted, at most maxOpeningSents in all.
func (d *doc) openingEnd(first int) int {
	named := make(map[int]bool, openingSents)
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent >= first && m.sent < first+maxOpeningSents {
			named[m.sent] = true
		}
	}
	n, s := 0, first
	for ; s < len(d.sents) && s < first+maxOpeningSents && n < openingSents; s++ {
		// The opening sentence counts whatever it names: "Good afternoon
		// everyone" opens the turn as a welcome would.
		if s == first || named[s] {
			n++
		}
	}
	return s
}

// inCompany reports whether tokens from..to tell that the speaker stands
// beside someone at the occasion ("a great honour to be with my friend
// Prime Minister A here today", "delighted to be joined by Minister B"):
// the press occasion's other side, as a welcome names it (knowledge
// company_phrases).
func (d *doc) inCompany(from, to int) bool {
	for k := from; k < to; k++ {
		if d.phraseAt(k, to, d.lx.companyPhrases) {
			return true
		}
	}
	return false
}

// unionPress reports whether e, a headline's joint press conference of
// persons who all act for a union of states ("Remarks by President A at
// the joint press conference with President B following the European
// Council"), is kept though it has one side: the union's institutions
// speak to the press together, as two governments would.
func (d *doc) unionPress(e eng, c string) bool {
	return e.typ == accord.PressConference && e.fromTitle && len(e.persons) >= 2 && d.lx.unionSides.holdsFold(c)
}

// maxParenNameWords bounds the name in brackets of a speaker's label:
// "(Shri A B C)", "(Mr. A B)".
const maxParenNameWords = 6

// parenLabelEnd returns the index of the colon that closes a label giving
// the speaker's office, then the name in brackets, as several ministries
// write their transcripts: "External Affairs Minister of India (Shri A
// B):", "Chinese Foreign Minister (Mr. C D):"; -1 if toks[from:to] opens
// with no such label. The office is capitalised words, the small words of
// an office's name between them ("of", "the"); the name is capitalised
// words and the points of abbreviated honorifics.
func (d *doc) parenLabelEnd(from, to int) int {
	k, words := from, 0
	for k < to && words < maxOfficeLabelWords && d.toks[k].word && (d.toks[k].upper || d.toks[k].cap || k > from && d.lx.is(&d.toks[k], fOfficeJoins)) {
		k++
		words++
	}
	if k == from || k >= to || d.toks[k].text != "(" || !d.toks[k-1].cap && !d.toks[k-1].upper {
		return -1
	}
	k++
	n := 0
	for k < to && n < maxParenNameWords && (d.toks[k].word && (d.toks[k].cap || d.toks[k].upper) || d.toks[k].text == ".") {
		if d.toks[k].word {
			n++
		}
		k++
	}
	if n == 0 || k+1 >= to || d.toks[k].text != ")" || d.toks[k+1].text != ":" {
		return -1
	}
	return k + 1
}

// bracketLabelCountry gives person p, named in brackets in the label of
// sentence s that closes at colon, the country of the office before the
// brackets when nothing else gave p one: "Foreign Minister of A (Mr. B
// C):" is A's minister, as "Foreign Minister of A B C" would be.
func (d *doc) bracketLabelCountry(s, colon, p int) {
	if d.persons[p].country != "" {
		return
	}
	from, _ := d.sentToks(s)
	for k := from + 1; k < colon; k++ {
		if d.toks[k].text != "(" {
			continue
		}
		if _, code, ok := d.officeLabel(from, k); ok {
			d.persons[p].country = code
		}
		return
	}
}
