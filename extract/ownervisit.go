package extract

import accord "github.com/accordhq/accord"

// demonymOwnerTrip reads the visit a host's readout names by its guest's
// nationality and office: "President B hailed the Vietnamese leader's
// visit", "welcomed the Indonesian President's visit". The visitor is the
// one person of that country the text reports a contact of; the host
// country, that of the person the visitor met. k is the trip word; -1 and
// "" when the words before it are not "the <demonym> <leader noun>'s"
// (knowledge leader_nouns), an office's words allowed between.
func (d *doc) demonymOwnerTrip(k, from int, held []eng) (int, string) {
	if k-3 < from || d.toks[k-1].fold != "'s" || !d.lx.leaderNouns[d.toks[k-2].fold] {
		return -1, ""
	}
	var c string
	for _, o := range d.others {
		// The demonym right before the noun, or before the office it ends
		// ("the Sri Lankan Prime Minister's", "the Chilean Foreign
		// Minister's").
		if o.kind == accord.Country && o.demonym && o.j <= k-2 && o.j >= k-4 && o.i >= from && wordsBetween(d.toks, o.j, k-2) {
			c = o.key
		}
	}
	if c == "" {
		return -1, ""
	}
	visitor, host := -1, ""
	for _, e := range held {
		if e.typ == accord.Visit || len(e.persons) != 2 {
			continue
		}
		for n, p := range e.persons {
			q := e.persons[1-n]
			if d.persons[p].country != c || d.persons[q].country == "" || d.persons[q].country == c {
				continue
			}
			if visitor >= 0 && (visitor != p || host != d.persons[q].country) {
				return -1, "" // contacts of several: no one visit
			}
			visitor, host = p, d.persons[q].country
		}
	}
	return visitor, host
}

// wordsBetween reports whether toks[i:j] are capitalised words, the words
// of an office ("Prime Minister", "Foreign Minister").
func wordsBetween(toks []token, i, j int) bool {
	for n := i; n < j; n++ {
		if !toks[n].word || !toks[n].cap && !toks[n].upper {
			return false
		}
	}
	return true
}
