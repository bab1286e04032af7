package target

// decadeEnd reports whether toks[i:] read "the end of the decade" or "the
// end of this decade": a goal "by the end of the decade" is set for the
// year that closes the decade of publication (2.5% of GDP "by the end of
// this decade", said in 2022, is the goal for 2030).
func decadeEnd(toks []token, i int) bool {
	return i+4 < len(toks) && toks[i].f == "the" && toks[i+1].f == "end" && toks[i+2].f == "of" &&
		(toks[i+3].f == "the" || toks[i+3].f == "this") && toks[i+4].f == "decade"
}

// decadeEndYear is the year that closes the decade of year y.
func decadeEndYear(y int) int { return y - y%10 + 10 }
