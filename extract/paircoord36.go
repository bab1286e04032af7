package extract

// pairSignedCoordinated reports whether the signing verb at toks[i] is the
// second predicate of a pair of signers that opens the sentence: "The two
// presidents held talks and then witnessed the signing of eight
// documents", "Both leaders met and signed a joint statement". The pair
// (knowledge pair_signers) must end within the sentence's first words,
// and "and" (a sequence word may follow it: "then", "later", "also") must
// stand right before the verb with no comma between the pair and it, so a
// pair that is an object ("A met the two ministers and signed") or a new
// clause is not read.
func (d *doc) pairSignedCoordinated(from, i int) bool {
	k := i - 1
	for k > from && d.lx.sequenceOpeners[d.toks[k].fold] || k > from && d.toks[k].fold == "also" {
		k--
	}
	if k <= from || d.toks[k].fold != "and" {
		return false
	}
	for q := from + 1; q < k && q <= from+5; q++ {
		if !d.pairSignedPlain(from, q) {
			continue
		}
		for r := q; r < k; r++ {
			if t := d.toks[r].text; t == "," || t == ";" || t == ":" {
				return false
			}
		}
		return true
	}
	return false
}
