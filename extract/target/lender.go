package target

import "slices"

// lenderHeld returns, of the two sides of a grant, loan or aid, the one
// whose state lender or aid agency is named before the sum ("KOICA said they
// signed two agreements with the Department of Agriculture for $22 million
// worth of grant aid projects", "the Saudi Fund for Development has signed a
// soft loan agreement worth $100 million … in Argentina"): the lender gives,
// whichever sides sign, in whatever currency, and in the recipient's release
// too. Both sides when both or neither name one.
func (x *extractor) lenderHeld(toks []token, a amount, holders []string) []string {
	var by []string
	for _, m := range x.mentions(toks) {
		if m.s >= a.ps || !slices.Contains(holders, m.code) || slices.Contains(by, m.code) {
			continue
		}
		if end, _ := x.l.bodies.match(toks, m.s); end == m.e {
			by = append(by, m.code)
		}
	}
	if len(by) == 1 {
		return by
	}
	return holders
}
