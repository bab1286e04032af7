package extract

// Contacts said to be held one by one where the cue stands apart from the
// contact phrase (session 36, meet36b):
//
//	"A held talks with B, C and D in separate meetings": the cue after the
//	list of guests;
//	"A met his counterparts of three countries individually. A held talks
//	with B of X, C of Y and D of Z": the cue in the sentence before, which
//	names no guest.
//
// Either way each guest had a contact of their own with A, never one talks
// of four.

// separatePlural reports whether toks[from:to] holds a separate word before
// a plural contact noun ("in separate meetings", "individual talks").
func (d *doc) separatePlural(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if d.lx.separateWords[d.toks[k].fold] && d.lx.bilateralPlurals[d.toks[k+1].fold] {
			return true
		}
	}
	return false
}

// separateBefore reports whether the sentence before sent (which opens at
// toks[from]) tells contacts held one by one ("met his counterparts
// individually", "held separate meetings") and names at most one person,
// its host: the guests named next are met one by one.
func (d *doc) separateBefore(sent, from int) bool {
	if sent == 0 || from == 0 {
		return false
	}
	start := from
	for start > 0 && d.toks[start-1].sent == sent-1 {
		start--
	}
	if start == from {
		return false
	}
	cue := d.separatePlural(start, from)
	for k := start; k < from && !cue; k++ {
		cue = d.lx.is(&d.toks[k], fSeparateAdverbs)
	}
	if !cue {
		return false
	}
	named := -1
	for _, m := range d.mentions {
		if m.sent != sent-1 || m.person < 0 {
			continue
		}
		if named >= 0 && m.person != named {
			return false // "A met B and C separately": told there
		}
		named = m.person
	}
	return true
}
