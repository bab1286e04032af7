package extract

import "slices"

// officePairBefore returns the two persons a plural-office subject stands
// for ("The Prime Ministers held a joint press conference", "the two
// Presidents witnessed the signing"; knowledge leader_plurals) when the
// text's persons are more than two: the holders of that office named
// before toks[i], one of each of two countries. A guest who called on the
// host's President and Prime Minister leaves three persons before "the
// Prime Ministers", of whom the office picks the two. Nil for "the
// leaders", which names no office, or when the office's holders are not
// exactly one in each of two countries.
func (d *doc) officePairBefore(from, i int) []int {
	office, ok := d.leadersWord(from, i)
	if !ok || office == "" {
		return nil
	}
	var out []int
	byCountry := map[string]int{}
	for _, m := range d.mentions {
		p := m.person
		if p < 0 || m.i < 0 || m.i >= i || m.former || slices.Contains(out, p) {
			continue
		}
		q := d.persons[p]
		if q.country == "" || d.former(p) || !slices.Contains(q.roles, office) {
			continue
		}
		byCountry[q.country]++
		out = append(out, p)
	}
	if len(out) != 2 || len(byCountry) != 2 {
		return nil
	}
	return out
}

// jointBriefers reports whether the mention m after "a briefing by" is
// joined by "and" to a person of another country: "The press briefing by
// Kenyan President A and US President B took place after their talks" is
// the two leaders' joint press event, not an official's briefing on them.
func (d *doc) jointBriefers(m *pmention) bool {
	c := d.persons[m.person].country
	if c == "" || m.j >= len(d.toks) || d.toks[m.j].fold != "and" {
		return false
	}
	for _, o := range d.mentions {
		if o.person >= 0 && o.person != m.person && o.i > m.j && o.i <= m.j+4 && o.sent == m.sent {
			oc := d.persons[o.person].country
			return oc != "" && oc != c
		}
	}
	return false
}
