package extract

// issuers returns the persons named only where a release names its issuer
// ("The below is attributable to Spokesperson A:", "Press Secretary A
// provided the following release:"): they speak for a side, they do not
// take part in what the release reports.
func (d *doc) issuers() map[int]bool {
	var out map[int]bool
	other := map[int]bool{}
	for _, m := range d.mentions {
		if m.person < 0 {
			continue
		}
		if d.issuerSentence(m.sent) {
			if out == nil {
				out = map[int]bool{}
			}
			out[m.person] = true
		} else {
			other[m.person] = true
		}
	}
	for p := range out {
		if other[p] {
			delete(out, p)
		}
	}
	return out
}

// issuerSentence reports whether sentence s names a release's issuer: it
// holds "attributable to" or "the following" before a readout or release
// (not "met … and issued the following statement": there the issuers are
// the parties).
func (d *doc) issuerSentence(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k+1 < to; k++ {
		switch d.toks[k].fold {
		case "attributable":
			if d.toks[k+1].fold == "to" {
				return true
			}
		case "following":
			switch d.toks[k+1].fold {
			case "readout", "release", "readouts":
				return true
			}
		}
	}
	return false
}

// withoutIssuers takes the issuers of a release out of its engagements.
func (d *doc) withoutIssuers(es []eng) []eng {
	is := d.issuers()
	if len(is) == 0 {
		return es
	}
	for k := range es {
		ps := es[k].persons[:0:0]
		for _, p := range es[k].persons {
			if !is[p] {
				ps = append(ps, p)
			}
		}
		es[k].persons = ps
	}
	return es
}
