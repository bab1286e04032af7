package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// namesSummit reports whether sentence s calls its occasion a summit: the
// word "summit" there, not as the venue of a contact ("on the sidelines of
// the summit", "the margins of"). A headline's summit makes a body meeting
// of three countries its summit only then: "hosted A, B and C for the
// first-ever Leaders' Summit" is the summit, while "A met with B and C"
// under "G7 summit wraps up" is a meeting at it.
func (d *doc) namesSummit(s int) bool {
	if s < 0 {
		return false
	}
	from, to := d.sentToks(s)
	named := false
	for k := from; k < to; k++ {
		switch {
		case d.toks[k].fold == "summit" && d.toks[k].word:
			named = true
		case d.lx.is(&d.toks[k], fSideline) && k > from && d.toks[k-1].fold == "the" && k+1 < to && d.toks[k+1].fold == "of":
			return false
		}
	}
	return named
}

// unionMeetingSummits retypes as a summit the talks of a union of states
// (union_sides) with exactly one partner when the text calls the occasion a
// summit with the bare word: "met Xi in Beijing, kicking off a tense
// summit", "held a joint press conference after the summit", headline
// "A and the EU hold bilateral summit". A union's leaders meet a partner's
// as a summit; what the text calls one is that. Not when the talks'
// sentence sets them at another gathering ("on the sidelines of", "a
// two-day NATO summit"), nor when the only summit words name one ("the
// G20 summit", read by namedSummits) or place it ahead or before ("ahead of
// the summit", "the last Summit in July"), nor when a summit of the same
// sides is already read.
func (d *doc) unionMeetingSummits(held []eng, title *doc) {
	calls := -1 // whether the text calls an occasion a summit, read once if asked
	for k, e := range held {
		if e.status != accord.StatusHeld || class(e.typ) != "talks" {
			continue
		}
		sides := d.countriesOf(e)
		if len(sides) != 2 || !d.unionSide(sides) {
			continue
		}
		if !e.fromTitle && d.atOtherGathering(e.sent) {
			continue
		}
		if slices.ContainsFunc(held, func(o eng) bool {
			return o.typ == accord.Summit && sameSides(d.countriesOf(o), sides)
		}) {
			continue
		}
		if calls < 0 {
			calls = 0
			if d.callsSummit() || title != nil && title.callsSummit() {
				calls = 1
			}
		}
		if calls == 0 {
			return
		}
		held[k].typ = accord.Summit
	}
}

// callsSummit reports whether the text calls an occasion a summit with the
// bare word, held and not ahead or before it: "after the summit", "a tense
// summit", "The Summit is the first of its kind", "hold bilateral summit".
func (d *doc) callsSummit() bool {
	for k, t := range d.toks {
		if t.fold != "summit" || !t.word || !d.bareSummit(k) {
			continue
		}
		from, to := d.sentToks(t.sent)
		if d.summitAhead(k, from, k, to) {
			continue
		}
		if k > from && d.lx.summitPastCues[d.toks[k-1].fold] || k-1 > from && d.lx.summitPastCues[d.toks[k-2].fold] {
			continue
		}
		return true
	}
	return false
}

// bareSummit reports whether the summit word at toks[k] stands without a
// name: after a determiner, a lower-case word ("tense", "bilateral"), a
// headline's bare word ("Bilateral"), or first in its sentence.
func (d *doc) bareSummit(k int) bool {
	from, _ := d.sentToks(d.toks[k].sent)
	if k == from {
		return true
	}
	p := d.toks[k-1]
	switch {
	case !p.word:
		return false // "G20's summit", brackets, dashes
	case d.lx.bareSummitWords[p.fold] && !p.upper || d.lx.seriesSummit[p.fold]:
		return true
	}
	return !p.cap && !p.upper && !p.num
}

// atOtherGathering reports whether sentence s sets its contact at another
// gathering: "on the sidelines of", "the margins of", or a summit it names
// ("a two-day NATO summit in Lithuania").
func (d *doc) atOtherGathering(s int) bool {
	if s < 0 {
		return false
	}
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		switch {
		case d.toks[k].fold == "summit" && d.toks[k].word && !d.bareSummit(k):
			return true
		case d.lx.is(&d.toks[k], fSideline) && k > from && d.toks[k-1].fold == "the" && k+1 < to && d.toks[k+1].fold == "of":
			return true
		}
	}
	return false
}

// heldOwnSummit reports whether the bare summit word of tr is held by the
// sentence's subject with someone, a possessive or article and an ordinal
// between: "held his first summit with A", "held their second summit
// with". As explicit as "held a summit with" (the two leaders' summit is
// then typed as "held a summit with" is).
func (d *doc) heldOwnSummit(tr trigger, from int) bool {
	if tr.j >= len(d.toks) || d.toks[tr.j].sent != tr.sent || d.toks[tr.j].fold != "with" {
		return false
	}
	for k := tr.i - 1; k >= from && k >= tr.i-4; k-- {
		t := d.toks[k]
		switch {
		case d.lx.summitHoldVerbs[t.fold] && t.text == t.fold:
			return k < tr.i-1
		case ordinalWord[t.fold] || ordinalNumber(t.fold) || onOccasion[t.fold] || t.fold == "the" || t.fold == "its":
		default:
			return false
		}
	}
	return false
}

// withGroup reports whether a holder name of a group of countries (ws,
// "G7") stands at toks[k] as a contact's party: after "with the", the
// name's last word closing its phrase ("joined a call with the G7 to
// discuss"), not a gathering's name ("with the G7 Summit", "with the G7
// presidency").
func (d *doc) withGroup(k int, ws []string, to int) bool {
	if d.toks[k-1].fold != "the" || d.toks[k-2].fold != "with" {
		return false
	}
	for n, w := range ws {
		if d.toks[k+n].fold != w {
			return false
		}
	}
	e := k + len(ws)
	return e >= to || !d.toks[e].word || d.lx.groupPartyEnds[d.toks[e].fold]
}

// officeListSides returns the countries a summit's sentence names after a
// plural of office holders and "of" or "from", no person named there:
// "The Summit was attended by the Prime Ministers of A, B, C, D and E",
// "Prime ministers of countries including A, B and C are participating in
// the summit", "leaders from A, B and C". Nil without such a noun.
func (d *doc) officeListSides(tr trigger) []string {
	from, to := d.sentToks(tr.sent)
	start := -1
	for k := from; k+1 < to; k++ {
		if d.lx.officeHolders[d.toks[k].fold] && (d.toks[k+1].fold == "of" || d.toks[k+1].fold == "from") {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return nil
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= from && m.i < to {
			return nil // "A and leaders of B and C": read with A
		}
	}
	var codes []string
	for _, o := range d.others {
		if o.kind == accord.Country && !o.demonym && o.i > start && o.i < to {
			codes = appendStr(codes, o.key)
		}
	}
	return codes
}

// summitAttendee is the document's lead person when another country's and
// named in a sentence that names a summit ("Prime Minister A attended the
// India-Nordic Summit"): the side the list of the others' leaders leaves
// out; or -1.
func (d *doc) summitAttendee(principals []int, codes []string) int {
	if len(principals) == 0 {
		return -1
	}
	p := principals[0]
	if c := d.persons[p].country; c == "" || slices.Contains(codes, c) {
		return -1
	}
	for _, m := range d.mentions {
		if m.person == p && m.i >= 0 && d.namesSummit(d.toks[m.i].sent) {
			return p
		}
	}
	return -1
}
