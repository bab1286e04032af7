package target

// thankedGift reports whether amount a stands in what a thanked party is
// thanked "for" (toks[f] is "for"), so that the party gives it:
//   - a giving gerund right before the sum: "for providing Y with $1 million";
//   - a determiner and a gift noun around the sum: "for the $12 million
//     grant", "for its grant of ¥2 billion", "for $500,000 in flood relief
//     donations";
//   - a list opened after either: "for providing practical support via a
//     gift of masks, $3.5 million for a fund and a relief package worth
//     $700,000 to help …", "for its support, including $4 million for X
//     and $1 million for Y" (readouts of the thanking side list each gift).
//
// Without a list the sum must follow within a few words with no comma or
// second "for" between; a list runs to the clause's end, whatever stands
// between the gift and its opener ("support for Vietnam via a gift of").
func (x *extractor) thankedGift(toks []token, f int, a amount) bool {
	g := f + 1
	var from int // where the plain (list-free) stretch to the sum starts
	switch {
	case x.l.giftVerbs[toks[g].f]:
		from = g + 1
	case toks[g].f == "its" || toks[g].f == "their" || toks[g].f == "the" || a.ps == g:
		n := g + 1 // "for its", "for the", or the sum itself ("for $500,000 in relief donations")
		for n < len(toks) && n < g+8 && !x.l.giftNouns[toks[n].f] && toks[n].f != "," && !clauseEnd(toks[n]) {
			n++
		}
		if n >= len(toks) || !x.l.giftNouns[toks[n].f] {
			return false
		}
		if a.ps >= g && a.ps < n {
			return true // "for the $12 million grant"
		}
		if a.ps == n+2 && toks[n+1].f == "of" {
			return true // "for its grant of ¥2 billion"
		}
		from = n + 1
	default:
		return false
	}
	for q := from; q < a.ps && q-f <= 40; q++ {
		if clauseEnd(toks[q]) {
			break
		}
		if end, _ := x.l.giftListOpeners.match(toks, q); end > 0 {
			for r := end; r < a.ps; r++ {
				if clauseEnd(toks[r]) || r-f > 40 {
					return false
				}
			}
			return true // a listed gift
		}
	}
	for q := from; q < a.ps; q++ {
		if t := toks[q]; t.f == "," || t.f == "for" || clauseEnd(t) {
			return false
		}
	}
	// No list: the gerund's sum follows closely ("for providing Y with $1
	// million"); a determiner's gift noun takes no later sum.
	return x.l.giftVerbs[toks[g].f] && a.ps-f <= 8
}
