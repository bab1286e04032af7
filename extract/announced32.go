package extract

// A leader's office announces a guest's visit in its leader's own voice:
// "Visit to Australia by the Prime Minister of C" over "I am pleased to
// announce A, Prime Minister of C, will visit Australia from 9 to 11
// October" or "I will meet with C Prime Minister A during her visit to
// Sydney on 9-10 June". The "I" is the office's leader, the text's first
// principal, but no guest in their own country: the guest is the
// principal of the other country (guestOf), the leader hosts, and the
// visit takes the month the body gives it, ahead of publication as such
// releases are (annotators record the visit announced, dated by its
// month: session 32, west32).

// headlineTrip is the trip of a headline's visit to c whose guest is v:
// announced when the text's first principal is of c and is not v.
func (d *doc) headlineTrip(v int, c string, lead []int) trip {
	t := trip{visitors: []int{v}, host: c, sent: -1, visit: -1}
	if len(lead) > 0 && lead[0] != v && d.persons[lead[0]].country == c {
		t.announced, t.home = true, lead[0]
	}
	return t
}

// announcedHost makes the office's leader the host of an announced visit
// for which no contact named one (the host country alone).
func (d *doc) announcedHost(t trip, host []int, codes []string) ([]int, []string) {
	if !t.announced || len(host) > 0 || len(codes) != 1 || codes[0] != t.host {
		return host, codes
	}
	return []int{t.home}, nil
}

// announcedMonth returns the month, and the sentence, of an announced
// visit: the first of the body's first three sentences that names a
// guest and a word of the trip ("visit", "travel") dates it by a day or a
// month; "" when none does.
func (d *doc) announcedMonth(t trip) (string, int) {
	if !t.announced {
		return "", -1
	}
	for s := 0; s < len(d.sents) && s < 3; s++ {
		from, to := d.sentToks(s)
		named, trip := false, false
		for _, m := range d.mentions {
			if m.sent == s && m.person >= 0 && m.person == t.visitors[0] {
				named = true
			}
		}
		for k := from; k < to; k++ {
			if d.lx.is(&d.toks[k], fTripWords) {
				trip = true
			}
		}
		if !named || !trip {
			continue
		}
		for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
			if de.prec == precDay || de.prec == precMonth {
				return de.format()[:7], s
			}
		}
		return "", -1
	}
	return "", -1
}
