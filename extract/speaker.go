package extract

import "github.com/accordhq/accord/extract/office"

// turnLabel is a speaker label of a transcript: the sentence it opens and
// the person it names, -1 for none ("Q:", "MODERATOR:").
type turnLabel struct {
	sent, person int
}

// turnLabels returns the speaker labels of a transcript ("NAME:", "NAME,
// TITLE:", "TITLE NAME:" opening a sentence), nil for a text with fewer
// than two or none naming a person.
func (d *doc) turnLabels() []turnLabel {
	var out []turnLabel
	named := false
	for s := range d.sents {
		from, to := d.sentToks(s)
		if from >= to || !d.toks[from].word || !d.toks[from].cap && !d.toks[from].upper {
			continue
		}
		k := d.labelRunEnd(from, to)
		if k == from || k >= to || d.toks[k].text != ":" || k+1 < to && d.toks[k+1].start == d.toks[k].end {
			continue // no label, or a time or ratio: "5:05"
		}
		l := turnLabel{sent: s, person: -1}
		for _, m := range d.mentions {
			if m.sent == s && m.i >= from && m.j <= k && m.person >= 0 {
				if d.labelTitled(from, k, d.persons[m.person]) {
					l.person, named = m.person, true
				}
				break
			}
		}
		out = append(out, l)
	}
	if len(out) < 2 || !named {
		return nil
	}
	return out
}

// labelRunEnd returns the end of the run of label words opening
// toks[from:to]: capitalised words and commas, up to maxLabelWords; after
// a comma, an office written in title case with its small words ("Enrique
// Manalo, Philippine Secretary for Foreign Affairs:", as several ministries
// label a guest's turn), up to maxOfficeLabelWords. The office must be one
// the titles know, so a sentence that merely opens with capitals stays no
// label.
func (d *doc) labelRunEnd(from, to int) int {
	k, comma, office := from, -1, false
	for k < to {
		t := &d.toks[k]
		switch {
		case t.text == ",":
			if comma < 0 {
				comma = k
			}
		case t.word && (t.upper || t.cap):
		case comma >= 0 && t.word && d.lx.officeConnectors[t.fold]:
		default:
			return d.officeLabelEnd(from, k, comma, office)
		}
		if comma >= 0 && k > comma && d.inTitle(k) {
			office = true
		}
		k++
		if k-from >= maxOfficeLabelWords {
			break
		}
	}
	return d.officeLabelEnd(from, k, comma, office)
}

// officeLabelEnd bounds a run of label words toks[from:k]: a run longer
// than maxLabelWords is a label only as "NAME, OFFICE" with a known office.
func (d *doc) officeLabelEnd(from, k, comma int, office bool) int {
	if k-from <= maxLabelWords {
		return k
	}
	if comma > from && office {
		return k
	}
	return from + maxLabelWords
}

// inTitle reports whether toks[k] is part of an office's title.
func (d *doc) inTitle(k int) bool {
	sp, ok := d.spanAt(k)
	return ok && sp.kind == kTitle
}

// turnsI reads "I" in a transcript as the speaker of its turn: the person
// the turn's label names. A turn whose label names no one (a journalist's
// question) and the text before the first label keep their "I" unread.
func (d *doc) turnsI(labels []turnLabel) bool {
	if len(labels) == 0 {
		return false
	}
	quoted := d.quotedSents()
	added := false
	t := -1
	for i := range d.toks {
		for t+1 < len(labels) && labels[t+1].sent <= d.toks[i].sent {
			t++
		}
		if t < 0 || labels[t].person < 0 || !d.isI(i, quoted) {
			continue
		}
		d.attach(&pmention{i: i, j: i + 1, ni: i, nj: i + 1, name: "I", title: -1, sent: d.toks[i].sent, person: -1}, labels[t].person)
		added = true
	}
	return added
}

// labelTitled reports whether person p holds every office of the table
// the label toks[from:to] names, on the day: "PRESIDENT B:" is not the
// president's wife, whom a shorter form of the name was read as.
func (d *doc) labelTitled(from, to int, p *person) bool {
	for _, sp := range d.spans {
		if sp.kind != kTitle || sp.i < from || sp.j > to {
			continue
		}
		ti := d.lx.k.Titles.Titles[sp.e.id]
		// An office the table holds: the person holds it on the day.
		if office.Class(ti.Office) == "" || d.pub.IsZero() {
			continue
		}
		held := false
		for _, h := range office.Find(p.name, d.pub) {
			if h.Titled(ti.Office) || h.Titled(ti.Title) {
				held = true
				break
			}
		}
		if !held {
			return false
		}
	}
	return true
}
