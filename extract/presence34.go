package extract

import "github.com/accordhq/accord"

// objectLead skips, from toks[k], what stands before the name a contact
// verb takes: an article, "visiting" after "received", a modifier of the
// title ("received the newly sworn-in President A"), and with documents an
// adjective of a document ("signed a new Joint Declaration") and a comma
// between two ("a new, historic agreement"). The guest after the phrase of
// those present ("received, in the presence of A, the visiting Minister B";
// meet34) takes it without documents.
func (d *doc) objectLead(k int, form string, documents bool) int {
	lx := d.lx
	for k < len(d.toks) {
		if f := d.toks[k].fold; f == "the" || f == "his" || f == "her" || f == "a" || f == "an" || documents && lx.documentAdjectives[f] || f == "visiting" && form == "received" {
			k++
			continue
		}
		if documents && d.toks[k].text == "," && k > 0 && lx.documentAdjectives[d.toks[k-1].fold] && k+1 < len(d.toks) && lx.documentAdjectives[d.toks[k+1].fold] {
			k++
			continue
		}
		if sp, ok := d.spanAt(k); ok && sp.kind == kModifier && sp.j > k {
			k = sp.j
			continue
		}
		break
	}
	return k
}

// withoutPresent drops from a reception's sides those named only in the
// phrase of those present between its verb and its guest ("received, in
// the presence of Crown Prince A, Minister B"): A attends; the host and B
// are the sides (meet34).
func (d *doc) withoutPresent(tr trigger, ps []int) []int {
	if tr.typ != accord.Reception || len(ps) < 3 || tr.j >= len(d.toks) {
		return ps
	}
	// The trigger's end is the guest's start when the phrase stood between
	// (afterPresence); else the phrase may follow the verb's own end.
	q, g := -1, tr.j
	for k := tr.i + 1; k < tr.j; k++ {
		if d.presenceAt(k) {
			q = k
			break
		}
	}
	if q < 0 {
		if g = d.afterPresence(tr.j); g > tr.j {
			q = tr.j
		}
	}
	// "A, in the presence of B and C, received D": the phrase between
	// commas before the verb.
	if q < 0 && tr.i > 1 && d.toks[tr.i-1].text == "," {
		from, _ := d.sentToks(tr.sent)
		for k := tr.i - 2; k > from && k >= tr.i-40; k-- {
			if d.toks[k-1].text == "," && d.presenceAt(k) {
				q, g = k, tr.i-1
				break
			}
		}
	}
	if q < 0 {
		return ps
	}
	from, to := d.sentToks(tr.sent)
	out := ps[:0:0]
	for _, p := range ps {
		inside, outside := false, false
		for _, m := range d.mentions {
			if m.person != p || m.i < from || m.i >= to {
				continue
			}
			if m.i > q && m.i < g {
				inside = true
			} else {
				outside = true
			}
		}
		if inside && !outside {
			continue
		}
		out = append(out, p)
	}
	if len(out) < 2 {
		return ps
	}
	return out
}

// officeClosing reports whether the phrase of those present in
// toks[from:to] names an office by its title alone, capitalised up to its
// end ("in presence of His Highness the Crown Prince,"): those present
// told without a name (meet34).
func (d *doc) officeClosing(from, to int) bool {
	if to-from < 5 || to-from > 12 {
		return false
	}
	return d.toks[to-1].cap && d.toks[to-2].cap
}

// subjectNamedBefore reports whether toks[from:i] hold a run of two
// capitalised words or more (the sentence's first word aside) followed by a
// word in lower case: a subject and its verb stand before the title
// ("During his visit Prime Minister A called on the President of X, Dr.
// B"), so the title opens the object, not a fronted phrase (meet34). Tokens
// only: the mentions are still being read.
func (d *doc) subjectNamedBefore(from, i int) bool {
	run := 0
	for k := from + 1; k < i; k++ {
		t := d.toks[k]
		switch {
		case t.word && (t.cap || t.upper):
			run++
		case t.word && run >= 2:
			return true
		default:
			run = 0
		}
	}
	return false
}
