package extract

import "github.com/accordhq/accord/extract/target"

// maxLabelWords bounds a speaker label: "PRIME MINISTER ALBANESE:",
// "SECRETARY OF STATE ANTONY BLINKEN:", "Vladimir Putin:".
const maxLabelWords = 7

// speakerTurns returns the turns of a transcript: from each speaker label
// ("PRESIDENT A:", "Name:", "Q:") to the next, with the country the speaker
// acts for. In a turn, "we" and "I" are the speaker's side, not the
// publishing government's: a guest's "we have committed £11 billion" at the
// host's press conference is the guest's country's. A label that names no
// person is the host's office when it is only a title ("THE PRIME
// MINISTER:" on that government's own site), else a speaker of no country
// (a journalist, a moderator). A text with fewer than two labels has no
// turns.
func (d *doc) speakerTurns(h home) []target.Turn {
	var turns []target.Turn
	for s := range d.sents {
		from, to := d.sentToks(s)
		if from >= to {
			continue
		}
		k := d.labelEnd(from, to)
		if k < 0 {
			continue // no label, or a time or ratio: "5:05"
		}
		turn := target.Turn{Start: d.toks[from].start}
		person := false
		for _, m := range d.mentions {
			if m.sent == s && m.i >= from && m.j <= k && m.person >= 0 {
				turn.Country, person = d.persons[m.person].country, true
				break
			}
		}
		if !person && h.government && d.onlyTitle(from, k) {
			turn.Country = h.country
		}
		turns = append(turns, turn)
	}
	if len(turns) < 2 {
		return nil
	}
	return turns
}

// onlyTitle reports whether toks[from:to] is one title and nothing else, an
// article aside: "THE PRIME MINISTER", "President".
func (d *doc) onlyTitle(from, to int) bool {
	if from < to && d.toks[from].fold == "the" {
		from++
	}
	for _, sp := range d.spans {
		if sp.kind == kTitle && sp.i == from && sp.j == to {
			return true
		}
	}
	return false
}
