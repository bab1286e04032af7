package extract

import (
	"strconv"

	accord "github.com/accordhq/accord"
)

// Stays told by presence ("A is in C on/for a visit") outside the
// lead sentences readTrip looks at.

// presenceOn reports whether "on" at j opens the visit phrase at k: "is
// in Lima on a three-day visit" says the stay as "for a visit" does. An
// article or possessive must follow it ("on an official visit", "on his
// first visit"), not a day ("on Monday").
func (d *doc) presenceOn(j, k int) bool {
	return d.toks[j].fold == "on" && j+1 < k && d.lx.visitPhraseOpeners[d.toks[j+1].fold]
}

// latePresence reads a stay told by presence past the lead sentences:
// "Liu, who was in Turkey for a three-day visit, conveyed …". The visitor
// must be a party to a contact the text holds, of another country than
// the stay's; the visit phrase must not be a recalled or a planned one
// (tripLateAt). Returns the visitor, the host and the sentence, or -1.
func (d *doc) latePresence(held []eng) (int, string, int) {
	for s := 4; s < len(d.sents); s++ {
		from, to := d.sentToks(s)
		for k := from; k < to; k++ {
			if f := d.toks[k].fold; f != "visit" && f != "trip" || d.tripLateAt(k, from) {
				continue
			}
			v, c := d.presenceVisit(k, from, to, held)
			if v >= 0 && c != "" && d.inContact(held, v) && d.persons[v].country != c {
				return v, c, s
			}
		}
	}
	return -1, "", -1
}

// welcomeYouIn reports whether the welcome at k ends its object "you"
// with "in" at q: the translated host's "I am glad to welcome you in
// Moscow", "I sincerely greet you in Russia", said as "welcome you to C".
// Only after "you": "welcome in C the participants" is no guest's stay.
func (d *doc) welcomeYouIn(k, q int) bool {
	return d.toks[q].fold == "in" && q == k+2 && d.toks[k+1].fold == "you"
}

// sinceEarlierTrip reports whether person mention m, after visit phrase
// tr in its sentence, names the maker of an earlier trip the visit is
// measured from: "the first visit to C by a Japanese Prime Minister in 15
// years, since Prime Minister A visited in 2001", "the first visit … since
// A in 1971". "since" opens m's words (a title between), and a word of the
// trip ("visited") or another year than the publication's follows m in
// its clause. A is of that trip, not a side of this one.
func (d *doc) sinceEarlierTrip(tr trigger, m *pmention) bool {
	if tr.typ != accord.Visit || m.i <= tr.j || d.toks[m.i].sent != d.toks[tr.i].sent {
		return false
	}
	since := false
	for k := m.i - 1; k >= tr.j && k >= m.i-5; k-- {
		if f := d.toks[k].fold; d.lx.earlierTripOpeners[f] {
			since = true
			break
		} else if !d.toks[k].word || f == "and" {
			return false
		}
	}
	if !since {
		return false
	}
	for k := m.j; k < len(d.toks) && k < m.j+4 && d.toks[k].sent == m.sent; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if d.lx.is(&d.toks[k], fTripWords) || t.num && len(t.text) == 4 && !d.pub.IsZero() && t.text != strconv.Itoa(d.pub.Year()) {
			return true
		}
	}
	return false
}

// welcomedByIn returns the end of "A was welcomed by his counterpart B in
// C" (C a country, its capital, or "C's capital of X"), begun at the verb
// toks[i]: a passive welcome by a named host in the host's country tells
// A's stay, as "A was welcomed to C" does (welcomedPassiveTo). The place
// must follow the welcomer within a few words; 0 if not that form.
func (d *doc) welcomedByIn(i int) int {
	if i < 1 || i+3 >= len(d.toks) || !beVerb[d.toks[i-1].fold] || d.toks[i+1].fold != "by" {
		return 0
	}
	s := d.toks[i].sent
	host := -1
	for k := i + 2; k < len(d.toks) && k <= i+6 && d.toks[k].sent == s; k++ {
		if m := d.mentionAt(k); m != nil && m.person >= 0 {
			host = m.j
			break
		}
	}
	if host < 0 || host+1 >= len(d.toks) || d.toks[host].fold != "in" || d.toks[host+1].sent != s {
		return 0
	}
	k := host + 1
	for _, o := range d.others {
		if o.i != k || o.demonym {
			continue
		}
		if o.kind == accord.Country || d.countryOrCapitalAt(k) {
			return o.j
		}
	}
	return 0
}

// nameWordSkip returns the last token of the person's mention that begins
// at toks[k] (by title or name), or k: a name may hold a word that is also
// a preposition ("To Lam", "Nguyen Van To"), which must not end the
// welcome's object.
func (d *doc) nameWordSkip(k int) int {
	if m := d.mentionAt(k); m != nil && m.j-1 > k {
		return m.j - 1
	}
	return k
}

// forAVisitAt reports whether "for" or "on" at toks[k] opens a visit
// phrase of sentence sent: "for a three-day visit", "on an official
// visit", a few words between, none capitalised ("for the Summit").
func (d *doc) forAVisitAt(k, sent int) bool {
	if k >= len(d.toks) || d.toks[k].sent != sent || d.toks[k].fold != "for" && d.toks[k].fold != "on" {
		return false
	}
	for q := k + 1; q < len(d.toks) && q <= k+6 && d.toks[q].sent == sent; q++ {
		t := d.toks[q]
		if t.fold == "visit" {
			return q > k+1
		}
		if t.word && t.cap || !t.word && t.text != "-" && !t.num {
			return false
		}
	}
	return false
}

// welcomedForVisit reports whether the welcome at the verb toks[i] reads a
// visit only by its purpose ("welcomed B to Canberra for his first
// official visit", forAVisitAt): no other "welcomed to" form holds, and
// the text does not speak of "the visit" (theVisitNear).
func (d *doc) welcomedForVisit(i int) bool {
	if d.welcomedTo(i) > 0 || d.welcomedPassiveTo(i) > 0 || d.welcomedTitledTo(i) > 0 || d.theVisitNear(d.toks[i].sent) {
		return false
	}
	return d.welcomedToPlace(i) > 0
}
