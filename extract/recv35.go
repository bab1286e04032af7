package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// namedWithHost reports whether p, the one person of reception e whose
// country is not read, is joined by "and" to another of e's sides whose
// country is read ("King A and Crown Prince B received Emir C", "His
// Majesty King A and His Royal Highness Crown Prince B"): one who stands
// with that side, not the host of guests of as many countries as there
// are guests ("President-elect A received Ambassadors B, C and D").
func (d *doc) namedWithHost(e eng, p int) bool {
	for _, m := range d.mentions {
		if m.person != p || m.sent != e.sent {
			continue
		}
		k := m.i - 1
		for n := 0; n < 3 && k >= 0 && d.toks[k].cap && d.toks[k].sent == e.sent; n++ {
			k-- // "His Royal Highness"
		}
		if k < 1 || d.toks[k].fold != "and" {
			continue
		}
		for _, q := range d.mentions {
			if q.sent == e.sent && q.j == k && q.person >= 0 && q.person != p && d.persons[q.person].country != "" && slices.Contains(e.persons, q.person) {
				return true
			}
		}
	}
	return false
}

// leadersMeetingHeld reports whether h, a contact the body has told, is a
// meeting or talks of two leaders: a reception of the same two told after
// it ("Meeting between PM A and President B is underway … Earlier, B was
// accorded a warm reception on his arrival; A received the guest") is the
// welcome before their talks, not a courtesy call that retypes them.
func (d *doc) leadersMeetingHeld(h eng) bool {
	if h.fromTitle || len(h.persons) != 2 || h.typ != accord.Meeting && h.typ != accord.Talks {
		return false
	}
	return d.leader(h.persons[0]) && d.leader(h.persons[1])
}

// toldCounterparts reports whether the sentence of e, a contact of two,
// calls one side the other's counterpart ("the meeting held with his
// Mexican counterpart, B"): holders of one office, so no courtesy call of a
// lower rank on a leader, though B's title elsewhere reads as a leader's
// ("Chancellor", a foreign minister's title in Spanish America).
func (d *doc) toldCounterparts(e eng) bool {
	if len(e.persons) != 2 {
		return false
	}
	for _, m := range d.mentions {
		if m.sent == e.sent && m.counterpart && slices.Contains(e.persons, m.person) {
			return true
		}
	}
	return false
}

// ceremonyOnly reports whether h, a reception held as an occasion, is a
// welcome ceremony and no meal: its sentence names no meal ("was accorded
// a ceremonial reception at the forecourt … This was followed by bilateral
// talks between A and B"). The two leaders' talks the body tells next are
// the contact the references code; a banquet beside talks is a reception
// of its own.
func (d *doc) ceremonyOnly(h eng) bool {
	if !h.occasion || h.sent < 0 || h.sent >= len(d.sents) {
		return false
	}
	from, to := d.sentToks(h.sent)
	for k := from; k < to; k++ {
		if d.lx.mealWords[d.toks[k].fold] {
			return false
		}
	}
	return true
}

// sequelAt reports whether toks[k:] read "followed by"/"preceded by" (after
// a retelling opener): "This was followed by bilateral talks between A and
// B" tells the next contact of the day, not the one before again.
func (d *doc) sequelAt(k int) bool {
	return k+1 < len(d.toks) && d.lx.sequelVerbs[d.toks[k].fold] && d.toks[k+1].fold == "by"
}

// visitingTo reports whether held tells a visit of p's to country c: a
// head of state's meeting with c's officials during it is no reception he
// gives at home, wherever the dateline puts the report ("MANILA -- In the
// three-day state visit, President A had a productive meeting with … and
// Speaker B").
func (d *doc) visitingTo(held []eng, p int, c string) bool {
	for _, v := range held {
		if v.typ == accord.Visit && len(v.persons) > 0 && v.persons[0] == p && v.place.Country == c {
			return true
		}
	}
	return false
}
