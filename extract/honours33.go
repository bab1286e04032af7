package extract

import (
	"strings"

	accord "github.com/accordhq/accord"
)

// foldPhrases splits each phrase into the folded words a token run is
// compared with.
func foldPhrases(phrases []string) [][]string {
	out := make([][]string, 0, len(phrases))
	for _, p := range phrases {
		var ws []string
		for _, w := range strings.Fields(p) {
			ws = append(ws, foldToken(w))
		}
		if len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// welcomedWithHonours returns the end of "A welcomed B … with full military
// honours" (or "after welcoming B with a guard of honour") begun at the
// verb toks[i]: the ceremony with which a host greets a visiting leader is a
// reception of its own, beside the talks that may follow it ("after
// welcoming B with military honors, A held talks with B"); 0 if none.
func (d *doc) welcomedWithHonours(i int) int {
	switch d.toks[i].fold {
	case "welcomed", "welcomes", "welcoming":
	default:
		return 0
	}
	// The honours may come after the guest's full style and the time
	// ("welcomed President B of the Republic of C and his wife on the
	// afternoon of May 20 with full military honors"): further than the
	// other welcome phrases look, but only with a person named between.
	sent := d.toks[i].sent
	k := -1
	for r := i + 1; r < len(d.toks) && r <= i+30 && d.toks[r].sent == sent; r++ {
		if d.toks[r].fold == "with" {
			k = r
			break
		}
	}
	if k < 0 || !d.mentionWithin(sent, i+1, k) {
		return 0
	}
	r := k + 1
	for r < len(d.toks) && r <= k+4 && d.toks[r].sent == sent {
		if j := d.honoursAt(r); j > 0 {
			return j
		}
		if tk := &d.toks[r]; !tk.num && !d.lx.honoursAdjectives[tk.fold] {
			return 0
		}
		r++
	}
	return 0
}

// honoursAt returns the end of the honours phrase ("military honors",
// "guard of honour") that begins at toks[r] of its sentence, or 0.
func (d *doc) honoursAt(r int) int {
	sent := d.toks[r].sent
	for _, ws := range d.lx.welcomeHonours {
		n := 0
		for n < len(ws) && r+n < len(d.toks) && d.toks[r+n].sent == sent && d.toks[r+n].fold == ws[n] {
			n++
		}
		if n == len(ws) {
			return r + n
		}
	}
	return 0
}

// welcomeHonoursNamed reports whether the text (a headline) tells of a
// guest welcomed with honours: "President A welcomes President B with
// military honors" names the welcome ceremony, a reception, not a meeting.
func (d *doc) welcomeHonoursNamed() bool {
	for i := range d.toks {
		if d.lx.is(&d.toks[i], fWelcome) && d.welcomedWithHonours(i) > 0 {
			return true
		}
	}
	return false
}

// leaderWelcomedWithHonours reports whether the welcome with honours at
// the verb toks[i] (ending at toks[j]) is a head of state's or
// government's: such a ceremony opens a state or official visit, so the
// guest's visit to the host is told too.
func (d *doc) leaderWelcomedWithHonours(i, j int) bool {
	sent := d.toks[i].sent
	for _, m := range d.mentions {
		if m.sent == sent && m.person >= 0 && m.i > i && m.i < j {
			return d.leader(m.person)
		}
	}
	return false
}

// honoursVisit orders the visit of a guest welcomed with honours as guest,
// host, and places it in the host's country when the text gives no place;
// false when the sides are not one guest inside the welcome phrase and one
// host of another country outside it.
func (d *doc) honoursVisit(e *eng, tr trigger) bool {
	if len(e.persons) != 2 || len(e.codes) != 0 {
		return false
	}
	g, h := e.persons[0], e.persons[1]
	if !d.personWithin(g, tr.sent, tr.i, tr.j) {
		g, h = h, g
	}
	if !d.personWithin(g, tr.sent, tr.i, tr.j) || d.personWithin(h, tr.sent, tr.i, tr.j) {
		return false
	}
	hc := d.persons[h].country
	if hc == "" || hc == d.persons[g].country {
		return false
	}
	e.persons = []int{g, h}
	if e.place.Country == "" {
		e.place = accord.PlaceRef{Name: d.lx.countryName(hc), Country: hc}
	}
	return true
}

// ceremonyWithHonours returns the end of "a welcome ceremony with military
// honors for President B" begun at toks[i] ("welcome"), taking in the
// guest named after "for": the same ceremony as a welcome with honours,
// told as a noun ("following a welcome ceremony with military honors for
// B, A held talks with B"); 0 if none. A bare "welcome ceremony" is left
// to the phrases that name its host.
func (d *doc) ceremonyWithHonours(i int) int {
	if f := d.toks[i].fold; f != "welcome" && f != "welcoming" || i+3 >= len(d.toks) || d.toks[i+1].fold != "ceremony" || d.toks[i+2].fold != "with" {
		return 0
	}
	sent := d.toks[i].sent
	j := 0
	for r := i + 3; r < len(d.toks) && r <= i+7 && d.toks[r].sent == sent; r++ {
		if j = d.honoursAt(r); j > 0 {
			break
		}
		if tk := &d.toks[r]; !tk.num && !d.lx.honoursAdjectives[tk.fold] {
			return 0
		}
	}
	if j == 0 || j+1 >= len(d.toks) || d.toks[j].fold != "for" {
		return 0
	}
	for _, m := range d.mentions {
		if m.sent == sent && m.person >= 0 && m.i > j && m.i <= j+3 {
			return m.i + 1
		}
	}
	return 0
}
