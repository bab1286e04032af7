package extract

// othersTailStart returns the index of "and" opening a trailing "and other
// (relevant) officials" right before the verb at i, after a named person:
// "Foreign Minister A and Foreign Minister B and other relevant officials
// signed the agreements". The named persons are the signers, the others
// their suites, so the subject is read up to the "and". Else i.
func (d *doc) othersTailStart(i int) int {
	sent := d.toks[i].sent
	q := i - 1
	for q >= 0 && q >= i-5 && d.toks[q].sent == sent && d.toks[q].word && !d.toks[q].cap && d.toks[q].fold != "other" && d.toks[q].fold != "and" {
		q--
	}
	if q < 2 || q == i-1 || d.toks[q].fold != "other" || d.toks[q-1].fold != "and" || d.toks[q-1].sent != sent {
		return i
	}
	if d.mentionEndingAt(q-1, sent) == nil {
		return i
	}
	return q - 1
}
