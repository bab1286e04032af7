package extract

import "strings"

// A programme told as a list gives its subject once, in the line that
// introduces the items: "During the visit, the Minister:" over "• met with
// President A and Prime Minister B"; "The Prime Minister will:" over "•
// Meet with A and B". An item that opens with the contact verb has no
// subject of its own: those named after the verb are all met by the lead's
// subject, never each other (session 33, nz33).

// listLeadSubject returns the subject of the line introducing the list
// whose item, sentence tr.sent opening at toks[from], begins with the
// contact phrase tr; -1 when the item has words of its own before it, or
// no lead ending in a colon names one person.
func (d *doc) listLeadSubject(from int, tr trigger) int {
	if !d.listItem(tr.sent) {
		return -1
	}
	for k := from; k < tr.i; k++ {
		if d.toks[k].word {
			return -1
		}
	}
	// The lead is the first sentence before the items that is not one.
	s := tr.sent - 1
	for s >= 0 && s > tr.sent-12 && d.listItem(s) {
		s--
	}
	if s < 0 || s <= tr.sent-12 {
		return -1
	}
	lt := strings.TrimSpace(d.text[d.sents[s].Start:d.sents[s].End])
	if !strings.HasSuffix(lt, ":") {
		return -1
	}
	lf, lto := d.sentToks(s)
	// "The Prime Minister will:", "During the visit, the Minister:": the
	// one person so titled.
	for k := lf; k < lto; k++ {
		if d.toks[k].fold == "the" {
			if p := d.officeOnlySubject(k); p >= 0 {
				return p
			}
		}
	}
	if p := d.pronounSubject(lf); p >= 0 {
		return p
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == s && !m.poss {
			return m.person
		}
	}
	// "During the visit, the Minister:" after the sentence that named her:
	// a lead naming no one goes on about the subject before it.
	return d.unnamedSubject(lf, 2)
}

// framedPronoun returns the person "he" or "she" stands for after a short
// opening frame without a comma ("In Belgrava she met A and B", "During
// the visit he held talks with A"): the subject before, as with the comma;
// -1 otherwise.
func (d *doc) framedPronoun(from int) int {
	if from >= len(d.toks) || !framePreps[d.toks[from].fold] {
		return -1
	}
	for k := from + 2; k < len(d.toks) && k <= from+5 && d.toks[k].sent == d.toks[from].sent; k++ {
		if !d.toks[k].word {
			return -1
		}
		if f := d.toks[k].fold; f == "he" || f == "she" {
			if d.personIn(from, k) || k+1 >= len(d.toks) || d.toks[k+1].cap {
				return -1
			}
			return d.pronounSubjectN(k, 3)
		}
	}
	return -1
}
