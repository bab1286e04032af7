package extract

import "slices"

// heldInSentence reports whether contacts of e's kind held from e's
// sentence, two or more of them, already name every person of e: e then
// repeats them as one gathering. A visit the sentence names besides its
// talks is no repeat.
func (d *doc) heldInSentence(held []eng, e eng) bool {
	var persons []int
	n := 0
	for _, h := range held {
		if h.sent == e.sent && sameClass(h.typ, e.typ) {
			n++
			persons = append(persons, h.persons...)
		}
	}
	if n < 2 {
		return false
	}
	for _, p := range e.persons {
		if !slices.Contains(persons, p) {
			return false
		}
	}
	return true
}
