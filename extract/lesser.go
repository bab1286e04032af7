package extract

import "strings"

// Lesser events of a visit report: the signing the leaders witness or do
// after their talks, told in forms the phrase table's longest match does
// not reach.

// witnessedDocuments reports whether "witnessed" at toks[k-1] takes an
// exchange or signing of signed documents without the article the phrase
// table holds: "witnessed exchanges of documents", "witnessed signings of
// two agreements". "witnessed exchanges of views" is no signing.
func (d *doc) witnessedDocuments(k int) bool {
	if d.documentHandoverAt(k) {
		return true
	}
	if k < len(d.toks) && d.toks[k].fold == "the" {
		k++
	}
	if k+2 >= len(d.toks) || d.toks[k+1].fold != "of" || d.toks[k+2].sent != d.toks[k].sent {
		return false
	}
	switch d.toks[k].fold {
	case "exchanges", "signings", "exchange", "signing":
		return d.documentObject(k+2) || d.lettersAt(k+2)
	}
	return false
}

// documentActAt reports whether toks[k] opens an act on signed documents
// named by a compound noun, after an article, a count or a quantifier:
// "the MoU exchange", "six MoU exchanges", "the agreement signing",
// "several signing ceremonies". The act of the documents is the signing
// its witnesses attend, as "the exchange of MoUs" is; "the prisoner
// exchange", "the signing of the guest book" are not (no document noun;
// the "of" form is witnessedDocuments').
func (d *doc) documentActAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	sent := d.toks[k].sent
	q := k
	for q < len(d.toks) && d.toks[q].sent == sent && (d.toks[q].num || d.toks[q].fold == "the" || d.toks[q].fold == "a" || d.toks[q].fold == "an" || d.lx.groupQuantifiers[d.toks[q].fold]) {
		q++
	}
	if q+1 >= len(d.toks) || d.toks[q+1].sent != sent {
		return false
	}
	f, next := d.toks[q].fold, d.toks[q+1].fold
	if d.lx.signedDocument[f] || d.lx.signedDocuments[f] || f == "mou" {
		switch next {
		case "exchange", "exchanges", "signing", "signings":
			return true
		}
	}
	return f == "signing" && (next == "ceremony" || next == "ceremonies")
}

// theySignedAt reports whether the subject of "signed" at toks[i] is
// "they" opening its sentence (auxiliaries between: "They also signed"),
// or after an opener closed by a comma ("Later, they signed"): the pair
// the text has been telling of, as "The two leaders signed" names it.
// Not inside a clause ("the agreements they signed in 2019").
func (d *doc) theySignedAt(i int) bool {
	from, _ := d.sentToks(d.toks[i].sent)
	q := i - 1
	for q >= from && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q--
	}
	if q < from || d.toks[q].fold != "they" {
		return false
	}
	// "A and B met at the Palace on Tuesday where they signed a series of
	// documents": the relative adverb of the occasion the sentence has
	// just told; "they" are its two.
	if q > from && whereAdverbs[d.toks[q-1].fold] && d.mentionWithin(d.toks[i].sent, from, q-1) {
		return true
	}
	return q == from || d.toks[q-1].text == ","
}

// witnessedCeremony reports whether "witnessed" at toks[i] (its object
// from toks[k]) takes the ceremony of a signing the text has just told:
// "Peru and Chile signed seven MoUs. The ceremony was witnessed by Prime
// Minister A and President B", "A and B witnessed the ceremony". The
// ceremony is the signing's when its own sentence names the signing or
// the exchange, or the sentence before tells documents signed or
// exchanged; "the welcome ceremony was witnessed by" is no signing.
func (d *doc) witnessedCeremony(i, k int) bool {
	sent := d.toks[i].sent
	c := -1
	if i > 0 && (d.toks[i-1].fold == "was" || d.toks[i-1].fold == "were" || d.toks[i-1].fold == "also" && i > 1 && (d.toks[i-2].fold == "was" || d.toks[i-2].fold == "were")) && k < len(d.toks) && d.toks[k].fold == "by" {
		// The passive's subject opens the sentence: "The ceremony".
		from, _ := d.sentToks(sent)
		for q := from; q < i && q < from+4; q++ {
			if f := d.toks[q].fold; f == "ceremony" || f == "ceremonies" || d.bareSigningSubject(from, q) {
				c = q
				break
			}
		}
	} else {
		// The object, its article skipped or not: "witnessed the ceremony".
		if k < len(d.toks) && d.toks[k].fold == "the" {
			k++
		}
		if k < len(d.toks) && k > 0 && d.toks[k-1].fold == "the" && d.toks[k].sent == sent {
			switch d.toks[k].fold {
			case "ceremony", "ceremonies":
				c = k
			case "signing", "exchange":
				if k+1 < len(d.toks) && (d.toks[k+1].fold == "ceremony" || d.toks[k+1].fold == "ceremonies") {
					c = k + 1
				}
			}
		}
	}
	if c < 1 {
		return false
	}
	switch d.toks[c-1].fold {
	case "signing", "exchange":
		// "the signing ceremony", "the MoU exchange ceremony"; not "the
		// prisoner exchange ceremony".
		if c < 2 {
			return true
		}
		f := d.toks[c-2].fold
		return f == "the" || f == "this" || f == "that" || d.lx.signedDocument[f] || d.lx.signedDocuments[f] || d.toks[c-2].sent != sent
	case "the", "this", "that":
	default:
		return false // "the welcome ceremony"
	}
	// A bare "the ceremony": the signing told just before.
	if sent == 0 {
		return false
	}
	from, to := d.sentToks(sent - 1)
	for q := from; q < to; q++ {
		switch d.toks[q].fold {
		case "signed", "inked", "exchanged":
			if d.documentObject(q+1) || d.signedObjectBefore(q, false) {
				return true
			}
		case "exchange", "signing":
			// "The exchange of documents took place at the Palace."
			if q+2 < to && d.toks[q+1].fold == "of" && d.documentObject(q+2) {
				return true
			}
		}
	}
	return false
}

// whereClauseBetween reports whether the words from toks[from] to the
// verb at toks[to] open a clause on the occasion told before: "…, where
// they signed", "whereupon they also signed". A day before it ("met on
// Tuesday where they signed") is the occasion's, shared with the act.
func (d *doc) whereClauseBetween(from, to int) bool {
	q := from
	if q < to && d.toks[q].text == "," {
		q++
	}
	if q >= to || !whereAdverbs[d.toks[q].fold] {
		return false
	}
	q++
	if q < to && (d.toks[q].fold == "they" || d.toks[q].fold == "we") {
		q++
	}
	for q < to && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q++
	}
	return q == to
}

// andPairClauseBetween reports whether the words from toks[from] to the
// verb at toks[to] join a second act of the same two to the contact before
// a day: "held talks with B on Monday and the two leaders witnessed …",
// "…, and both then signed". Lower-case words only: no other name, no
// other day.
func (d *doc) andPairClauseBetween(from, to int) bool {
	q := from
	if q < to && d.toks[q].text == "," {
		q++
	}
	if q >= to || d.toks[q].fold != "and" || to-q > 6 {
		return false
	}
	for q++; q < to; q++ {
		if !d.toks[q].word || d.toks[q].cap || d.toks[q].num {
			return false
		}
	}
	return true
}

// whereAdverbs open a clause on the occasion just told ("met … where they
// signed").
// "when": "met with A on 11 September when we had substantive discussions"
// (meet33): the talks of that meeting.
var whereAdverbs = map[string]bool{"where": true, "whereupon": true, "wherein": true, "when": true}

// congratulatedOn reports whether the contact noun at toks[i] is what a
// speaker congratulates someone on or for: "conveyed his congratulations on
// a highly successful Group of Seven meeting", "congratulated A for hosting
// a successful summit". The host's gathering is praised, no contact of the
// day's sides. Up to eight words back, within the sentence; punctuation
// or "with" between ends the object ("met A on Monday, with B", no).
func (d *doc) congratulatedOn(i int) bool {
	sent := d.toks[i].sent
	for k := i - 1; k >= 1 && k >= i-8 && d.toks[k].sent == sent; k-- {
		f := d.toks[k].fold
		if !d.toks[k].word || f == "with" {
			return false
		}
		if f != "on" && f != "for" {
			continue
		}
		p := d.toks[k-1].fold
		if strings.HasPrefix(p, "congratulat") {
			return true
		}
		// "congratulated Prime Minister A on", "congratulated him for".
		for q := k - 1; q >= 1 && q >= k-5 && d.toks[q].sent == sent; q-- {
			if strings.HasPrefix(d.toks[q].fold, "congratulat") {
				return true
			}
			if !d.toks[q].word {
				break
			}
		}
	}
	return false
}

// soonAfter reports whether the future cue "soon" at toks[k] is the
// adverb of a time link ("soon after he held talks with B", "shortly
// after"): the order of two past acts, no plan.
func (d *doc) soonAfter(k int) bool {
	if d.toks[k].fold != "soon" || k+1 >= len(d.toks) {
		return false
	}
	f := d.toks[k+1].fold
	return f == "after" || f == "afterwards" || f == "thereafter"
}
