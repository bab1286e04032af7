package extract

import "strings"

// forGathering reports whether toks[k] opens "for the" and a named
// gathering, its words capitalised up to a gathering noun: "on a visit to
// Honolulu for the APEC Summit Meeting", "visiting Oslo for the Arctic
// Forum". Such a trip's purpose is the gathering, as "to attend" says, so
// it is no visit of the country. "for the first time" names no
// gathering, nor does a name ending on another noun ("Leaders' Retreat").
// A summit named by its member countries ("for the A-B-C Trilateral
// Summit") is a meeting of a few, which one of them hosts: its guests
// visit the host, as annotators record it.
func (d *doc) forGathering(k, to int) bool {
	if k+2 >= to || d.toks[k].fold != "for" || d.toks[k+1].fold != "the" {
		return false
	}
	// The name runs over capitalised words (and numbers) and must end on a
	// gathering noun: "for the Leaders' Retreat with President A" is a
	// meeting of two, which the host holds.
	last := -1
	for q := k + 2; q < to && q < k+10 && d.toks[q].sent == d.toks[k].sent; q++ {
		t := &d.toks[q]
		if t.text == "'" || t.text == "’" {
			continue // "Leaders' Meeting"
		}
		if !t.word || !(t.cap || t.num) {
			break
		}
		if d.countriesJoined(t.text) {
			return false
		}
		last = q
	}
	return last >= 0 && d.lx.gatheringNouns[d.toks[last].fold]
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
