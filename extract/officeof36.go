package extract

import "slices"

// An office named with its country after it, "the Minister of Fisheries of
// Hungary", "the President of Serbia", as the subject of a contact takes up
// the person named before with that office and country (session 36,
// meet36b: Tanjug and agency texts name their side so after naming it
// once: "After the meeting with B, the President of Serbia met C").

// officeCountryAt reads "of [the] <country>" at toks[k] closing an office:
// the country's code and the token after it; "" when no country is there
// or a name follows it ("of Hungary Tomas Varga" names the holder).
func (d *doc) officeCountryAt(k int) (string, int) {
	if k >= len(d.toks) || d.toks[k].fold != "of" {
		return "", 0
	}
	c := k + 1
	if c < len(d.toks) && d.toks[c].fold == "the" {
		c++
	}
	sp, ok := d.spanAt(c)
	if !ok || sp.kind != kCountry || sp.e.code == "" {
		return "", 0
	}
	if sp.j < len(d.toks) && (d.covered[sp.j] || d.toks[sp.j].cap && d.toks[sp.j].word) {
		return "", 0
	}
	return sp.e.code, sp.j
}

// subjectOfficeCountry returns the country named after the office that is
// the subject of contact tr ("the President of Serbia met"), or "".
func (d *doc) subjectOfficeCountry(from int, tr trigger) string {
	sp, ok := d.subjectTitle(from, tr)
	if !ok {
		return ""
	}
	c, _ := d.officeCountryAt(sp.j)
	return c
}

// frontedOfficeSubject reads "After the meeting with A, the Foreign
// Minister of X met B" (prev the opening clause's contact, tr the main
// clause's): the main contact's sides are the office's holder named before
// and the persons named after the opening clause, not A. ps unchanged
// otherwise.
func (d *doc) frontedOfficeSubject(from, to int, prev, tr trigger, ps []int) []int {
	c := d.openingClauseEnd(from, prev)
	if c <= 0 || c >= tr.i {
		return ps
	}
	p := d.officeAntecedent(from, tr)
	if p < 0 || slices.Contains(ps, p) {
		return ps
	}
	out := []int{p}
	dropped := false
	for _, q := range ps {
		if d.personWithin(q, tr.sent, c, to) {
			out = appendInt(out, q)
		} else {
			dropped = true
		}
	}
	if !dropped || len(out) < 2 {
		return ps
	}
	return out
}
