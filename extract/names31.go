package extract

import "github.com/accordhq/accord"

// Agency copy writes the office of a person whose given name the lexicon
// does not know in lower case, beside the name between commas: "held talks
// with the foreign minister of C, A B", "met C's foreign minister, A B",
// "met A B, the US special envoy for …". A capitalised office there is a
// title span and titled() reads the apposed name; the lower-case office is
// read the same way when its article (or country) and the comma-bounded
// name of two or three capitalised words make it one person's title.

// lowerTitleApposed returns the title written in lower case at toks[i]
// when "the" or a country stands before it and a name stands beside it
// between commas, after its complement or before its article.
func (d *doc) lowerTitleApposed(i int) (entry, bool) {
	if i == 0 {
		return entry{}, false
	}
	last := len(d.spans) - 1
	country := last >= 0 && d.spans[last].j >= i-1 && d.countryBeforeOffice(last, i)
	// Without its article only before a name and a complement:
	// "A B, chairman of the X".
	bare := !country && d.toks[i-1].fold != "the"
	if bare && d.toks[i-1].text != "," {
		return entry{}, false
	}
	e, ok := d.lowerTitleAt(i)
	if !ok {
		return entry{}, false
	}
	sent := d.toks[i].sent
	k := i + e.n
	if bare {
		if k < len(d.toks) && d.toks[k].fold == "of" && d.nameRunBefore(i-1, sent) > 0 {
			return e, true
		}
		return entry{}, false
	}
	// After it: "the foreign minister (of C | for X), A B".
	if k < len(d.toks) && (d.toks[k].fold == "of" || d.toks[k].fold == "for") {
		for n := 0; k < len(d.toks) && n < 8 && d.toks[k].sent == sent && d.toks[k].text != ","; k, n = k+1, n+1 {
		}
	}
	if k+1 < len(d.toks) && d.toks[k].text == "," && d.toks[k].sent == sent && d.apposedNameRun(k+1, sent) {
		return e, true
	}
	// Before it: "A B, the (US) special envoy".
	st := i - 1
	if country {
		st = d.spans[last].i - 1
	}
	if st >= 1 && d.toks[st].fold == "the" && d.toks[st-1].text == "," && d.toks[st-1].sent == sent {
		if n := d.nameRunBefore(st-1, sent); n > 0 {
			return e, true
		}
	}
	return entry{}, false
}

// lowerTitleAt is the longest singular title of one to four lower-case
// words at toks[i] (every word of the office in lower case).
func (d *doc) lowerTitleAt(i int) (entry, bool) {
	var best entry
	found := false
	n := &d.lx.names
	for j := i; j < len(d.toks) && j < i+4; j++ {
		if !d.toks[j].word || d.toks[j].cap {
			break
		}
		n = n.child(&d.toks[j])
		if n == nil {
			break
		}
		for _, e := range n.entries {
			if e.kind == kTitle && !e.plural {
				best, found = e, true
				best.n = j + 1 - i
				break
			}
		}
	}
	return best, found
}

// A known given name is read as a name already ("Alice King, minister
// of …"), with the office's complement as that reading takes it: the rule
// is for the names the lexicon does not know.

// nameWordFree reports whether toks[j] may be a word of a name the
// lexicon does not know: capitalised, no calendar or stop word, and the
// start of no title, country or body.
func (d *doc) nameWordFree(j, sent int) bool {
	t := &d.toks[j]
	if t.sent != sent || !t.word || !t.cap || t.upper || d.calendarWord(j) || d.lx.is(t, fStop) {
		return false
	}
	if es := d.lx.names.match(d.toks, j); len(es) > 0 {
		if e, ok := d.pick(es, j); ok && (e.kind != kPlace || e.n > 1) {
			return false
		}
	}
	return true
}

// apposedNameRun reports whether two or three name words start at toks[k]
// and no capitalised word follows them.
func (d *doc) apposedNameRun(k, sent int) bool {
	n := 0
	for ; k+n < len(d.toks) && n < 4 && d.nameWordFree(k+n, sent); n++ {
	}
	if n < 2 || n > 3 || d.lx.is(&d.toks[k], fGiven) {
		return false
	}
	end := k + n
	return end == len(d.toks) || !(d.toks[end].word && d.toks[end].cap)
}

// nameRunBefore returns the length of the run of two or three name words
// ending right before toks[c], with no capitalised word before it (0 if
// none).
func (d *doc) nameRunBefore(c, sent int) int {
	n := 0
	for ; c-1-n >= 0 && n < 4 && d.nameWordFree(c-1-n, sent); n++ {
	}
	st := c - n
	if n < 2 || n > 3 || d.lx.is(&d.toks[st], fGiven) {
		return 0
	}
	if st > 0 && d.toks[st-1].word && d.toks[st-1].cap && !d.atSentenceStart(st) {
		return 0
	}
	return n
}

// "The visiting President also met A" after a visit of one president to
// another: officeAntecedent finds two holders of the office. The guest
// word says which: the one holder from another country than the
// dateline's. -1 without a guest word, a dateline country, or a single
// such holder.

// visitingHolder returns the holder of title id (its very title when
// same, else its office) named before contact tr who is the guest that
// "the visiting <office>" opening the clause at from stands for.
func (d *doc) visitingHolder(from int, tr trigger, id int, same bool) int {
	sp, ok := d.subjectTitle(from, tr)
	if !ok || sp.e.id != id || sp.i < 1 || !d.lx.guestWords[d.toks[sp.i-1].fold] {
		return -1
	}
	home := ""
	for _, o := range d.others {
		if o.i == -1 && o.kind == accord.Place {
			home = o.country
		}
	}
	if home == "" {
		return -1
	}
	t := d.lx.k.Titles.Titles[id]
	found := -1
	for _, m := range d.mentions {
		if m.person < 0 || m.sent >= tr.sent || m.person == found {
			continue
		}
		p := d.persons[m.person]
		fits := p.office == t.Office || t.AnyOffice && p.level == t.Level
		if same {
			fits = m.title == id
		}
		if !fits || p.country == "" || p.country == home {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.person
	}
	return found
}
