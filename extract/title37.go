package extract

// remoteWordIn reports whether the text (a headline) names a remote way of
// holding a contact: "telephonic", "video", "virtual", "online" … (the
// remote_words of engagements.json), so that an in-person cue beside it
// ("Telephonic conversation with A") names no contact of its own.
func (d *doc) remoteWordIn() bool {
	for k := range d.toks {
		if d.toks[k].word && d.lx.remoteWords[d.toks[k].fold] {
			return true
		}
	}
	return false
}
