package extract

// pastReportChannel steps back from toks[k], the word before a report's
// day, over the channel the report was made in: "said in a statement (issued)
// on Thursday", "told reporters in a briefing on Monday". It returns the
// index of the word before "in", where the reporting verb stands, or k when
// no channel is told there. Without it the statement's day dated the contact
// the sentence reports ("A met B in Santiago, the presidency said in a
// statement on Thursday"), and a later "The meeting took place on
// Wednesday" made a second meeting.
func (d *doc) pastReportChannel(k int) int {
	q := k
	if q >= 0 && d.lx.reportIssueVerbs[d.toks[q].fold] {
		q--
	}
	// The channel's noun, one or two words ("statement", "press release").
	n := 0
	for q >= 0 && n < 2 && d.toks[q].word && !d.toks[q].num && !channelDeterminer(d.toks[q].fold) && d.toks[q].fold != "in" {
		q--
		n++
	}
	if n == 0 || q < 1 || !channelDeterminer(d.toks[q].fold) || d.toks[q-1].fold != "in" {
		return k
	}
	return q - 2
}

// channelDeterminer: the article or possessive before a report's channel
// ("in a statement", "in its readout").
func channelDeterminer(f string) bool {
	switch f {
	case "a", "an", "the", "its", "his", "her", "their":
		return true
	}
	return false
}
