package extract

import "github.com/accordhq/accord"

// A contact told as a pleasure uses the bare verb as often as "meet
// with": "said he was delighted to meet President A", "pleased to meet
// Prime Minister A again", "It has been fantastic to be here in C to meet
// President A". The bare "meet" is no phrase of the table (too general:
// "to meet the target", "meet the needs"); after a word of pleasure whose
// "to" is no plan (gladHeld) and with a person right after it, it is the
// meeting itself.

// gladMeet returns the end of the contact phrase when toks[i] is such a
// bare "meet", 0 otherwise. The person follows at once, or after "the"
// and an honorific ("delighted to meet the Hon. A").
func (d *doc) gladMeet(i int) int {
	if d.toks[i].fold != "meet" || i < 2 || d.toks[i-1].fold != "to" || i+1 >= len(d.toks) {
		return 0
	}
	var m *pmention
	for _, c := range d.mentions {
		if c.person >= 0 && c.sent == d.toks[i].sent && c.i > i && c.i <= i+4 && (m == nil || c.i < m.i) {
			m = c
		}
	}
	// The pleasure right before "to": past a stay ("fantastic to be here
	// in C to meet A", said at a trip's end) the meeting may be of any day
	// of the stay, which the release's day would misdate.
	if m == nil || !d.lx.gladToBe[d.toks[i-2].fold] && !d.gladOpportunityTo(i-1) || !d.gladHeld(i-1) {
		return 0
	}
	// Only "the" or an honorific ("the Hon.") before the name.
	for k := i + 1; k < m.i; k++ {
		if t := &d.toks[k]; t.fold != "the" && t.text != "." && !t.cap {
			return 0
		}
	}
	return i + 1
}

// A visit's summary sentences name the guest by nationality and rank
// rather than by name or title: "The Philippine State leader held talks
// with his counterpart … and met with A and B", "The Norwegian leader
// also met with A and B". "leader" is no title, so the office subject
// (officeAntecedent) does not read it; the one leader of that country
// named before the sentence is the subject.

// describedLeader returns the person "the [visiting] <demonym> [State]
// leader" ("the New Zealand leader", "the Vietnamese Government leader")
// opening the clause of contact tr stands for: the one head of
// state or government of that country named in an earlier sentence; -1
// if none or several. The phrase opens the sentence or follows an opening
// phrase set off by the sentence's first comma (within eight words,
// naming no one); only adverbs stand between it and the contact phrase.
func (d *doc) describedLeader(from int, tr trigger) int {
	k := from
	if d.toks[k].fold != "the" {
		k = -1
		for q := from + 1; q < tr.i && q < from+8; q++ {
			if d.toks[q].text == "," {
				if d.toks[q+1].fold == "the" && !d.personIn(from, q) {
					k = q + 1
				}
				break
			}
		}
		if k < 0 {
			return -1
		}
	}
	k++
	if k < tr.i && d.lx.guestWords[d.toks[k].fold] {
		k++
	}
	// The demonym, or the country's name as an adjective ("the New
	// Zealand leader", "the RoK leader").
	c := ""
	for _, o := range d.others {
		if o.i == k && o.kind == accord.Country {
			c, k = o.key, o.j
		}
	}
	if c == "" {
		return -1
	}
	// "the Philippine State leader", "the Vietnamese Government leader":
	// the head of state or of government, in Vietnamese agency English.
	if k < tr.i && (d.toks[k].fold == "state" || d.toks[k].fold == "government") {
		k++
	}
	if k >= tr.i || d.toks[k].fold != "leader" {
		return -1
	}
	for q := k + 1; q < tr.i; q++ {
		if !d.toks[q].word || d.toks[q].cap || !d.lx.sequenceOpeners[d.toks[q].fold] && d.toks[q].fold != "also" {
			return -1
		}
	}
	found := -1
	for _, m := range d.mentions {
		if m.person < 0 || m.sent >= tr.sent || m.person == found {
			continue
		}
		if d.persons[m.person].country != c || !d.leader(m.person) || d.former(m.person) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.person
	}
	return found
}

// coordinatedFirst returns the first contact of the sentence of trs[n]
// when trs[n] is coordinated after it, each verb after the one before
// ("held talks with A, witnessed …, and met with B and C"): the verbs
// share that first contact's subject. Else trs[n] itself.
func (d *doc) coordinatedFirst(trs []trigger, n int) trigger {
	k := n
	for k > 0 && trs[k-1].sent == trs[n].sent && d.coordinated(trs[k-1], trs[k]) {
		k--
	}
	return trs[k]
}
