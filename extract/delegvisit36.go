package extract

// Visits made by a delegation (session 36). Governments and agencies tell a
// minister's trip through the party he leads: "A delegation led by Foreign
// Minister A visited C and D", "Led by A, a delegation from C will visit D
// from May 2 to 6", or, after "A recently led a delegation to the Pacific",
// "The delegation visited C, D and E during the five-day tour". The
// delegation's head is the visitor of each country the sentence names;
// without him the visit had no side and was lost.

// delegationVisitor returns the head of the delegation that is the
// subject of the trip word at toks[k] (its clause from toks[from]), or -1: a delegation
// noun before the verb with no person of its own between, its head named
// after "led by"/"headed by" in the sentence, or, for "the delegation",
// in the two sentences before as the one who leads it.
func (d *doc) delegationVisitor(from, k int) int {
	dn := -1
	for j := k - 1; j >= from && j >= k-30; j-- {
		if d.lx.is(&d.toks[j], fDelegation) {
			dn = j
			break
		}
	}
	if dn < 0 {
		return -1
	}
	// "A delegation led by A visited", "the delegation, headed by A, will
	// visit": the head after the participle, before the verb.
	if b := d.delegationLedBy(dn); b > 0 && b < k {
		if p := d.delegHeadFrom(b, k); p >= 0 {
			return p
		}
	}
	// "Led by A, a delegation from C will visit D": the sentence opens
	// with the participle.
	if from+1 < dn && d.lx.delegationLed[d.toks[from].fold] && d.toks[from+1].fold == "by" {
		if p := d.delegHeadFrom(from+2, dn); p >= 0 {
			return p
		}
	}
	// "The delegation visited C": the one the text said leads it.
	if dn > 0 && d.toks[dn-1].fold == "the" {
		if h := d.delegationLeaderBefore(d.toks[k].sent); h >= 0 {
			return h
		}
	}
	// "A delegation arrived in C on Sunday. The group is led by A": the
	// head a later sentence names (delegationHeadLater).
	if hs := d.delegationHeadLater(dn); len(hs) > 0 {
		return hs[0]
	}
	return -1
}

// delegHeadFrom returns the person whose mention starts at toks[b] or within
// the title words after it (before toks[e]), or -1.
func (d *doc) delegHeadFrom(b, e int) int {
	for _, m := range d.mentions {
		if m.i > e || m.i >= b+12 {
			break
		}
		if m.person >= 0 && m.i >= b && m.i < e {
			return m.person
		}
	}
	return -1
}

// delegationLeaderBefore returns the person who, in one of the two
// sentences before s, leads a delegation: the subject of "A, flanked by
// B, recently led a bipartisan delegation to the Pacific", "A is leading
// a delegation", or the head after "led by" a delegation noun; -1 if none
// or if two are told.
func (d *doc) delegationLeaderBefore(s int) int {
	found := -1
	add := func(p int) bool {
		if found >= 0 && found != p {
			return false
		}
		found = p
		return true
	}
	for t := s - 2; t < s; t++ {
		if t < 0 {
			continue
		}
		from, to := d.sentToks(t)
		for k := from; k < to; k++ {
			if d.leadsDelegationAt(k, to) {
				if p := d.agentBefore(from, k); p >= 0 && !add(p) {
					return -1
				}
			}
		}
	}
	for _, m := range d.mentions {
		if m.sent >= s {
			break
		}
		if m.person >= 0 && m.sent >= s-2 && d.headsDelegation(m) && !add(m.person) {
			return -1
		}
	}
	return found
}

// leadsDelegationAt reports whether toks[k] is "led" / "leads" / "is
// leading" whose object, a few words on, is a delegation ("led a
// bipartisan delegation"), not "led by".
func (d *doc) leadsDelegationAt(k, to int) bool {
	f := d.toks[k].fold
	if !d.lx.delegationLed[f] && !d.lx.delegationLeading[f] || k+1 >= to || d.toks[k+1].fold == "by" {
		return false
	}
	for j := k + 1; j < to && j <= k+5; j++ {
		if d.lx.is(&d.toks[j], fDelegation) {
			return true
		}
		if w := d.toks[j].fold; w == "," || w == ";" {
			return false
		}
	}
	return false
}

// ledDelegationForm is the form of the trigger ledDelegationTo makes.
const ledDelegationForm = "led a delegation to"

// ledDelegationTo returns the end of a trigger "led a delegation to" when
// toks[i] is the verb of a person who leads a delegation to a country or
// its capital: "A led a bipartisan delegation to Mongolia", "A will lead
// a ten-member delegation to Fiji", "is leading a delegation to Samoa".
// The leader is the visitor, as of "visited". Not "led by" (the head is
// the object then), nor a delegation to a body ("to the UN"): the word
// after "to" must be a country or a place of one. 0 when not.
func (d *doc) ledDelegationTo(i int) int {
	f := d.toks[i].fold
	if !d.lx.leadGate.may(f) || !d.lx.delegationLed[f] && !d.lx.delegationLeading[f] || i+3 >= len(d.toks) {
		return 0
	}
	from, to := d.sentToks(d.toks[i].sent)
	// "I welcome A as he leads this delegation to Taiwan": the host's
	// welcome of a reception, its guest's trip only the occasion.
	for j := i - 1; j >= from && j >= i-4; j-- {
		if d.toks[j].fold == "as" {
			return 0
		}
	}
	for j := i + 1; j < to-1 && j <= i+5; j++ {
		w := d.toks[j].fold
		if w == "by" || w == "," || w == ";" {
			return 0
		}
		if !d.lx.delegation[w] {
			continue
		}
		if d.toks[j+1].fold != "to" || d.countryAt(j+2, to) == "" {
			return 0
		}
		// The leader must be read: a delegation's country alone is no
		// visitor ("the Chilean and Peruvian visit").
		if d.agentBefore(from, i) < 0 {
			return 0
		}
		return j + 2
	}
	return 0
}

// delegationSubjectHead returns the head of a delegation that opens the
// clause of the trip word at toks[k], before any person is named ("Senior
// Eritrean delegation headed by A along with B and C returned home
// concluding its visit"), or -1.
func (d *doc) delegationSubjectHead(from, k int) int {
	dn := -1
	for j := from; j < k && j < from+8; j++ {
		if d.lx.is(&d.toks[j], fDelegation) {
			dn = j
			break
		}
	}
	if dn < 0 || d.delegHeadFrom(from, dn) >= 0 {
		return -1
	}
	if b := d.delegationLedBy(dn); b > 0 && b < k {
		return d.delegHeadFrom(b, k)
	}
	return -1
}

// delegationHeadFirst puts the head of a delegation that is the subject of
// visit trigger tr in place of the members its clause names ("Senior
// Eritrean delegation headed by A along with B and C returned home
// concluding its visit"): the persons of the head's country, or of none
// known, go; another country's person (a host) stays.
func (d *doc) delegationHeadFirst(tr trigger, pfrom int, ps []int) []int {
	h := d.delegationSubjectHead(pfrom, tr.i)
	if h < 0 || len(ps) == 1 && ps[0] == h {
		return ps
	}
	out := []int{h}
	hc := d.persons[h].country
	for _, p := range ps {
		if c := d.persons[p].country; p != h && c != "" && c != hc {
			out = append(out, p)
		}
	}
	return out
}

// placeAfter reports whether a country, or a place of one, is named from
// toks[j] to the end of the clause: "arrived in Taiwan", not "arrived on
// Tuesday", whose place only the hosts would tell.
func (d *doc) placeAfter(j, to int) bool {
	for k := j; k < to && k < j+8; k++ {
		if d.countryAt(k, to) != "" {
			return true
		}
	}
	return false
}

// delegationReceivedIn reports whether sentence s tells a delegation
// received: a delegation verb ("welcomed", "received") whose object is a
// delegation ("welcomed the delegation to both Houses").
func (d *doc) delegationReceivedIn(s int) bool {
	from, to := d.sentToks(s)
	for i := from; i+1 < to; i++ {
		if d.delegationVerbAt(i) && d.delegationAt(i+1) >= 0 {
			return true
		}
	}
	return false
}
