package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// attendedSummits adds the multilateral summits that a leader's own
// office reports its leader attending, with that leader alone: "The Prime
// Minister, A, today concluded his participation at the G20 Leaders'
// Summit in Rome", "concluded his second day at the G7 Leaders' Summit",
// "attended the APEC Leaders' Meeting". The release names no other
// party (the references record such a summit with the leader alone);
// a summit of two sides ("the Canada-EU Summit") or one whose other
// persons the sentence names is read by the rules of contacts.
func (d *doc) attendedSummits(held []eng, h home) []eng {
	if !h.government || h.country == "" {
		return held
	}
	for s := range d.sents {
		from, to := d.sentToks(s)
		k := d.attendancePhrase(from, to)
		if k < 0 || !d.summitNameAt(k, to) || d.hyphenPairIn(s) != nil {
			continue
		}
		var subject []int
		for _, m := range d.mentions {
			if m.sent == s && m.person >= 0 && !m.poss {
				subject = appendInt(subject, m.person)
			}
		}
		if len(subject) != 1 || d.persons[subject[0]].country != h.country || d.firstOfSentence(s) > k {
			continue
		}
		if slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.Summit && e.sent == s }) {
			continue
		}
		date := d.pub.Format("2006-01-02")
		for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
			if de.prec == precDay && !de.rng {
				date = de.format()
				break
			}
		}
		held = append(held, eng{typ: accord.Summit, status: accord.StatusHeld, persons: subject, date: date, sent: s, own: true})
	}
	return held
}

// attendancePhrase is the index of "the" opening the gathering a leader
// attends, from from to to: "concluded his participation at the",
// "concluded her second day at the", "attended the", "participated in
// the"; -1 for none.
func (d *doc) attendancePhrase(from, to int) int {
	for k := from; k+2 < to; k++ {
		f := d.toks[k].fold
		switch {
		case (f == "participation" || f == "day") && k > from && (d.toks[k+1].fold == "at" || d.toks[k+1].fold == "in") && d.toks[k+2].fold == "the" && d.concludedBefore(k, from):
			return k + 2
		case f == "attended" && d.toks[k+1].fold == "the":
			return k + 1
		case f == "participated" && d.toks[k+1].fold == "in" && d.toks[k+2].fold == "the":
			return k + 2
		}
	}
	return -1
}

// concludedBefore tells whether "concluded his/her" (an ordinal between:
// "his second day") stands just before toks[k].
func (d *doc) concludedBefore(k, from int) bool {
	q := k - 1
	if q > from && (ordinalNumber(d.toks[q].fold) || ordinalWord[d.toks[q].fold] || d.toks[q].fold == "final" || d.toks[q].fold == "last") {
		q--
	}
	return q > from && (d.toks[q].fold == "his" || d.toks[q].fold == "her") && d.toks[q-1].fold == "concluded"
}

// summitNameAt tells whether the capitalised name after "the" at k names a
// summit: "the G20 Leaders' Summit", "the Ninth Summit of the Americas",
// "the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting".
func (d *doc) summitNameAt(k, to int) bool {
	leaders := false
	for q := k + 1; q < to && q <= k+12; q++ {
		t := d.toks[q]
		switch {
		case t.fold == "summit":
			return t.cap
		case t.fold == "meeting":
			return t.cap && leaders
		case t.fold == "leaders" || t.fold == "leaders'" || t.fold == "leaders’":
			leaders = true
		case t.cap || t.num || t.text == "(" || t.text == ")" || t.text == "'" || t.text == "’" || t.fold == "of" || t.fold == "the":
		default:
			return false
		}
	}
	return false
}

// firstOfSentence is the first token of the first person mention of
// sentence s (len(d.toks) for none).
func (d *doc) firstOfSentence(s int) int {
	out := len(d.toks)
	for _, m := range d.mentions {
		if m.sent == s && m.person >= 0 && m.i < out {
			out = m.i
		}
	}
	return out
}
