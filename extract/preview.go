package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// previewHeadline tells whether a headline announces a visit ahead by its
// own subject: "A to visit B", "A to pay official visits to B, C and D",
// "A to make official visit to B", "A will visit B". A release headed so
// is a preview, whose subject is the visit it announces (annotators record
// it, and its dated programme, as the visit's contacts). Not "A invites B
// to visit C": an invitation names no visit decided.
func (d *doc) previewHeadline() bool {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if !t.word {
			continue
		}
		if d.lx.is(&t, fInvite) {
			return false
		}
		n := 0
		switch {
		case i+1 < len(d.toks) && d.lx.titleFuture[t.fold+" "+d.toks[i+1].fold]:
			n = 2
		case d.lx.titleFuture[t.fold]:
			n = 1
		}
		if n == 0 {
			continue
		}
		// The visit word within the cue's phrase ("to pay official visits
		// to"), the cue after the subject (a capitalised word, not a verb).
		if i == 0 || !d.toks[i-1].cap && !d.toks[i-1].num {
			return false
		}
		for k := i + n - 1; k < len(d.toks) && k <= i+n+3; k++ {
			if d.lx.is(&d.toks[k], fTripWords) || d.lx.is(&d.toks[k], fPreviewTravel) {
				return true
			}
		}
		return false
	}
	return d.possessiveTravel()
}

// possessiveTravel reports whether the headline announces its subject's
// journey as a noun: "Secretary A's Travel to C and D".
func (d *doc) possessiveTravel() bool {
	for i := 1; i+1 < len(d.toks); i++ {
		if d.lx.is(&d.toks[i], fPreviewTravel) && d.toks[i].cap && possessive(d.toks[i-1]) && d.toks[i+1].fold == "to" {
			return true
		}
	}
	return false
}

// previewVisit makes held the visit a preview announces: the body's first
// visit ahead, dated, of a visitor the headline names or of the body's
// first sentences ("Prime Minister A will begin a two-day working visit to
// B on Monday"). Its programme then follows (programme).
func (d *doc) previewVisit(title *doc, held, invites []eng) ([]eng, []eng, bool) {
	if title == nil {
		return held, invites, false
	}
	// A noun headline ("Visit of A to C") announces the visit only when
	// the body opens with it ahead (visitNounHeadline).
	last := 2
	if !title.previewHeadline() {
		if !title.visitNounHeadline() {
			return held, invites, false
		}
		last = 0
	}
	undatedVisitByPurpose(invites, last)
	lead := func(e eng) bool {
		return e.typ == accord.Visit && e.date != "" && len(e.persons) > 0 && e.sent <= last && (last > 0 || d.visitOpensBy(e.sent) || d.visitAheadBy(e.sent))
	}
	k := slices.IndexFunc(invites, lead)
	if k >= 0 {
		e := invites[k]
		invites = slices.Delete(invites, k, k+1)
		if !slices.ContainsFunc(held, func(h eng) bool { return h.typ == accord.Visit && overlap(h.persons, e.persons) }) {
			e.status = accord.StatusHeld
			held = append(held, e)
		}
		// "A to pay official visits to B, C and D": each stop of the tour
		// it announces.
		for k := 0; k < len(invites); k++ {
			if s := invites[k]; s.stop && s.sent == e.sent && overlap(s.persons, e.persons) {
				s.status = accord.StatusHeld
				held = append(held, s)
				invites = slices.Delete(invites, k, k+1)
				k--
			}
		}
	} else if !slices.ContainsFunc(held, lead) {
		// ("A begins a visit to B today": the visit read held already.)
		return held, invites, false
	}
	d.previewDates(held)
	return held, invites, true
}

// previewDates dates by the announced visit the contacts of a preview
// that the text dated only by publication in a sentence of the future
// ("A will be accorded a welcoming ceremony, followed by a bilateral
// meeting with B"): nothing of the visit has happened on the day of the
// preview. The visit's one day ("on Monday (Dec 16)") dates them, else its
// month.
func (d *doc) previewDates(held []eng) {
	v := lastOfClass(held, accord.Visit)
	if v < 0 {
		return
	}
	// (The visit dated by publication: the month its sentence tells ahead.)
	if held[v].datePub {
		if m := d.aheadMonth(held[v].sent); m != "" {
			held[v].date, held[v].datePub = m, false
		}
	}
	date := held[v].date
	from, to := d.sentToks(held[v].sent)
	var days []dateExpr
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		// ("on Monday (Dec 16)": one day told twice.)
		if de.prec == precDay && !slices.ContainsFunc(days, func(o dateExpr) bool { return o.format() == de.format() }) {
			days = append(days, de)
		}
	}
	if len(days) == 1 && !days[0].rng && len(date) >= 7 && days[0].format()[:7] == date[:7] {
		date = days[0].format()
	}
	for k := range held {
		e := &held[k]
		// (Not a press briefing, which announces the visit on its own day.)
		if k == v || !e.datePub || !sameDayType(e.typ) && e.typ != accord.Signing || !d.futureSentence(e.sent) {
			continue
		}
		e.date, e.datePub = date, false
	}
}

// futureSentence tells whether sentence s holds an auxiliary of the future
// ("will", "shall").
func (d *doc) futureSentence(s int) bool {
	from, to := d.sentToks(s)
	return slices.ContainsFunc(d.toks[from:to], func(t token) bool { return d.lx.futureAuxiliaries[t.fold] })
}
