package target

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// amounts finds the numbers with a unit in a sentence: money, percent,
// percentage points, units of measure and counted things. Bare numbers
// (years, days of the month, order numbers) are left out.
func (x *extractor) amounts(toks []token) []amount {
	l := x.l
	var out []amount
	for i := 0; i < len(toks); i++ {
		t := &toks[i] // not a copy: this reads every token
		var a amount
		a.i, a.j = i, i+1
		switch {
		case t.k == num:
			if i > 0 && !t.sp && (toks[i-1].k == word || toks[i-1].f == "-" || toks[i-1].f == ".") {
				_, code := l.currBefore[x.text[toks[i-1].s:toks[i-1].e]]
				if !code && i > 1 && !toks[i-1].sp {
					_, code = l.symbols[x.text[toks[i-2].s:toks[i-1].e]] // $US1.3 million
				}
				dotted := i > 1 && toks[i-1].f == "." && !toks[i-1].sp && x.dottedSymbol(toks[i-2]) // Rs.500 crore
				if !dotted && (!code || toks[i-1].k != word) {
					continue // glued to a word: No.4, F-16, but not AUD100
				}
			}
			if i > 1 && toks[i-1].f == "(" && i+1 < len(toks) && toks[i+1].f == ")" && (toks[i-2].k == num || l.numberVal[toks[i-2].f] > 0) {
				continue // "twelve (12) aircraft": the number restated in figures
			}
			if i > 0 && toks[i-1].k == num && t.sp && i+1 < len(toks) && toks[i+1].k == word && l.scales[toks[i+1].f] == 0 {
				continue // "18 155 mm howitzers", "201 737 MAX airplanes": a calibre or model after the count
			}
			a.value = t.v
		case t.k == word && t.f == "zero":
			if z, ok := x.zeroRate(toks, i); ok {
				out = append(out, z)
			}
			continue
		case t.k == word && l.firstNumberFilter.HasHash(t.hash()) && l.multipliers[t.f] > 0: // a multiplier is a first number word: the filter turns most words away
			if m, ok := x.multiplier(toks, i); ok {
				out = append(out, m)
			}
			continue
		case t.k == word:
			end, w := l.numbers.match(toks, i)
			if end < 0 {
				v := x.hyphenTens(t.f)
				if v == 0 {
					continue
				}
				end, w = i+1, ""
				a.value = v // "sixty-six million yen"
			} else {
				a.value = l.numberVal[w]
			}
			a.j = end
			if a.value < 100 && end < len(toks) && toks[end].f == "hundred" {
				a.value, a.j = a.value*100, end+1 // "two hundred million yen", not a hundred million
			}
			a.value, a.j = x.numberRest(toks, a.value, a.j)
			if end+2 < len(toks) && toks[end].f == "and" && toks[end+1].f == "a" && toks[end+2].f == "half" && end+3 < len(toks) && l.scales[toks[end+3].f] > 0 {
				a.value += 0.5 // "four and a half million doses"
				a.j = end + 3
			}
			if strings.HasPrefix(w, "a ") && i > 0 && toks[i-1].f == "half" {
				a.value, a.i = a.value/2, i-1 // "half a billion pounds" is not a billion
			}
		default:
			continue
		}
		// A range "26-28 percent" is one amount, its lower bound: the
		// unit after the upper bound is the range's.
		rngNum := t.k == num && (dashedNum(toks, a.j, t.v) || byTo(toks, i, a.j, t.v))
		if rngNum {
			a.j += 2
		}
		hyph := false
		if a.j+1 < len(toks) && toks[a.j].f == "-" && !toks[a.j].sp && !toks[a.j+1].sp && t.k == num && l.scales[toks[a.j+1].f] > 0 {
			a.j, hyph = a.j+1, true // "$2.65-billion": the scale hyphenated to the number
		} else if a.j+1 < len(toks) && toks[a.j].f == "-" && !toks[a.j].sp && !toks[a.j+1].sp && t.k == num {
			if s, c := x.scaleCurrencyWord(toks[a.j+1]); s > 0 {
				a.value, a.unit, a.j = a.value*s, c, a.j+2 // "a 100-million-yuan loan"
			}
		}
		plus := false
		if a.j < len(toks) && toks[a.j].f == "+" && !toks[a.j].sp && t.k == num {
			a.j, plus = a.j+1, true // "$90+ million": at least 90 million
		}
		if a.j+1 < len(toks) && toks[a.j].f == "more" && l.scales[toks[a.j+1].f] > 0 {
			a.j++ // "17 more million doses": spoken for 17 million more
		}
		if a.j < len(toks) && toks[a.j].k == word {
			if s := l.scales[toks[a.j].f]; s > 0 {
				a.value *= s
				a.j++
				if a.j < len(toks) && l.scales[toks[a.j].f] > s {
					a.value *= l.scales[toks[a.j].f] // "Rs 3.2 lakh crore": a lakh of crores
					a.j++
				} else if t.k == word {
					a.value, a.j = x.wordScales(toks, a.value, a.j, s)
				}
			} else if s := l.glued[toks[a.j].f]; s > 0 && !toks[a.j].sp && t.k == num {
				a.value *= s // NZ$8.6m, $245k
				a.j++
			}
		}
		a.ps, a.pe = a.i, a.j
		// Currency before: $, US$, €, USD.
		if k := a.i - 1; k >= 0 && a.unit == "" {
			if k > 0 && toks[k].f == "." && !toks[k].sp && x.dottedSymbol(toks[k-1]) {
				k-- // "Rs. 500 crore": the sign written with an abbreviation's period
			}
			p := toks[k]
			if c, ok := l.symbols[x.text[p.s:p.e]]; ok {
				a.unit, a.ps = c, k
				if hc := l.sharedHome[p.f][x.home]; hc != "" {
					a.unit = hc // "Rs 500 million" read in the outlet's country
				}
				bare := p.f == "$"
				if k > 0 && !p.sp {
					q := toks[k-1]
					if c, ok := l.symbols[x.text[q.s:p.e]]; ok {
						a.unit, a.ps, bare, a.coded = c, k-1, false, true
					}
				}
				if c, ok := l.currBefore[x.text[toks[max(k-1, 0)].s:toks[max(k-1, 0)].e]]; bare && k > 0 && ok && toks[k-1].k == word {
					a.unit, a.ps, a.coded = c, k-1, true // "CAD $1.2 billion", "USD $50 million": the code says whose dollar
				} else if c := l.homeDollar[x.home]; bare && c != "" {
					a.unit = c // "$" read in the outlet's country
				} else if bare {
					// No outlet country, or one whose money is no dollar (an
					// Indonesian page quoting Australia's "$470 million"):
					// the sum's holder says whose dollar (holderDollar).
					a.bare, a.abroad = true, x.home != ""
				}
			} else if c, ok := l.currBefore[x.text[p.s:p.e]]; ok {
				a.unit, a.ps, a.coded = c, k, true
			} else if c, ok := l.symbols[x.text[toks[max(k-1, 0)].s:p.e]]; ok && k > 0 && !p.sp {
				a.unit, a.ps, a.coded = c, k-1, true // "$US1.3 million", "$NZ714 million": whose dollar after the sign
			}
		}
		if a.unit == "" && a.i > 0 {
			if s, c, e := x.currencyNamedBefore(toks, a); s >= 0 {
				a.unit, a.ps, a.coded = c, s, e
			}
		}
		// "150-billion-USD": a currency hyphenated to a hyphenated scale
		// is the amount's, as it would be after a space.
		if a.unit == "" && hyph && a.j+1 < len(toks) && toks[a.j].f == "-" && !toks[a.j].sp && !toks[a.j+1].sp {
			if end, c := l.currAfter.match(toks, a.j+1); end > 0 {
				a.unit, a.j = c, end
			} else if end, c := x.hyphenedCurrency(toks, a.j+1); end > 0 {
				a.unit, a.j = c, end // "a 10-million-U.S.-dollar grant"
			}
		}
		// "$160 million U.S. dollars": the currency said twice, its coded
		// name after the sum is the sum's, not a new word. (A bare
		// "dollars" after it is left as it was read.)
		if a.unit != "" && a.ps < a.i {
			if end, c := l.currAfter.match(toks, a.j); end > a.j+1 && c == a.unit {
				a.j = end
			}
		}
		// Unit after: percent, percentage points, currency names, units.
		if a.unit == "" {
			if end, _ := l.points.match(toks, a.j); end > 0 {
				a.unit, a.j = "percentage points", end
			} else if end, _ := l.percent.match(toks, a.j); end > 0 {
				a.unit, a.j = "percent", end
			} else if end, c := l.currAfter.match(toks, a.j); end > 0 && (c != "" || l.sharedHome[toks[a.j].f][x.home] != "") {
				if h := l.homeDollar[x.home]; h != "" && end == a.j+1 && (toks[a.j].f == "dollars" || toks[a.j].f == "dollar") {
					c = h // "20 million dollars" read in the outlet's country
				} else if h := l.sharedHome[toks[a.j].f][x.home]; h != "" && end == a.j+1 {
					c = h // "150 million rupees" in a Sri Lankan release
				}
				a.unit, a.j = c, end
			} else if end, u := l.units.match(toks, a.j); end > 0 {
				a.unit, a.j = u, end
			} else if cs, ce := x.counted(toks, a.j); ce > 0 {
				a.unit, a.cs, a.ce, a.j = "count", cs, ce, ce
			} else if ce := x.levelCounted(toks, a.i, a.j); ce > 0 {
				a.unit, a.cs, a.ce, a.j = "count", a.j, ce, ce
			} else if ce := x.trainedCounted(toks, a.i, a.j); ce > 0 {
				a.unit, a.cs, a.ce, a.j = "count", a.j, ce, ce
			} else if ce := x.roundsOf(toks, a.j); ce > 0 {
				a.unit, a.cs, a.ce, a.j = "count", a.j, ce, ce
			} else if cs, ce := x.numberOfLevel(toks, a.i, a.j); ce > 0 {
				a.unit, a.cs, a.ce = "count", cs, ce
			}
		}
		if x.l.currencies[a.unit] {
			if e := x.codeBracket(toks, a); e > 0 {
				a.j = e // "165,319 million Japanese Yen (JPY) (approximately $1.27 billion)"
			} else if x.exchangeRate(toks, a.j) {
				continue // "at Tk 119.50 per dollar": a rate, not a sum
			}
		}
		if a.unit == "" && a.j > a.i+1 && t.k == num {
			// "US$100 billion by 2023, and 150 billion by 2030": the
			// second of two coordinated sums keeps the first's currency.
			// ("USD 30 billion in trade and 1 million human-to-human
			// exchanges": a number followed by a plural noun of its own
			// counts that.)
			if n := len(out); n > 0 && x.l.currencies[out[n-1].unit] && a.i-out[n-1].pe <= 6 && slices.ContainsFunc(toks[out[n-1].pe:a.i], func(t token) bool { return t.f == "and" }) {
				if ce := pluralNounAfter(toks, a.j); ce > 0 {
					a.unit, a.cs, a.ce, a.j = "count", a.j, ce, ce
				} else {
					a.unit = out[n-1].unit
				}
			}
		}
		if a.unit == "" && a.j == a.i+1 && t.k == num {
			if sc, u, _ := x.elliptic(toks, a.j); sc > 0 {
				a.value, a.unit = a.value*sc, u // "first reach 5 and then 10 billion dollars"
			}
		}
		if a.unit == "" || rngNum && a.unit == "count" {
			continue
		}
		// "26%-28%": the upper bound written with its own sign is the
		// same range.
		upper := rngNum
		if !upper && t.k == num && (dashedNum(toks, a.j, a.value) || byTo(toks, i, a.j, a.value)) && a.j+3 <= len(toks) && toks[a.j+2].f == toks[a.j-1].f && toks[a.j-1].k == punct {
			a.j += 3
			upper = true
		}
		if p := i - 1; a.unit == "count" && p > 0 && toks[p].k == word && 'A' <= x.text[toks[p].s] && x.text[toks[p].s] <= 'Z' && !x.countryEndsAt(toks, i) {
			continue // a model number: Boeing 737 MAX jets
		}
		if p := i - 1; a.unit == "count" && p >= 0 && (determiner[toks[p].f] || anaphoric[toks[p].f]) && toks[p].f != "a" && toks[p].f != "an" {
			continue // the two countries, these 27 states: a reference, not an amount
		}
		if end, _ := l.perTime.match(toks, a.j); end > 0 && a.unit != "count" {
			a.j = end // 3.3 million tons/year
		}
		if a.value <= 0 || x.currencyAttributive(toks, a) {
			continue
		}
		a.pe = a.j
		a.cmp = x.comparator(toks, &a)
		if a.pe+1 < len(toks) && toks[a.pe].f == "more" && x.l.currencies[a.unit] && moreBefore[toks[a.pe+1].f] {
			a.pe++ // "$16 billion more in U.S. agricultural goods": an addition, told of what follows
		}
		if (upper || plus) && a.cmp == accord.Eq {
			a.cmp = accord.Gte // a range commits to its lower bound at least
		}
		if n := len(out); n > 0 && a.ps > 0 && out[n-1].pe == conversionOpen(toks, a.ps) {
			// US$4.2 billion (C$5.7 billion): the same amount converted. The
			// amount spans its conversion, so that what the sentence says
			// of it ("… will go to", "…, becoming") is read past the bracket.
			if e := convertedEnd(toks, a.pe); e > 0 && x.l.currencies[a.unit] && x.l.currencies[out[n-1].unit] {
				out[n-1].pe = e
			}
			continue
		}
		if n := len(out); n > 0 && x.convertedAfterNoun(toks, out[n-1], a) {
			continue // "a 10 billion yen loan (about $70 million)": the loan's sum converted
		}
		if n := len(out); n > 0 && out[n-1].unit == a.unit && x.inBreakdown(toks, out[n-1].pe, a.ps) {
			continue // a rate of 10% (7.5% plus 2.5%): the parts of the amount before
		}
		// "103 new aircraft valued at $36.2 billion": the count and the sum
		// are both the purchase's terms, and readers code both (how many
		// and for how much), as for a list priced ("30 jets and 40 engines
		// worth $5 billion").
		out = append(out, a)
		i = a.j - 1
	}
	return out
}

// pluralNounAfter returns the end of a noun phrase right after a number
// whose head is a plural ("human-to-human exchanges", "new jobs"): up to
// four words and hyphens, none a word of linking; 0 if none.
func pluralNounAfter(toks []token, j int) int {
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		if t.f == "-" && !t.sp {
			continue
		}
		if t.k != word || linkWords[t.f] {
			return 0
		}
		if len(t.f) > 3 && strings.HasSuffix(t.f, "s") && !strings.HasSuffix(t.f, "ss") && (k+1 >= len(toks) || toks[k+1].f != "-" || toks[k+1].sp) {
			return k + 1
		}
	}
	return 0
}

// linkWords are words that link a number to what follows without naming
// what it counts: "150 billion by 2030", "10 million of which".
var linkWords = map[string]bool{"by": true, "in": true, "for": true, "to": true, "of": true, "from": true, "and": true, "or": true, "over": true, "within": true, "per": true, "each": true, "a": true, "an": true, "the": true, "until": true, "through": true, "this": true, "next": true, "last": true, "annually": true, "yearly": true, "more": true, "worth": true, "is": true, "was": true, "will": true}

// valuedAt reports whether toks[from:to], between a count and a sum,
// prices the counted items: "new aircraft valued at", "jets worth".
func valuedAt(toks []token, from, to int) bool {
	if to <= from || to-from > 8 {
		return false
	}
	for k := from; k < to; k++ {
		switch toks[k].f {
		case ",", ";", ".", "and":
			return false
		case "valued", "worth", "totaling", "totalling":
			return true
		}
	}
	return false
}

// counted finds the counted noun after a number: 96 [AH-64 Apache
// helicopters], 50 [Boeing 787 jets]; up to three modifiers may come first.
func (x *extractor) counted(toks []token, j int) (int, int) {
	// "up to 280 people from Tuvalu … each year": people of a country
	// counted by the year are movers, a quota.
	if j+2 < len(toks) && x.l.mobilityNouns[toks[j].f] && toks[j+1].f == "from" && x.yearlyAfter(toks, j) {
		if ms := x.mentions(toks[j+2 : min(j+6, len(toks))]); len(ms) > 0 && ms[0].s == 0 {
			return j, j + 1 // "from Tuvalu", not "from each of the countries"
		}
	}
	if j+2 < len(toks) && toks[j].f == "(" && toks[j+1].k == num && toks[j+2].f == ")" {
		j += 3 // "twelve (12) F-16 aircraft": the number restated in figures
	}
	// A system's proper name may run longer: "Two (additional) National
	// Advanced Surface-to-Air Missile Systems".
	most := 3
	if x.capitalRun(toks, j, 4) || j < len(toks) && (toks[j].f == "additional" || toks[j].f == "new") && x.capitalRun(toks, j+1, 4) {
		most = 5
	}
	for k, n := j, 0; k < len(toks) && n <= most; k, n = k+1, n+1 {
		if end, _ := x.l.countables.match(toks, k); end > 0 {
			return j, end
		}
		t := toks[k]
		if t.f == "-" && !t.sp && k > j && k+1 < len(toks) && !toks[k+1].sp {
			n-- // sub-Saharan: one modifier
			continue
		}
		// A calibre or model right after the count ("18 155 mm howitzers",
		// "201 737 MAX airplanes"): a modifier.
		if t.k == num && k == j && t.sp && k+1 < len(toks) && toks[k+1].k == word && x.l.scales[toks[k+1].f] == 0 {
			continue
		}
		// A model number after a maker's name ("50 Boeing 787 jets"): a
		// modifier, not another amount.
		if t.k == num && k > j && toks[k-1].k == word && k+1 < len(toks) {
			if toks[k+1].k == word {
				n-- // the maker's name and its number: one modifier
				continue
			}
			// "737-MAX": the number, a hyphen and a word, glued
			if k+2 < len(toks) && toks[k+1].f == "-" && !toks[k+1].sp && toks[k+2].k == word && !toks[k+2].sp {
				k, n = k+2, n-1
				continue
			}
		}
		if t.k != word || x.l.stop[t.f] && !x.l.goal[t.f] {
			break
		}
	}
	return 0, 0
}

// levelCounted returns the end of a level countable right after the
// number at toks[i:j] when the number is a level to reach, after "to" and
// any words of approximation ("to around 900 participants"), or 0.
func (x *extractor) levelCounted(toks []token, i, j int) int {
	end, _ := x.l.levelCounts.match(toks, j)
	if end <= 0 {
		return 0
	}
	k := x.beforeDegree(toks, i)
	if k > 0 && toks[k-1].f == "to" {
		return end // also "up to 900 participants": a cap, still a level
	}
	return 0
}

// beforeDegree returns where the words of approximation or of a floor
// before the number at toks[i] begin ("to around 900", "to more than 1
// million"): i when there are none.
func (x *extractor) beforeDegree(toks []token, i int) int {
	k := i
	for k > 0 {
		if s, _ := x.l.approxBefore.matchBack(toks, k); s >= 0 && s < k {
			k = s
		} else if s, _ := x.l.gteBefore.matchBack(toks, k); s >= 0 && s < k {
			k = s
		} else {
			break
		}
	}
	return k
}

// numberOfLevel finds what a bare number counts when it is the level "the
// number of" something is brought to: "increase the number of tourists to
// 2 million by 2030", "the number of people-to-people exchanges to more
// than 1 million". It returns the counted words (between "of" and "to"),
// or 0, 0.
func (x *extractor) numberOfLevel(toks []token, i, j int) (int, int) {
	if j < len(toks) && toks[j].k == word && !linkWords[toks[j].f] {
		return 0, 0 // "2 million visitors": counted after
	}
	k := x.beforeDegree(toks, i)
	if k < 1 || toks[k-1].f != "to" {
		return 0, 0
	}
	to := k - 1
	for q := to - 2; q >= 1 && q >= to-12; q-- {
		switch toks[q].f {
		case ",", ";", ".", ":", "to":
			return 0, 0
		case "number":
			if toks[q-1].f == "the" && toks[q+1].f == "of" && q+2 < to {
				// "the number of destroyers stationed in C from four to
				// six": the baseline is no word of what is counted.
				end := to
				for e := q + 2; e < to; e++ {
					if toks[e].f == "from" {
						end = e
						break
					}
				}
				if end > q+2 {
					return q + 2, end
				}
				return 0, 0
			}
		}
	}
	return 0, 0
}

// comparator reads "at least", "up to", "around" before an amount and
// "or higher", "or less" after it, and widens the amount's span over them.
func (x *extractor) comparator(toks []token, a *amount) string {
	l := x.l
	cmp := accord.Eq
	// The longer phrase wins: "not exceed" caps where "exceed" would
	// floor.
	gs, _ := l.gteBefore.matchBack(toks, a.ps)
	ls, _ := l.lteBefore.matchBack(toks, a.ps)
	if gs >= 0 && !(ls >= 0 && ls < gs) {
		cmp, a.ps = accord.Gte, gs
	} else if ls >= 0 && !raisedUp(toks, ls) {
		cmp, a.ps = accord.Lte, ls
	} else if s, _ := l.approxBefore.matchBack(toks, a.ps); s >= 0 {
		cmp, a.ps = accord.Approx, s
	}
	e := a.pe
	if e < len(toks) && toks[e].f == "," {
		e++
	}
	// "1,000 missiles and more than 25,000 kits": a phrase that goes on
	// with "than" or a number is the next amount's comparator.
	next := func(end int) bool { return end < len(toks) && (toks[end].f == "than" || toks[end].k == num) }
	if end, _ := l.gteAfter.match(toks, e); end > 0 && !next(end) {
		cmp, a.pe = accord.Gte, end
	} else if end, _ := l.lteAfter.match(toks, e); end > 0 && !next(end) {
		cmp, a.pe = accord.Lte, end
	}
	return cmp
}

// countryEndsAt reports whether a country's name ends at toks[i-1].
func (x *extractor) countryEndsAt(toks []token, i int) bool {
	for s := i - 1; s >= 0 && s >= i-4; s-- {
		if end, _ := x.l.countries.match(toks, s); end == i {
			return true
		}
	}
	return false
}

// multiplier reads a target stated as a factor at toks[i]: "doubling
// bilateral trade", "to triple investment" is 2 or 3 times the metric
// after it. Only a verb will do, not an adjective ("double taxation"):
// the noun phrase after it must name a metric.
func (x *extractor) multiplier(toks []token, i int) (amount, bool) {
	// "pave the way for (the) doubling of bilateral trade by 2030": the
	// factor as a noun, the metric after its "of".
	nominal := strings.HasSuffix(toks[i].f, "ing") && i+2 < len(toks) && toks[i+1].f == "of"
	// (Not "announced a tripling of Power Africa's goals": a past act.)
	if i > 0 && (determiner[toks[i-1].f] && !(nominal && toks[i-1].f == "the") || x.l.perfect[toks[i-1].f]) {
		return amount{}, false
	}
	if m, ok := multipliedIt(toks, i); ok {
		m.value = x.l.multipliers[toks[i].f]
		return m, true
	}
	// "double the value of bilateral trade": the factor multiplies the
	// metric the measure noun is of.
	from := i + 1
	if nominal {
		from++
	}
	if from+2 < len(toks) && toks[from].f == "the" && measureNoun[toks[from+1].f] && toks[from+2].f == "of" {
		from += 3
	}
	s, e := x.npForward(toks, from)
	if !x.valid(toks, s, e) || !x.hasHead(toks, s, e) {
		return amount{}, false
	}
	if e+1 < len(toks) && toks[e].f == "to" && (toks[e+1].k == num || toks[e+1].k == punct || toks[e+1].upper) {
		return amount{}, false // "double trade to $100 billion": the amount is the target
	}
	if e+1 < len(toks) && toks[e].f == "to" && reachesAmount(toks, e+1) {
		return amount{}, false // "doubling trade to attain $500 billion": the same
	}
	return amount{i: i, j: i + 1, ps: i, pe: from, value: x.l.multipliers[toks[i].f], unit: "times", cmp: accord.Eq}, true
}

// measureNoun names what is measured of a metric: "the value of trade".
var measureNoun = map[string]bool{"value": true, "volume": true, "level": true, "size": true}

// raisedUp reports whether the "up to" at toks[s] ends a phrasal verb of
// growth: "bring the volume up to $30 billion", "raise trade up to …" is a
// level to reach, not a ceiling.
func raisedUp(toks []token, s int) bool {
	if toks[s].f != "up" {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		switch toks[k].f {
		case "bring", "brings", "bringing", "raise", "raises", "raising", "lift", "lifting", "push", "pushing", "take", "taking", "boost", "boosting", "increase", "increasing":
			return true
		}
	}
	return false
}

// dashedNum reports whether toks[j:] is a dash written without spaces and a
// moreBefore are the words after "$X more" that say what the addition is
// of ("more in goods", "more for schools"); not "more than".
var moreBefore = map[string]bool{"in": true, "of": true, "for": true, "to": true}

// hyphenTens returns the value of a number word of tens and units joined
// by a hyphen, as legal texts and notes write sums out ("sixty-six million
// yen"), or 0.
func (x *extractor) hyphenTens(f string) float64 {
	k := strings.IndexByte(f, '-')
	if k <= 0 || k == len(f)-1 {
		return 0
	}
	tens, unit := x.l.numberVal[f[:k]], x.l.numberVal[f[k+1:]]
	if !tensWord(tens) || unit < 1 || unit > 9 {
		return 0
	}
	return tens + unit
}

func tensWord(v float64) bool {
	return v >= 20 && v <= 90 && int(v)%10 == 0
}

// numberRest reads the rest of a number written in words after its first
// part v, up to token j: the units after the tens ("sixty six"), and after
// hundreds "and" with what is below a hundred ("two hundred and fifty
// million"), so that a sum written out is not read from its last word.
func (x *extractor) numberRest(toks []token, v float64, j int) (float64, int) {
	below := func(k int) (float64, int) { // a number below a hundred at k
		if k >= len(toks) || toks[k].k != word {
			return 0, k
		}
		if u := x.hyphenTens(toks[k].f); u > 0 {
			return u, k + 1
		}
		u := x.l.numberVal[toks[k].f]
		if u < 1 || u >= 100 || u != float64(int(u)) {
			return 0, k
		}
		if tensWord(u) && k+1 < len(toks) && toks[k+1].k == word {
			if d := x.l.numberVal[toks[k+1].f]; d >= 1 && d <= 9 {
				return u + d, k + 2
			}
		}
		return u, k + 1
	}
	switch {
	case tensWord(v):
		if j < len(toks) && toks[j].k == word {
			if d := x.l.numberVal[toks[j].f]; d >= 1 && d <= 9 {
				return v + d, j + 1 // "sixty six"
			}
		}
	case v >= 100 && v < 1000 && int(v)%100 == 0:
		k := j
		if k < len(toks) && toks[k].f == "and" {
			k++
		}
		if u, e := below(k); u > 0 {
			return v + u, e // "two hundred and fifty", "one hundred twenty"
		}
	}
	return v, j
}

// number greater than lo: the upper bound of a range "26-28".
func dashedNum(toks []token, j int, lo float64) bool {
	// A spaced en dash is a range too in typeset text: "40 – 45 percent".
	return j+1 < len(toks) && (toks[j].f == "-" && !toks[j].sp && !toks[j+1].sp || toks[j].f == "–") &&
		toks[j+1].k == num && toks[j+1].v > lo
}

// byTo reports whether the number at toks[i] is the lower bound of a change
// "by 26 to 28 percent" (toks[j] is "to"): after "by" a range, not a
// change from one level to another ("from 20 to 45 percent").
func byTo(toks []token, i, j int, lo float64) bool {
	return i > 0 && toks[i-1].f == "by" && j+1 < len(toks) && toks[j].f == "to" && toks[j+1].k == num && toks[j+1].v > lo
}

// inBreakdown reports whether toks[from:to] opens a bracket right after an
// amount and stays in it: the amount's parts, "10% (7.5% plus 2.5% …)".
func (x *extractor) inBreakdown(toks []token, from, to int) bool {
	if from >= len(toks) || toks[from].f != "(" {
		return false
	}
	for k := from + 1; k < to; k++ {
		if toks[k].f == ")" {
			return false
		}
	}
	return true
}

// yearlyAfter reports whether a rate by the year ("per year", "each year")
// follows token j in its sentence.
func (x *extractor) yearlyAfter(toks []token, j int) bool {
	for i := j; i < len(toks); i++ {
		if end, _ := x.l.perTime.match(toks, i); end > 0 {
			return true
		}
	}
	return false
}

// conversionOpen returns the index of the "(" that opens a conversion before
// the amount starting at ps, over the hedge that may head it: "(approx. Rs
// 6,000 crore)", "(app. 3 million AUD)", "(equivalent to approximately USD
// 1.7 million)"; -1 if none.
func conversionOpen(toks []token, ps int) int {
	k := ps - 1
	for n := 0; n < 3 && k > 0 && (toks[k].f == "." || bracketHedges[toks[k].f]); n++ {
		if toks[k].f == "." {
			k--
		}
		if k > 0 && bracketHedges[toks[k].f] {
			k--
		}
	}
	if k >= 0 && toks[k].f == "(" {
		return k
	}
	return -1
}

// bracketHedges are the words of degree a bracketed conversion opens with.
var bracketHedges = map[string]bool{"approx": true, "app": true, "approximately": true, "about": true, "around": true, "roughly": true, "some": true, "nearly": true, "almost": true, "over": true, "ca": true, "equivalent": true, "equal": true, "to": true}

// convertedEnd returns the end (exclusive) of a bracket that closes right
// after a converted amount ending at toks[e-1], past a trailing hedge
// ("(Rs 1,165 crore approx.)"); 0 if the bracket goes on with other words
// ("($10 million in 2024)" tells more than the conversion).
func convertedEnd(toks []token, e int) int {
	for e < len(toks) && (toks[e].f == "approx" || toks[e].f == "approximately" || toks[e].f == "." && e > 0 && toks[e-1].f == "approx") {
		e++
	}
	if e < len(toks) && toks[e].f == ")" {
		return e + 1
	}
	return 0
}

// currencyNamedBefore returns the start and code of a currency named with a
// capital before a scaled amount, as finance ministries head their loans
// ("Yen 21.5 billion", "Japanese Yen (JPY) 32 billion", "US Dollar one
// billion"), and whether a code names it; -1 if none. The scale word is
// required: "Euro 6" is an emission standard, no sum.
func (x *extractor) currencyNamedBefore(toks []token, a amount) (int, string, bool) {
	scaled := false
	for k := a.i + 1; k < a.j; k++ {
		scaled = scaled || x.l.scales[toks[k].f] > 0
	}
	if !scaled {
		return -1, "", false
	}
	e, code, coded := a.i, "", false
	// "(JPY)": a code in brackets after the name.
	if e >= 3 && toks[e-1].f == ")" && toks[e-3].f == "(" {
		if c, ok := x.l.currBefore[x.text[toks[e-2].s:toks[e-2].e]]; ok {
			e, code, coded = e-3, c, true
		}
	}
	s, c := x.l.currNames.matchBack(toks, e)
	if s < 0 || (code != "" && c != code) {
		if code != "" {
			return e, code, coded
		}
		return -1, "", false
	}
	if ch := x.text[toks[s].s]; ch < 'A' || ch > 'Z' {
		return -1, "", false // "the yen 5 billion": no name heading the sum
	}
	return s, c, coded
}

// wordScales adds to a sum told in words, v up to toks[k] after a scale
// worth s, the smaller parts that follow it: "fifteen billion, nine
// hundred and one million yen" is 15.901 billion.
func (x *extractor) wordScales(toks []token, v float64, k int, s float64) (float64, int) {
	l := x.l
	for {
		q := k
		if q < len(toks) && toks[q].f == "," {
			q++
		}
		if q < len(toks) && toks[q].f == "and" {
			q++
		}
		if q >= len(toks) || toks[q].k != word {
			return v, k
		}
		end, w := l.numbers.match(toks, q)
		if end < 0 {
			return v, k
		}
		n, e := l.numberVal[w], end
		if n < 100 && e < len(toks) && toks[e].f == "hundred" {
			n, e = n*100, e+1
		}
		n, e = x.numberRest(toks, n, e)
		if e >= len(toks) || toks[e].k != word {
			return v, k
		}
		t := l.scales[toks[e].f]
		if t <= 0 || t >= s {
			return v, k
		}
		v, k, s = v+n*t, e+1, t
	}
}
