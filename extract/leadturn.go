package extract

// leadStart returns the sentence where a release's own words begin: the
// first speaker label that is an office alone ("PRIME MINISTER:", "PM:")
// within the heading lines of a transcript, whose archive heads it with
// lines of its own ("Transcripts from the Prime Ministers of Australia",
// "Period of Service: …", "Release Date: …", the headline again); 0 when
// no such label opens a sentence there. The heading lines are no speaker's,
// so the first person's lead is counted from the label.
func (d *doc) leadStart() int {
	for s := 0; s < len(d.sents) && s < recordSents; s++ {
		from, to := d.sentToks(s)
		if from >= to || !d.toks[from].word || !d.toks[from].cap && !d.toks[from].upper {
			continue
		}
		if k := d.labelEnd(from, to); k > from && d.onlyTitle(from, k) {
			return s
		}
	}
	return 0
}
