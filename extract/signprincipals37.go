package extract

// principalsSign reports whether a signing the two principals of the day's
// contact tell of in their own words ("the joint statement that we signed
// following the talks", "we have just signed") keeps those two persons as
// its sides rather than their countries: the speakers say they signed,
// each for his country, so the persons carry both the leaders and the
// governments bound (references code such signings either way: dev73's
// "the declaration that we both signed today" the two leaders, dev75's
// "we have signed" the countries). Both countries must be named in the
// text, so that each side is also an actor of the report.
func (d *doc) principalsSign(ps []int) bool {
	cs := d.twoCountries(ps)
	if len(cs) != 2 {
		return false
	}
	for _, c := range cs {
		if !d.countryNamed(c) {
			return false
		}
	}
	return true
}
