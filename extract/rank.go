package extract

import (
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// deputyCalls types as meetings the receptions of a minister by a
// minister's deputy: a reception is a leader's receiving a visitor (or a
// minister's, of a peer or an envoy), and a deputy minister's courtesy
// call on a minister is, by protocol, a meeting of the two.
func (d *doc) deputyCalls(held []eng) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Reception || len(e.persons) != 2 {
			continue
		}
		a, b := e.persons[0], e.persons[1]
		if d.deputyOn(a, b) || d.deputyOn(b, a) {
			e.typ = accord.Meeting
		}
	}
}

// deputyOn reports whether person g is a minister's deputy and h a
// minister, neither of them a leader.
func (d *doc) deputyOn(g, h int) bool {
	host, guest := d.persons[h], d.persons[g]
	if host.level != accord.LevelMinister || d.top(h) || guest.level != accord.LevelOfficial || d.top(g) {
		return false
	}
	return d.deputyRank(guest)
}

// deputyRank reports whether an office of p is a deputy's rank in a
// ministry ("Deputy Minister of Foreign Affairs").
func (d *doc) deputyRank(p *person) bool {
	for _, o := range append([]string{p.office}, p.roles...) {
		f := accord.Fold(o) + " "
		for _, r := range d.lx.deputyRanks {
			if strings.HasPrefix(f, r) {
				return true
			}
		}
	}
	return false
}

// frameAfter reports whether toks[from:to] opens the frame of the contact
// before it: "met A on 9 June as part of B's working visit". The date
// before the frame is the contact's, not the frame's.
func (d *doc) frameAfter(from, to int) bool {
	for k := from; k+2 < to && k < from+2; k++ {
		if d.toks[k].fold == "as" && d.toks[k+1].fold == "part" && d.toks[k+2].fold == "of" {
			return true
		}
	}
	return false
}

// undatedHeadline returns the headline's contact that e, a body report of
// another day, is: one the headline alone names, of e's class and persons
// in part, a side named only by office or country, dated only by
// publication ("Courtesy Call of the Deputy Minister of X on B" over "A
// paid a courtesy call on B on 9 June"); -1 when none.
func (d *doc) undatedHeadline(held []eng, e eng) int {
	if e.date == "" || len(e.date) != 10 || len(e.persons) == 0 {
		return -1
	}
	for k, h := range held {
		// Only a headline's contact that lacks a side's person: one naming
		// both stands as it is read elsewhere.
		if len(h.codes) == 0 && len(h.persons) >= len(e.persons) {
			continue
		}
		if h.fromTitle && h.datePub && !h.confirmed && sameClass(h.typ, e.typ) && overlap(h.persons, e.persons) && e.date <= h.date {
			return k
		}
	}
	return -1
}

// welcomeReceived reports whether the reception phrase at tr is a welcome
// its subject was given ("I had an amazing reception", "we received a
// warm reception") in a sentence naming no one else: how a guest was met
// by a crowd or a city, not a leader's receiving a visitor.
func (d *doc) welcomeReceived(tr trigger, from, to int) bool {
	if tr.typ != accord.Reception || tr.form != "reception" {
		return false
	}
	k := tr.i - 1
	for k >= from && k > tr.i-5 && d.toks[k].word && !d.toks[k].cap && !d.receiveVerb(k) && d.toks[k].fold != "is" && d.toks[k].fold != "was" {
		k-- // "an amazing", "a very warm"
	}
	if k < from || !d.receiveVerb(k) && !d.welcomeManner(k, tr.i) {
		return false
	}
	if tr.j < to {
		switch d.toks[tr.j].fold {
		case "with", "for", "by", "hosted", "given", "at":
			return false // "had a reception with the ambassadors": held
		}
	}
	who := -1
	for _, m := range d.mentions {
		if m.sent != tr.sent || m.person < 0 {
			continue
		}
		if who >= 0 && m.person != who {
			return false
		}
		who = m.person
	}
	return true
}

// welcomeManner reports whether toks[k:i] are "is"/"was" and words that
// praise a welcome: "This is indeed a warm reception".
func (d *doc) welcomeManner(k, i int) bool {
	if f := d.toks[k].fold; f != "is" && f != "was" {
		return false
	}
	for q := k + 1; q < i; q++ {
		if d.lx.welcomeAdjectives[d.toks[q].fold] {
			return true
		}
	}
	return false
}

// receiveVerb reports whether toks[k] is a verb of being given something:
// had, received, got, was given.
func (d *doc) receiveVerb(k int) bool {
	switch d.toks[k].fold {
	case "had", "received", "got", "given", "enjoyed":
		return true
	}
	return false
}

// adjectiveComma reports whether the comma at toks[k] parts two adjectives
// of the noun at toks[i] ("your last brave, historical visit"), not two
// clauses: a lower-case word before it and one or two after it, up to the
// noun.
func (d *doc) adjectiveComma(k, i int) bool {
	if i-k-1 < 1 || i-k-1 > 2 || !d.toks[k-1].word || d.toks[k-1].cap || d.toks[k-1].upper {
		return false
	}
	for j := k + 1; j < i; j++ {
		if !d.toks[j].word || d.toks[j].cap || d.toks[j].upper || d.toks[j].text != d.toks[j].fold {
			return false
		}
	}
	return true
}

// republicTitled reports whether leader h is named by p's titles as a
// republic's president or a prime minister ("President Michel"), who, unlike
// a monarch or an emir, is named by family name, not given name, when
// another leader of the day has p's one word as family name.
func (d *doc) republicTitled(p *person, h *office.Holder) bool {
	if h.Class != office.HeadOfState && h.Class != office.HeadOfGovernment || office.Same("Monarch", h.Office) {
		return false
	}
	for _, t := range p.titles {
		ti := d.lx.k.Titles.Titles[t]
		if !office.Same(ti.Title, "President") && !office.Same(ti.Title, "Prime Minister") {
			return false
		}
	}
	// Only where another leader of the day bears the word as family name:
	// a text's lone "President Donald" still means the one Donald.
	for _, o := range office.Find(p.core[0], d.pub) {
		if o.Class != office.HeadOfState && o.Class != office.HeadOfGovernment || o.QID == h.QID {
			continue
		}
		if ws := office.Words(o.Name); len(ws) > 1 && ws[len(ws)-1] == p.core[0] {
			return true
		}
	}
	return false
}
