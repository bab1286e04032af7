package extract

import "slices"

// Parliamentary answers whose answerer is not named on the line after the
// question (meet33): the reply kept without its question, under the
// answerer's line ("A (Constituency, Party)" then "I propose to take
// Questions Nos. 15 to 27 together"), one opened by a vocative ("A Ceann
// Comhairle, I propose …"), and the official report that names the
// office asked and not the person who answers ("Deputy A asked the
// Taoiseach if he has met …", then the reply in the first person).

// answerOpener reports whether toks[from:to] opens a reply ("I propose to
// take Questions …"), at its start or after a vocative set off by a comma
// within its first five words ("A Cheann Comhairle, I propose …").
func (d *doc) answerOpener(from, to int) bool {
	if d.phraseAt(from, to, d.lx.answerOpeners) || from+1 < to && d.phraseAt(from+1, to, d.lx.answerOpeners) {
		return true
	}
	for k := from + 1; k < to && k <= from+5; k++ {
		if d.toks[k].text == "," {
			return k+1 < to && d.phraseAt(k+1, to, d.lx.answerOpeners)
		}
		if !d.toks[k].word {
			return false
		}
	}
	return false
}

// answererLine returns the person of sentence s when it is the answerer's
// line itself (a name alone, or with its constituency in brackets), -1
// otherwise.
func (d *doc) answererLine(s int) int {
	if s < 0 {
		return -1
	}
	return d.answerer(s - 1)
}

// officeAnswerer returns the holder of the office the question of sentence
// q is put to ("To ask the Taoiseach …", "asked the Minister for Foreign
// Affairs …"): the one certain holder on the publication day in the
// title's own country, else the outlet's; -1 when there is none or the
// country is unknown. An office asked answers in the first person.
func (d *doc) officeAnswerer(q int, h home) int {
	if d.pub.IsZero() {
		return -1
	}
	from, to := d.sentToks(q)
	for k := from; k+2 < to && k < from+8; k++ {
		if (d.toks[k].fold != "ask" && d.toks[k].fold != "asked") || d.toks[k+1].fold != "the" {
			continue
		}
		sp, ok := d.spanAt(k + 2)
		if !ok || sp.kind != kTitle || sp.e.plural {
			return -1
		}
		return d.askedHolder(sp, to, h)
	}
	return -1
}

// questionRefNear reports whether sentence s holds a question's reference
// number, or the next sentence is that number alone: "… since the October
// Council meeting. [48890/17]" splits after the question's full stop.
func (d *doc) questionRefNear(s int) bool {
	from, to := d.sentToks(s)
	if d.questionRef(from, to) {
		return true
	}
	if s+1 >= len(d.sents) {
		return false
	}
	nf, nt := d.sentToks(s + 1)
	return nt-nf <= 6 && d.questionRef(nf, nt)
}

// withoutQuestioner drops from the contacts an answer reports the member
// who put the question: a person named only in the heading lines and the
// question (sentences up to q) is no side of a contact the reply tells
// ("Deputy A asked the Taoiseach if he will report on his meeting with B",
// then "During the course of our meeting we noted …"). A contact left with
// fewer than two sides is dropped. The answerer named on their line
// stays.
func (d *doc) withoutQuestioner(held []eng, q, answerer int) []eng {
	askedOnly := func(pi int) bool {
		if pi == answerer {
			return false // named on the line over the reply
		}
		asked := false
		for _, m := range d.mentions {
			if m.person == pi && m.sent > q {
				return false
			}
			asked = asked || m.person == pi
		}
		return asked // (the office's holder is named nowhere)
	}
	out := held[:0]
	for _, e := range held {
		if e.sent > q && !e.fromTitle {
			n := len(e.persons)
			e.persons = slices.DeleteFunc(slices.Clone(e.persons), askedOnly)
			if len(e.persons) < n && len(e.persons)+len(e.codes) < 2 {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// answerTerm reports whether date de falls within the two years before an
// answer's day: the contacts a reply reports ("I met A on 5 February"),
// not the history it recalls ("reinforced by the historic state visit of
// Queen A in 2011", told in 2018).
func (d *doc) answerTerm(de dateExpr) bool {
	return !de.last().Before(d.pub.AddDate(-2, 0, 0))
}

// answerWe returns the pair a reply's "we" stands for: the answerer and the
// one other side of the answerer's last contact told before, when "we"
// opens the clause of tr ("While in Belfast, I met with A. … We had also
// spoken by phone on 30 January"); nil otherwise.
func (d *doc) answerWe(held []eng, tr trigger, from, answerer int) []int {
	we := false
	for k := from; k < tr.i && k <= from+2; k++ {
		if d.toks[k].fold == "we" {
			we = true
			break
		}
	}
	if !we {
		return nil
	}
	for k := len(held) - 1; k >= 0; k-- {
		e := held[k]
		if e.sent >= tr.sent || !slices.Contains(e.persons, answerer) {
			continue
		}
		if len(e.persons) != 2 {
			return nil
		}
		return slices.Clone(e.persons)
	}
	return nil
}
