package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// splitListed splits a call or a bilateral contact whose other side is a
// list of counterparts of different countries into one contact per
// counterpart, when the sentence tells them apart:
//
//   - "following telephone conversations with three of his counterparts –
//     A, B and C": a plural call noun, a call with each;
//   - "held bilateral talks with his Mauritian counterpart A and Bangladesh
//     Prime Minister B": a bilateral contact is of two sides, one each;
//   - "He spoke with A on Thursday, B on Friday and C on Monday": each
//     counterpart with a day of their own, a contact each on that day;
//   - "held a summit telephone talk with A and B" under the headline
//     "Japan-Australia Summit Telephone Talk and Japan-U.S. Summit Telephone
//     Talk": the headline names a contact with each counterpart's country.
//
// A list said to be together ("jointly", "trilateral", "on a conference
// call") stays one contact; so do counterparts of one country ("President
// A and Prime Minister B", who meet as one side).
func (d *doc) splitListed(held []eng, principals []int, title *doc) []eng {
	titlePairs, titleCalls := title.namedPairs(), title.severalCallsIn(0, 1<<30)
	var out []eng
	for _, e := range held {
		if split := d.listedApart(e, principals, titlePairs, titleCalls); len(split) >= 2 {
			out = append(out, split...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// listedApart returns the contacts of e one per counterpart (see
// splitListed), or nil.
func (d *doc) listedApart(e eng, principals []int, titlePairs [][]string, titleCalls bool) []eng {
	call := e.typ == accord.PhoneCall || e.typ == accord.VideoCall
	if !call && class(e.typ) != "talks" || e.fromTitle || len(e.persons) < 3 || e.sent < 0 || e.sent >= len(d.sents) {
		return nil
	}
	from, to := d.sentToks(e.sent)
	bilateral := false
	if d.oneCallIn(e.sent) {
		return nil
	}
	for k := from; k < to; k++ {
		bilateral = bilateral || d.toks[k].fold == "bilateral"
	}
	// "separate phone talks with", "telephone conversations with".
	plural := call && d.severalCallsIn(from, to)
	// The counterparts, in the order the sentence names them, and the one
	// who holds every contact: named before them, or the lead person where
	// a pronoun stands for them ("He spoke with A on Thursday, …").
	sent := e.sent
	order, first := d.namedIn(sent, e.persons, to)
	host := -1
	// "We have had bilateral meetings with A, B and C, as well as
	// discussions I've had with D": the speaker, read from the pronoun,
	// holds them, wherever the pronoun stands.
	if len(principals) > 0 && d.firstPersonOnly(sent, principals[0]) && d.pronounBefore(from, first) {
		order = slices.DeleteFunc(order, func(p int) bool { return p == principals[0] })
	}
	if len(principals) > 0 && !slices.Contains(order, principals[0]) && d.pronounBefore(from, first) {
		host = principals[0]
	} else if len(order) > 0 && slices.Contains(principals, order[0]) {
		host, order = order[0], order[1:]
	}
	// "A held phone calls with European leaders on Monday. She spoke with
	// B, C and D": the calls announced, their counterparts named next;
	// "A spoke with leaders of six countries. A held phone conversations
	// with B, C, …": named next, in the plural there. (Not a call of all
	// told there: "He held a trilateral call with B and C".)
	if host >= 0 && len(order) == 0 && sent+1 < len(d.sents) && (plural || call && d.severalCallsIn(d.sentToks(e.sent+1))) && !d.oneCallIn(e.sent+1) {
		plural = true
		sent = e.sent + 1
		order, _ = d.namedIn(sent, e.persons, len(d.toks))
		order = slices.DeleteFunc(order, func(p int) bool { return p == host })
	}
	if host < 0 || len(order) < 2 {
		return nil
	}
	// "called A, B and C", "called up A and B": one calls each.
	if call && !plural {
		_, at := d.namedIn(sent, order[:1], len(d.toks))
		plural = d.callVerbBefore(from, at)
	}
	// Counterparts of as many countries as there are counterparts, none the
	// host's.
	seen := map[string]bool{d.persons[host].country: true}
	for _, g := range order {
		c := d.persons[g].country
		if c == "" || seen[c] {
			return nil
		}
		seen[c] = true
	}
	days := d.ownDays(sent, order)
	if !plural && !bilateral && days == nil && !pairsEach(titlePairs, d.persons[host].country, seen) && !(call && d.listedCallsApart(sent, from, order, titleCalls)) {
		return nil
	}
	var out []eng
	for k, g := range order {
		c := e
		c.persons, c.codes, c.guessed = []int{host, g}, nil, false
		if days != nil {
			c.date, c.datePub = days[k], false
		}
		out = append(out, c)
	}
	return out
}

// oneCallIn reports whether sentence s says its contact is one of all:
// "together", "trilateral", "conference", "group".
func (d *doc) oneCallIn(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if f := d.toks[k].fold; d.lx.together[f] || f == "conference" || f == "group" {
			return true
		}
	}
	return false
}

// namedIn returns the persons of ps a sentence names, in its order, and
// where the first of them starts (to for none).
func (d *doc) namedIn(sent int, ps []int, to int) ([]int, int) {
	var order []int
	first := to
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == sent && slices.Contains(ps, m.person) && !slices.Contains(order, m.person) {
			order = append(order, m.person)
			first = min(first, m.i)
		}
	}
	return order, first
}

// pronounBefore reports whether a personal pronoun opens toks[from:to):
// the subject of the sentence is one named before it, or, opening it, the
// speaker's own ("We have had bilateral meetings with A, B and C" in the
// leader's remarks).
func (d *doc) pronounBefore(from, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].fold {
		case "he", "she":
			return true
		case "i", "we":
			if k == from {
				return true
			}
		}
	}
	return false
}

// ownDays returns each counterpart's day where the sentence gives every
// one of them a day of their own right after their name ("A on Thursday, B
// on Friday"), two days at least different; else nil.
func (d *doc) ownDays(sent int, order []int) []string {
	from, to := d.sentToks(sent)
	ds := d.statedDays(d.lx.dates(d.toks, from, to, d.pub))
	var days []string
	for _, g := range order {
		end := -1
		for _, m := range d.mentions {
			if m.person == g && m.sent == sent {
				end = m.j
				break
			}
		}
		day := ""
		for _, de := range ds {
			// "A on Thursday": the day within three words after the name.
			if end >= 0 && de.tok >= end && de.tok <= end+2 && de.prec == precDay {
				day = de.format()
				break
			}
		}
		if day == "" {
			return nil
		}
		days = append(days, day)
	}
	for _, x := range days[1:] {
		if x != days[0] {
			return days
		}
	}
	return nil
}

// pairsEach reports whether the headline's pairs name host with each of the
// counterparts' countries (seen, which holds host too).
func pairsEach(pairs [][]string, host string, seen map[string]bool) bool {
	if host == "" || len(pairs) < 2 {
		return false
	}
	for c := range seen {
		if c != host && !slices.ContainsFunc(pairs, func(p []string) bool {
			return slices.Contains(p, host) && slices.Contains(p, c)
		}) {
			return false
		}
	}
	return true
}

// namedPairs returns the country pairs a headline's contacts are named by
// ("Japan-Australia Summit Telephone Talk and Japan-U.S. Summit Telephone
// Talk"), nil for none or no headline.
func (d *doc) namedPairs() [][]string {
	if d == nil {
		return nil
	}
	var out [][]string
	for _, tr := range d.triggers() {
		if p := d.pairNamedAt(tr); len(p) == 2 && !slices.ContainsFunc(out, func(q []string) bool { return slices.Equal(p, q) }) {
			out = append(out, p)
		}
	}
	return out
}

// listedCallsApart reports whether a readout tells the calls of a sentence
// (toks from its start) with the counterparts order one by one where the
// sentence itself does not say so: a cue of several calls in the sentence
// before, when that one names none of them, or in the headline ("had five
// separate calls with European leaders. She spoke individually with A; B;
// and C"; "PM's calls with …"); a sentence that goes on from another
// contact ("Later he spoke with A, B and C"); or a later sentence that
// tells of the call with one of them alone ("In his conversation with A,
// …", "With B, he discussed …"). A group call says it is one ("together",
// "trilateral", "conference"; splitListed has checked the sentence).
func (d *doc) listedCallsApart(sent, from int, order []int, titleCalls bool) bool {
	if sent > 0 {
		pf, pt := d.sentToks(sent - 1)
		named := slices.ContainsFunc(d.mentions, func(m *pmention) bool {
			return m.sent == sent-1 && slices.Contains(order, m.person)
		})
		if !named && d.severalCallsIn(pf, pt) {
			return true
		}
	}
	if titleCalls || from < len(d.toks) && d.lx.sequenceOpeners[d.toks[from].fold] {
		return true
	}
	for _, m := range d.mentions {
		if m.sent <= sent || !slices.Contains(order, m.person) || !d.callWithAlone(m, order) {
			continue
		}
		return true
	}
	return false
}

// severalCallsIn reports whether toks[from:to) hold a cue of several calls
// (several_calls_cues) and none of one call of all ("conference",
// "together"). "calls on", "calls for" are a verb.
func (d *doc) severalCallsIn(from, to int) bool {
	if d == nil {
		return false
	}
	to = min(to, len(d.toks))
	found := false
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		if d.lx.together[f] || f == "conference" || f == "group" {
			return false
		}
		if !found && d.phraseAt(k, to, d.lx.severalCalls) {
			found = f != "calls" || k+1 >= to || !slices.Contains([]string{"on", "for", "upon"}, d.toks[k+1].fold)
		}
		// "called four European leaders", "phoned several counterparts".
		if !found && d.lx.callVerbs[f] {
			for t := k + 1; t < to && t <= k+4; t++ {
				if _, ok := d.lx.leaderPlurals[d.toks[t].fold]; ok {
					found = true
				}
				if _, ok := d.lx.officePlurals[d.toks[t].fold]; ok {
					found = true
				}
			}
		}
	}
	return found
}

// callVerbBefore reports whether a call verb (call_verbs) stands right
// before toks[at], "up" between or not, after from.
func (d *doc) callVerbBefore(from, at int) bool {
	k := at - 1
	if k > from && d.toks[k].fold == "up" {
		k--
	}
	return k >= from && k < len(d.toks) && d.lx.callVerbs[d.toks[k].fold]
}

// callWithAlone reports whether mention m, of one of the counterparts
// order, is told with a call of its own: "with" a few words before it,
// after a call noun or opening the sentence ("In a conversation with
// British Prime Minister A", "During his talks with A", "With A, he …"),
// and no other of order named in the sentence.
func (d *doc) callWithAlone(m *pmention, order []int) bool {
	for _, o := range d.mentions {
		if o.sent == m.sent && o.person != m.person && slices.Contains(order, o.person) {
			return false
		}
	}
	from, to := d.sentToks(m.sent)
	// "In a separate call with A", "a bilateral call with A": another
	// call than the list's.
	for k := from; k < to; k++ {
		if f := d.toks[k].fold; f == "separate" || f == "separately" || f == "bilateral" {
			return false
		}
	}
	for k := m.i - 1; k >= from && k >= m.i-4; k-- {
		if d.toks[k].fold != "with" {
			continue
		}
		if k == from || k == from+1 && d.toks[from].fold == "and" {
			return true
		}
		for t := k - 1; t >= from && t >= k-3; t-- {
			if d.lx.callNouns[d.toks[t].fold] {
				return true
			}
		}
		return false
	}
	return false
}

// firstPersonOnly reports whether sentence s names person p only by a
// first-person pronoun ("I", attached to the speaker's turn).
func (d *doc) firstPersonOnly(s, p int) bool {
	found := false
	for _, m := range d.mentions {
		if m.sent == s && m.person == p {
			if m.name != "I" {
				return false
			}
			found = true
		}
	}
	return found
}
