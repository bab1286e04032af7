package extract

import "strings"

// goingTo reports whether a "going to" + verb stands within the words
// before contact phrase tr, in its clause from k0: "we're going to have a
// series of bilateral meetings", "the President is going to host a
// dinner". Spoken schedules (briefings, background calls) announce the
// coming days this way; the words "going to" alone ("going to the talks")
// are motion, so a verb must follow.
func (d *doc) goingTo(tr trigger, k0 int) bool {
	for k := tr.i - 2; k >= k0 && k >= tr.i-8; k-- {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" {
			return false
		}
		if t.fold != "going" || d.toks[k+1].fold != "to" || k+2 >= tr.i {
			continue
		}
		if v := d.toks[k+2]; v.cap || !d.lx.goingToVerbs[v.fold] {
			return false // "going to talk about the meeting": a topic
		}
		// "was going to meet but …": an intention of the past.
		// ("we're" folds to "were": the text tells them apart.)
		if w := strings.ToLower(d.toks[k-1].text); k > k0 && (w == "was" || w == "were") {
			return false
		}
		return true
	}
	return false
}

// coordinatedAhead reports whether contact phrase tr is the object of a
// verb coordinated with the earlier contact phrase prev of its sentence,
// whose cue put it ahead: "will hold talks with B and witness the signing
// of agreements", "is to have talks with B and witness the signing". The
// modal governs both verbs; the second stands past the cue's reach. A
// verb in the past ("and signed") or a new subject ("and B will …") is a
// clause of its own.
func (d *doc) coordinatedAhead(prev, tr trigger) bool {
	if prev.sent != tr.sent || prev.j > tr.i {
		return false
	}
	for k := tr.i - 1; k >= prev.j && k >= tr.i-4; k-- {
		if d.toks[k].fold != "and" {
			continue
		}
		if k+1 >= tr.i {
			return false
		}
		v := d.toks[k+1]
		if !v.word || v.cap || strings.HasSuffix(v.fold, "ed") || strings.HasSuffix(v.fold, "ing") || d.lx.past[v.fold] {
			return false
		}
		// "and the signing": a noun phrase, no verb.
		if v.fold == "the" || v.fold == "a" || v.fold == "an" {
			return false
		}
		for q := prev.j; q < k; q++ {
			if t := d.toks[q]; t.text == ";" || t.text == ":" || t.word && d.lx.past[t.fold] {
				return false
			}
		}
		return true
	}
	return false
}

// visitPurposeDay reports whether date de is told right before visit
// phrase tr as the purpose of that day: "hosted A in C on March 10 for an
// Official Visit", "welcomed A on Monday for a state visit". The host's
// day is the visit's.
func (d *doc) visitPurposeDay(tr trigger, de dateExpr) bool {
	k := de.end
	if k >= tr.i || d.toks[k].fold != "for" {
		return false
	}
	k++
	if k < tr.i && (d.toks[k].fold == "a" || d.toks[k].fold == "an" || d.toks[k].fold == "the" || d.toks[k].fold == "his" || d.toks[k].fold == "her" || d.toks[k].fold == "their") {
		k++
	}
	return k == tr.i
}

// visitProgramme reports whether contact o of visit tr's sentence is of
// the visit's own day, so that it leaves the day the visit's: the
// programme a ", where" clause tells after it ("On July 26, A made an
// official visit to C, where he paid a courtesy call on B, held a summit
// meeting and attended a luncheon"), or, when the visit is the purpose of
// a dated hosting, that hosting and what is hosted with the visit ("hosted
// A on March 10 for an Official Visit and a State Dinner"). The date must
// open the sentence or be the hosting's.
func (d *doc) visitProgramme(tr, o trigger, de dateExpr, from int, purpose bool) bool {
	if purpose {
		if o.j <= de.tok {
			return true // the hosting
		}
		if o.i > tr.j && o.i-tr.j <= 3 {
			for k := tr.j; k < o.i; k++ {
				if d.toks[k].fold == "and" {
					return true // "for an Official Visit and a State Dinner"
				}
			}
		}
		return false
	}
	if o.i <= tr.j || !d.opensWithDay(de, from) {
		return false
	}
	for k := tr.j; k+1 < o.i; k++ {
		if t := d.toks[k]; t.text == "," && d.toks[k+1].fold == "where" {
			for q := tr.j; q < k; q++ {
				if d.toks[q].text == ";" || d.toks[q].text == "." {
					return false
				}
			}
			return true
		}
	}
	return false
}

// opensWithDay reports whether a date opens its sentence, past a bullet,
// "On" and the day of the week told with it: "• On 7 February 2024, A
// paid an official visit", "On Friday, July 26, A made …".
func (d *doc) opensWithDay(de dateExpr, from int) bool {
	for k := from; k < de.tok; k++ {
		if t := d.toks[k]; t.word && t.fold != "on" && !d.lx.is(&t, fWeekday) {
			return false
		}
	}
	return true
}

// aheadTakenUp reports whether a contact of tr's kind was told as ahead in
// one of the two sentences before tr's: the definite mention ("the
// meeting", "the talks") is that contact, not another held on the day of
// publication.
func aheadTakenUp(invites []eng, tr trigger) bool {
	for _, e := range invites {
		if e.sent < tr.sent && e.sent >= tr.sent-2 && class(e.typ) == class(tr.typ) {
			return true
		}
	}
	return false
}
