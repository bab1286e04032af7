package extract

// Companions the report sets off from the sides (session 34, from readouts
// of many outlets): "A, together with B, met C" and "A met C, with B in
// attendance" name B as one who came along, not as a side.

// companionWordsEndAt returns the start of the subject_companions phrase
// that ends at toks[k] ("together with", "alongside"), or -1.
func (d *doc) companionWordsEndAt(k int) int {
	for _, w := range d.lx.parts.companions {
		s := k - len(w) + 1
		if s < 1 {
			continue
		}
		ok := true
		for n, f := range w {
			if d.toks[s+n].fold != f {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
	}
	return -1
}

// trailingWithList returns the first token of the list that ", with" opens
// before a trailing_attendance phrase at toks[k], in the sentence's tokens
// from..to: "met C in the capital on Tuesday, with Foreign Minister B and
// Ambassador D in attendance" lists B and D, those present; -1 if the
// phrase at k closes no such list.
func (d *doc) trailingWithList(k, from, to int) int {
	if k < from+3 || !d.lx.is(&d.toks[k], fPartsFirst) {
		return -1
	}
	matched := false
	for _, w := range d.lx.parts.trailing {
		if k+len(w) > to {
			continue
		}
		ok := true
		for n, f := range w {
			if d.toks[k+n].fold != f {
				ok = false
				break
			}
		}
		// The phrase closes its clause: "with B present at the talks"
		// is another form, left.
		if e := k + len(w); ok && (e == to || !d.toks[e].word) {
			matched = true
			break
		}
	}
	if !matched {
		return -1
	}
	// Back over the list, names, titles and their joints, to ", with".
	for q := k - 1; q >= from+1 && q >= k-24; q-- {
		t := d.toks[q]
		if t.fold == "with" {
			if d.toks[q-1].text != "," || q+1 == k {
				return -1
			}
			return q + 1
		}
		if t.text == ";" || t.word && !t.cap && d.lx.parts.clauseEnds[t.fold] || t.word && !t.cap && d.lx.is(&d.toks[q], fVerbs) {
			return -1
		}
	}
	return -1
}

// asideShared reports whether the companion aside that opens at toks[st],
// after the subject mention starting at toks[si] (person subj) and before the
// contact phrase at toks[end], names co-subjects rather than companions:
// one of a country other than the subject's ("Pyle, together with Finance
// Minister of Ukraine A, and Director-General B, co-chaired"), or, for the
// words other than "along with" (whose single-companion and list readings
// session 29 checked), a list on either side ("A, B and C, alongside D, E
// and F, met with"), hosts of one rank.
func (d *doc) asideShared(si, st, end, subj int) bool {
	sc := d.persons[subj].country
	n := 0
	for _, x := range d.mentions {
		if x.person < 0 || x.person == subj || x.i < st || x.i >= end {
			continue
		}
		n++
		if c := d.persons[x.person].country; c != "" && sc != "" && c != sc {
			return true
		}
	}
	if d.toks[st].fold == "along" {
		return false
	}
	if n > 1 {
		return true
	}
	// The subject one of a list: "A, B and C, alongside D, met".
	// ("Today, A, alongside B, met": a comma after an opener is no list.)
	if si < 1 || d.toks[si-1].sent != d.toks[si].sent {
		return false
	}
	if d.toks[si-1].fold == "and" {
		return true
	}
	if d.toks[si-1].text != "," {
		return false
	}
	for _, x := range d.mentions {
		if x.person >= 0 && x.j == si-1 {
			return true
		}
	}
	return false
}

// namedCompanion reports whether person p, whom the headline names beside
// the sides ("A welcomes King B and Crown Prince C"), is in the text only
// one who came with a side of p's own country: "His Majesty was
// accompanied by his son Crown Prince C". The headline names the party
// that arrived; the contact's sides are the principals. (Those the text
// names after "attended by" stay sides when the headline names them:
// "Meeting with Minister A" on the Kremlin's site.)
func (d *doc) namedCompanion(p int, persons []int) bool {
	c := d.persons[p].country
	found, own := false, false
	for n := range d.mentions {
		m := d.mentions[n]
		if m.person != p {
			continue
		}
		if !d.companionOf(m) {
			return false
		}
		found = true
		// "accompanied by his son C": the side's own, of no country read.
		for k := m.i - 1; k >= 0 && k >= m.i-4 && d.toks[k].fold != "by"; k-- {
			own = own || d.toks[k].fold == "his" || d.toks[k].fold == "her"
		}
	}
	if !found {
		return false
	}
	if c == "" {
		return own
	}
	for _, q := range persons {
		if q != p && d.persons[q].country == c {
			return true
		}
	}
	return false
}
