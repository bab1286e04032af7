package extract

import "slices"

// joinedOfficeList reads the holders of one office in several countries
// named by their countries before a contact noun they were joined for:
// "A joined his B, C, and D counterparts for a Quad Foreign Ministers
// Meeting". It returns the countries, two or more, or nil. Joined for one
// meeting, they met together: one contact of all.
func (d *doc) joinedOfficeList(tr trigger, from int) []string {
	// Back from the contact noun over its title-case name and article to
	// "for": "for a Quad Foreign Ministers Meeting".
	k := tr.i - 1
	for n := 0; n < 8 && k > from && (d.toks[k].cap || d.toks[k].fold == "a" || d.toks[k].fold == "an" || d.toks[k].fold == "the"); n++ {
		k--
	}
	if k <= from || d.toks[k].fold != "for" {
		return nil
	}
	forAt := k
	// Back to "joined his" over the list and its plural office.
	for n := 0; n < 14 && k > from; n++ {
		k--
		if personalOwner[d.toks[k].fold] {
			break
		}
	}
	if k <= from || !personalOwner[d.toks[k].fold] || d.toks[k-1].fold != "joined" && d.toks[k-1].fold != "joins" {
		return nil
	}
	codes, k := d.countryListAt(k+1, forAt)
	// The plural office ends the list right before "for".
	if _, end, bilateralOnly, has := d.officePluralAt(k, forAt); len(codes) < 2 || !has || bilateralOnly || end != forAt {
		return nil
	}
	return codes
}

// joinedContact gives the one contact of joinedOfficeList, the subject e's
// only person and the countries of the office's holders.
func (d *doc) joinedContact(tr trigger, e eng, from int) []eng {
	if len(e.persons) == 0 || remote(tr.typ) {
		return nil
	}
	codes := d.joinedOfficeList(tr, from)
	if codes == nil {
		return nil
	}
	// The sentence names the subject alone: sides taken from before it
	// (a counterpart met the day before) are not the list's.
	for _, m := range d.mentions {
		if m.person >= 0 && m.person != e.persons[0] && d.toks[m.i].sent == tr.sent {
			return nil
		}
	}
	x := e
	x.persons = e.persons[:1]
	x.guessed = false
	x.codes = slices.DeleteFunc(slices.Clone(codes), func(c string) bool { return c == d.persons[e.persons[0]].country })
	if len(x.codes) < 2 {
		return nil
	}
	return []eng{x}
}
