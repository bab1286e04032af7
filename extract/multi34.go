package extract

// Several contacts told in one sentence (session 34, multi34): a group of
// peers whose members an inclusion lists, and plural meetings in a phrase
// the sentence opens with.

// groupInclusion reads the object of a contact phrase ending at toks[j]
// that is a group of fellow office holders whose members an inclusion then
// names: "held a series of meetings with other leaders on the sidelines of
// the Summit, including A, B and C", "met several world leaders, including
// A". The leaders are met one by one, as the plural group says; it returns
// the token after the opener ("including"), or -1. The group is the
// object's first noun (no one named before it, a determiner or two
// between), and a person follows the opener.
func (d *doc) groupInclusion(j int) int {
	if j >= len(d.toks) {
		return -1
	}
	sent := d.toks[j].sent
	k := j
	if d.toks[k].fold == "with" {
		k++
	}
	peer := false
	for n := 0; n < 4 && k < len(d.toks) && d.toks[k].sent == sent; n, k = n+1, k+1 {
		if d.lx.peerGroupNouns[d.toks[k].fold] {
			peer = true
			k++
			break
		}
		if !d.toks[k].word {
			return -1
		}
	}
	if !peer {
		return -1
	}
	// The opener within a dozen or so words: the venue or the day may stand
	// between ("on the sidelines of the G20 Summit on Saturday").
	for n := 0; n < 16 && k < len(d.toks) && d.toks[k].sent == sent; n, k = n+1, k+1 {
		if t := d.toks[k].text; t == ";" || t == ":" || t == "(" {
			return -1
		}
		if !d.lx.listOpeners[d.toks[k].fold] {
			continue
		}
		if d.mentionWithin(sent, j, k) || !d.mentionWithin(sent, k+1, k+4) {
			return -1
		}
		return k + 1
	}
	return -1
}

// frontedPlural reports whether the plural contact noun at toks[i] opens
// the sentence at toks[from] in a fronted phrase, owned by no possessive:
// "During meetings with A, B and C, the President thanked …", "In separate
// meetings with A and B, C affirmed …". Its holder is the clause's
// subject after the list, as with "During his meetings with" (fewer32.go).
func (d *doc) frontedPlural(i, from int) bool {
	k := i - 1
	for k > from && plainContactAdjectives[d.toks[k].fold] {
		k--
	}
	if k < from || k >= i || !d.lx.frontWords[d.toks[k].fold] {
		return false
	}
	// The phrase opens the sentence, or its text after a dateline
	// ("CITY, May 11 - During meetings with …").
	return k == from || dashes[d.toks[k-1].text]
}

// plainContactAdjectives stand between a fronted preposition and its plural
// contact noun: "In separate bilateral meetings with".
var plainContactAdjectives = map[string]bool{"the": true, "bilateral": true, "separate": true, "respective": true, "individual": true, "several": true, "various": true, "productive": true, "fruitful": true, "useful": true, "good": true}

var dashes = map[string]bool{"-": true, "–": true, "—": true, "--": true}

// pastDatelineDash returns the token after the dash that closes a dateline
// opening the sentence at toks[from] ("ISTANBUL, May 11 - Before …"), or
// from when none does: a dash within the first ten tokens, all before it
// capitalised words, numbers or commas.
func (d *doc) pastDatelineDash(from int) int {
	if from >= len(d.toks) || !d.toks[from].cap && !d.toks[from].upper {
		return from
	}
	sent := d.toks[from].sent
	for k := from + 1; k < len(d.toks) && k <= from+10 && d.toks[k].sent == sent; k++ {
		t := &d.toks[k]
		if dashes[t.text] {
			if k+1 < len(d.toks) && d.toks[k+1].sent == sent {
				return k + 1
			}
			return from
		}
		if t.word && !t.cap && !t.upper && !t.num {
			return from
		}
	}
	return from
}
