package extract

import (
	"github.com/accordhq/accord/extract/office"
)

// honorificHolder returns the holder a person named by "Mr", "Ms" or
// another honorific and a family name alone stands for ("Mr Blair and I
// had a lengthy discussion", as leaders speak of a foreign counterpart in
// transcripts and remarks): the one head of state, head of government or
// foreign minister of that family name on the text's day, when the text
// names that holder's country or its capital. Without the honorific a
// bare family name is anyone's; with a spouse's ("Mrs A") it may be the
// leader's wife.
func (d *doc) honorificHolder(pi int) (office.Holder, bool) {
	p := d.persons[pi]
	if len(p.core) != 1 || len(p.titles) > 0 || p.country != "" || p.kin || p.honoured || d.pub.IsZero() {
		return office.Holder{}, false
	}
	honorific := false
	for _, m := range d.mentions {
		if m.person != pi {
			continue
		}
		if m.title >= 0 || m.i >= m.ni || d.lx.spouseHonorifics[d.toks[m.i].fold] {
			return office.Holder{}, false
		}
		if d.honorificAt(m.i) {
			honorific = true
		}
	}
	// Another person of that family name in the text: the name is
	// theirs, not the table's.
	for pj, q := range d.persons {
		if pj != pi && len(q.core) > 0 && q.core[len(q.core)-1] == p.core[0] {
			return office.Holder{}, false
		}
	}
	if !honorific {
		return office.Holder{}, false
	}
	found, ok := d.leaderOfFamilyName(p.core[0], false)
	if !ok {
		return office.Holder{}, false
	}
	if p.level == "" {
		p.level = classLevel(found.Class)
	}
	return found, true
}
