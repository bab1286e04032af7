package extract

import accord "github.com/accordhq/accord"

// hereIn reports whether the object of the host's welcome at k ends with
// "here" and "in" at q: "delighted to host Prime Minister A here in C",
// "welcome you here in C". "Here" places the guest where the speaker is;
// a host looking ahead ("look forward to hosting you here in C") tells no
// stay now.
func (d *doc) hereIn(k, q int) bool {
	if d.toks[q].fold != "in" || q < k+2 || d.toks[q-1].fold != "here" {
		return false
	}
	return !d.aheadBefore(k)
}

// aheadBefore reports whether a word of the four before the verb at k
// looks ahead (knowledge host_ahead_words): "look forward to hosting",
// "will welcome", "hope to welcome".
func (d *doc) aheadBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[k].sent; j-- {
		if d.lx.hostAheadWords[d.toks[j].fold] {
			return true
		}
	}
	return false
}

// perfectWelcomed reports whether toks[k] is the "welcomed" of a perfect
// ("It was my pleasure to have welcomed Secretary A to C", "having
// welcomed"): the host tells the welcome given, as "welcome" in the
// present does. A perfect is no invitation.
func (d *doc) perfectWelcomed(k int) bool {
	if k == 0 || d.toks[k].fold != "welcomed" {
		return false
	}
	f := d.toks[k-1].fold
	return f == "have" || f == "having"
}

// titleOfEnd returns the end of a title written without "the" that starts
// at k, with the country it is "of" ("Minister for Foreign Affairs of
// C"), within limit; k if none.
func (d *doc) titleOfEnd(k, limit int) int {
	sp, ok := d.spanAt(k)
	if !ok || sp.kind != kTitle || sp.j > limit {
		return k
	}
	j := sp.j
	if j+1 < limit && d.toks[j].fold == "of" {
		for _, o := range d.others {
			if o.i == j+1 && o.kind == accord.Country && o.j <= limit {
				return o.j
			}
		}
	}
	return j
}

// haveVisit reports whether the guest the host is glad "to have" at k
// is followed by a bare "visit" at q ("delighted to have Prime Minister A
// visit C as the official guest"), the host not looking ahead ("would
// love to have you visit C"). The country after "visit" is then read as
// a welcome's.
func (d *doc) haveVisit(k, q int) bool {
	return q > k+1 && d.toks[q].fold == "visit" && !d.aheadBefore(k)
}
