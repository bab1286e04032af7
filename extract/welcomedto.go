package extract

// welcomedToAny returns the end of the first "welcomed to" form that reads
// a guest's visit at toks[i], in the order they are tried: "A welcomed B to
// Australia", the passive "A was welcomed to Viet Nam at a ceremony" and the
// titled "The Prime Minister welcomed the President to Canada"
// (visit33.go), then a welcome to a place of the country; 0 for none.
func (d *doc) welcomedToAny(i int) int {
	for _, f := range [...]func(int) int{d.welcomedTo, d.welcomedPassiveTo, d.welcomedTitledTo, d.welcomedToPlace} {
		if j := f(i); j > 0 {
			return j
		}
	}
	return 0
}
