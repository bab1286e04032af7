package extract

import "strings"

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
