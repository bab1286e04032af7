package target

import "slices"

// listMarker returns how many tokens at the start of a sentence number it
// as an item of a release's numbered paragraphs ("1. The Government of
// Japan will provide …", "(2) Emergency relief goods: …", "iii. The
// Fund will …"): the number is no part of the sentence, and with it in
// front the subject no longer opens the sentence. Zero when none.
func listMarker(toks []token) int {
	if len(toks) < 3 {
		return 0
	}
	item := func(t token) bool {
		switch t.k {
		case num:
			return t.whole && t.v >= 1 && t.v < 100
		case word:
			return t.e-t.s == 1 || romanItem[t.f]
		}
		return false
	}
	n := 0
	switch {
	case toks[0].f == "(" && item(toks[1]) && toks[2].f == ")":
		n = 3
	case item(toks[0]) && (toks[1].f == "." || toks[1].f == ")") && !toks[1].sp:
		n = 2
	default:
		return 0
	}
	// The item's sentence goes on with a word; "1. 5 million" is no item.
	if n >= len(toks) || toks[n].k != word || !toks[n].sp {
		return 0
	}
	return n
}

// romanItem holds the small roman numerals releases number items with.
var romanItem = map[string]bool{"i": true, "ii": true, "iii": true, "iv": true, "v": true, "vi": true, "vii": true, "viii": true, "ix": true, "x": true}

// currencyAttributive reports whether a small number before a currency
// word counts what follows, the currency naming its kind: "exchanged notes
// for two (2) yen loan projects", "the two yen loans". A sum below a
// thousand units with no scale word, its currency a word followed by a
// funding noun, is no sum a government commits ("a 10 billion yen loan" has
// its scale; "$5 million" is no word).
func (x *extractor) currencyAttributive(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] || a.value >= 1000 || a.j >= len(toks) || a.j-1 < 0 || toks[a.j-1].k != word {
		return false
	}
	if slices.ContainsFunc(toks[a.i:a.j], func(t token) bool { return x.l.scales[t.f] > 0 }) {
		return false
	}
	f := toks[a.j].f
	return x.l.funding[f] || f == "loan" || f == "loans" || f == "aid" || f == "credit"
}

// recipientThenBy returns the index of the "by" that names a passive's
// agent at toks[k], or after the recipient the sentence names first: "will
// be extended to Palau by Japan", "will be provided for the people of the
// islands by the Government of Japan"; -1 if none.
func recipientThenBy(toks []token, k int) int {
	if k < len(toks) && toks[k].f == "by" {
		return k
	}
	if k >= len(toks) || toks[k].f != "to" && toks[k].f != "for" {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		switch f := toks[j].f; {
		case f == "by":
			if j+1 < len(toks) {
				return j
			}
			return -1
		case toks[j].k == punct && f != "-" && f != "'", f == "and", f == "which", f == "that":
			return -1 // the clause ends: "to Palau, as announced by"
		}
	}
	return -1
}

// convertedAfterNoun reports whether amount a, in brackets, converts the sum
// b before it into another currency across the one to three words of the
// noun b sizes: "a 3 million Kuwaiti dinar loan agreement (approximately
// $9.8 million)", "a ¥10 billion ODA loan (US$70 million)". The bracket
// holds the sum alone. (The sum's span stays its own: the noun is its
// metric.)
func (x *extractor) convertedAfterNoun(toks []token, b, a amount) bool {
	if !x.l.currencies[a.unit] || !x.l.currencies[b.unit] || a.unit == b.unit {
		return false
	}
	open := conversionOpen(toks, a.ps)
	if open < 0 || open <= b.pe || open-b.pe > 3 || convertedEnd(toks, a.pe) == 0 {
		return false
	}
	for k := b.pe; k < open; k++ {
		if toks[k].k != word || x.l.stop[toks[k].f] {
			return false
		}
	}
	return true
}
