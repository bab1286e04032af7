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
func (d *doc) splitListed(held []eng, principals []int, titlePairs [][]string) []eng {
	var out []eng
	for _, e := range held {
		if split := d.listedApart(e, principals, titlePairs); len(split) >= 2 {
			out = append(out, split...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// listedApart returns the contacts of e one per counterpart (see
// splitListed), or nil.
func (d *doc) listedApart(e eng, principals []int, titlePairs [][]string) []eng {
	call := e.typ == accord.PhoneCall || e.typ == accord.VideoCall
	if !call && class(e.typ) != "talks" || e.fromTitle || len(e.persons) < 3 || e.sent < 0 || e.sent >= len(d.sents) {
		return nil
	}
	from, to := d.sentToks(e.sent)
	plural, bilateral := false, false
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		if d.lx.together[f] || f == "conference" || f == "group" {
			return nil
		}
		plural = plural || call && (f == "conversations" || f == "calls")
		bilateral = bilateral || f == "bilateral"
	}
	// The counterparts, in the order the sentence names them, and the one
	// who holds every contact: named before them, or the lead person where
	// a pronoun stands for them ("He spoke with A on Thursday, …").
	var order []int
	first := to
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == e.sent && slices.Contains(e.persons, m.person) && !slices.Contains(order, m.person) {
			order = append(order, m.person)
			first = min(first, m.i)
		}
	}
	host := -1
	if len(order) > 0 && slices.Contains(principals, order[0]) {
		host, order = order[0], order[1:]
	} else if len(principals) > 0 && !slices.Contains(e.persons, principals[0]) && d.pronounBefore(from, first) {
		host = principals[0]
	}
	if host < 0 || len(order) < 2 {
		return nil
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
	days := d.ownDays(e.sent, order)
	if !plural && !bilateral && days == nil && !pairsEach(titlePairs, d.persons[host].country, seen) {
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

// pronounBefore reports whether a personal pronoun opens toks[from:to):
// the subject of the sentence is one named before it.
func (d *doc) pronounBefore(from, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].fold {
		case "he", "she":
			return true
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
