package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// visitingGuest reports whether person p is named in sentence s as
// "visiting" ("President A met with visiting US Secretary of State B",
// "met the visiting minister B"): the participle before the guest's title
// or name says the guest came to the other side's country.
func (d *doc) visitingGuest(p, s int) bool {
	for _, m := range d.mentions {
		if m.person != p || m.sent != s {
			continue
		}
		k := m.i - 1
		if k >= 0 && d.toks[k].sent == s && d.toks[k].fold == "visiting" {
			return true
		}
	}
	return false
}

// visitedHost reports whether held tells guest g's visit to host h's
// country c: a visit of g's to h, or to a place in c.
func (d *doc) visitedHost(held []eng, g, h int, c string) bool {
	for _, v := range held {
		// (The visitor is the visit's first person; its host, if named, after.)
		if v.typ != accord.Visit || len(v.persons) == 0 || v.persons[0] != g {
			continue
		}
		if slices.Contains(v.persons, h) || v.place.Country == c {
			return true
		}
	}
	return false
}

// describedGuest returns the guest of a reception phrase at tr told right
// after it by demonym and description ("hosted a reception for the Russian
// top diplomat", "received the Chinese guest"): the one person of that
// country named in the text up to the sentence's end (to); -1 if none.
func (d *doc) describedGuest(tr trigger, end, to int) int {
	k := tr.j
	if k < end && d.toks[k].fold == "for" {
		k++
	}
	return d.describedPerson(k, end, 0, to)
}
