package target

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// objectTail returns metric with the words after the sum, or after the
// metric's own phrase, that name what the money is for or goes to, as the
// sentence writes them: "tranche" of "a €1.5 billion tranche of
// macro-financial assistance to Ukraine" is the tranche of macro-financial
// assistance to Ukraine; "loan to Zembla" of "a loan of ¥12 billion to Zembla
// for the Coastal Highway Project" the loan to Zembla for the Coastal
// Highway Project; "finance" of "$28 million to control malaria" finance to
// control malaria. A reader names a funding commitment by its object and its
// purpose; the kind of money alone ("loan", "contribution") or a fragment of
// the object ("aid for Project") leaves out the words a restatement or a
// reader would use. Only words are appended: the head the record joins
// restatements by stays first. Only sums of money: a level of trade or a
// share is named by what it measures, which the phrase already holds.
func (x *extractor) objectTail(toks []token, a amount, metric string, ms, me, end int) string {
	if metric == "" || !x.l.currencies[a.unit] || end > len(toks) {
		return metric
	}
	m := x.objectTailOf(toks, a, metric, ms, me, end)
	if m == metric {
		m = x.objectBefore(toks, a, metric, ms, me)
	}
	if m == metric {
		m = x.hostTail(toks, a, metric) // "(total loan provision of up to …)", "would increase to …"
	}
	if m != metric {
		// Joined by accord.MetricTail: two sums of one size in an article
		// are one statement when their metrics as read before the tail
		// share a word (add), and the record joins restatements by that
		// metric; a long tail shares a word with any item of a fact sheet.
		return metric + accord.MetricTail + unquote.Replace(strings.TrimPrefix(m[len(metric):], " "))
	}
	return metric
}

func (x *extractor) objectTailOf(toks []token, a amount, metric string, ms, me, end int) string {
	k := a.pe
	if me > k && ms >= a.pe {
		k = me                    // the metric follows the sum: its tail follows the metric
		k = x.pastSource(toks, k) // "a new $90 million commitment from the Coral Health Network to address …"
		k = x.pastCoordinated(toks, k)
	} else {
		if k+1 < end && ms < a.ps && setOffSum(toks, a) {
			k++ // "a new instrument, up to €42 billion, to support …": past the closing mark
		}
		if k < end && toks[k].f == ")" {
			k++ // "KD 9 million (USD 30.5 million) to contribute to …": the sum converted, in brackets
		}
		if k < end && toks[k].f == "available" && madeAvailable(toks, a, k) {
			k++ // "make $50 million available to …"
		}
		k = skipAside(toks, k)         // "¥50 billion (US$500 million) for …"
		k = x.skipDuration(toks, k)    // "$1.4 billion over four years to …"
		k = x.pastChannel(toks, k)     // "$30 million through USAID to support …"
		k = x.pastSource(toks, k)      // "a $12.5 million disbursement from the Corporation to support …"
		k = x.pastAdverb(toks, k)      // "$675 million directly to the government in a new munitions package"
		k = x.pastCoordinated(toks, k) // "$8 billion in new funding and programs for the Pacific Islands"
		if k+1 < end && toks[k].k == word && !x.capital(toks[k]) && ms < a.ps && a.ps > 0 && (determiner[toks[a.ps-1].f] || toks[a.ps-1].f == "s") {
			// "The budget will confirm a $900m increase in official
			// development assistance", "a £21 million boost to an
			// emergency aid fund": the noun the sum sizes, then its object.
			s, e := x.npForward(toks, k)
			if s != k || !x.valid(toks, s, e) {
				s, e = k, k+1 // a noun the stop list holds as a verb ("increase", "boost")
			}
			if links := x.tailLinks(toks, e, end); len(links) > 0 && !determiner[toks[k].f] {
				if t := x.appendTail(toks, metric, links); t != metric {
					return metric + " " + x.phrase(toks, s, links[len(links)-1]) // the noun sized with its object
				}
			}
		}
	}
	return x.appendTail(toks, metric, x.tailLinks(toks, k, end))
}

// tailLinks returns where the object phrases after toks[k] begin, and last
// where they end (nil when none follows): a chain of
// at most three links, each a preposition of object, purpose or recipient
// ("of", "for", "to", "toward", "in" a funding noun or a place) with its noun
// phrase, "to" with a verb of purpose and its object ("to control
// malaria"), or "with the aim of" a verb and its object. It ends at
// anything else: a comma, a clause, another sum, a date.
func (x *extractor) tailLinks(toks []token, k, end int) []int {
	var at []int
	e := k
	done := func() []int {
		if len(at) == 0 {
			return nil
		}
		return append(at, e)
	}
	purpose := false
	for n := 0; n < 3 && e < end && e-k < 14; n++ {
		c := toks[e].f
		if toks[e].k != word {
			break
		}
		from := e + 1
		switch {
		case purpose && c == "to" && from < end && toks[from].k == word && !x.capital(toks[from]) && !determiner[toks[from].f]:
			return done() // "to build a model to improve …": one purpose is enough
		case c == "with" && e+3 < end && toks[e+1].f == "the" && toks[e+2].f == "aim" && toks[e+3].f == "of":
			from = e + 4 // "with the aim of providing humanitarian aid to …"
			if from < end && strings.HasSuffix(toks[from].f, "ing") {
				from++
			}
			purpose = true
		case c == "to" && from < end && toks[from].k == word && (x.l.purposeVerbs[toks[from].f] || x.l.nominal[toks[from].f] != "" || x.l.tailVerbs[toks[from].f]):
			from = x.pastHelpVerb(toks, from, end) // "to support the power sector", "to control malaria", "to help address the crisis"
			purpose = true
		case x.partnerLink(toks, e, end):
			// "the reinforced partnership with Zembla": whom the object is with.
			if toks[from].f == "all" {
				from++ // "cooperation with all member countries"
			}
		case c == "in" && e+3 < end && toks[e+1].f == "response" && toks[e+2].f == "to":
			from = e + 3 // "in response to the outbreak of Ebola virus disease": what the aid answers
			purpose = true
		case c == "of" || c == "for" || c == "to" || c == "toward" || c == "towards" || c == "into":
		case c == "in":
			// "in humanitarian aid to …", "in Port Vela": a funding noun or
			// a place; not a manner or a time ("in response to", "in 2025").
			h := from
			for h < end && determiner[toks[h].f] {
				h++ // "in a new munitions package"
			}
			h2 := x.pastModifiers(toks, h, end) // "in additional security assistance for C": the assistance
			added := h2 > h && (x.fundingHeadAt(toks, h2, end) || x.fundingRun(toks, h2, end))
			if from >= end || !x.capital(toks[from]) && !x.capital(toks[h]) && !x.fundingHeadAt(toks, h, end) && !added {
				// (a name after "the": "in the Marrow Rivers Fund IV")
				return done()
			}
			if added {
				from = h2
			}
		default:
			return done()
		}
		if from < end && quoteMark[toks[from].f] {
			from++ // for "The Project for the Improvement of …": a name in quotation marks
		}
		if from < end && c == "into" {
			if n, _ := x.l.numbers.match(toks, from); n > from {
				return done() // "investments into two of the projects": a count, not an object
			}
		}
		if from < end && (toks[from].k == num || toks[from].k == rng || year(toks[from]) > 0) {
			return done() // "to $5 billion", "by 2030": a level or a time
		}
		s, e2 := x.npForward(toks, from)
		e2 = x.pastPossessive(toks, s, e2) // "the region's response to …"
		if s != from && !(s > from && (allDeterminers(toks[from:s]) || x.determinedModifiers(toks[from:s]))) || !x.valid(toks, s, e2) && !x.isCountrySpan(toks, s, e2) || e2 > end {
			return done()
		}
		if x.l.months[toks[s].f] || weekday[toks[s].f] || e2 < len(toks) && (toks[e2].f == "year" || toks[e2].f == "years" || year(toks[e2]) > 0) {
			return done() // "on Monday", "in Fiscal Year 2024": a time
		}
		at = append(at, e)
		e = e2
		for e < end && toks[e].k == word && !x.capital(toks[e]) && x.l.funding[toks[e].f] {
			e++ // "an emergency aid fund": a funding head the stop list holds as a verb
		}
		for e+1 < end && (toks[e].f == "and" || toks[e].f == "or") && !x.capital(toks[e-1]) && !strings.HasSuffix(toks[e+1].f, "ed") && toks[e+1].k == word && !x.capital(toks[e+1]) && x.npWord(toks[e+1]) && !determiner[toks[e+1].f] && x.l.nominal[toks[e+1].f] == "" && !x.l.purposeVerbs[toks[e+1].f] {
			// "economic and technical cooperation", "maternal and child
			// health": one object in two words; not "and will …".
			_, e3 := x.npForward(toks, e+1)
			if e3 <= e+1 || e3 > end {
				break
			}
			e = e3
		}
		e = x.namedPartner(toks, e, end) // "Latin America and the Caribbean"
	}
	return done()
}

// appendTail appends to metric the phrases whose starts are links (the
// last entry their end) from the first that names a word metric lacks:
// "emergency grant aid to Republic" + "to the Republic" + "of Zembla" is
// the aid to the Republic of Zembla.
func (x *extractor) appendTail(toks []token, metric string, links []int) string {
	if len(links) < 2 {
		return metric
	}
	have := strings.Fields(accord.Fold(metric))
	e := links[len(links)-1]
	for i, k := range links[:len(links)-1] {
		for _, w := range strings.Fields(accord.Fold(x.phrase(toks, k, links[i+1]))) {
			if len(w) > 2 && !x.l.stop[w] && !slices.Contains(have, w) {
				return metric + " " + x.phrase(toks, k, e)
			}
		}
	}
	return metric
}

// fundingHeadAt reports whether the noun phrase at toks[k] has a funding
// head: "in humanitarian aid", "in ODA loans".
func (x *extractor) fundingHeadAt(toks []token, k, end int) bool {
	s, e := x.npForward(toks, k)
	return e > s && e <= end && x.fundingEnds(toks, s, e)
}

func allDeterminers(ts []token) bool {
	for _, t := range ts {
		if !determiner[t.f] && !anaphoric[t.f] {
			return false
		}
	}
	return true
}

// unquote drops quotation marks around a name in the tail.
var unquote = strings.NewReplacer("\"", "", "“", "", "”", "")

var quoteMark = map[string]bool{"\"": true, "“": true, "'": true, "‘": true}

var weekday = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// pastChannel returns the index after a channel at toks[k] ("through the
// U.S. Agency for International Development (USAID)", "through USAID"):
// who passes the money on is not what it is for; else k.
func (x *extractor) pastChannel(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].f != "through" {
		return k
	}
	e := k + 1
	if toks[e].f == "the" {
		e++
	}
	n := e
	for e < len(toks) && (toks[e].k == word && x.capital(toks[e]) || e > n && e+1 < len(toks) && x.capital(toks[e+1]) && (toks[e].f == "for" || toks[e].f == "of" || toks[e].f == "and" || toks[e].f == "." && !toks[e].sp)) {
		e++
	}
	if e == n {
		return k
	}
	return skipAside(toks, e)
}

// isCountrySpan reports whether toks[s:e] is a country's name: a recipient
// ("to Maldives"), which valid refuses as a metric of its own.
func (x *extractor) isCountrySpan(toks []token, s, e int) bool {
	end, _ := x.l.countries.match(toks, s)
	return e > s && end == e
}

// objectBefore returns metric with the object the clause names between
// the metric's phrase and the sum, when nothing after the sum names it:
// "an ODA loan to Zembla for the Marrow River Bridge Project: up to 30
// billion yen" is the loan to Zembla for the bridge project; "grant aid
// concerning the Project for …, of up to 1.5 billion yen" the aid for
// that project. The sum then closes the sentence or an aside, and the
// object stands where a reader names it: before the figure.
func (x *extractor) objectBefore(toks []token, a amount, metric string, ms, me int) string {
	if me <= ms || me >= a.ps || a.ps-me > 24 {
		return metric
	}
	end := a.ps
	for end > me && toks[end-1].k != word {
		end-- // ": up to", ", of up to", "(": the punctuation before the sum
	}
	for end > me && sumLead[toks[end-1].f] {
		end--
	}
	for end > me && toks[end-1].k != word {
		end--
	}
	for k := me; k < end; k++ {
		if toks[k].k != word && toks[k].f != "-" {
			return metric // a clause or a list between them: not the sum's object
		}
	}
	for k := me; k < a.ps; k++ {
		if strings.ContainsAny(toks[k].f, "0123456789") {
			return metric // "trade to VNĐ20 billion (US$20 billion)": the sum converted, a level
		}
	}
	switch toks[me].f {
	case "for", "to", "toward", "towards", "in":
	default:
		return metric // "support of the Government": "of" before the sum names the giver
	}
	if me+1 < end && toks[me].f == "to" && (x.l.purposeVerbs[toks[me+1].f] || x.l.nominal[toks[me+1].f] != "" || x.l.tailVerbs[toks[me+1].f]) {
		return metric // "commitment to request $500 million": what is committed, not its object
	}
	if toks[me].f == "to" && end == me+2 && !x.capital(toks[me+1]) {
		return metric // "to anchor $500 million": a bare word before the sum is its verb
	}
	if toks[end-1].f == "tune" {
		return metric // "a loan package to the tune of $50 billion": the sum's idiom
	}
	links := x.tailLinks(toks, me, end)
	if len(links) == 0 || links[len(links)-1] != end {
		return metric // the object must run up to the sum: "power in Brazil and plans to invest $5 billion" is not
	}
	return x.appendTail(toks, metric, links)
}

// sumLead holds the words that lead from an object to the sum that sizes
// it: "aid to the islands by $9 million", "the package, worth some $4
// million", "support for the Forces amounting to $3 billion".
var sumLead = map[string]bool{"up": true, "of": true, "to": true, "worth": true, "by": true, "some": true, "about": true, "around": true, "approximately": true, "nearly": true, "over": true, "almost": true, "totaling": true, "totalling": true, "amounting": true, "with": true, "an": true, "a": true, "additional": true, "more": true, "than": true, "least": true, "at": true}
