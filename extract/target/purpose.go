package target

// placeOpener returns the index of the comma that ends a sentence's opening
// place phrase, "In Papua New Guinea," or "In Iraq,": where something
// happens, not who commits (0 when there is none).
func (x *extractor) placeOpener(toks []token) int {
	i := 0
	for i < len(toks) && toks[i].k == punct {
		i++
	}
	if i+2 >= len(toks) || toks[i].f != "in" && toks[i].f != "at" {
		return 0
	}
	k := i + 1
	if toks[k].f == "the" {
		k++
	}
	n := 0
	for k < len(toks) && n < 5 && x.capital(toks[k]) {
		k, n = k+1, n+1
	}
	if n > 0 && k < len(toks) && toks[k].f == "," {
		return k
	}
	return 0
}

// destination returns what a sum is for when the sum is the subject of a
// verb of going: "Over $6 million will go to the next phase of the coastal
// project", "$10 million will be used for a wharf". ok is false when the
// amount is not such a subject.
func (x *extractor) destination(toks []token, a amount) (m string, s, e int, ok bool) {
	if !x.l.currencies[a.unit] {
		return "", 0, 0, false
	}
	q := a.pe
	switch {
	case q < len(toks) && (toks[q].f == "will" || toks[q].f == "would"):
		q++
		for q < len(toks) && x.l.adverbs[toks[q].f] {
			q++
		}
		if q < len(toks) && toks[q].f == "be" {
			q++
		}
	case q < len(toks) && (toks[q].f == "is" || toks[q].f == "are" || toks[q].f == "goes"):
		if toks[q].f != "goes" {
			q++
		}
	default:
		return "", 0, 0, false
	}
	if q < len(toks) && toks[q].f == "goes" || q < len(toks) && x.l.destinationVerbs[toks[q].f] {
		q++
	} else {
		return "", 0, 0, false
	}
	if q >= len(toks) {
		return "", 0, 0, false
	}
	switch toks[q].f {
	case "to", "towards", "toward", "for", "into", "on":
	default:
		return "", 0, 0, false
	}
	q++
	if q < len(toks) && toks[q].k == word {
		if n := x.l.nominal[toks[q].f]; n != "" {
			// "will be used to build schools": what is built.
			if s, e := x.npForward(toks, q+1); x.valid(toks, s, e) {
				return n + " for " + x.phrase(toks, s, e), s, e, true
			}
		} else if x.l.purposeVerbs[toks[q].f] {
			q++
		}
	}
	for n := 0; n < 3 && q < len(toks) && toks[q].k == word && (determiner[toks[q].f] || order[toks[q].f]); n++ {
		q++ // "the next phase of …"
	}
	if s, e := x.npForward(toks, q); x.valid(toks, s, e) {
		if e+1 < len(toks) && toks[e].f == "of" {
			// "the next phase of the coastal adaptation project"
			if _, e2 := x.npForward(toks, e+1); x.valid(toks, e+1, e2) {
				e = e2
			}
		}
		return x.phrase(toks, s, e), s, e, true
	}
	return "", 0, 0, false
}

// order words come before the noun a sum goes to: "the next phase", "the
// first stage".
var order = map[string]bool{"next": true, "first": true, "second": true, "third": true, "final": true, "last": true}

// furtherPurpose returns what a further sum is for when its own purpose
// follows it: "$4.8 million in capital funding … and a further $9.1 million
// to cover operating costs" funds operating costs, not capital. ok is false
// for any other amount, and where the verb names the metric's kind itself
// ("a further $5 million to support …").
func (x *extractor) furtherPurpose(toks []token, a amount) (m string, s, e int, ok bool) {
	if !x.l.currencies[a.unit] || a.ps == 0 || !further[toks[a.ps-1].f] {
		return "", 0, 0, false
	}
	q := x.skipDuration(toks, a.pe)
	if q+2 >= len(toks) || toks[q].f != "to" || !x.l.purposeVerbs[toks[q+1].f] || x.l.nominal[toks[q+1].f] != "" {
		return "", 0, 0, false
	}
	if s, e := x.npForward(toks, q+2); x.valid(toks, s, e) {
		return x.phrase(toks, s, e), s, e, true
	}
	return "", 0, 0, false
}

var further = map[string]bool{"further": true, "additional": true, "another": true, "extra": true}

// clauseStart reports whether toks[i] opens the sentence or a clause after
// a comma, past determiners: the place of a subject ("New Zealand is
// putting …"), not of a possessor or a place ("the Law here in America").
func (x *extractor) clauseStart(toks []token, i int) bool {
	for i > 0 && determiner[toks[i-1].f] {
		i--
	}
	return i == 0 || toks[i-1].f == "," || toks[i-1].f == ";" || toks[i-1].f == "why" // "That's why Canada is allocating …"
}

// resultClause reports whether toks[i] opens a clause of the result of what
// comes before: ", bringing the total tariff rate to 15 percent". A report
// before the comma ("the tariff imposed since April") is not this clause's.
func (x *extractor) resultClause(toks []token, i int) bool {
	return i > 0 && i < len(toks) && toks[i-1].f == "," && resultVerbs[toks[i].f]
}

var resultVerbs = map[string]bool{"bringing": true, "lifting": true, "raising": true, "taking": true, "lowering": true, "reducing": true, "cutting": true}

// asideAt reports whether toks[i] starts an aside after a comma, ",
// including the rate that was already in place": its report is of another
// thing.
func asideAt(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].f != "," {
		return false
	}
	switch toks[i+1].f {
	case "including", "which", "that":
		return true
	case "almost", "nearly", "about", "around", "roughly", "approximately", "more", "less", "twice", "double", "half", "close":
		// ", almost the total the UK exported last year", ", more than
		// what it gave in 2020": the amount compared with a figure of the
		// past, which dates the comparison, not the amount.
		if i+2 < len(toks) {
			switch toks[i+2].f {
			case "the", "what", "all", "than", "to", "as":
				return true
			}
		}
	}
	return false
}

// producerNouns before "for" and a country make it the country whose goods
// are meant: "both key industries for Japan".
var producerNouns = map[string]bool{"industry": true, "industries": true, "exporters": true, "producers": true, "manufacturers": true, "sector": true, "sectors": true}

// topic returns the goods a sentence opens with, "First, for automobiles
// and automobile parts, …" or "Concerning steel, …": what a tariff stated
// later in it applies to; "" when it opens otherwise.
func (x *extractor) topic(toks []token) string {
	i := 0
	for i < len(toks) && toks[i].k == punct {
		i++
	}
	if i+1 < len(toks) && sequenceWords[toks[i].f] && toks[i+1].f == "," {
		i += 2 // "First," "Next,"
	}
	if i >= len(toks) || toks[i].f != "for" && toks[i].f != "concerning" && toks[i].f != "regarding" {
		return ""
	}
	k0 := i + 1
	if k0 < len(toks) && (toks[k0].f == "any" || toks[k0].f == "all") {
		k0++ // "For any tariffs imposed on …"
	}
	s, e := x.npForward(toks, k0)
	// "For any Section 232 tariffs imposed on pharmaceuticals, …": the goods.
	for k, tariff := k0, false; k < len(toks) && k < k0+8 && toks[k].f != ","; k++ {
		tariff = tariff || x.l.counterpart[toks[k].f]
		if tariff && toks[k].f == "on" {
			s, e = x.npForward(toks, k+1)
			break
		}
	}
	for e+1 < len(toks) && toks[e].f == "and" {
		if _, e2 := x.npForward(toks, e+1); e2 > e+1 {
			e = e2 // "automobiles and automobile parts"
			continue
		}
		break
	}
	if !x.valid(toks, s, e) || e >= len(toks) || toks[e].f != "," {
		return ""
	}
	if end, _ := x.l.countries.match(toks, s); end > 0 || x.l.counterpart[toks[e-1].f] {
		return "" // "For Japan, …": a party, not goods; "concerning reciprocal tariffs": no goods
	}
	return x.phrase(toks, s, e)
}

// tariffGoods returns the first goods a tariff metric ending at toks[me] is
// on, "tariffs on automobiles, auto parts … of Korea" → "automobiles"; ""
// when it names only goods in general ("originating goods") or a country.
func (x *extractor) tariffGoods(toks []token, me int) string {
	if me >= len(toks) || toks[me].f != "on" {
		return ""
	}
	s, e := x.npForward(toks, me+1)
	if !x.valid(toks, s, e) {
		return ""
	}
	if end, _ := x.l.countries.match(toks, s); end > 0 {
		return ""
	}
	for _, t := range toks[s:e] {
		if genericGoods[t.f] || x.capital(t) {
			return ""
		}
	}
	return x.phrase(toks, s, e)
}

// genericGoods name goods in general, not which: "originating goods".
var genericGoods = map[string]bool{"goods": true, "products": true, "imports": true, "exports": true, "items": true, "all": true, "originating": true, "country": true}

var sequenceWords = map[string]bool{"first": true, "firstly": true, "second": true, "secondly": true, "third": true, "next": true, "finally": true, "lastly": true, "also": true}

// zeroRate reads "to zero" after a tariff as a rate of 0 percent: "the 25%
// tariff down to zero", "steel and aluminium reduced to zero" in a sentence
// about tariffs.
func (x *extractor) zeroRate(toks []token, i int) (amount, bool) {
	if i == 0 || toks[i-1].f != "to" {
		return amount{}, false
	}
	for k := max(0, i-12); k < i; k++ {
		if x.l.counterpart[toks[k].f] {
			return amount{i: i, j: i + 1, ps: i, pe: i + 1, unit: "percent", cmp: "eq"}, true
		}
	}
	return amount{}, false
}
