package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// ownPressSides returns the sides of press phrase tr when the sentence
// makes it one speaker's own: "A said at a press conference after his
// meeting with B", "A convened a press conference following his talks with
// B" (B is the other side of the contact before it, no co-speaker), "in a
// rare solo press conference, A …". The persons named only inside the
// link's "with" phrase are dropped; own is true when the link or marker is
// found. A joint press phrase, or one the sentence places with others
// ("A and B held a press conference after their talks"), is left as read.
func (d *doc) ownPressSides(tr trigger, from, to int, ps []int) (out []int, own bool) {
	if tr.typ != accord.PressConference || len(tr.form) >= 5 && tr.form[:5] == "joint" {
		return ps, false
	}
	for k := from; k < tr.i; k++ {
		switch d.toks[k].fold {
		case "joint", "jointly", "together", "co-chaired", "alongside":
			return ps, false
		}
	}
	// "a rare solo press conference": the marker within two words before.
	for k := tr.i - 1; k >= from && k >= tr.i-2; k-- {
		if d.lx.ownPressMarkers[d.toks[k].fold] {
			return ps, len(ps) <= 1
		}
	}
	link := d.ownPressLink(tr.j, to)
	if link < 0 {
		return ps, false
	}
	// The link's "with" phrase runs to the next comma or the sentence's
	// end: "after his meeting with B, A said …" names the speaker after it.
	end := to
	for k := link; k < to; k++ {
		if d.toks[k].text == "," {
			end = k
			break
		}
	}
	out = slices.DeleteFunc(slices.Clone(ps), func(p int) bool {
		return !d.personWithin(p, tr.sent, from, link) && !d.personWithin(p, tr.sent, end, to)
	})
	return out, len(out) <= 1
}

// ownPressLink returns the index of "after"/"following" (or "on", "about":
// the subject) in toks[j:to] that opens a contact with another held by the
// press phrase's speaker alone: "after his meeting with", "following talks
// with", "on the upcoming meeting with"; -1 if none ("after their talks"
// is both sides', left).
func (d *doc) ownPressLink(j, to int) int {
	for k := j; k+2 < to && k < j+14; k++ {
		if !d.lx.ownPressLinks[d.toks[k].fold] {
			continue
		}
		q := k + 1
		if q+1 < to && d.toks[q].fold == "the" && d.toks[q+1].cap {
			continue // "on the Korean Peninsula": no contact
		}
		switch d.toks[q].fold {
		case "his", "her", "the", "a":
			q++
		case "their", "our", "its":
			return -1
		}
		// "his inaugural face-to-face meeting", "extensive meetings": up
		// to three lower-case words before the contact noun.
		for n := 0; n < 3 && q < to && d.toks[q].word && !d.toks[q].cap && !d.lx.ownPressConts[d.toks[q].fold]; n++ {
			q++
		}
		if q+1 < to && d.lx.ownPressConts[d.toks[q].fold] && d.toks[q+1].fold == "with" {
			return k
		}
		if d.toks[k].fold == "after" || d.toks[k].fold == "following" {
			return -1
		}
	}
	return -1
}
