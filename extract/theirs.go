package extract

import accord "github.com/accordhq/accord"

// theirDescribed is the other side of "their <contact>" when the sentence
// names one person, p: the person it describes by country and office
// ("During their talks in Auckland, New Zealand PM A hailed the
// Vietnamese leader's visit": the Vietnamese leader, named elsewhere in
// the text); -1 when none.
func (d *doc) theirDescribed(from, to, p int) int {
	own := d.persons[p].country
	if own == "" {
		return -1
	}
	for k := from; k < to; k++ {
		if d.toks[k].fold != "the" {
			continue
		}
		if q := d.describedPerson(k, to, 0, len(d.toks)); q >= 0 && q != p && d.persons[q].country != own {
			return q
		}
	}
	return -1
}

// theirLeaders gives the sides of "their <contact>" whose sentence opens
// with "The Prime Ministers of C and D" (a joint statement): for each of
// the two countries, the one person of it the sentence names (a
// possessor too: "Prime Minister A's first visit"), else the country.
func (d *doc) theirLeaders(from, to int) ([]int, []string) {
	// (A numbered paragraph: "1. The Prime Ministers …".)
	for from < to && (d.toks[from].num || !d.toks[from].word) {
		from++
	}
	if _, ok := d.leadersWord(from, min(from+3, to)); !ok {
		return nil, nil
	}
	var codes []string
	for _, o := range d.others {
		if o.kind == accord.Country && !o.demonym && o.i > from && o.i < min(from+10, to) {
			codes = appendStr(codes, o.key)
		}
	}
	if len(codes) != 2 {
		return nil, nil
	}
	var ps []int
	var rest []string
	for _, c := range codes {
		found := -1
		for _, m := range d.mentions {
			if m.person < 0 || m.sent != d.toks[from].sent || d.persons[m.person].country != c {
				continue
			}
			if found >= 0 && found != m.person {
				found = -2
				break
			}
			found = m.person
		}
		if found >= 0 {
			ps = append(ps, found)
		} else {
			rest = append(rest, c)
		}
	}
	return ps, rest
}
