package extract

import accord "github.com/accordhq/accord"

// weSigned reports whether "we" is the subject of "signed" at toks[i],
// auxiliaries between ("We have signed several agreements", "we also
// signed two MoUs"): in a leader's remarks on a visit or a summit, the
// speaker's side and the other side of the day signed (the signing is
// then between the two countries of its persons).
func (d *doc) weSigned(from, i int) bool {
	q := i - 1
	for q >= from && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q--
	}
	// "we've just signed" is one token, folded "weve".
	if q < from || d.toks[q].text != "We" && d.toks[q].text != "we" && d.toks[q].fold != "weve" {
		return false
	}
	// "in the White House, where we signed the Declaration": the
	// occasion a relative clause recalls, not the day's signing.
	return q == from || d.toks[q-1].fold != "where" && d.toks[q-1].fold != "when"
}

// weSignedAt is weSigned within the sentence of toks[i].
func (d *doc) weSignedAt(i int) bool {
	from, _ := d.sentToks(d.toks[i].sent)
	return d.weSigned(from, i)
}

// weSignedWith gives the sides of "we signed X with C" in the remarks of
// one speaker (persons, the one person of the contact): the speaker's
// country and C, the first country named after "with" in the clause
// ("we signed a raw materials agreement with Chile"); nil when the text
// does not name them.
func (d *doc) weSignedWith(persons []int, i, to int) []string {
	if len(persons) != 1 || d.persons[persons[0]].country == "" {
		return nil
	}
	own := d.persons[persons[0]].country
	for k := i + 1; k < to; k++ {
		if d.toks[k].text == ";" || d.toks[k].text == "," {
			return nil
		}
		if d.toks[k].fold != "with" {
			continue
		}
		for _, o := range d.others {
			if o.kind == accord.Country && !o.demonym && (o.i == k+1 || o.i == k+2 && d.toks[k+1].fold == "the") && o.key != own {
				return []string{own, o.key}
			}
		}
		return nil
	}
	return nil
}
