package extract

// forGathering reports whether toks[k] opens "for the" and a named
// gathering, its words capitalised up to a gathering noun: "on a visit to
// Honolulu for the APEC Summit Meeting", "visiting Oslo for the Arctic
// Forum". Such a trip's purpose is the gathering, as "to attend" says, so
// it is no visit of the country. "for the first time" names no
// gathering.
func (d *doc) forGathering(k, to int) bool {
	if k+2 >= to || d.toks[k].fold != "for" || d.toks[k+1].fold != "the" {
		return false
	}
	for q := k + 2; q < to && q < k+9 && d.toks[q].sent == d.toks[k].sent; q++ {
		t := &d.toks[q]
		if !t.word || !(t.cap || t.num) {
			return false // the name ends before any gathering noun
		}
		if d.lx.gatheringNouns[t.fold] {
			return true
		}
	}
	return false
}
