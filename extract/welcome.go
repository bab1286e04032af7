package extract

import accord "github.com/accordhq/accord"

// welcomedAt returns the end of "A welcomed B to <a named place>" begun at
// the verb toks[i] when the place is no country and the text does not go on
// to speak of "the visit": "welcomed Prime Minister B to Downing Street
// today", "welcomed President B to the White House" is a meeting at that
// building (a welcome to a country, or followed by "the visit", is B's visit:
// welcomedTo, welcomedToPlace). A welcome to an event or a body ("to the
// summit", "to NATO") names no place and meets no one.
func (d *doc) welcomedAt(i int) int {
	// A report tells of a welcome given; "to welcome my friend to the Oval
	// Office" in remarks greets the guest of the meeting the remarks open.
	if d.toks[i].fold != "welcomed" && d.toks[i].fold != "welcomes" && !d.honoredToWelcome(i) {
		return 0
	}
	k := d.welcomeTo(i)
	building := false
	if k < 0 {
		// "welcomed Foreign Minister B at the Istana", "… in the Kremlin":
		// at or in a building only, not "in Paris" (the welcome may be told
		// of a visit) nor "in his remarks".
		if k = d.welcomeAtIn(i); k < 0 {
			return 0
		}
		building = true
	}
	sent := d.toks[i].sent
	p := k + 1
	if p < len(d.toks) && d.toks[p].fold == "the" {
		p++
	}
	if p >= len(d.toks) || !d.toks[p].cap || !d.toks[p].word || d.toks[p].sent != sent || d.mentionWithin(sent, p, p+1) {
		return 0
	}
	j := d.capsEnd(p, sent)
	if !d.placeWords(p, j) && (building || !d.cityAt(p)) {
		return 0
	}
	return j
}

// welcomeAtIn returns the index of the "at" or "in" after the person
// welcomed at the verb toks[i] ("welcomed Minister B at …"), or -1.
func (d *doc) welcomeAtIn(i int) int { return d.afterWelcomed(i, "at", "in") }

// cityAt reports whether toks[p] begins the name of a city of a known
// country ("welcomed Foreign Minister B to Canberra today"): the guest is
// met there. The visit is told as one ("to Australia", "the visit").
func (d *doc) cityAt(p int) bool {
	for _, o := range d.others {
		if o.i == p && o.kind == accord.Place && o.country != "" && !o.landmark && !o.demonym {
			return true
		}
	}
	return false
}

// placeWords reports whether toks[i:j] name a building one is welcomed to
// ("Downing Street", "the White House", "Parliament House", "the Kremlin").
func (d *doc) placeWords(i, j int) bool {
	return d.lx.buildingHeads[d.toks[j-1].fold] || j-i == 1 && d.lx.seats[d.toks[i].fold]
}

// honoredToWelcome reports whether toks[i] is the "welcome" of a third
// person's "is honored to welcome B to Washington" (a statement issued on
// the day of the guest's arrival), not a speaker's "I am honored to welcome".
func (d *doc) honoredToWelcome(i int) bool {
	if i < 3 || d.toks[i].fold != "welcome" || d.toks[i-1].fold != "to" {
		return false
	}
	switch d.toks[i-2].fold {
	case "honored", "honoured", "pleased", "delighted", "proud", "glad":
	default:
		return false
	}
	f := d.toks[i-3].fold
	return f == "is" || f == "was"
}

// welcomedToCity reports whether the welcome at the verb toks[i] is to a
// city of a known country ("to Washington, D.C."), not to a building.
func (d *doc) welcomedToCity(i int) bool {
	k := d.welcomeTo(i)
	if k < 0 || k+1 >= len(d.toks) || !d.cityAt(k+1) {
		return false
	}
	// "welcomed B to Canberra for their annual Leaders' Meeting": the
	// meeting the guest came for is the event told.
	sent := d.toks[i].sent
	j := d.capsEnd(k+1, sent)
	return !(j < len(d.toks) && d.toks[j].fold == "for" && d.toks[j].sent == sent)
}

// jointStatementTitle reports whether the headline d calls its text a joint
// statement: "Joint Statement from the United States and …", "U.S.-ROK
// Leaders' Joint Statement".
func (d *doc) jointStatementTitle() bool {
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i].fold != "joint" {
			continue
		}
		for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
			if f := d.toks[k].fold; f == "statement" || f == "declaration" {
				return true
			}
		}
	}
	return false
}

// welcomedAtMeal returns the end of the meal a guest is welcomed at after
// the verb at toks[i] ("warmly welcomed Prime Minister B in a state dinner
// banquet", "welcomed B at an official lunch"): a reception, the meal in
// the guest's honour; 0 if none.
func (d *doc) welcomedAtMeal(i int) int {
	if d.toks[i].fold != "welcomed" && d.toks[i].fold != "welcomes" {
		return 0
	}
	k := d.afterWelcomed(i, "in", "at")
	if k < 0 {
		return 0
	}
	r := k + 1
	for r < len(d.toks) && r < k+5 && (d.toks[r].fold == "a" || d.toks[r].fold == "an" || d.toks[r].fold == "the" || d.lx.mealAdjectives[d.toks[r].fold]) {
		r++
	}
	if r >= len(d.toks) || d.toks[r].sent != d.toks[i].sent || !d.lx.mealWords[d.toks[r].fold] {
		return 0
	}
	// "a state dinner banquet": the meal's words run on.
	for r+1 < len(d.toks) && d.lx.mealWords[d.toks[r+1].fold] {
		r++
	}
	return r + 1
}
