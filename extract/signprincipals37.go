package extract

// principalsSign reports whether a signing the two principals of the day's
// contact tell of without naming other signers ("the joint statement that
// we signed following the talks", "A set of documents was signed following
// the talks") keeps those two persons as its sides rather than their
// countries. Each person acts for his country, so the persons carry both
// the leaders who put their names to the day and the governments bound;
// references code such signings either way (dev73's "the declaration that
// we both signed today": the two leaders; dev75's "we have signed": the
// countries). Both countries must be named in the text, so that each side
// is also an actor of the report.
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
