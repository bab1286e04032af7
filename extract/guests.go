package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// splitGuests splits a reception of guests of several countries into one
// reception per guest country: "received courtesy calls from Japanese
// Ambassador A, Korean Ambassador B and Indian Ambassador C", "A, B and C
// paid courtesy calls on President D", "received Vice President A,
// Minister B and Minister C at the palace". A host receives each country's
// envoy or delegation on their own; the references code one reception per
// guest. Guests of one country stay together ("a joint courtesy call of
// the Secretary of State and the Secretary of Defense"); a reception said
// to be joint ("jointly", "together"), a ceremony or meal of all the guests
// (occasion) and a title's contact stay one.
func (d *doc) splitGuests(held []eng, h home) []eng {
	var out []eng
	for _, e := range held {
		if split := d.guestsApart(e, h); len(split) >= 2 {
			out = append(out, split...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// guestsApart returns the receptions of e one per guest country (see
// splitGuests), or nil.
func (d *doc) guestsApart(e eng, h home) []eng {
	if e.typ != accord.Reception || e.fromTitle || e.occasion || e.guessed || len(e.persons) < 3 || e.sent < 0 || e.sent >= len(d.sents) {
		return nil
	}
	from, to := d.sentToks(e.sent)
	for k := from; k < to; k++ {
		if d.lx.together[d.toks[k].fold] {
			return nil
		}
	}
	// The persons by country, in the order e holds them.
	var countries []string
	groups := map[string][]int{}
	for _, p := range e.persons {
		c := d.persons[p].country
		if len(groups[c]) == 0 {
			countries = append(countries, c)
		}
		groups[c] = append(groups[c], p)
	}
	host := d.hostCountry(e, h, countries, groups)
	if host == "\x00" || len(countries) < 3 {
		return nil
	}
	var out []eng
	for _, c := range countries {
		if c == host {
			continue
		}
		if c == "" {
			return nil // a guest of no known country: not told apart
		}
		x := e
		x.persons = append(slices.Clone(groups[host]), groups[c]...)
		x.codes = nil
		out = append(out, x)
	}
	return out
}

// hostCountry returns the country of the host of reception e among the
// persons' countries: the place's or the outlet's, where a guest country
// is not; else the one country of the highest-ranked person; else "", when
// the one person of no known country is the host among guests of as many
// countries as there are guests ("President-elect A received Ambassadors B,
// C and D"). "\x00" for none.
func (d *doc) hostCountry(e eng, h home, countries []string, groups map[string][]int) string {
	for _, c := range []string{e.place.Country, h.country} {
		if c != "" && len(groups[c]) > 0 {
			return c
		}
	}
	if n := len(groups[""]); n > 0 {
		if n > 1 {
			return "\x00"
		}
		for _, c := range countries {
			if c != "" && len(groups[c]) > 1 {
				return "\x00"
			}
		}
		// ("King A and Crown Prince B received Emir C": the one of no
		// country read is named with the host, not the host before the
		// guests; recv35.go.)
		if d.namedWithHost(e, groups[""][0]) {
			return "\x00"
		}
		return ""
	}
	best, top, tie := "", -1, false
	for _, p := range e.persons {
		r := d.lx.levelRank[d.persons[p].level]
		switch c := d.persons[p].country; {
		case r > top:
			best, top, tie = c, r, false
		case r == top && c != best:
			tie = true
		}
	}
	if tie || top <= 0 {
		return "\x00"
	}
	return best
}
