package extract

import "github.com/accordhq/accord"

// documentHandoverAt reports whether toks[k], the object of "witnessed",
// is the handover of signed documents (an article skipped): "witnessed the
// handover of ten cooperation documents", "the handover ceremony of", "the
// handing over of". Some governments' reports (Viet Nam's among them) name
// the act the leaders attend after their talks so, where others write "the
// exchange of"; the documents handed over are signed ones. "witnessed the
// handover of power", "of the chairmanship", "of relief goods" are no
// signing (no document noun).
func (d *doc) documentHandoverAt(k int) bool {
	if k < len(d.toks) && d.toks[k].fold == "the" {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	sent := d.toks[k].sent
	for _, ws := range d.lx.documentHandovers {
		q := k
		for _, w := range ws {
			if q >= len(d.toks) || d.toks[q].sent != sent || d.toks[q].fold != w {
				q = -1
				break
			}
			q++
		}
		if q < 0 {
			continue
		}
		if q < len(d.toks) && (d.toks[q].fold == "ceremony" || d.toks[q].fold == "ceremonies") {
			q++
		}
		if q+1 < len(d.toks) && d.toks[q].fold == "of" && d.toks[q+1].sent == sent && d.documentObject(q+1) {
			return true
		}
	}
	return false
}

// appositiveSigningDay returns the day of a signing retold by a participle
// set off by commas after a definite document subject, toks[from:k] ("The
// agreements, signed on Wednesday, aim to enhance cooperation"; "The
// deal, signed in Oslo on Monday, opens …"), or right after it ("The
// agreements signed by the two countries on Thursday include …"): a day
// of the report's week told inside the commas or within a few words. Nil for any other form, a day outside the
// commas ("…, signed last year, will expire on Friday") or one of an
// earlier week or year ("The agreements, signed in 2019, …").
func (d *doc) appositiveSigningDay(from, k, to int) *dateExpr {
	var end int
	switch {
	case d.toks[k].text == "," && d.toks[k+1].fold == "signed" && d.documentSubjectAt(from, k):
		end = k + 2
		for end < to && d.toks[end].text != "," {
			end++
		}
		if end >= to {
			return nil // no closing comma: not an apposition
		}
	case d.toks[k].fold == "signed" && d.documentSubjectAt(from, k) && (d.lx.signedDocuments[d.toks[k-1].fold] || d.lx.signedDocument[d.toks[k-1].fold]):
		// "The agreements signed by the two countries on Thursday
		// include …": the reduced relative right after the documents; its
		// day within a few words, before any comma.
		end = k + 1
		for end < to && end <= k+10 && d.toks[end].text != "," {
			end++
		}
		k-- // the dates from k+2, "signed"'s next word
	default:
		return nil
	}
	for _, de := range d.statedDays(d.lx.dates(d.toks, k+2, end, d.pub)) {
		if de.end <= end && d.dayInReportWeek(&de) {
			return &de
		}
	}
	return nil
}

// onDateEndingAt returns the index of "on" when toks[..q] ends with a day
// told by its date, "on November 6", "on 6 November", "on November 6,
// 2023", "on 6 November 2023", in the sentence of toks[q]; else -1. A
// signing's subject and its verb stand around it ("Laos and Mongolia on
// November 6 signed seven documents"), as around "on Wednesday".
func (d *doc) onDateEndingAt(q int) int {
	if q < 0 || q >= len(d.toks) {
		return -1
	}
	sent := d.toks[q].sent
	in := func(p int) bool { return p >= 0 && d.toks[p].sent == sent }
	// An optional year: "…, 2023" or "… 2023".
	if d.toks[q].num && len(d.toks[q].text) == 4 && in(q-1) {
		p := q - 1
		if d.toks[p].text == "," {
			p--
		}
		if in(p) && (d.toks[p].num || d.lx.is(&d.toks[p], fMonth)) {
			q = p
		}
	}
	var p int
	switch {
	case in(q-1) && d.toks[q].num && d.lx.is(&d.toks[q-1], fMonth): // November 6
		p = q - 2
	case in(q-1) && d.lx.is(&d.toks[q], fMonth) && d.toks[q-1].num: // 6 November
		p = q - 2
	default:
		return -1
	}
	if in(p) && d.toks[p].fold == "on" {
		return p
	}
	return -1
}

// bareSigningSubject reports whether toks[q] is "signing" or "exchange"
// right after the "The" that opens the sentence from toks[from], with no
// "of" or "ceremony" after it: "The signing in Vientiane was witnessed by
// A and B", "The exchange was witnessed by". Like "The ceremony", it is
// the signing the sentence before told, which the witnesses attend.
func (d *doc) bareSigningSubject(from, q int) bool {
	if q != from+1 || d.toks[from].fold != "the" {
		return false
	}
	if f := d.toks[q].fold; f != "signing" && f != "exchange" {
		return false
	}
	if q+1 < len(d.toks) {
		switch d.toks[q+1].fold {
		case "of", "ceremony", "ceremonies":
			return false
		}
	}
	return true
}

// signedAtOccasionDay returns the day of the occasion a signing told
// without one names next in its sentence: "A and B signed two joint
// statements during President C's state visit on Wednesday"; "… signed a
// series of MOUs on the occasion of a summit between Presidents C and D in
// Beijing on Monday". The documents were signed at it, so on its day (a
// day of the report's week, told after the occasion's phrase, in its
// clause: no comma, no other contact between). A visit's span or start
// ("which began on Monday") is none: the range and the comma keep it out.
func (d *doc) signedAtOccasionDay(ds []dateExpr, trs []trigger, n int) *dateExpr {
	tr := trs[n]
	if tr.typ != accord.Signing || n+1 >= len(trs) || trs[n+1].sent != tr.sent {
		return nil
	}
	occ := trs[n+1]
	switch occ.typ {
	case accord.Summit, accord.Visit, accord.Talks, accord.Meeting:
	default:
		return nil
	}
	framed := false
	for q := occ.i - 1; q > tr.j && q >= occ.i-6; q-- {
		f := d.toks[q].fold
		if f == "," || f == ";" {
			break
		}
		if f == "during" || f == "at" || f == "of" && q > 0 && (d.toks[q-1].fold == "occasion" || d.toks[q-1].fold == "sidelines" || d.toks[q-1].fold == "margins") {
			framed = true
			break
		}
	}
	if !framed {
		return nil
	}
	for q := range ds {
		de := ds[q]
		if de.tok < occ.j || de.tok > occ.j+12 || de.prec != precDay || de.rng {
			continue
		}
		if n+2 < len(trs) && trs[n+2].sent == tr.sent && trs[n+2].i < de.tok {
			return nil // another contact between
		}
		for k := occ.j; k < de.tok; k++ {
			if f := d.toks[k].fold; f == "," || f == ";" || f == "which" || f == "that" {
				return nil
			}
		}
		if d.dayInReportWeek(&ds[q]) {
			return &ds[q]
		}
		return nil
	}
	return nil
}
