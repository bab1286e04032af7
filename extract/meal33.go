package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// A meal a host gives in a guest's honour is a reception of the guest
// (the references code "hosted a dinner for A", "hosted a banquet in his
// honour" so, beside the talks of the same day), however the meal is
// worded: the phrase list knew "hosted a banquet for" but not "hosted a
// dinner for", "held an informal dinner party for", "hosted an official
// luncheon at the X complex in honour of", "also hosted a banquet in his
// honour" (recv33). A working meal is talks over the meal (the
// references code "hosted a working lunch for A" as the meeting).

// mealTriggers adds a reception for each meal hosted for a guest that no
// phrase read already, keeping the triggers in text order.
func (d *doc) mealTriggers(out []trigger) []trigger {
	added := false
	for i := range d.toks {
		if !d.toks[i].word || !d.lx.is(&d.toks[i], fMealHost) {
			continue
		}
		if covered(out, i) {
			continue
		}
		if j := d.hostedMealFor(i); j > 0 {
			out = append(out, trigger{typ: accord.Reception, i: i, j: j, sent: d.toks[i].sent, form: "hosted a meal"})
			added = true
		}
	}
	// The passive: "a banquet was hosted in honour of A by B" (press36.go).
	for i := range d.toks {
		if !d.lx.is(&d.toks[i], fMealParticiples) {
			continue
		}
		if c := coveringAt(out, i); c >= 0 {
			// "a banquet was hosted by B in honour of A": the host's
			// phrase ("hosted by") read a meeting; the meal makes it the
			// guest's reception.
			if out[c].typ == accord.Meeting && out[c].i >= i-1 {
				if m, j := d.passiveMealFor(i); j > 0 && !covered(out, m) {
					out[c].typ = accord.Reception
				}
			}
			continue
		}
		if m, j := d.passiveMealFor(i); j > 0 && !covered(out, m) {
			out = append(out, trigger{typ: accord.Reception, i: m, j: j, sent: d.toks[i].sent, form: "hosted a meal"})
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(a, b trigger) int { return a.i - b.i })
	}
	return out
}

// coveringAt returns the trigger that holds toks[i], or -1.
func coveringAt(out []trigger, i int) int {
	for k, t := range out {
		if t.i <= i && i < t.j {
			return k
		}
	}
	return -1
}

// covered reports whether a trigger already holds toks[i].
func covered(out []trigger, i int) bool {
	for _, t := range out {
		if t.i <= i && i < t.j {
			return true
		}
	}
	return false
}

// hostedMealFor returns the end of a meal phrase opened by the hosting
// verb at toks[i] ("hosted a dinner for", "will host a banquet in honour
// of", "gave a luncheon in his honour"), 0 when there is none: the verb,
// a meal (articles and meal adjectives before it, not "working"), an
// optional place or day ("at the X complex", "on Friday"), then "for" or
// "in honour of" before a person, or "in his/her/their honour".
func (d *doc) hostedMealFor(i int) int {
	lx := d.lx
	f := d.toks[i].fold
	if !lx.mealHostVerbs[f] && !(lx.mealHostFuture[f] && i > 0 && (d.toks[i-1].fold == "will" || d.toks[i-1].fold == "would")) {
		return 0
	}
	sent := d.toks[i].sent
	in := func(r int) bool { return r < len(d.toks) && d.toks[r].sent == sent }
	r := i + 1
	for in(r) && r < i+5 && (d.toks[r].fold == "a" || d.toks[r].fold == "an" || lx.mealAdjectives[d.toks[r].fold]) {
		if d.toks[r].fold == "working" {
			return 0
		}
		r++
	}
	if !in(r) || !lx.mealWords[d.toks[r].fold] {
		return 0
	}
	for in(r+1) && (lx.mealWords[d.toks[r+1].fold] || lx.mealTails[d.toks[r+1].fold]) {
		r++
	}
	r++
	// A place or a day between the meal and its guest: "at the Seri X
	// complex in honour of", "on Friday for".
	for k := r; in(k) && k < r+9; k++ {
		if g := d.mealGuestAt(k); g > 0 {
			return g
		}
		if k == r && d.toks[k].fold != "at" && d.toks[k].fold != "in" && d.toks[k].fold != "on" {
			return 0
		}
		if !d.toks[k].word || d.personAt(k) {
			return 0
		}
	}
	return 0
}

// mealGuestAt returns the end of the guest marker at toks[k]: "for" or "in
// honour of" with a person's mention starting within three words ("for
// Indian Prime Minister A", "in honour of the visiting President A"), or
// "in his/her/their honour" (the guest told before); 0 for none.
func (d *doc) mealGuestAt(k int) int {
	sent := d.toks[k].sent
	in := func(r int) bool { return r < len(d.toks) && d.toks[r].sent == sent }
	personSoon := func(r int) bool {
		for q := r; in(q) && q < r+4; q++ {
			if d.personAt(q) {
				return true
			}
		}
		return false
	}
	switch d.toks[k].fold {
	case "for":
		if personSoon(k + 1) {
			return k + 1
		}
	case "in":
		if in(k+2) && d.lx.mealHonour[d.toks[k+1].fold] && d.toks[k+2].fold == "of" && personSoon(k+3) {
			return k + 3
		}
		if p := d.toks[k+1 : min(k+2, len(d.toks))]; len(p) == 1 && (p[0].fold == "his" || p[0].fold == "her" || p[0].fold == "their") {
			// "in his Indian counterpart's honour": a few words may name
			// the guest again before the noun.
			for q := k + 2; in(q) && q < k+6; q++ {
				if d.lx.mealHonour[d.toks[q].fold] {
					return q + 1
				}
			}
		}
	}
	return 0
}
