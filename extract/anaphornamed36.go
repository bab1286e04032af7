package extract

import (
	"github.com/accordhq/accord"
)

// anaphorNamed is anaphorDates for a definite mention that names its side:
// "A held meetings with B and C on the margins of the Assembly. The talks
// with President B on Monday were warm" dates B's contact, one of the
// several the plural lead made. Before, the mention was read as a new
// contact (newWithPossessed: someone not in the last contact, C's), which
// consolidation then merged with the lead into one contact of all three.
// It returns the latest earlier contact of the mention's class, dated by
// publication, whose sides include every person the mention names, when
// the last contact of the class lacks one of them (when it has them all,
// anaphorDates dates it); -1 when none.
func (d *doc) anaphorNamed(held []eng, tr trigger, date *dateExpr, from, to int) int {
	if date == nil || date.prec != precDay || tr.typ == accord.Visit || date.tok < tr.j || !d.recent(date.format()) {
		return -1
	}
	last := lastOfClass(held, tr.typ)
	if last < 0 {
		return -1
	}
	ps, _ := d.participants(tr, from, to, false)
	if len(ps) == 0 {
		return -1
	}
	if subset(ps, held[last].persons) {
		return -1 // the last contact is the one named: anaphorDates' case
	}
	for k := last - 1; k >= 0; k-- {
		h := held[k]
		if class(h.typ) != class(held[last].typ) || h.sent >= tr.sent || !subset(ps, h.persons) {
			continue
		}
		if !h.datePub {
			return -1
		}
		return k
	}
	return -1
}
