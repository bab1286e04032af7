package extract

// joinedInSigning reports whether "in signing" at toks[i:j] follows a verb
// of joining (knowledge signing_join_verbs) whose object names a signer,
// and a document follows: "the Secretary joined Minister A in signing a
// Roadmap", "A joined Pacific leaders in signing the Treaty". The one who
// joins and the one joined sign together; "interested in signing",
// "progress in signing" name no co-signer.
func (d *doc) joinedInSigning(i, j int) bool {
	if !d.documentAhead(j) {
		return false
	}
	named := false
	for k := i - 1; k >= 0 && k >= i-8 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.lx.signingJoinVerbs[d.toks[k].fold] {
			return named
		}
		if d.toks[k].cap {
			named = true
		}
	}
	return false
}
