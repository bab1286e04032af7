package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// maxBrieferLabelToks bounds the office that follows a briefer's name in
// a speaker label: ", Official Spokesperson:", " (Deputy Spokesperson of
// MFA):".
const maxBrieferLabelToks = 8

// labelBriefer reports whether person p is named, at the opening of a
// sentence, in a speaker label that gives a reporter's office after the
// name ("Mr. A B (Official Spokesperson):", "Shri A B, Official
// Spokesperson:"), as ministries write their briefings' transcripts. The
// briefer reports contacts of others and is no side of them, nor of the
// briefing (the labels carry no title the office table reads).
func (d *doc) labelBriefer(p int) bool {
	if !d.brieferDone {
		d.brieferDone = true
		for _, m := range d.mentions {
			if m.person >= 0 && d.brieferLabelAt(m) {
				if d.briefers == nil {
					d.briefers = map[int]bool{}
				}
				d.briefers[m.person] = true
			}
		}
	}
	return d.briefers[p]
}

// brieferLabelAt reports whether mention m opens its sentence (an
// honorific before it allowed) and is followed by a comma or an opening
// bracket, capitalised words holding a reporter's office, and the label's
// colon.
func (d *doc) brieferLabelAt(m *pmention) bool {
	from, to := d.sentToks(m.sent)
	if m.i < from || m.i > from+2 || m.j >= to {
		return false
	}
	k := m.j
	if t := d.toks[k].text; t != "," && t != "(" {
		return false
	}
	k++
	office := false
	for end := k; end < to && end < m.j+maxBrieferLabelToks; end++ {
		t := d.toks[end]
		if t.text == ":" || t.text == ")" && end+1 < to && d.toks[end+1].text == ":" {
			return office && end > k
		}
		if !t.word || !(t.cap || t.upper || d.lx.is(&t, fOfficeJoins)) {
			return false
		}
		// A reporter's office of one or two words ends here: "Official
		// Spokesperson", "Deputy Press Secretary".
		for w := 1; w <= 3 && end+1-w >= k; w++ {
			if d.lx.reporterOffices.holdsFold(d.text[d.toks[end+1-w].start:t.end]) {
				office = true
			}
		}
	}
	return false
}

// brieferOnly reports whether contact e's reporter is one who briefs on
// it rather than a counterpart: a briefing's labelled speaker, or any
// spokesperson or press secretary as a side of a press conference or a
// visit ("A's visit …, spokesperson B said at a press briefing"): a
// spokesperson hosts no visit, and a press conference of a spokesperson
// and a leader is the spokesperson's briefing about the leader. (A
// spokesperson who meets an envoy stays the envoy's counterpart.)
func (d *doc) brieferOnly(e eng) bool {
	if slices.ContainsFunc(e.persons, d.labelBriefer) {
		return true
	}
	return (e.typ == accord.PressConference || e.typ == accord.Visit) && slices.ContainsFunc(e.persons, d.reporter)
}

// pressReporter reports whether p is a spokesperson or press secretary
// whom only a press conference joins to the visitor: who speaks of a
// visit at a briefing does not host it.
func (d *doc) pressReporter(e eng, p int) bool {
	return e.typ == accord.PressConference && d.reporter(p)
}

// pluralCounterparts gives contact e, of two or more persons of one
// country all named before the contact in its sentence, the country of
// "their British counterparts" right after its "with" as the other side:
// ministers of one government meeting the holders of their offices in
// another ("the Foreign and Defence Ministers met with their British
// counterparts") hold one contact with that country, not one among
// themselves.
func (d *doc) pluralCounterparts(e *eng, tr trigger, from, to int) {
	if len(e.persons) < 2 || len(e.codes) > 0 {
		return
	}
	c0 := d.persons[e.persons[0]].country
	if c0 == "" {
		return
	}
	for _, p := range e.persons {
		if d.persons[p].country != c0 || !d.personWithin(p, tr.sent, from, tr.i) {
			return
		}
	}
	if c := d.unnamedCounterpart(tr, to); c != "" && c != c0 {
		e.codes = []string{c}
	}
}
