package target

// setOffSum reports whether the sum a stands set apart between two commas or
// two dashes right after what it sizes, with "up to" (its ceiling) inside:
// "a new common instrument, up to €42 billion, to support …", "a guarantee
// facility — up to $300 million — to help …". The funding is the phrase
// before the opening mark, its purpose the words after the closing one.
// A bare ", N," without "up to" is as often a list of sums, so it is left.
func setOffSum(toks []token, a amount) bool {
	if a.cmp != "lte" || a.ps < 2 || a.pe >= len(toks) || toks[a.ps].f != "up" {
		return false
	}
	o, c := toks[a.ps-1].f, toks[a.pe].f
	return o == "," && c == "," || setOffDash[o] && setOffDash[c]
}

// setOffDash holds the marks a writer sets a phrase apart with in place of
// commas.
var setOffDash = map[string]bool{"-": true, "–": true, "—": true}

// makingAvailable reports whether the sum a is what a present "making …
// available" gives, either order: "the Office is making €2 million
// available for …", "is making available some €300,000 to …". A foreign
// ministry's house style for money it gives now; the copula before
// "making" is an auxiliary, as before "providing".
func makingAvailable(toks []token, a amount) bool {
	if madeAvailable(toks, a, a.pe) {
		v := a.ps - 1
		for v > 0 && (toks[v].f == "an" || toks[v].f == "a" || further[toks[v].f]) {
			v--
		}
		return v >= 0 && toks[v].f == "making"
	}
	return availableBefore(toks, a) && toks[a.ps-2].f == "making"
}

// availableBefore reports whether a form of "make" and "available" stand
// right before the sum: "making available some €300,000 to …".
func availableBefore(toks []token, a amount) bool {
	return a.ps >= 2 && toks[a.ps-1].f == "available" && makeForms[toks[a.ps-2].f]
}
