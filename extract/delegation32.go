package extract

import "github.com/accordhq/accord"

// Receptions of delegations whose head is told apart from the verb
// (session 32). Agencies and leaders' offices write "received a delegation
// of the X Business Council headed by its Chairman A", "met with a
// delegation from the Y Institute (YI). … The delegation was led by A",
// "Led by A, the six-member group also included B", or, in the host's
// remarks, "I welcome A as he leads this delegation": the head is the
// guest of the reception either way.

// delegationAt returns the token of a delegation noun that is the object of
// a verb ending before toks[k] ("with a bipartisan congressional
// delegation"), or -1: a few words on, in the sentence, with no person
// named first (then the person is the object).
func (d *doc) delegationAt(k int) int {
	if k >= len(d.toks) {
		return -1
	}
	s := d.toks[k].sent
	for j := k; j < k+6 && j < len(d.toks) && d.toks[j].sent == s; j++ {
		if d.lx.is(&d.toks[j], fDelegation) {
			// (A capitalised "Mission" ends a name, "the U.S. GreenTech
			// Mission to Egypt", "the Innovation Mission for Climate",
			// unless its origin or head follows: "Delegation of the
			// Municipalities of C".)
			if d.toks[j].cap && (j+1 >= len(d.toks) || !d.delegationOrigin(d.toks[j+1].fold)) {
				return -1
			}
			return j
		}
		// ("received today, Tuesday, the delegation of": a comma of the
		// day may come between; "welcomed the report of the Chilean
		// delegation": a preposition makes it another object's.)
		if t := d.toks[j].text; t == ";" || d.toks[j].fold == "and" || delegationPreps[d.toks[j].fold] || d.personAt(j) {
			return -1
		}
	}
	return -1
}

// personAt reports whether a person's mention starts at toks[j].
func (d *doc) personAt(j int) bool {
	for _, m := range d.mentions {
		if m.i == j && m.person >= 0 {
			return true
		}
		if m.i > j {
			break
		}
	}
	return false
}

// delegationPreps, before a delegation noun, make it the complement of
// another object ("the report of the delegation", "a gift to the
// delegation").
var delegationPreps = map[string]bool{"of": true, "to": true, "for": true, "on": true, "in": true, "at": true, "by": true, "about": true}

// delegationStops end the words that tell a delegation's origin before its
// head ("of the X Council", "from the United States"): a relative clause
// or another clause begins.
var delegationStops = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "while": true, "after": true, "before": true, "during": true, ";": true, ":": true}

// delegationLedBy returns the token after "led by"/"headed by" when the
// delegation at toks[j] names its head in the same sentence, its origin
// in between ("a delegation of the Norwegian Business Council led by";
// "the delegation of the European Parliament headed by"); 0 if not.
func (d *doc) delegationLedBy(j int) int {
	s := d.toks[j].sent
	for t := j + 1; t < j+16 && t+1 < len(d.toks) && d.toks[t].sent == s; t++ {
		f := d.toks[t].fold
		if d.lx.delegationLed[f] && d.toks[t+1].fold == "by" {
			return t + 2
		}
		if delegationStops[f] || d.lx.delegationVerbs[f] || d.personAt(t) {
			return 0
		}
	}
	return 0
}

// delegationLed reports whether a delegation "led by" someone is named
// within a few words from toks[k]: "a U.S. delegation led by", "a
// delegation from the Y Institute headed by".
func (d *doc) delegationLed(k int) bool {
	j := d.delegationAt(k)
	return j >= 0 && d.delegationLedBy(j) > 0
}

// delegationVerbAt reports whether toks[i] receives a delegation: a verb
// ("received", "met"), or a gerund after a clause opener ("while meeting
// with"), not the noun of "held a meeting with".
func (d *doc) delegationVerbAt(i int) bool {
	if !d.lx.is(&d.toks[i], fDelegationVerbs) {
		return false
	}
	return !d.lx.delegationGerunds[d.toks[i].fold] || i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.lx.delegationGerundOpeners[d.toks[i-1].fold]
}

// delegationHeadLater returns the person who heads the delegation received
// at toks[j] when a later sentence names them (up to three on), then the
// members that sentence lists; nil if none: "The delegation was led by
// A", "the seven-member delegation, led by A, comprised B and C", "Led by
// A, the group also included B", "I welcome A as he leads this
// delegation".
func (d *doc) delegationHeadLater(j int) []int {
	s := d.toks[j].sent
	for _, m := range d.mentions {
		if m.person < 0 || m.sent <= s {
			continue
		}
		if m.sent > s+3 {
			break
		}
		if d.headsDelegation(m) {
			return append([]int{m.person}, d.delegationMembersAfter(m)...)
		}
	}
	// "A delegation led by A is on a visit to C. … B met with the
	// delegation": the head named up to two sentences before.
	for _, m := range d.mentions {
		if m.sent >= s {
			break
		}
		if m.person >= 0 && m.sent >= s-2 && d.headsDelegation(m) {
			return []int{m.person}
		}
	}
	return nil
}

// headsDelegation reports whether mention m, in a sentence after the
// reception's, is told as the head of the delegation: after "led by" /
// "headed by" that follows a delegation noun (or "group") or opens the
// sentence, or before "as he leads this delegation".
func (d *doc) headsDelegation(m *pmention) bool {
	from, _ := d.sentToks(m.sent)
	for t := m.i - 1; t >= from+1 && t >= m.i-12; t-- {
		if d.toks[t].fold != "by" || !d.lx.delegationLed[d.toks[t-1].fold] {
			continue
		}
		if t-1 == from {
			return true
		}
		for u := t - 2; u >= from && u >= t-8; u-- {
			if f := d.toks[u].fold; d.lx.delegation[f] || d.lx.delegationBack[f] {
				return true
			}
		}
	}
	for t := m.j; t < m.j+6 && t < len(d.toks) && d.toks[t].sent == m.sent; t++ {
		if d.personAt(t) {
			break
		}
		if d.lx.delegationLeading[d.toks[t].fold] {
			return d.delegationAt(t+1) >= 0
		}
	}
	return false
}

// delegationMembersAfter returns the persons the head's sentence lists as
// the delegation's members after a member word ("comprised", "also
// included"), former holders too.
func (d *doc) delegationMembersAfter(head *pmention) []int {
	_, to := d.sentToks(head.sent)
	at := -1
	for t := head.j; t < to; t++ {
		if d.lx.delegationMembers[d.toks[t].fold] {
			at = t
			break
		}
	}
	if at < 0 {
		return nil
	}
	var out []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == head.sent && m.i > at && m.person != head.person && !m.dead {
			out = appendInt(out, m.person)
		}
	}
	return out
}

// formerHead returns the former office holder named right after a
// delegation's "led by" in the sentence of reception tr ("received a
// business delegation led by former Trade Minister A"), or -1: a former
// holder who heads a delegation is its guest, not one recalled.
func (d *doc) formerHead(tr trigger, to int) int {
	n := d.delegationAt(tr.j)
	if n < 0 {
		return -1
	}
	b := d.delegationLedBy(n)
	if b == 0 {
		return -1
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.former && !m.dead && m.sent == tr.sent && m.i >= b && m.i <= b+2 && m.i < to {
			return m.person
		}
	}
	return -1
}

// remarksDay returns the day of the statement that sentence s takes up by
// "made the remarks" ("President A said Dec. 14 that … The president made
// the remarks while receiving B"): the one day a sentence up to six
// before gives, not after publication; "" if none.
func (d *doc) remarksDay(s int) string {
	from, to := d.sentToks(s)
	made := false
	for k := from; k+2 < to; k++ {
		if d.toks[k].fold == "made" && d.toks[k+1].fold == "the" && d.lx.remarks[d.toks[k+2].fold] {
			made = true
			break
		}
	}
	if !made || d.pub.IsZero() {
		return ""
	}
	for b := s - 1; b >= 0 && b >= s-6; b-- {
		f, t := d.sentToks(b)
		day := ""
		for _, de := range d.lx.dates(d.toks, f, t, d.pub) {
			if de.prec != precDay || de.t.After(d.pub) || day != "" && de.format() != day {
				return ""
			}
			day = de.format()
		}
		if day != "" {
			return day
		}
	}
	return ""
}

// delegationCountry returns the country of the delegation received at
// toks[i] whose noun is toks[n], told before the noun ("the Czech Republic
// Senate delegation", "a Japanese business delegation") or right after it
// ("a delegation from the United Arab Emirates"), when the sentence names
// no head ("led by"); "" if none, or two.
func (d *doc) delegationCountry(i, n int) string {
	if d.delegationLedBy(n) > 0 {
		return ""
	}
	s := d.toks[n].sent
	c := ""
	for _, o := range d.others {
		if o.kind != accord.Country || o.i <= i || o.i > n+4 || o.i < 0 || d.toks[o.i].sent != s {
			continue
		}
		if o.i > n && (o.i-n > 4 || !d.delegationFrom(n, o.i)) {
			continue
		}
		if c != "" && c != o.key {
			return ""
		}
		c = o.key
	}
	// (A person of that country named in the sentence or the next two,
	// "had a talk with Emirati Minister A as the special envoy", is the
	// guest; the rules that read persons take them.)
	if c != "" {
		for _, m := range d.mentions {
			if m.person >= 0 && m.sent >= s && m.sent <= s+2 && d.persons[m.person].country == c {
				return ""
			}
		}
	}
	return c
}

// delegationFrom reports whether the words between a delegation noun at
// toks[n] and a country at toks[k] tell its origin: "from (the)", "of
// (the)".
func (d *doc) delegationFrom(n, k int) bool {
	t := n + 1
	if t >= k || (d.toks[t].fold != "from" && d.toks[t].fold != "of") {
		return false
	}
	t++
	if t < k && d.toks[t].fold == "the" {
		t++
	}
	return t == k
}

// delegationOrigin reports whether word w, after a delegation noun, tells
// its origin or its head: "of", "from", "led", "headed".
func (d *doc) delegationOrigin(w string) bool {
	return w == "of" || w == "from" || d.lx.delegationLed[w]
}
