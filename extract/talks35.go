package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// formatRound reports whether talks phrase tr, told again of a meeting h
// of its sentence, names the standing bilateral format h is a round of:
// "met in Lima for the Norway-Chile Strategic Dialogue", "co-chaired the
// fifth meeting of the Joint Commission", "held their first Joint
// Commission meeting". Ministries and agencies tell a dialogue's,
// commission's or consultations' round so, and the references code it as
// talks of the co-chairs; the format's name (format_round_heads) is what
// was held, the verb only says the two sides met for it.
func (d *doc) formatRound(h eng, tr trigger) bool {
	if tr.typ != accord.Talks || h.typ != accord.Meeting || h.sent != tr.sent || h.status != accord.StatusHeld {
		return false
	}
	// A bilateral format's round (a 2+2 has four ministers of two
	// countries); a trilateral dialogue's ministers' meeting is left as
	// read, which the references do not settle.
	if len(h.persons) > 0 && d.countryCount(h.persons) > 2 || len(h.codes) > 2 {
		return false
	}
	words := strings.Fields(tr.form)
	if len(words) < 2 || !d.lx.formatRoundHeads[words[len(words)-1]] {
		return false
	}
	// "met … as part of our ongoing bilateral consultations", "to
	// continue the close bilateral consultations": the standing exchange
	// the meeting belongs to, not a round of a format named.
	for k := tr.i - 1; k >= 0 && k >= tr.i-5 && d.toks[k].sent == tr.sent; k-- {
		if d.lx.formatProcessCues[d.toks[k].fold] {
			return false
		}
	}
	return true
}

// formatMeeting reports whether meeting phrase tr is a round of a standing
// bilateral format named right before or after it: "held their first
// Joint Commission meeting", "co-chaired the fifth meeting of the Joint
// Commission". Its round is talks, as formatRound types "met for the
// Strategic Dialogue".
func (d *doc) formatMeeting(tr trigger) bool {
	if tr.typ != accord.Meeting || tr.i == 0 || tr.form != "meeting" {
		return false
	}
	prev := d.toks[tr.i-1]
	if prev.sent == tr.sent && d.lx.formatRoundHeads[prev.fold] {
		return true
	}
	// "the fifth meeting of the Joint Commission on Bilateral
	// Cooperation": the format named after the meeting.
	j := tr.j
	if j+2 >= len(d.toks) || d.toks[j].fold != "of" || d.toks[j+1].fold != "the" {
		return false
	}
	for k := j + 2; k < len(d.toks) && k < j+10 && d.toks[k].sent == tr.sent; k++ {
		t := d.toks[k]
		if !(t.cap && t.word || t.text == "-" || t.text == "–") {
			return false
		}
		if d.lx.formatRoundHeads[t.fold] {
			return !d.formatNamed(k, k+1)
		}
	}
	return false
}

// foundedNamed reports whether the talks phrase at toks[i] names a format
// set up, not a round of it held: "A and B established the Strategic
// Dialogue at the White House", "the two countries established a joint
// commission". The founding verb (format_founding_verbs) comes right
// before the article of the name.
func (d *doc) foundedNamed(i int) bool {
	sent := d.toks[i].sent
	founded := false
	for k := i - 1; k >= 1 && k >= i-8 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if t.fold == "the" || t.fold == "a" || t.fold == "an" {
			return d.toks[k-1].sent == sent && d.lx.formatFounding[d.toks[k-1].fold] || founded
		}
		// "through a newly-established high-level dialogue", "the recently
		// created Joint Commission": a founding participle inside the name's
		// words founds it as the verb before the article does.
		if d.lx.formatFounding[lastWord(t.fold)] {
			founded = true
		}
		// Any word may stand between the verb's article and the head: "launching
		// a new high-level dialogue", "establishing an Advanced Technology and
		// Security Dialogue"; punctuation ends the name.
		if !(t.word || t.fold == "'" || t.fold == "'s" || t.text == "-" || t.text == "–") {
			return false
		}
	}
	return false
}

// roundChairs gives a round of a standing format, told between the two
// countries ("The United States and Kenya held the inaugural Strategic
// Dialogue"), the sides the text names as its co-chairs or the heads of
// its delegations in that sentence or the next four ("A and B co-chaired
// the two-day discussions", "A led the Pakistani delegation whilst the
// Chinese side was led by B"), in place of the countries or of the persons
// guessed from the lead: the leaders who set the dialogue up are not its
// co-chairs. The
// references code a dialogue's round by its co-chairs.
func (d *doc) roundChairs(held []eng) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Talks || e.status != accord.StatusHeld || !d.namesFormatRound(e.sent) {
			continue
		}
		var ca, cb string
		switch {
		case e.guessed && len(e.persons) == 2:
			ca, cb = d.persons[e.persons[0]].country, d.persons[e.persons[1]].country
		case len(e.persons) == 0 && len(e.codes) == 2:
			ca, cb = e.codes[0], e.codes[1]
		}
		if ca == "" || cb == "" || ca == cb {
			continue
		}
		last := e.sent + 4
		if len(d.toks) > 0 && last > d.toks[len(d.toks)-1].sent {
			last = d.toks[len(d.toks)-1].sent
		}
		for s := e.sent; s <= last; s++ {
			if !d.tellsRoundLeads(s) {
				continue
			}
			if pair := d.chairPair(s, ca, cb); pair != nil {
				e.persons, e.codes, e.guessed = pair, nil, false
				break
			}
		}
	}
}

// namesFormatRound reports whether sentence s names a standing format by
// its capitalised head ("Strategic Dialogue", "Foreign Office
// Consultations") or by a talks phrase that ends in one ("political
// consultations", "joint commission").
func (d *doc) namesFormatRound(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		t := d.toks[k]
		if !d.lx.formatRoundHeads[t.fold] || d.formatNamed(k, k+1) {
			continue
		}
		if t.cap || k > from && d.lx.formatRoundPairs[d.toks[k-1].fold+" "+t.fold] {
			return true
		}
	}
	return false
}

// tellsRoundLeads reports whether sentence s tells who chaired or led: a
// co-chair word or a lead word (round_lead_words).
func (d *doc) tellsRoundLeads(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		if d.lx.coChairWords[f] || d.lx.roundLeadWords[f] {
			return true
		}
	}
	return false
}

// chairPair returns the two persons sentence s names, the one of country
// a first, when it names just two and one of them is of a or b (the other
// not of that same country): "A and B co-chaired the discussions",
// "Foreign Secretary A led the delegation whilst the Chinese side was led
// by B", whose A the text gives no country or only a title's.
func (d *doc) chairPair(s int, a, b string) []int {
	var two []int
	for _, m := range d.mentions {
		// (A name may run over a sentence break the splitter read at a
		// middle initial: "Tibor P. Nagy".)
		in := m.sent == s || m.nj > 0 && m.nj <= len(d.toks) && d.toks[m.nj-1].sent == s
		if in && m.person >= 0 && !slices.Contains(two, m.person) {
			two = append(two, m.person)
		}
	}
	if len(two) != 2 {
		return nil
	}
	c0, c1 := d.persons[two[0]].country, d.persons[two[1]].country
	switch {
	case c0 == a && c1 != a || c1 == b && c0 != b:
		return two
	case c1 == a && c0 != a || c0 == b && c1 != b:
		return []int{two[1], two[0]}
	}
	return nil
}

// remoteRounds drops the talks of a format's round that the text also
// tells, within two sentences, as a video call of the same persons within
// two days ("The ninth
// political consultations … were held in the format of a videoconference.
// … discussed at political consultations with the participation of A and
// B"): one round, held at a distance, as the references code a virtual
// leaders' dialogue (a video call).
func (d *doc) remoteRounds(held []eng) []eng {
	return slices.DeleteFunc(held, func(t eng) bool {
		if t.typ != accord.Talks || t.status != accord.StatusHeld || len(t.persons) < 2 || !d.namesFormatRound(t.sent) {
			return false
		}
		return slices.ContainsFunc(held, func(v eng) bool {
			if v.typ != accord.VideoCall || v.status != accord.StatusHeld || len(v.persons) != len(t.persons) || !subset(v.persons, t.persons) {
				return false
			}
			// (Told near each other: a video call read from a later
			// paragraph is no account of how the round met.)
			if v.sent < t.sent-2 || v.sent > t.sent+2 {
				return false
			}
			if t.date == v.date {
				return true
			}
			if len(t.date) != 10 || len(v.date) != 10 {
				return false
			}
			g := dayGap(t.date, v.date)
			return g >= -2 && g <= 2
		})
	})
}

// lastWord returns the last space-separated word of a folded token
// ("newly established" → "established"; a hyphened word folds with spaces).
func lastWord(fold string) string {
	if i := strings.LastIndexByte(fold, ' '); i >= 0 {
		return fold[i+1:]
	}
	return fold
}
