package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// ownSummit adds the gathering a government's release reports its own
// leader took part in, told as the end of that part: "The Prime Minister,
// A, today concluded his participation at the G20 Leaders' Summit in
// Rome", "concluded his second day at the G7 Leaders' Summit". The other
// leaders go unnamed; the leader's part is the engagement, with one side
// (as a doorstop abroad is). A summit of two sides named in its name
// ("the Canada-EU Summit") is a contact between them, read elsewhere.
func (d *doc) ownSummit(held []eng, h home) []eng {
	if !h.government || h.country == "" || d.pub.IsZero() || slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.Summit }) {
		return held
	}
	for s := 0; s < len(d.sents) && s < 2; s++ {
		from, to := d.sentToks(s)
		for k := from + 1; k+3 < to; k++ {
			if !d.lx.is(&d.toks[k], fVisitEnds) {
				continue
			}
			n := d.participationAt(k+1, to)
			if n < 0 {
				continue
			}
			end := d.summitNamed(n, to)
			if end < 0 {
				continue
			}
			lead := -1
			for _, m := range d.mentions {
				if m.sent == s && m.person >= 0 && m.j <= k && d.persons[m.person].country == h.country && d.leader(m.person) && !d.former(m.person) {
					lead = m.person
					break
				}
			}
			if lead < 0 {
				return held
			}
			e := eng{typ: accord.Summit, status: accord.StatusHeld, own: true, persons: []int{lead}, sent: s,
				date: d.pub.Format("2006-01-02"), datePub: true}
			if ds := d.statedDays(d.lx.dates(d.toks, from, to, d.pub)); len(ds) == 1 && ds[0].prec == precDay && !ds[0].rng && !ds[0].t.After(d.pub) {
				e.date, e.datePub = ds[0].format(), false
			}
			return append(held, e)
		}
	}
	return held
}

// participationAt returns where the gathering's name starts after "his
// participation at the", "her second day at the" opening at toks[k], or -1.
func (d *doc) participationAt(k, to int) int {
	if k >= to {
		return -1
	}
	switch d.toks[k].fold {
	case "his", "her", "their":
	default:
		return -1
	}
	k++
	// "his second day": an ordinal before the noun.
	if k+1 < to && !d.lx.participationNouns[d.toks[k].fold] && d.toks[k].word && !d.toks[k].cap {
		k++
	}
	if k+2 >= to || !d.lx.participationNouns[d.toks[k].fold] {
		return -1
	}
	k++
	if f := d.toks[k].fold; f != "at" && f != "in" {
		return -1
	}
	k++
	if d.toks[k].fold == "the" {
		k++
	}
	return k
}

// summitNamed returns the end of a gathering's capitalised name opening
// at toks[i] ("G20 Leaders' Summit", "Asia-Pacific Economic Cooperation
// (APEC) Leaders' Meeting", "Ninth Summit of the Americas"), a name that
// names no country, or -1.
func (d *doc) summitNamed(i, to int) int {
	end := -1
	for k := i; k < to && k < i+12; k++ {
		t := d.toks[k]
		if sp, ok := d.spanAt(k); ok && (sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry) {
			return -1
		}
		if t.word && strings.ContainsAny(t.text, "-–") && len(d.hyphenSides(t.text)) >= 2 {
			return -1
		}
		switch {
		case t.word && t.cap && (t.fold == "summit" || t.fold == "meeting"):
			end = k + 1
		case t.word && (t.cap || t.upper || t.num), t.text == "(" || t.text == ")" || possessive(t) || t.text == "’" || t.text == "'":
		case t.fold == "of" || t.fold == "the": // "Summit of the Americas"
		default:
			return end
		}
	}
	return end
}

// hyphenSides returns the sides a hyphenated word joins ("Canada-EU").
func (d *doc) hyphenSides(w string) []string {
	var codes []string
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' }) {
		if c := d.lx.sideCode(part); c != "" {
			codes = appendStr(codes, c)
		}
	}
	return codes
}
