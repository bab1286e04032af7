package extract

import "slices"

// A parliamentary answer ("To ask the Minister for Foreign Affairs the
// number of times he has met his British counterpart …", or "Deputy A
// asked the Minister …", then the Minister's reply) reports the contacts it
// is asked about: the meetings and calls of months before that it lists,
// each with its date, are held contacts, not mentions in passing; and "I"
// is the Minister who answers, named on the line before the reply.

// answerSents bounds the heading lines where an answer's question stands.
const answerSents = 15

// parliamentaryAnswer returns the sentence of the question a written or
// oral answer replies to, or -1: one that opens "To ask the …", or says
// "asked the Minister" (or Secretary, Taoiseach …: a title after "the")
// with the question's reference number ("[16878/18]"): reporters who "asked
// the President" in a briefing put no question on the record.
func (d *doc) parliamentaryAnswer() int {
	for s := 0; s < len(d.sents) && s < answerSents; s++ {
		from, to := d.sentToks(s)
		for k := from; k+2 < to && k < from+8; k++ {
			if d.toks[k].fold == "ask" && k > from && d.toks[k-1].fold == "to" && d.toks[k+1].fold == "the" && d.titleAt(k+2) ||
				d.toks[k].fold == "asked" && d.toks[k+1].fold == "the" && d.titleAt(k+2) && d.questionRefNear(s) {
				return s
			}
		}
		// "I propose to take Questions Nos. 2 and 3 together.": a reply
		// whose question is not kept opens after its answerer's line.
		if d.answerOpener(from, to) {
			for n := s - 1; n >= 1 && n >= s-3; n-- {
				if d.answerer(n-1) >= 0 {
					return n - 1
				}
			}
			// The answerer's line opening the body, the question not
			// kept (answer33.go).
			if s == 1 && d.answererLine(0) >= 0 {
				return 0
			}
		}
	}
	return -1
}

// titleAt reports whether a title span starts at toks[k].
func (d *doc) titleAt(k int) bool {
	sp, ok := d.spanAt(k)
	return ok && sp.kind == kTitle
}

// answerer returns the person who replies to the question of sentence q:
// the person of the first line after it that is a name alone, with its
// constituency or party in brackets ("Micheál Martin (Cork South Central,
// Fianna Fail)"), or -1.
func (d *doc) answerer(q int) int {
	for s := q + 1; s < len(d.sents) && s <= q+3; s++ {
		from, to := d.sentToks(s)
		for _, m := range d.mentions {
			if m.sent != s || m.person < 0 || m.i != from {
				continue
			}
			if m.j == to || d.toks[m.j].text == "(" && d.toks[to-1].text == ")" {
				return m.person
			}
		}
	}
	return -1
}

// questionRef reports whether toks[from:to] holds a parliamentary
// question's reference number in brackets: "[16878/18]", "[149717]".
func (d *doc) questionRef(from, to int) bool {
	for k := from; k+2 < to; k++ {
		if d.toks[k].text == "[" && d.toks[k+1].num {
			return true
		}
	}
	return false
}

// sinceOther reports whether a date after a contact phrase dates another
// event the sentence names after "following", "after" or "since", when a
// date before the phrase dates the contact: "In mid-December 2023, I
// travelled to London to meet with A following his appointment as Foreign
// Secretary in November".
func (d *doc) sinceOther(tr trigger, de dateExpr, ds []dateExpr) bool {
	if !slices.ContainsFunc(ds, func(o dateExpr) bool { return o.end <= tr.i }) {
		return false
	}
	for k := tr.j; k < de.tok; k++ {
		switch d.toks[k].fold {
		case "following", "after", "since":
			return true
		}
	}
	return false
}
