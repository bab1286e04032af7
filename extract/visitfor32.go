package extract

import "strings"

// forGathering reports whether toks[k] opens "for the" and a named
// gathering, its words capitalised up to a gathering noun: "on a visit to
// Honolulu for the APEC Summit Meeting", "visiting Oslo for the Arctic
// Forum". Such a trip's purpose is the gathering, as "to attend" says, so
// it is no visit of the country. "for the first time" names no
// gathering. A summit named by its member countries ("for the A-B-C
// Trilateral Summit") is a meeting of a few, which one of them hosts: its
// guests visit the host, as annotators record it.
func (d *doc) forGathering(k, to int) bool {
	if k+2 >= to || d.toks[k].fold != "for" || d.toks[k+1].fold != "the" {
		return false
	}
	for q := k + 2; q < to && q < k+9 && d.toks[q].sent == d.toks[k].sent; q++ {
		t := &d.toks[q]
		if !t.word || !(t.cap || t.num) {
			return false // the name ends before any gathering noun
		}
		if d.countriesJoined(t.text) {
			return false
		}
		if d.lx.gatheringNouns[t.fold] {
			return true
		}
	}
	return false
}

// countriesJoined reports whether a hyphenated word joins two country
// names or more: "Japan-China-ROK".
func (d *doc) countriesJoined(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	n := 0
	for _, part := range strings.Split(w, "-") {
		if part != "" && d.lx.countryCode(part) != "" {
			n++
		}
	}
	return n >= 2
}
