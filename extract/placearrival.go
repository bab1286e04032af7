package extract

// arrivalBefore reports whether an arrival verb (knowledge arrival_verbs:
// "arrived", "landed") stands in toks[from:to], before a place it names.
func (d *doc) arrivalBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if d.lx.arrivalVerbs[d.toks[k].fold] {
			return true
		}
	}
	return false
}
