package extract

// separateContactPlural reports whether the contact phrase tr's noun is a
// plural of separate contacts ("held meetings with the leaders of A, B and
// C", separate_contact_plurals): one contact with each country's holder,
// as "bilateral meetings" says. "talks" is plural whatever their number,
// and "spoke to the leaders of A, B and C" one call: neither splits.
func (d *doc) separateContactPlural(tr trigger) bool {
	for k := tr.i; k < tr.j && k < len(d.toks); k++ {
		if d.lx.separateContactPlurals[d.toks[k].fold] {
			return true
		}
	}
	return false
}
