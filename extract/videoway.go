package extract

// videoWayAfter reports whether the words after a contact's phrase, up to
// the end of its clause, tell it was held by video: "held the Annual
// Leaders' Dialogue virtually on 8 June", "held talks online on Tuesday",
// "talks … were held on Tuesday in a videoconference mode". The way
// follows the contact within its clause: a comma, a colon or an
// infinitive ("agreed to meet virtually") opens another act.
func (d *doc) videoWayAfter(from, to int) bool {
	for i, n := from, 0; i < to && n < 12; i, n = i+1, n+1 {
		t := &d.toks[i]
		switch t.fold {
		case ",", ";", ":", "to", "which", "who", "that":
			return false
		}
		if !t.word {
			continue
		}
		// "virtually on 8 June", "online." — not "virtually all" (almost).
		if d.lx.videoWays[t.fold] && (i+1 >= to || !d.toks[i+1].word || d.lx.videoWayFollowers[d.toks[i+1].fold]) {
			return true
		}
		// "in a virtual format", "in a video conference mode".
		if t.fold == "in" && d.videoFormatAt(i+1, to) {
			return true
		}
	}
	return false
}

// videoFormatAt reports whether toks[p:] reads "(a|an|the) W… format|mode"
// with every W a word of a video contact's way ("virtual", "video
// conference").
func (d *doc) videoFormatAt(p, to int) bool {
	if p < to && (d.toks[p].fold == "a" || d.toks[p].fold == "an" || d.toks[p].fold == "the") {
		p++
	}
	n := 0
	for ; p < to && n < 3 && d.lx.videoFormats[d.toks[p].fold]; p++ {
		n++
	}
	return n > 0 && p < to && d.lx.formatNouns[d.toks[p].fold]
}
