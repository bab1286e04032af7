package extract

import "github.com/accordhq/accord/extract/knowledge"

// tally reports whether the contact phrase at tr is counted ("Since 2014,
// A and B have met several times", "have spoken twice this year"): a tally
// of past contacts, no one event to date. The count stands in the phrase's
// clause, within a few words after it ("have met with him on six
// occasions").
func (d *doc) tally(tr trigger, to int) bool {
	for k := tr.j; k < to && k < tr.j+8; k++ {
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

// possessorAfter returns the person "his" or "her" before the contact
// phrase tr stands for when the phrase opens a clause the main clause
// follows after a comma: "During his meeting with A, the president said"
// (the one person so titled), "In her talks with B, she stressed" (the
// subject of the sentence before). -1 if none.
func (d *doc) possessorAfter(tr trigger, to int) int {
	if tr.i == 0 {
		return -1
	}
	if f := d.toks[tr.i-1].fold; f != "his" && f != "her" {
		return -1
	}
	for k := tr.j; k+1 < to && k < tr.j+16; k++ {
		if d.toks[k].text != "," {
			continue
		}
		switch d.toks[k+1].fold {
		case "the":
			return d.officeOnlySubject(k + 1)
		case "he", "she":
			return d.pronounSubjectN(k+1, 3)
		}
		return -1
	}
	return -1
}
