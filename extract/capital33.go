package extract

import accord "github.com/accordhq/accord"

// capitalPairSubject returns the countries of two capitals of different
// countries that open the sentence as the subject of the contact at
// toks[i] ("Tokyo and Seoul held talks", "New Delhi and Canberra held
// their first dialogue"): a capital standing for its government, as
// reports write it. Only a few words between the pair and the phrase, none
// a preposition or relative ("Flights between Tokyo and Seoul", "Tokyo and
// Seoul, where the ministers met" are no such subject); nil otherwise.
func (d *doc) capitalPairSubject(from, i int) []string {
	var first, second *otherMention
	for k := range d.others {
		o := &d.others[k]
		if o.kind != accord.Place || !o.capital || o.country == "" || o.i < from || o.i >= i {
			continue
		}
		if first == nil {
			if o.i != from {
				return nil // the pair opens the sentence
			}
			first = o
			continue
		}
		if o.i == first.j+1 && d.toks[first.j].fold == "and" {
			second = o
		}
		break
	}
	if first == nil || second == nil || first.country == second.country {
		return nil
	}
	// Between the pair and the phrase only auxiliaries and a day ("on
	// Tuesday held", "have jointly signed"): "Moscow and Beijing city
	// authorities signed" is two cities' contact.
	for k := second.j; k < i; k++ {
		t := &d.toks[k]
		_, wd := d.lx.weekdays[t.fold]
		if !t.word || k-second.j >= 4 || !wd && t.fold != "on" && !d.lx.signingAuxiliaries[t.fold] {
			return nil
		}
	}
	// A sentence about the cities' own governments ("Hanoi and Vientiane
	// have signed cooperation documents ... the two capital cities"): no
	// contact of their countries.
	for k := from; k < len(d.toks) && d.toks[k].sent == d.toks[from].sent; k++ {
		if d.lx.cityGovernmentWords[d.toks[k].fold] {
			return nil
		}
	}
	return []string{first.country, second.country}
}
