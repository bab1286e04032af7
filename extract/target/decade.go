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

// comparedBaseline reports whether toks[i:] read "compared with (the) 1990
// level(s)" or "compared to 2005": the base year a reduction is counted
// from, which dates no report when the goal has a deadline of its own
// ("cut emissions by at least 68 per cent by 2030 compared with 1990
// levels").
func comparedBaseline(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].f != "compared" || toks[i+1].f != "with" && toks[i+1].f != "to" {
		return false
	}
	j := i + 2
	if toks[j].f == "the" || toks[j].f == "its" || toks[j].f == "their" {
		j++
	}
	return j < len(toks) && year(toks[j]) > 0
}
