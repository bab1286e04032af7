package extract

import "github.com/accordhq/accord"

// otherTimeAfter reports whether the phrase of what is ahead at toks[k]
// ("next week", "next month"), after the contact tr in its sentence, times
// something else than the contact:
//   - a possessive makes it the time of the noun after it: "held a call
//     on Tuesday to discuss next week's summit", "next month's visit";
//   - a day stated between the contact and the phrase, not after the
//     report, is the contact's own: "held a phone call on Tuesday to
//     discuss the summit next week".
//
// A contact read as ahead for such a phrase was lost: a readout's call
// about a coming event told no engagement at all.
func (d *doc) otherTimeAfter(tr trigger, k, from, to int) bool {
	if k+2 < to && (d.toks[k].fold == "next" || d.toks[k].fold == "later") && possessive(d.toks[k+2]) {
		return true
	}
	if d.pub.IsZero() {
		return false
	}
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.tok >= tr.j && de.end <= k && de.prec == precDay && !de.t.After(d.pub) {
			return true
		}
	}
	return false
}

// aheadOfOther reports whether de, a time ahead of the report told by
// "next" or "later" ("next week", "next month's"), stands before the
// contact tr while a day not after the report follows the contact in its
// sentence: "discussed plans for a summit next week during a phone call
// with B on Tuesday" was a call on Tuesday about what comes next week.
func (d *doc) aheadOfOther(tr trigger, de dateExpr, ds []dateExpr) bool {
	if de.tok >= tr.i || d.pub.IsZero() || !de.t.After(d.pub) {
		return false
	}
	if f := d.toks[de.tok].fold; f != "next" && f != "later" {
		return false
	}
	for _, o := range ds {
		if o.tok >= tr.j && o.prec == precDay && !o.t.After(d.pub) {
			return true
		}
	}
	return false
}

// indefiniteFrame reports whether the preposition at toks[k] frames the
// contact tr (not a visit) through "a" or "an": "discussed plans for the
// summit next week during a phone call with B on Tuesday". The words
// before it are the clause's topic, whose time words ("next week",
// "upcoming", "preparations") are the topic's; only an auxiliary ("will
// raise it during a call") makes the contact ahead. (With "the", "their"
// the clause before is cut off altogether: framedContact.)
func (d *doc) indefiniteFrame(k int, tr trigger) bool {
	f := d.toks[k].fold
	return (f == "during" || f == "in") && k+2 == tr.i && (d.toks[k+1].fold == "a" || d.toks[k+1].fold == "an") && tr.typ != accord.Visit
}
