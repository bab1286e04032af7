package extract

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// pluralContacts reads a plural contact noun whose holder is not the
// subject before it: "During his meetings with A and B, C discussed …",
// "emphasised in my meetings with both A and B", "Bilateral discussions
// were also held with A, B and C". The plural says each guest was met on
// his own (as "held meetings with A, B and C" does), and the holder is the
// one the possessive names (the person named after the list, else the
// report's lead person) or, for the agentless passive, the lead person.
// Returns one contact with each guest, or nil.
func (d *doc) pluralContacts(tr trigger, e eng, from, to int, principals []int) []eng {
	if class(tr.typ) != "talks" || e.guessed || tr.typ == accord.PhoneCall || tr.typ == accord.VideoCall {
		return nil
	}
	plural := false
	for k := tr.i; k < tr.j; k++ {
		if d.lx.pluralContactNouns[d.toks[k].fold] {
			plural = true
		}
	}
	if !plural {
		return nil
	}
	start, passive := d.heldWith(tr, to)
	possessor := d.possessiveBefore(tr.i, from)
	// "During meetings with A, B and C, the President …": the fronted
	// phrase's meetings are its subject's, as "his" would say (multi34.go).
	if possessor == "" && !passive && !d.frontedPlural(tr.i, from) {
		return nil
	}
	for k := from; k < to; k++ {
		if d.lx.together[d.toks[k].fold] {
			return nil // "their joint meetings with A and B"
		}
	}
	guests, end := d.listAfter(tr.sent, start, to)
	if len(guests) < 2 {
		return nil
	}
	// The holder: one person named later in the sentence, outside the
	// list ("…, C discussed"), else the lead person of the report.
	holder := -1
	for _, m := range d.mentions {
		if m.person < 0 || m.sent != tr.sent || m.i < end || m.i >= to || slices.Contains(guests, m.person) {
			continue
		}
		if possessor == "my" || passive || holder >= 0 && holder != m.person {
			holder = -2 // the speaker or the agent is not named in the clause
			break
		}
		holder = m.person
	}
	if holder == -2 {
		holder = -1
		if possessor != "my" && !passive {
			return nil // two persons after the list: whose meetings is unclear
		}
	}
	if holder < 0 && len(principals) > 0 {
		holder = principals[0]
	}
	if holder < 0 || slices.Contains(guests, holder) {
		return nil
	}
	// Persons before the phrase other than the holder: the contact has a
	// subject of its own ("A said his meetings with B and C …" is A's).
	for _, p := range e.persons {
		if p != holder && !slices.Contains(guests, p) && d.personBefore(p, tr.sent, from, tr.i) {
			return nil
		}
	}
	return oneWithEach(e, holder, guests)
}

// possessiveBefore returns the possessive determiner that opens the noun
// phrase ending at toks[i] ("his meetings", "my bilateral meetings",
// "their separate meetings"), or "".
func (d *doc) possessiveBefore(i, from int) string {
	for k := i - 1; k >= from && k >= i-3; k-- {
		switch f := d.toks[k].fold; f {
		case "his", "her", "my", "their", "our":
			return f
		case "bilateral", "separate", "respective", "individual", "several", "various", "many", "productive", "fruitful", "useful", "good", "recent":
			continue
		default:
			return ""
		}
	}
	return ""
}

// heldWith reads the agentless passive after a plural contact noun
// ("Bilateral discussions were also held with A"): it returns the token
// after its "with" and true, else tr.j and false.
func (d *doc) heldWith(tr trigger, to int) (int, bool) {
	k := tr.j
	if k >= to || d.toks[k].fold != "were" {
		return tr.j, false
	}
	for k++; k < to && k <= tr.j+3; k++ {
		switch d.toks[k].fold {
		case "also", "further", "then", "later", "separately", "subsequently":
			continue
		case "held":
			if k+1 < to && d.toks[k+1].fold == "with" {
				return k + 2, true
			}
		}
		return tr.j, false
	}
	return tr.j, false
}

// listAfter returns the persons listed from toks[start] ("with A, B and
// C", "with both A and B"), in order, and the token where the list ends:
// the list stops after the item "and" introduces, unless another "and"
// item follows at once ("B and the Foreign Minister of C D and the Foreign
// Minister of E F"). A first item whose name the lists do not know (a
// capitalised title and name) is passed over.
func (d *doc) listAfter(sent, start, to int) ([]int, int) {
	var guests []int
	end, last := start, start
	closed := false
	for _, m := range d.mentions {
		if m.person < 0 || m.sent != sent || m.i < start || m.i >= to {
			continue
		}
		if m.i < last {
			continue // inside the previous mention
		}
		gap := m.i - last
		and, other := false, false
		for k := last; k < m.i; k++ {
			switch f := d.toks[k].fold; {
			case f == "and":
				and = true
			case f == "the":
			case f == "," || f == "both" || f == "of" || f == "from" || f == "for":
				other = true
			case d.toks[k].word && capitalised(d.toks[k].text) && (len(guests) == 0 && gap <= 15 || gap <= 3):
				// "Under Secretary A, Minister B": an item the lists do not
				// name; "President A of C, Prime Minister B": a country
				// after the name.
				other = true
			default:
				return guests, end
			}
		}
		if closed && (other || !and) || len(guests) > 0 && gap > 5 {
			return guests, end
		}
		guests = appendInt(guests, m.person)
		end, last = m.j, m.j
		closed = closed || and
	}
	return guests, end
}

// personBefore reports whether person p is named in sentence sent between
// toks[from] and toks[i].
func (d *doc) personBefore(p, sent, from, i int) bool {
	for _, m := range d.mentions {
		if m.person == p && m.sent == sent && m.i >= from && m.i < i {
			return true
		}
	}
	return false
}

// capitalised reports whether word w opens with a capital letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// bothAt is 1 when toks[k] is "both" opening a pair ("with both A and B"),
// else 0: the reach of a phrase's first name counts past it.
func bothAt(toks []token, k int) int {
	if k < len(toks) && toks[k].fold == "both" {
		return 1
	}
	return 0
}

// andTheyAfterGuest reports whether the group at toks[i] is "they" (or
// "both") opening a clause coordinated after the contact's own guest: "He
// also met Minister A, and they agreed to deepen ties" — they are the
// contact's two sides, not the report's principals.
func (d *doc) andTheyAfterGuest(tr trigger, i, to int) bool {
	if i < tr.j+3 || i >= to || d.toks[i].fold != "they" && d.toks[i].fold != "both" {
		return false
	}
	if d.toks[i-1].fold != "and" || d.toks[i-2].text != "," {
		return false
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= tr.j && m.j <= i-2 {
			return true
		}
	}
	return false
}

// aheadDay reports whether day expression de is the time of an event the
// clause tells as ahead: "met A on Tuesday, ahead of the bloc's meeting on
// Wednesday", "before leaving for Paris on Friday". Such a day is not the
// day a sequel ("He then met B") was held on.
func (d *doc) aheadDay(de dateExpr, from int) bool {
	for k := de.tok - 1; k >= from && k >= de.tok-8; k-- {
		switch f := d.toks[k].text; f {
		case ",", ";", "(", ")":
			return false
		}
		if d.lx.aheadDayCues[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// additiveGerund reports whether contact phrase tr is a gerund added to
// the contact prev of its sentence by "apart from", "besides", "in
// addition to" or "as well as": "is scheduled to hold talks with A, apart
// from holding a meeting with B on Wednesday" — the plan governs both.
func (d *doc) additiveGerund(prev, tr trigger) bool {
	if prev.sent != tr.sent || prev.j > tr.i {
		return false
	}
	for q := prev.j; q < tr.i; q++ {
		if t := d.toks[q].text; t == ";" || t == ":" {
			return false
		}
	}
	at := func(k int, w ...string) bool {
		if k < prev.j {
			return false
		}
		for n, x := range w {
			if d.toks[k+n].fold != x {
				return false
			}
		}
		return true
	}
	// The gerund opens the phrase or stands just before it ("holding a
	// meeting with").
	for i := tr.i; i > prev.j && i >= tr.i-2; i-- {
		if !strings.HasSuffix(d.toks[i].fold, "ing") {
			continue
		}
		for _, o := range d.lx.additiveOpeners {
			if at(i-len(o), o...) {
				return true
			}
		}
	}
	return false
}
