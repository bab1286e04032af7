package extract

import "github.com/accordhq/accord/extract/knowledge"

// tally reports whether the contact phrase at tr is counted ("Since 2014,
// A and B have met several times", "have spoken twice this year"): a tally
// of past contacts, no one event to date. The count stands in the phrase's
// clause, within a few words after it ("have met with him on six
// occasions"), past an object with its office ("have met in-person with
// the British Foreign Secretary on three occasions": twelve words).
func (d *doc) tally(tr trigger, to int) bool {
	for k := tr.j; k < to && k < tr.j+12; k++ {
		t := d.toks[k]
		switch t.text {
		case ",", ";", ":", ".", "(":
			return false
		}
		if d.lx.tallyAdverbs[t.fold] {
			return true
		}
		if d.lx.tallyNouns[t.fold] && k > tr.j {
			c := d.toks[k-1]
			if c.num || d.lx.groupQuantifiers[c.fold] || c.fold == "multiple" || knowledge.TargetUnits().Numbers[c.fold] > 1 {
				return true
			}
		}
	}
	return false
}
