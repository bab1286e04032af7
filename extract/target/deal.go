package target

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// signedDeal reports whether amount a puts a value on a deal signed or
// struck at the occasion the article reports, and returns where the deal's
// noun stands (-1 if not): "witnessed a contract signing between A and B
// worth more than $13.8 billion", "deals worth over $10 billion were struck
// at the business forums", "We have just signed an order with B for $14
// billion worth of airplanes", "the signing for the purchase of 39 aircraft
// …, valued at $13.8 billion" (the count as well), or "These agreements are
// worth over $21 billion" after a sentence that reports their signing. Leaders'
// statements present such purchases as what the visit delivered; a report
// differs by looking back ("signed since 2020", "so far", a past year), and
// a deal a signed letter only prepares ("signed a letter of intent to lay
// the foundation for orders worth …") is not signed.
func (x *extractor) signedDeal(toks []token, a amount, prev sentence.Span) int {
	if !x.l.currencies[a.unit] && a.unit != "count" {
		return -1
	}
	d := -1 // the deal noun
	switch {
	case a.unit == "count":
		// "the purchase of 39 aircraft", "an order for 20 jets": what is bought.
		if a.ps >= 2 && (toks[a.ps-1].f == "of" || toks[a.ps-1].f == "for") && x.l.signedDeals[toks[a.ps-2].f] {
			d = a.ps - 2
		}
	case a.pe+1 < len(toks) && toks[a.pe].f == "worth" && toks[a.pe+1].f == "of":
		d = x.dealBefore(toks, a.ps) // "an order … for $14 billion worth of airplanes"
	case a.pe+1 < len(toks) && toks[a.pe].f == "in" && x.dealIn(toks, a.pe+1) >= 0:
		d = x.dealIn(toks, a.pe+1) // "signed $8 billion in deals", "$2 billion in new contracts"
	default:
		for i := max(0, a.ps-4); i < a.ps; i++ {
			if end, _ := x.l.valueLinks.match(toks, i); end == a.ps {
				d = x.dealBefore(toks, i) // "a contract … worth", "deals valued at"
				break
			}
		}
	}
	if d < 0 || x.lookedBack(toks) {
		return -1
	}
	if x.signs(toks, d) {
		return d
	}
	// "These agreements are worth …", "They include the purchase by A of
	// 50 planes worth …": the deals the sentence before signed.
	back := toks[0].f == "these" || toks[0].f == "those" || toks[0].f == "they" || d <= 3 && (toks[0].f == "the" || toks[0].f == "this")
	if back && prev.End > prev.Start {
		pt := tokenize(x.text, prev.Start, prev.End, nil)
		if x.lookedBack(pt) {
			return -1
		}
		for k := range pt {
			if x.l.signedDeals[pt[k].f] && x.signs(pt, k) {
				return d
			}
		}
	}
	return -1
}

// dealBefore returns the deal noun the value link at toks[i] values: the
// nearest before it in its clause ("a contract signing between A—an
// airline—and B worth", "the purchase of 39 aircraft by A, valued at"), or -1.
func (x *extractor) dealBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && i-k <= 16; k-- {
		if t := toks[k]; t.f == ";" || t.f == ":" || t.f == "." {
			return -1
		}
		if x.l.signedDeals[toks[k].f] {
			return k
		}
	}
	return -1
}

// signs reports whether a signing verb of the sentence takes the deal noun
// at toks[d] as what is signed: near it, with no infinitive between (a
// letter signed "to lay the foundation for orders" signs no order).
func (x *extractor) signs(toks []token, d int) bool {
	for k := max(0, d-8); k < len(toks) && k <= d+12; k++ {
		if !x.l.signingVerbs[toks[k].f] {
			continue
		}
		lo, hi := min(k, d), max(k, d)
		between := true
		for q := lo + 1; q < hi; q++ {
			if t := toks[q]; t.f == "to" || t.f == ";" || t.f == ":" || t.f == "." {
				between = false
				break
			}
		}
		if between {
			return true
		}
	}
	return false
}

// lookedBack reports whether a sentence dates what it reports to a past it
// looks back on: "since", "so far", "last year", or a year before the
// article's.
func (x *extractor) lookedBack(toks []token) bool {
	for i := range toks {
		if end, _ := x.l.reportTimes.match(toks, i); end > 0 {
			return true
		}
		if y := year(toks[i]); y > 0 && x.pubYear > 0 && y < x.pubYear {
			return true
		}
	}
	return false
}

// dealMetric names a signed deal by its noun phrase ("commercial
// agreements"), for a sum that names nothing else.
func (x *extractor) dealMetric(toks []token, d int) (string, int, int) {
	s, e := x.npBack(toks, d+1, 0)
	for s < e && x.l.determiners[toks[s].f] {
		s++
	}
	if s >= e || !x.valid(toks, s, e) {
		return toks[d].f, d, d + 1
	}
	return x.phrase(toks, s, e), s, e
}

// dealBuyer returns who commits to the deal at toks[d] that amount a
// values: the buyer. "the purchase of 39 aircraft by Acme Airlines" names
// it; "an order with Boeing" or "a contract between Acme Airlines and
// Boeing" name the seller (after "with", or a maker of sellers), and the
// buyer is the other party; deals that name no firm ("deals worth $10
// billion were struck at the business forums") are both parties'. nil:
// the sentence says no more than the usual rules read; empty: a purchase
// from the outlet's own maker with no foreign buyer named, no target.
func (x *extractor) dealBuyer(toks []token, a amount, d int) []string {
	named := x.mentions(toks)
	lo, hi := max(0, d-10), min(len(toks), max(a.pe, d+1)+12)
	for _, m := range named {
		// "… by Singapore Airlines (SIA), valued at": the buyer.
		if m.s > d && m.s < hi && m.s > 0 && toks[m.s-1].f == "by" && !m.demonym {
			return []string{m.code}
		}
	}
	for _, m := range named {
		// Things bought: "Chile's Andes Air placed an order for 160 aircraft", "Chilean
		// lessor Andes Lease signed a deal for 20 jets": the country of
		// the buyer named before the deal, by possessive or by demonym
		// opening the sentence.
		// So does a firm or a country's name opening the sentence as its
		// subject ("Qatar Airways placed an order for 160 aircraft from
		// Boeing", the seller a maker at home): not one of two subjects.
		if a.unit == "count" && m.s == 0 && m.e < d && m.code != x.home && m.e < len(toks) && toks[m.e].f != "and" && toks[m.e].f != "," && toks[m.e].f != "'" && !x.l.sellers[accord.Fold(x.text[toks[m.s].s:toks[m.e-1].e])] {
			return []string{m.code}
		}
		if a.unit == "count" && m.s < d && m.s >= lo && !m.firm && (m.e+1 < len(toks) && toks[m.e].f == "'" && toks[m.e+1].f == "s" || m.demonym && m.s <= 1) {
			return []string{m.code}
		}
	}
	ps := x.partiesOf()
	var firms, sellers []mention
	for _, m := range named {
		if !m.firm || m.s < lo || m.s >= hi {
			continue
		}
		firms = append(firms, m)
		if m.s > 0 && toks[m.s-1].f == "with" || x.l.sellers[accord.Fold(x.text[toks[m.s].s:toks[m.e-1].e])] {
			sellers = append(sellers, m)
		}
	}
	if len(firms) == 2 && len(sellers) == 1 {
		// "a contract signing between Acme Airlines and Boeing": the
		// firm that is not the seller buys.
		for _, m := range firms {
			if m != sellers[0] && m.code != sellers[0].code {
				return []string{m.code}
			}
		}
	}
	between := false
	for k := d + 1; k < len(toks) && k <= d+3; k++ {
		between = between || toks[k].f == "between"
	}
	if len(sellers) == 1 && sellers[0].code == x.home && !between {
		// "the Ministry signed a contract with BAE Systems" in a British
		// release, no foreign buyer named: a purchase at home, between no
		// two countries.
		return []string{}
	}
	if len(sellers) == 1 && len(ps) == 2 && slices.Contains(ps, sellers[0].code) {
		// "We have just signed an order with Boeing" in a Singapore
		// release, "a contract signing between Acme Air and Boeing": the
		// other side buys.
		return slices.DeleteFunc(slices.Clone(ps), func(c string) bool { return c == sellers[0].code })
	}
	if len(firms) == 0 && len(ps) == 2 {
		for _, m := range named {
			if m.s < a.ps && !m.demonym && x.l.subjVerbs[tokAt(toks, m.e)] {
				return nil // "Acme will sign deals worth …": the subject's, as read
			}
		}
		return ps
	}
	return nil
}

func tokAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].f
}

// dealSeller returns the seller a deal noun at toks[d] is made with: the
// firm after "with" ("an order with Boeing"), or of the two firms after
// "between" the one that is a maker of sellers ("a contract signing between
// Acme Airlines and Boeing"), as written; "" if none.
func (x *extractor) dealSeller(toks []token, d int) string {
	k := d + 1
	for k < len(toks) && k <= d+2 && (x.l.signingVerbs[toks[k].f] || toks[k].f == "ceremony") {
		k++ // "a contract signing between"
	}
	if k >= len(toks) || toks[k].f != "between" && toks[k].f != "with" {
		return ""
	}
	rest := toks[k:min(len(toks), k+14)]
	for _, m := range x.mentions(rest) {
		if !m.firm {
			continue
		}
		name := x.text[rest[m.s].s:rest[m.e-1].e]
		if toks[k].f == "with" && m.s == 1 || x.l.sellers[accord.Fold(name)] {
			return name
		}
	}
	return ""
}

// thankedGiver returns the country a sentence thanks for giving amount a:
// "PM A thanked the Government and people of X for providing Y with NZD 1
// million to help …" states X's assistance, as "welcomed X's grant" does.
// The sum must stand in the "for" clause of a giving gerund, the thanked
// party be one country, and nothing date the gift to a past looked back on
// ("for providing $2 billion since 2022"). nil otherwise.
func (x *extractor) thankedGiver(toks []token, a amount) []string {
	if !x.l.currencies[a.unit] && a.unit != "count" {
		return nil // a gift of money or of things counted, not a share
	}
	for t := 0; t < a.ps; t++ {
		te, _ := x.l.thankVerbs.match(toks, t)
		if te <= 0 {
			continue
		}
		f := te
		for f < a.ps && toks[f].f != "for" && !clauseEnd(toks[f]) && toks[f].f != "." {
			f++
		}
		if f+1 >= a.ps || toks[f].f != "for" || !x.thankedGift(toks, f, a) {
			return nil
		}
		var code string
		for _, m := range x.mentions(toks[te:f]) {
			if m.firm || code != "" && m.code != code {
				return nil
			}
			code = m.code
		}
		if code == "" || x.lookedBack(toks) {
			return nil
		}
		return []string{code}
	}
	return nil
}

// relativeSubject returns the noun phrase a relative clause holding amount
// a is said of: "particularly bilateral trade which is expected to reach
// $15 billion by 2028" measures bilateral trade. Only verbs and function
// words may stand between the relative pronoun and the amount.
func (x *extractor) relativeSubject(toks []token, a amount) (string, int, int) {
	for k := a.ps - 1; k > 0 && a.ps-k <= 7; k-- {
		f := toks[k].f
		if f == "which" || f == "that" {
			if p := toks[k-1].f; f == "that" && (strings.HasSuffix(p, "ed") || x.l.reporting[p] || x.l.stop[p]) {
				return "", 0, 0 // "highlighted that its fund …": a clause said, not a noun's
			}
			e := k
			if toks[e-1].f == "," {
				e--
			}
			s, e2 := x.npBack(toks, e, 0)
			for i := e2 - 1; i > s; i-- {
				if f := toks[i-1].f; x.l.welcome[f] || x.l.reporting[f] || x.l.subjVerbs[f] {
					s = i // "the two sides welcomed bilateral trade, which …": the object
					break
				}
			}
			for s < e2 && (x.l.adverbs[toks[s].f] || len(toks[s].f) > 4 && strings.HasSuffix(toks[s].f, "ly")) {
				s++ // "particularly bilateral trade"
			}
			if e2 == e && x.valid(toks, s, e2) {
				return x.phrase(toks, s, e2), s, e2
			}
			return "", 0, 0
		}
		if toks[k].k != word || !x.l.stop[f] && !x.l.reachVerbs[f] && !x.l.levelVerbs[f] || f == "worth" || f == "valued" {
			// ("a purchase of 50 aircraft from Boeing which is worth $8
			// billion" values the purchase, not the noun before "which".)
			return "", 0, 0
		}
	}
	return "", 0, 0
}

// dealNamed reports whether a metric is a deal named by its noun alone
// ("seventeen agreements", "deals"): one article's "17 agreements worth $12
// billion" and "deals worth $12 billion" for the same parties are one sum.
func (x *extractor) dealNamed(m string) bool {
	f := strings.Fields(accord.Fold(m))
	return len(f) > 0 && x.l.signedDeals[f[len(f)-1]]
}

// dealIn returns where a deal noun stands among the few words from toks[k]
// ("in new contracts"), or -1.
func (x *extractor) dealIn(toks []token, k int) int {
	for i := k; i < len(toks) && i <= k+2 && toks[i].k == word; i++ {
		if x.l.signedDeals[toks[i].f] {
			return i
		}
	}
	return -1
}

// signedFunding reports whether amount a sizes a loan, grant or aid that a
// signing of the sentence concludes: "an Exchange of Notes concerning a
// Japanese ODA loan of up to 56.3 billion yen … was signed", "welcomed
// the signing of the Exchange of Notes on grant aid of 600 million yen".
// The giver is read as for any sum; the signing makes it a commitment,
// unless the sentence looks back on a past.
func (x *extractor) signedFunding(toks []token, a amount) bool {
	if !x.l.currencies[a.unit] || a.ps < 2 || toks[a.ps-1].f != "of" {
		return false
	}
	h := a.ps - 2
	apStart, apEnd := a.ps, a.pe // the amount's own words
	if toks[h].f == "," {
		// "grant aid for the Project for X, of up to 1.5 billion yen, was
		// signed": the sum set apart after the object it sizes.
		h = x.apposedHead(toks, h)
		apStart = a.ps - 2
		if apEnd < len(toks) && toks[apEnd].f == "," {
			apEnd++
		}
	}
	if h < 0 || !x.l.funding[toks[h].f] {
		return false
	}
	for k := max(0, h-10); k < len(toks) && k <= a.pe+14; k++ {
		if !x.l.signingVerbs[toks[k].f] || toks[k].f == "witnessed" {
			continue
		}
		lo, hi := min(k, h), max(k, h)
		ok := true
		for q := lo + 1; q < hi; q++ {
			if q >= apStart && q < apEnd {
				continue // "of up to 56.3 billion yen": the amount's own words
			}
			if t := toks[q]; t.f == "to" || clauseEnd(t) || t.f == "." {
				ok = false // "signed a letter … to prepare a loan of …": no loan signed
				break
			}
		}
		if ok {
			return !x.lookedBack(toks)
		}
	}
	return x.notesConcerning(toks, h)
}

// notesConcerning reports whether the funding noun toks[h] is what notes
// exchanged or signed earlier in the sentence are about: "Notes were
// exchanged in <city> between A, Ambassador of Japan to X, and B, Minister
// of Finance, concerning grant aid of up to …". The exchange concludes the
// grant however long the parties' clause between them is.
func (x *extractor) notesConcerning(toks []token, h int) bool {
	j := h - 1
	for j >= 0 && h-j <= 5 && (toks[j].k == word || toks[j].f == "'") && !x.l.documentLinks[toks[j].f] {
		j-- // "concerning a Japanese ODA loan", "concerning Japan's grant aid"
	}
	if j < 0 || !x.l.documentLinks[toks[j].f] {
		return false
	}
	for v := j - 1; v >= 0; v-- {
		if toks[v].f == "." && (v == 0 || len(toks[v-1].f) > 3) {
			break // (not the full stop of "Mr.", "H.E.")
		}
		if !x.l.exchangeVerbs[toks[v].f] {
			continue
		}
		// the notes are the verb's subject ("Notes were exchanged") or object
		// ("signed and exchanged notes")
		for d := max(0, v-3); d <= v+2 && d < j; d++ {
			if x.l.exchangedDocs[toks[d].f] {
				return !x.lookedBack(toks)
			}
		}
	}
	return false
}
