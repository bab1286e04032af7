package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// manySidedSummits retypes as a summit the meeting of three countries or
// more that the text calls a summit: "A, B and C met in Toluca for the
// annual Leaders' Summit", "a historic meeting … the first ever
// standalone summit between the leaders of our three countries". A
// gathering of more than two states is one engagement of all its parties,
// a summit (the references code trilaterals and the Quad so). Not when the
// meeting's sentence sets it at another gathering ("on the sidelines of
// the summit", "at the G20 summit"), nor when the only summit words place
// it ahead or before ("the next summit", "the last summit"), nor when a
// summit of the same sides is read already. Talks of countries alone are
// one only where their sentence names the summit.
func (d *doc) manySidedSummits(held []eng, title *doc) {
	calls := -1 // whether the text calls an occasion a summit, read once if asked
	for k, e := range held {
		if e.status != accord.StatusHeld || class(e.typ) != "talks" || e.fromTitle {
			continue
		}
		sides := d.countriesOf(e)
		if len(sides) < 3 {
			continue
		}
		if slices.ContainsFunc(held, func(o eng) bool {
			return o.typ == accord.Summit && sameSides(d.countriesOf(o), sides)
		}) {
			continue
		}
		if d.forHeldSummit(e.sent) {
			held[k].typ = accord.Summit
			continue
		}
		if d.atOtherGathering(e.sent) {
			continue
		}
		// Talks of countries with no person named are most often a
		// negotiation ("once accession talks have concluded"): a summit
		// only where their own sentence names it held ("held talks at a
		// summit of the four countries").
		if len(e.persons) == 0 && !d.heldSummitIn(e.sent) {
			continue
		}
		if calls < 0 {
			calls = 0
			if d.callsSummit() || title != nil && title.callsSummit() {
				calls = 1
			}
		}
		if calls == 1 {
			held[k].typ = accord.Summit
		}
	}
}

// forHeldSummit reports whether sentence s gives its contact's purpose as
// a summit held: "met in Toluca on February 19 for the annual Leaders'
// Summit" (not "on the sidelines of", not ahead or before it).
func (d *doc) forHeldSummit(s int) bool {
	if !d.heldSummitIn(s) {
		return false
	}
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.toks[k].fold != "summit" || !d.toks[k].word {
			continue
		}
		for i := k - 1; i > from && i >= k-7; i-- {
			if d.toks[i].fold == "the" && d.toks[i-1].fold == "for" {
				return true
			}
			if !d.toks[i].word && d.toks[i].text != "-" && d.toks[i].text != "'" && d.toks[i].text != "’" {
				break // another clause
			}
		}
	}
	return false
}
