package extract

// visitNounHeadline reports whether a headline names a visit as a noun,
// the way leaders' offices and foreign ministries head the release that
// announces one: "Official Visit of Prime Minister A, 14 to 16 April",
// "Visit of Prime Minister A to C (19 to 21 December)", "PM A's official
// visit to C, 26 to 29 September". Such headlines also head reports of a
// visit held, so previewVisit takes one as a preview only when the body
// opens with the visit ahead.
func (d *doc) visitNounHeadline() bool {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.fold != "visit" || !t.cap {
			continue
		}
		if i+1 < len(d.toks) && d.toks[i+1].fold == "of" {
			return true
		}
		o := i - 1
		for o > 0 && d.lx.visitKinds[d.toks[o].fold] {
			o--
		}
		if o >= 1 && possessive(d.toks[o]) && i+1 < len(d.toks) && d.toks[i+1].fold == "to" {
			return true
		}
	}
	return false
}

// visitsHeadline returns the country of the place a headline's verb
// "visits" at toks[k] names right after it ("A visits Qatar", "A visits
// Kyiv"), or "". Only after a subject: "Visits" opening a headline is a
// noun ("Visits to Qatar and Oman").
func (d *doc) visitsHeadline(k int) string {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].fold != "visits" {
		return ""
	}
	return d.countryAt(k+1, len(d.toks))
}
