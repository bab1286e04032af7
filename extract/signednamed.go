package extract

import (
	"time"

	accord "github.com/accordhq/accord"
)

// afterNamingRelative returns the index after a free relative that names
// the document to come ("signed what both leaders called a historic
// accord", "signed what A described as a landmark deal"): the relative's
// subject is the signers' own word for what they signed, so the document
// is read after its naming verb (knowledge naming_verbs) and "as". Else k.
// Not "signed what was agreed": no naming verb within the five words.
func (d *doc) afterNamingRelative(k int) int {
	if k >= len(d.toks) || d.toks[k].fold != "what" {
		return k
	}
	s := d.toks[k].sent
	for q := k + 1; q < len(d.toks) && q <= k+6 && d.toks[q].sent == s && d.toks[q].word; q++ {
		if d.lx.namingVerbs[d.toks[q].fold] {
			q++
			if q < len(d.toks) && d.toks[q].fold == "as" {
				q++
			}
			return q
		}
	}
	return k
}

// concludedBySigning reports whether "by signing" at toks[i] (the document
// from k on) ends a contact the clause tells: an ending verb (knowledge
// visit_ends: "concluding", "wrapped up") within the eight words before,
// in the same sentence ("can deepen ties by signing" is a wish, "marked the
// day by signing a decree" one leader's act). The signers are the
// sentence's two sides, as for "signed".
func (d *doc) concludedBySigning(i, k int) bool {
	if !d.documentAhead(k) {
		return false
	}
	s := d.toks[i].sent
	for q := i - 1; q >= 0 && q >= i-8 && d.toks[q].sent == s; q-- {
		if d.lx.is(&d.toks[q], fVisitEnds) {
			return true
		}
	}
	return false
}

// dayInReportWeek reports whether de is a day of the week up to the report
// ("on Tuesday", "on 7 September" in a report of the 8th): a passive
// signing so dated is the day's, not one recalled ("in 2015").
func (d *doc) dayInReportWeek(de *dateExpr) bool {
	if de == nil || de.prec != precDay || d.pub.IsZero() || de.t.After(d.pub) {
		return false
	}
	return d.pub.Sub(de.t) < 8*24*time.Hour
}

// signedAfterContactDate returns the day of the contact a signing follows
// in its sentence ("Several documents were signed following the talks
// between A and B in Minsk on 7 September", "… after talks between A and B
// on Tuesday"): the signing closes the talks and shares their day, told
// after them. Nil when tr is no signing or "following"/"after" does not
// link the two within three words.
func (d *doc) signedAfterContactDate(ds []dateExpr, trs []trigger, n int) *dateExpr {
	tr := trs[n]
	if tr.typ != accord.Signing || n+1 >= len(trs) || trs[n+1].sent != tr.sent {
		return nil
	}
	o := trs[n+1]
	if c := class(o.typ); c != "talks" && c != "meeting" {
		return nil
	}
	linked := false
	for k := o.i - 1; k >= tr.j && k >= o.i-3; k-- {
		if f := d.toks[k].fold; f == "following" || f == "after" {
			linked = true
		}
	}
	if !linked {
		return nil
	}
	var best *dateExpr
	for q := range ds {
		if ds[q].tok >= o.j && ds[q].prec == precDay && (best == nil || ds[q].tok < best.tok) {
			best = &ds[q]
		}
	}
	return best
}

// retoldSigningDate returns the day a signing told without one gets from
// the next sentence or the one after, which retells it in the passive with
// a definite subject ("Mongolia and Turkmenistan have signed several
// agreements. The agreements … were signed in Ashgabat on Saturday"; "The
// agreements were signed on April 15 in Cotonou"): a day of the report's
// week. Nil when tr is no signing or no such sentence follows.
func (d *doc) retoldSigningDate(tr trigger) *dateExpr {
	if tr.typ != accord.Signing {
		return nil
	}
	for s := tr.sent + 1; s <= tr.sent+2; s++ {
		from, to := d.sentToks(s)
		if from >= to {
			return nil
		}
		if f := d.toks[from].fold; f != "the" && f != "these" && f != "those" && f != "all" {
			continue
		}
		for k := from + 1; k+1 < to; k++ {
			// "The agreements, signed on Wednesday, aim to …": the
			// participle set off by commas retells it too (sign33.go).
			if de := d.appositiveSigningDay(from, k, to); de != nil {
				return de
			}
			if f := d.toks[k].fold; (f == "were" || f == "was") && d.toks[k+1].fold == "signed" && d.documentSubjectAt(from, k) {
				for _, de := range d.statedDays(d.lx.dates(d.toks, from, to, d.pub)) {
					if d.dayInReportWeek(&de) {
						return &de
					}
				}
				return nil
			}
		}
	}
	return nil
}

// sidesInSubject reports whether the subject of a passive, toks[from:i],
// names its own sides after "between" or "with": "The truce deal between
// Kiev and the insurgents was signed Friday" is theirs, not a signing of
// the persons the sentence names after it.
func (d *doc) sidesInSubject(from, i int) bool {
	for k := from; k < i; k++ {
		if f := d.toks[k].fold; f == "between" || f == "with" {
			return true
		}
	}
	return false
}
