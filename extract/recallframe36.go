package extract

import "github.com/accordhq/accord"

// recalledFrameDate returns the date of a recalled visit that the sentence
// s (opening at toks[from]) takes up with an opening frame: "In May 2024, A
// made an official visit to C. There, he held a summit meeting with B" or
// "… During the visit, he met B", read in a report of June. The frame's
// contact is of that visit, told as past as the visit is, not a contact of
// the publication's day. The frame is an arrival cue alone before a comma
// ("There,") or "during" with a determiner that refers back and a trip
// word ("During the visit,", "During his trip,"); the visit is a reference
// of the sentence right before, with a date of its own. "" when none.
func (d *doc) recalledFrameDate(s, from int, refs []eng) string {
	if s == 0 || !d.recalledFrame(from) {
		return ""
	}
	for k := len(refs) - 1; k >= 0; k-- {
		r := refs[k]
		if r.sent != s-1 {
			continue
		}
		if r.typ == accord.Visit && r.status == accord.StatusMentioned && !r.datePub && r.date != "" {
			return r.date
		}
	}
	return ""
}

// recalledFrame reports whether the sentence opening at toks[from] opens
// with a frame that takes up a trip told before: "There,", "During the
// visit,", "During his trip,".
func (d *doc) recalledFrame(from int) bool {
	n := len(d.toks)
	// "There, …": a one-word arrival cue closed by a comma.
	for _, c := range d.lx.arrivalCues {
		if len(c) == 1 && from+1 < n && d.toks[from].fold == c[0] && d.toks[from+1].text == "," {
			return true
		}
	}
	// "During the visit, …"
	return from+3 < n && d.toks[from].fold == "during" && d.lx.anaphor[d.toks[from+1].fold] &&
		d.lx.is(&d.toks[from+2], fTripWords) && d.toks[from+3].text == ","
}
