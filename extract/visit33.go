package extract

import "github.com/accordhq/accord"

// welcomedTitledTo returns the end of "welcomed the President to Canada",
// "Welcoming the Vietnamese President to India", "welcomed his counterpart
// to C" begun at the verb toks[i]: the guest written by office alone (named
// in the sentences before), welcomed to a country, is the guest's visit as
// much as "welcomed President B to C" (welcomedTo) is. 0 if not that form.
func (d *doc) welcomedTitledTo(i int) int {
	sent := d.toks[i].sent
	k := i + 1
	if k >= len(d.toks) || d.toks[k].sent != sent {
		return 0
	}
	switch d.toks[k].fold {
	case "the":
		k++
		// "the Vietnamese President", "the visiting Prime Minister"
		if k < len(d.toks) && (d.toks[k].fold == "visiting" || d.lx.demonymCode(d.toks[k].text) != "") {
			k++
		}
		if k >= len(d.toks) || d.toks[k].sent != sent || d.mentionWithin(sent, k, k+1) {
			return 0
		}
		id, j := d.lowerTitle(k)
		if id < 0 || !headLevels[d.lx.k.Titles.Titles[id].Level] {
			return 0
		}
		k = j
	case "his", "her":
		// "welcomed his counterpart to India", "his US counterpart"
		k++
		if k < len(d.toks) && d.lx.demonymCode(d.toks[k].text) != "" {
			k++
		}
		if k >= len(d.toks) || d.toks[k].fold != "counterpart" {
			return 0
		}
		k++
	default:
		return 0
	}
	if k+1 >= len(d.toks) || d.toks[k].fold != "to" || d.toks[k].sent != sent {
		return 0
	}
	k++
	if d.toks[k].fold == "the" {
		k++
	}
	for _, o := range d.others {
		if o.i == k && o.kind == accord.Country && !o.demonym {
			return o.j
		}
	}
	return 0
}

// headLevels are the levels of a leader's titles.
var headLevels = map[string]bool{string(accord.LevelHeadOfState): true, string(accord.LevelHeadOfGovernment): true}

// visitToUnknown reports whether the visit phrase tr ends in "to" before a
// capitalised name the text knows as no country, place or organisation:
// "your visit to Adelaide yesterday". The visit's place is that name (or
// one told after it); "in C" of a clause before it ("I had a wonderful time
// while I was in C and I know you enjoyed your visit to Adelaide") is not,
// and would make the host's own past stay the guest's visit.
func (d *doc) visitToUnknown(tr trigger, to int) bool {
	if tr.typ != accord.Visit || tr.j < 1 || tr.j >= to {
		return false
	}
	k := tr.j
	if d.toks[tr.j-1].fold != "to" {
		if d.toks[k].fold != "to" {
			return false
		}
		k++
	}
	if k >= to || !d.toks[k].cap || !d.toks[k].word || d.at[k] != 0 {
		return false
	}
	for _, o := range d.others {
		if o.i == k {
			return false
		}
	}
	return true
}

// welcomedPassiveTo returns the end of "A was welcomed to Viet Nam at a
// ceremony presided over by B", begun at the verb toks[i]: the subject of
// a passive welcome to a country is its guest, come on a visit. 0 if not
// that form.
func (d *doc) welcomedPassiveTo(i int) int {
	if i < 1 || i+2 >= len(d.toks) || !beVerb[d.toks[i-1].fold] || d.toks[i+1].fold != "to" {
		return 0
	}
	k := i + 2
	if d.toks[k].fold == "the" && k+1 < len(d.toks) {
		k++
	}
	for _, o := range d.others {
		if o.i == k && o.kind == accord.Country && !o.demonym && d.toks[k].sent == d.toks[i].sent {
			return o.j
		}
	}
	return 0
}

// stayUntil reports whether date de, after publication, is told as the
// end of a visit under way: "until"/"till" right before it, and a present
// "is/are on" before the visit phrase tr ("who is on an official visit to
// C until November 17"). Read as the visit's day, it made the visit one
// ahead, not reported.
func (d *doc) stayUntil(tr trigger, de dateExpr, from int) bool {
	if tr.typ != accord.Visit || de.tok < 1 || de.tok <= tr.i || d.pub.IsZero() || !de.t.After(d.pub) {
		return false
	}
	if f := d.toks[de.tok-1].fold; f != "until" && f != "till" {
		return false
	}
	for k := tr.i - 1; k >= from && k >= tr.i-6; k-- {
		if d.toks[k].fold == "on" && k > from && (d.toks[k-1].fold == "is" || d.toks[k-1].fold == "are") {
			return true
		}
	}
	return false
}
