package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// headlineSurnames returns the body's persons that a headline names by
// family name alone, as agencies and newspapers write their subjects
// ("A, B hold joint press conference after talks", "A holds press
// conference with B"): for each capitalised headline word no title or
// name of the headline covers, the one person of the body, other than
// those in have, whose name of two words or more ends in it. Nil when a
// word ends the names of two of the body's persons (which is meant cannot
// be told), or fewer than need persons result, counting have. A word that
// ends no body person's name is the one head of state or government or
// foreign minister of that family name on the text's day whose country the
// text names (headlineLeader): a speech under "A, President B
// hold joint press statement" names neither in full.
func (d *doc) headlineSurnames(title *doc, have []int, need int) []int {
	var out []int
	var held []office.Holder // by the office table, added once enough
	for i, t := range title.toks {
		if !t.word || !t.cap || t.upper || len(t.text) < 3 || title.at[i] != 0 || slices.ContainsFunc(title.mentions, func(m *pmention) bool { return i >= m.i && i < m.j }) {
			continue
		}
		found, n := -1, 0
		for pi, q := range d.persons {
			if slices.Contains(have, pi) || len(q.core) < 2 || q.core[len(q.core)-1] != t.fold || q.honoured {
				continue
			}
			if n++; n > 1 {
				return nil // two persons of that family name
			}
			found = pi
		}
		if found >= 0 {
			out = appendInt(out, found)
		} else if h, ok := d.headlineLeader(t.text, t.fold); ok && !slices.ContainsFunc(held, func(o office.Holder) bool { return o.QID == h.QID }) {
			held = append(held, h)
		}
	}
	if len(out)+len(held)+len(have) < need {
		return nil
	}
	for _, h := range held {
		p := d.holderPerson(h)
		if slices.Contains(have, p) {
			continue
		}
		if d.persons[p].level == "" {
			d.persons[p].level = classLevel(h.Class)
		}
		out = appendInt(out, p)
	}
	if len(out)+len(have) < need {
		return nil
	}
	return out
}

// headlineLeader is leaderOfFamilyNameText for a headline's family name,
// the holder's side named as a country, its capital, or, for a union
// whose leaders the table holds under its own code ("EU"), the union
// named as a body ("the European Union").
func (d *doc) headlineLeader(text, fold string) (office.Holder, bool) {
	h, ok := onlyLeaderOfFamilyName(text, fold, false, d.pub)
	if !ok || !d.countryOrCapitalNamed(h.Country) && !d.unionNamed(h.Country) {
		return office.Holder{}, false
	}
	return h, true
}

// unionNamed reports whether the text names a body of the union whose
// code is code, a code of no country the lexicon knows ("EU"): the
// organisation of that code ("the European Union", "the European
// Commission").
func (d *doc) unionNamed(code string) bool {
	if _, country := d.lx.byCode[code]; country || code == "" {
		return false
	}
	for _, o := range d.others {
		if o.kind == accord.Organization && o.country == code {
			return true
		}
	}
	return false
}

// groupAfterOpener reports whether the trigger opens its sentence in a
// prepositional phrase whose subject after the comma is the pair by a
// group word: "During the informal talks on Sunday evening, the leaders
// discussed …", "During their meeting on Monday, both leaders …". The day of
// that phrase is the day of the contact the headline names, whose sides
// the group word stands for.
func (d *doc) groupAfterOpener(tr trigger) bool {
	from, to := d.sentToks(tr.sent)
	// ("During …": an occasion marker opens the sentence.)
	if from >= tr.i || !d.lx.occasionMarkers[d.toks[from].fold] {
		return false
	}
	for k := from; k < tr.i; k++ {
		if d.toks[k].text == "," {
			return false
		}
	}
	k := tr.j
	for k < to && d.toks[k].text != "," {
		k++
	}
	if k+2 >= to {
		return false
	}
	a, b := d.toks[k+1].fold, d.toks[k+2].fold
	if a == "both" || a == "the" && b == "two" {
		return true
	}
	_, plural := d.lx.leaderPlurals[b]
	return a == "the" && plural
}
