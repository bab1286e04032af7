package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// A contact whose sentence marks one side as visiting ("Prime Minister A
// and his visiting Malaysian counterpart B held talks in Hanoi", "had
// talks in Hanoi with visiting US Secretary of State B", "Visiting Sri
// Lankan Prime Minister B held talks with Prime Minister A") tells B's
// visit to A's country, whoever publishes it: agencies of the host and of
// third countries use the word as the host's own offices do.

// visitingHost returns the country hosting person v, whom "visiting" at k
// qualifies, in sentence [from, to): the country of the other side of a
// contact held in that sentence, of a country other than v's, else (that
// side of no country read) the country the sentence places it in. A place the
// sentence names in a third country ("met visiting President B in
// Madrid") is a contact elsewhere, a meeting abroad of both: no host.
func (d *doc) visitingHost(v, k, from, to int, held []eng) string {
	vc := d.persons[v].country
	// Only in the lead: a contact a later sentence tells in passing ("said
	// in his remarks during the joint press briefing with visiting
	// Minister B") is not what the text reports, and the references leave
	// its visit unannotated.
	if vc == "" || d.toks[k].sent > 1 {
		return ""
	}
	// "visiting" qualifies v when only v's title stands between: "visiting
	// US Secretary of State B", not "who is visiting India, met Prime
	// Minister B" (B is the host there).
	if c := d.countryAt(k+1, to); c != "" && c != vc {
		return ""
	}
	for j := k + 1; j < to && !d.covered[j]; j++ {
		if !d.toks[j].word {
			return ""
		}
	}
	// "met visiting President B on the sidelines of the Summit in Lima":
	// a guest of the gathering, not of the host (no visit in the golds).
	for j := from + 1; j+1 < to; j++ {
		if d.lx.is(&d.toks[j], fSideline) && d.toks[j-1].fold == "the" && d.toks[j+1].fold == "of" {
			return ""
		}
	}
	host, side := "", false // side: a contact of v with another person
	for _, e := range held {
		if e.typ == accord.Visit || e.sent != d.toks[k].sent || len(e.persons) != 2 {
			continue
		}
		p := -1
		switch v {
		case e.persons[0]:
			p = e.persons[1]
		case e.persons[1]:
			p = e.persons[0]
		}
		if p < 0 {
			continue
		}
		side = true
		if c := d.persons[p].country; c != "" && c != vc {
			host = c
			break
		}
	}
	if !side {
		return ""
	}
	for _, o := range d.others {
		if o.i < from || o.i >= to || o.demonym || o.i <= k {
			continue
		}
		// "in Madrid", "in Spain": where the sentence holds the contact.
		if o.i-1 >= from && (d.toks[o.i-1].fold == "in" || d.toks[o.i-1].fold == "at") {
			c := o.country
			if o.kind == accord.Country {
				c = o.key
			}
			if o.kind != accord.Country && o.kind != accord.Place || c == "" {
				continue
			}
			// A host of no country read: the place is his ("President A
			// and his visiting counterpart B held talks in Lima").
			if host == "" && c != vc {
				host = c
			}
			if c != host {
				return ""
			}
		}
	}
	return host
}

// visitingInHeld reports whether "visiting" at k qualifies a party to a
// contact held in its sentence: the guest is there, whatever year the
// sentence recalls besides ("held talks in Hanoi, noting the growth of
// ties since the partnership of 2015"), which tripLateAt takes for another
// visit.
func (d *doc) visitingInHeld(k, to int, held []eng) bool {
	if !d.visitingTitle(k, to) {
		return false
	}
	for _, m := range d.mentions {
		if m.person < 0 || m.i <= k || m.i > k+4 || m.i >= to {
			continue
		}
		for _, e := range held {
			if e.typ != accord.Visit && e.status == accord.StatusHeld && e.sent == d.toks[k].sent && len(e.persons) == 2 && (e.persons[0] == m.person || e.persons[1] == m.person) {
				return true
			}
		}
	}
	return false
}

// visitingAnaphor reads "the visiting <demonym> <office>" that names no
// one ("called on the visiting Lankan leader", "conferred upon the
// visiting emir", "the visiting Prime Minister also called on A"): the
// guest is the one party to the text's contacts of that nationality, or
// holding that office, facing a person of another country, who hosts.
// -1 and "" when the words fit several or none.
func (d *doc) visitingAnaphor(k, to int, held []eng) (int, string) {
	if d.toks[k].fold != "visiting" || k == 0 || d.toks[k-1].fold != "the" {
		return -1, ""
	}
	j, dc := k+1, ""
	for _, o := range d.others {
		if o.i == j && o.kind == accord.Country && o.demonym {
			j, dc = o.j, o.key
		}
	}
	// The office's last word within three: "Prime Minister", "leader".
	noun := ""
	for n := j; n < to && n < j+3 && d.toks[n].word; n++ {
		if d.covered[n] {
			return -1, "" // a name follows: visitingTitle's reading
		}
		if d.lx.leaderNouns[d.toks[n].fold] {
			noun = d.toks[n].fold
			break
		}
		if !d.toks[n].cap {
			break
		}
		noun = d.toks[n].fold // "President", "Prime Minister"
	}
	if noun == "" {
		return -1, ""
	}
	visitor, host := -1, ""
	for _, e := range held {
		if e.typ == accord.Visit || e.status != accord.StatusHeld || len(e.persons) != 2 || e.sent > d.toks[k].sent {
			continue
		}
		for n, p := range e.persons {
			q := e.persons[1-n]
			pc, qc := d.persons[p].country, d.persons[q].country
			if pc == "" || qc == "" || pc == qc {
				continue
			}
			if dc != "" && pc != dc || dc == "" && !d.holdsOffice(p, noun) {
				continue
			}
			if visitor >= 0 && (visitor != p || host != qc) {
				return -1, ""
			}
			visitor, host = p, qc
		}
	}
	return visitor, host
}

// holdsOffice reports whether person p's title or office has the word w
// ("president", "emir", "minister").
func (d *doc) holdsOffice(p int, w string) bool {
	has := func(r string) bool {
		for f := range strings.FieldsSeq(r) {
			if strings.EqualFold(f, w) {
				return true
			}
		}
		return false
	}
	return has(d.persons[p].office) || slices.ContainsFunc(d.persons[p].roles, has)
}

// circumstanceVisit reports whether the visit word at k opens a phrase set
// off by a comma, "in/on/during a(n) <modifiers> visit": the circumstance
// of the contact the sentence reports ("he and B, in an unannounced visit
// Thursday to Kyiv, talked about"), whose guest is the visitor.
func (d *doc) circumstanceVisit(k, from int) bool {
	for j := k - 1; j > from && j >= k-4; j-- {
		switch d.toks[j].fold {
		case "a", "an":
			p := j - 1
			return p > from && (d.toks[p].fold == "in" || d.toks[p].fold == "on" || d.toks[p].fold == "during") && d.toks[p-1].text == ","
		}
		if !d.toks[j].word || d.toks[j].cap && !d.lx.visitKinds[d.toks[j].fold] {
			return false
		}
	}
	return false
}

// presenceVerbs are the copulas of a stay: "A is in Lima for a visit".
var presenceVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "remains": true}

// presenceVisit reads a stay told by presence and purpose: "A is in Lima
// for a six-day visit", "B, who is in Peru for an official visit", "A is
// in Hanoi, capital of Vietnam, for the second leg of his trip to Asia".
// The visit word at k ends "for <article> <modifiers>"; the place follows
// "in" after the copula; the visitor is its subject. -1 and "" otherwise.
func (d *doc) presenceVisit(k, from, to int, held []eng) (int, string) {
	f := -1
	for j := k - 1; j > from && j >= k-7; j-- {
		// "for a six-day visit" or "on a three-day visit" (presenceOn).
		if d.toks[j].fold == "for" || d.presenceOn(j, k) {
			f = j
			break
		}
		if !d.toks[j].word && d.toks[j].text != "-" {
			return -1, ""
		}
	}
	if f < 0 {
		return -1, ""
	}
	for j := f - 1; j > from+1 && j >= f-8; j-- {
		if d.toks[j].fold != "in" || !presenceVerbs[d.toks[j-1].fold] {
			continue
		}
		c := d.countryAt(j+1, to)
		if c == "" {
			return -1, ""
		}
		is := j - 1
		// "The Vice President is in Ireland": the one party to a contact
		// holding that office, of another country.
		if v := d.officeSubject(from, is, c, held); v >= 0 {
			return v, c
		}
		for _, m := range d.mentions {
			if m.person < 0 || m.sent != d.toks[k].sent || m.i < from {
				continue
			}
			// "A is in", "A, who is in".
			if m.j == is || d.toks[is-1].fold == "who" && m.j < is && d.appositionTo(m.j, is) && !d.mentionWithin(m.sent, m.j, is) {
				if d.persons[m.person].country != "" && d.persons[m.person].country != c {
					return m.person, c
				}
			}
		}
		return -1, ""
	}
	return -1, ""
}

// hereVisit reads "A arrived here on Thursday night on a four-day visit"
// in a text with no dateline to name "here" (hereAtDateline): the host
// is the country of the one person of another country A holds a contact
// with. The visit word at k; "arrived here" up to eight words before it,
// its subject A ("A arrived here", "A, who arrived here").
func (d *doc) hereVisit(k, from int, held []eng) (int, string) {
	span := 8
	if d.legTrip(k, from) {
		span = 12 // "arrived here on the second leg of his three-nation tour"
	}
	for j := k - 1; j > from+1 && j >= k-span; j-- {
		if d.toks[j].fold != "here" || !d.lx.arrivalVerbs[d.toks[j-1].fold] {
			continue
		}
		verb := j - 1
		v := -1
		for _, m := range d.mentions {
			if m.person >= 0 && m.sent == d.toks[k].sent && m.i >= from && (m.j == verb || d.toks[verb-1].fold == "who" && m.j < verb && d.appositionTo(m.j, verb) && !d.mentionWithin(m.sent, m.j, verb)) {
				v = m.person
			}
		}
		if v < 0 || d.persons[v].country == "" {
			return -1, ""
		}
		host := ""
		for _, e := range held {
			if e.typ == accord.Visit || e.status != accord.StatusHeld || len(e.persons) < 2 || !slices.Contains(e.persons, v) {
				continue
			}
			// The others: one country ("met Governor General B and Prime
			// Minister C" of one host).
			for _, p := range e.persons {
				c := d.persons[p].country
				if p == v || c == "" || c == d.persons[v].country {
					continue
				}
				if host != "" && host != c {
					return -1, "" // contacts with several countries
				}
				host = c
			}
		}
		if host == "" {
			return -1, ""
		}
		return v, host
	}
	return -1, ""
}

// officeSubject returns the person a sentence's subject names by office
// alone, "The Vice President" in toks[from:is]: the one party to a contact
// held whose title has the office's last word, of a country other than c;
// -1 when the subject is no bare office or fits several.
func (d *doc) officeSubject(from, is int, c string, held []eng) int {
	if is-from < 2 || d.toks[from].fold != "the" || !wordsBetween(d.toks, from+1, is) || d.mentionWithin(d.toks[from].sent, from, is) {
		return -1
	}
	noun := d.toks[is-1].fold
	v := -1
	for _, e := range held {
		if e.typ == accord.Visit || e.status != accord.StatusHeld {
			continue
		}
		for _, p := range e.persons {
			if pc := d.persons[p].country; pc == "" || pc == c || !d.holdsOffice(p, noun) {
				continue
			}
			if v >= 0 && v != p {
				return -1
			}
			v = p
		}
	}
	return v
}
