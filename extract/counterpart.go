package extract

import (
	"slices"
	"strings"

	"github.com/accordhq/accord/extract/office"
)

// listedCounterpart adds the contact with "his counterpart" that a list
// names without a name: "talks and meetings with his counterpart, President
// B and Speaker C", in the wrap-up of a prime minister's visit, lists the
// host prime minister (named in the lead's invitation) before B and C, not
// B as the counterpart, whose office is not the subject's. The counterpart
// is the one person of another country the text names with the subject's
// office; the contact takes the type and day of the list's first contact.
func (d *doc) listedCounterpart(held []eng) []eng {
	for k := 0; k+3 < len(d.toks); k++ {
		if d.toks[k].fold != "counterpart" || d.toks[k+1].text != "," || k == 0 {
			continue
		}
		switch d.toks[k-1].fold {
		case "his", "her":
		default:
			continue
		}
		m := d.mentionStartingAt(k+2, d.toks[k].sent)
		if m == nil || m.person < 0 {
			continue
		}
		// The contact read with the first person of the list.
		h := slices.IndexFunc(held, func(e eng) bool {
			return e.sent == d.toks[k].sent && len(e.persons) == 2 && slices.Contains(e.persons, m.person)
		})
		if h < 0 {
			continue
		}
		subject := held[h].persons[0]
		if subject == m.person {
			subject = held[h].persons[1]
		}
		office := d.persons[subject].office
		if office == "" || d.persons[m.person].office == "" || d.persons[m.person].office == office {
			continue // "his counterpart, Prime Minister B": an apposition
		}
		c := d.sameOfficeAbroad(subject)
		if c < 0 {
			continue
		}
		e := held[h]
		e.persons = []int{subject, c}
		if slices.ContainsFunc(held, func(x eng) bool { return class(x.typ) == class(e.typ) && subset(e.persons, x.persons) }) {
			continue
		}
		held = append(held, e)
	}
	return held
}

// mentionStartingAt is the mention of a person that begins at token i.
func (d *doc) mentionStartingAt(i, sent int) *pmention {
	for _, m := range d.mentions {
		if m.sent == sent && m.person >= 0 && m.i == i {
			return m
		}
	}
	return nil
}

// sameOfficeAbroad is the one person of another country than p's that the
// text names with p's office (a prime minister's counterpart), or -1.
func (d *doc) sameOfficeAbroad(p int) int {
	out := -1
	for q, o := range d.persons {
		if q == p || o.office != d.persons[p].office || o.country == "" || o.country == d.persons[p].country || d.former(q) {
			continue
		}
		if out >= 0 {
			return -1
		}
		out = q
	}
	return out
}

// namedCounterpart is the one person of country c that the text names
// with p's office (an unnamed "his Slovak counterpart" named in a later
// sentence), or -1: none, several, or p without an office.
func (d *doc) namedCounterpart(p int, c string) int {
	off := d.persons[p].office
	if off == "" {
		return -1
	}
	out := -1
	for q, o := range d.persons {
		if q == p || o.country != c || o.office == "" || d.former(q) || !oneOffice(off, o.office) {
			continue
		}
		if out >= 0 {
			return -1
		}
		out = q
	}
	return out
}

// oneOffice reports whether two offices are one: the same name, or the
// same class of the office table ("Foreign Minister", "Minister of Foreign
// Affairs").
func oneOffice(a, b string) bool {
	if strings.EqualFold(a, b) || office.Same(a, b) || office.Same(b, a) {
		return true
	}
	ca := office.Class(a)
	return ca != "" && ca == office.Class(b)
}
