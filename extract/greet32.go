package extract

import "strings"

// A speech's address block greets those in the room before the speech
// begins: "May I specifically greet you: Your Excellency A, …; B, our
// High Commissioner, …; Ladies and Gentlemen." The persons it names are
// the audience, not a side the speaker's government stands for: they
// fill no home side of a contact unless the body names them again.

// addressedOnly reports whether every mention of person p lies in an
// address block sentence (addressBlock).
func (d *doc) addressedOnly(p int) bool {
	if len(d.lx.addressOpeners) == 0 {
		return false
	}
	seen := false
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		if !d.addressBlock(m.sent) {
			return false
		}
		seen = true
	}
	return seen
}

// addressBlock reports whether sentence s opens with an address opener
// (knowledge address_openers: "May I specifically greet", "Let me
// acknowledge") and holds a salutation after it ("Your Excellency",
// "Ladies and Gentlemen").
func (d *doc) addressBlock(s int) bool {
	if s < 0 || s >= len(d.sents) {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(d.text[d.sents[s].Start:d.sents[s].End], "*_ \"“"))
	if vocativeRun(low) {
		return true
	}
	for _, o := range d.lx.addressOpeners {
		if !strings.HasPrefix(low, o) || len(low) > len(o) && isLetter(low[len(o)]) {
			continue
		}
		rest := low[len(o):]
		for _, sal := range d.lx.salutations {
			if hasWord(rest, sal) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether phrase w occurs in s bounded by non-letters.
func hasWord(s, w string) bool {
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isLetter(s[k-1])) && (k+len(w) == len(s) || !isLetter(s[k+len(w)])) {
			return true
		}
		i = k + 1
	}
	return false
}

// vocativeRun reports whether low (a lower-cased sentence) is a banquet
// speech's bare address lines, "Your Excellency, President A and Mrs A,
// Deputy President B, Distinguished guests,": it opens with "your
// excellency" or "excellency" and, no clause of the speech closing it,
// ends on a comma. (banquet32: the greeted deputy is no host of the
// guest's visit.)
func vocativeRun(low string) bool {
	low = strings.TrimRight(low, " \t\r\n")
	if !strings.HasSuffix(low, ",") {
		return false
	}
	for _, o := range [...]string{"your excellency", "excellency"} {
		if strings.HasPrefix(low, o) && (len(low) == len(o) || !isLetter(low[len(o)])) {
			return true
		}
	}
	return false
}
