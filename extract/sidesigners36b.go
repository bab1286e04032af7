package extract

import accord "github.com/accordhq/accord"

// sideSigners gives a held signing every signer a passive "signed ... by"
// names side by side: "The Agreement was signed, on the EU side, by A and
// B, and, on the Kenyan side, by C and D", "The agreements were signed by
// A and B for Chile and by C for Peru". Such a sentence names the signers
// of each side, three or more, and the references list every one of them.
// The signing is the one told in that sentence, else in the sentence right
// after it ("A and B witnessed the signing"), else the text's only held
// signing ("The EU and Kenya signed an Agreement …" in its lead, the
// signers told further down). The leaders who witnessed it, told in the
// next sentence, are no signers: a signing of theirs there is the same one,
// dropped.
func (d *doc) sideSigners(held []eng) []eng {
	if !signingHeld(held) {
		return held
	}
	for s := 0; s < len(d.sents); s++ {
		ps := d.bySideSigners(s)
		if ps == nil {
			continue
		}
		k := signingAt(held, s)
		if k < 0 {
			k = signingAt(held, s+1)
		}
		if k < 0 {
			k = lastSigningBefore(held, s)
		}
		if k < 0 {
			continue
		}
		date := held[k].date
		for n := range held {
			// The same day's signing told before, up to the lead ("The EU
			// and Kenya signed …", "The signing ceremony took place in
			// Nairobi"): the one the signers' sentence tells of.
			e := &held[n]
			if n == k || e.typ == accord.Signing && e.status == accord.StatusHeld && e.sent < s && e.date == date {
				e.persons, e.codes = ps, nil
				e.guessed, e.byCountry = false, false
			}
		}
		if held[k].sent != s+1 && d.witnessedIn(s+1) {
			if w := signingAt(held, s+1); w >= 0 && w != k && held[w].date == date {
				held = append(held[:w], held[w+1:]...)
			}
		}
	}
	return held
}

// lastSigningBefore returns the index of the held signing told last before
// sentence s, or -1.
func lastSigningBefore(held []eng, s int) int {
	k := -1
	for n, h := range held {
		if h.typ == accord.Signing && h.status == accord.StatusHeld && h.sent < s && (k < 0 || h.sent > held[k].sent) {
			k = n
		}
	}
	return k
}

// signingHeld reports whether held has a signing told as held.
func signingHeld(held []eng) bool {
	for _, h := range held {
		if h.typ == accord.Signing && h.status == accord.StatusHeld {
			return true
		}
	}
	return false
}

// signingAt returns the index of the held signing told in sentence s, or -1.
func signingAt(held []eng, s int) int {
	for k, h := range held {
		if h.typ == accord.Signing && h.status == accord.StatusHeld && h.sent == s {
			return k
		}
	}
	return -1
}

// witnessedIn reports whether sentence s tells a signing witnessed.
func (d *doc) witnessedIn(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.toks[k].fold == "witnessed" {
			return true
		}
	}
	return false
}

// bySideSigners returns the persons sentence s names as the agents of a
// passive "was/were signed ... by", when at least three are named and at
// least two marks of the side they act for (knowledge signer_side_phrases,
// signer_side_nouns) stand among them. Those present ("in the presence
// of", "witnessed by") end the agents. Nil otherwise: "signed by A and B"
// alone is a pair the other rules read.
func (d *doc) bySideSigners(s int) []int {
	from, to := d.sentToks(s)
	q := -1
	for k := from + 1; k < to; k++ {
		if d.toks[k].fold != "signed" {
			continue
		}
		for p := k - 1; p >= from && p >= k-3; p-- {
			if f := d.toks[p].fold; f == "was" || f == "were" || f == "been" {
				q = k
			}
		}
		if q >= 0 {
			break
		}
	}
	if q < 0 {
		return nil
	}
	by, end := -1, to
	for k := q + 1; k < to; k++ {
		if d.presenceAt(k) || d.toks[k].fold == "witnessed" {
			end = k
			break
		}
		if by < 0 && d.toks[k].fold == "by" {
			by = k
		}
	}
	if by < 0 {
		return nil
	}
	marks := 0
	for k := q + 1; k < end; k++ {
		if d.sideMarkAt(k, end) {
			marks++
		}
	}
	if marks < 2 {
		return nil
	}
	ps := d.personsIn(by, end)
	if len(ps) < 3 {
		return nil
	}
	return ps
}

// sideMarkAt reports whether a mark of a signer's side begins at toks[k]:
// "on the EU side", "on the part of Kenya" ("on the", up to three words, a
// side noun), or a side phrase ("for", "on behalf of") followed, after an
// article at most, by a country or body.
func (d *doc) sideMarkAt(k, end int) bool {
	if d.toks[k].fold == "on" && k+2 < end && d.toks[k+1].fold == "the" {
		for q := k + 2; q < end && q <= k+5; q++ {
			if d.lx.signerSideNouns[d.toks[q].fold] {
				return true
			}
			if !d.toks[q].word {
				break
			}
		}
	}
	for _, l := range d.lx.signerSidePhrases {
		if !d.phraseAt(k, end, [][]string{l}) {
			continue
		}
		q := k + len(l)
		if q < end && d.toks[q].fold == "the" {
			q++
		}
		for _, o := range d.others {
			if o.i == q && !o.landmark && !o.capital {
				return true
			}
		}
	}
	return false
}
