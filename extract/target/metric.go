package target

import (
	"slices"
	"strings"
)

// metric returns what an amount measures, in a few words taken from the
// sentence, and the tokens it came from. It tries, in order: the counted
// noun (96 AH-64 Apache helicopters); "N in/of/for X" ($150 billion in
// bilateral trade); the amount as a modifier ($2 billion FMF direct loan);
// "X of/reaching/to N" (GDP growth of 10 per cent, raising bilateral trade to
// $150 billion), looking further back past "target of" and lists of examples.
func (x *extractor) metric(toks []token, a amount) (string, int, int) {
	if a.unit == "count" {
		return x.phrase(toks, a.cs, a.ce), a.cs, a.ce
	}
	if m, s, e, ok := x.destination(toks, a); ok {
		return m, s, e // "$6 million will go to the next phase of …"
	}
	if m, s, e, ok := x.furtherPurpose(toks, a); ok {
		return m, s, e // "and a further $9.1 million to cover operating costs"
	}
	// "meeting the NATO 2 per cent target": a known target named by its
	// value; the names before the amount say whose target it is.
	if q := a.pe; q < len(toks) && x.l.goalNouns[toks[q].f] && (q+1 == len(toks) || !preposition[toks[q+1].f]) && a.ps > 0 {
		s := a.ps
		for s > 0 && toks[s-1].k == word && x.capital(toks[s-1]) && a.ps-s < 4 {
			s--
		}
		if s > 0 && toks[s-1].f == "the" { // "a $5 million commitment" is only sized
			return x.phrase(toks, s, q+1), s, q + 1
		}
	}
	// The verb right before the amount names the metric's kind:
	// "invest $3 billion" → investment, "suspending 24 percentage points" →
	// suspension.
	nominal := ""
	v := a.ps - 1
	if v >= 2 && toks[v].f == "of" && sumNouns[toks[v-1].f] {
		// "would donate a sum of US$30,000", "provide a total amount of
		// $2 million": the words that only introduce the sum.
		v -= 2
		if v > 0 && toks[v].f == "total" {
			v--
		}
		if v > 0 && toks[v].f == "the" {
			v--
		}
	}
	for v > 0 && (toks[v].f == "an" || toks[v].f == "a" || further[toks[v].f]) {
		v-- // "invest an additional $600 billion"
	}
	if v >= 0 && toks[v].k == word {
		nominal = x.l.nominal[toks[v].f]
		if nominal == "" && availableBefore(toks, a) {
			nominal = "provision" // "making available some €300,000 to …", as "make … available"
		}
		if nominal == "" && x.committedNow(toks, v, a) {
			nominal = "commitment" // "has committed $5 million to the appeal"
		}
	}
	rs, re := 0, 0 // "provide Jordan with $N": the recipient before "with"
	if nominal == "" && v > 1 && toks[v].f == "with" {
		nominal, rs, re = x.providedWith(toks, v)
	}
	if q := a.pe; q < len(toks) {
		if toks[q].f == "(" {
			for c := q + 1; c < len(toks) && c <= q+15; c++ {
				if toks[c].f == ")" {
					if c+1 < len(toks) {
						q = c + 1 // US$800 million (C$1.08 billion) for …
					}
					break
				}
			}
		}
		if q+1 < len(toks) && year(toks[q+1]) > 0 && (toks[q].f == "by" || toks[q].f == "through" || toks[q].f == "in") {
			q += 2 // $3 billion by 2030 in power-grid infrastructure
		}
		if madeAvailable(toks, a, q) {
			q++ // "make $50 million available to …"
			if nominal == "" {
				nominal = "provision"
			}
		}
		q = x.skipDuration(toks, q) // $30 million over five years to support …
		q = skipAside(toks, q)      // "(Fiscal Years 2022-2024 funds), pending appropriations, to …"
		if q+1 < len(toks) && toks[q].f == "as" {
			// "announced USD 700 million as concessional line of credit":
			// the funding the sum is given as ("as the sum of public and
			// private financial contribution": the words that only
			// introduce it are skipped, as before a sum).
			f := q + 1
			if f+2 < len(toks) && (toks[f].f == "the" || toks[f].f == "a") && sumNouns[toks[f+1].f] && toks[f+2].f == "of" {
				f += 3
			}
			if s, e := x.npForward(toks, f); x.valid(toks, s, e) {
				for j := s + 1; j <= e; j++ {
					if x.fundingEnds(toks, s, j) { // (and "as grant for supporting …")
						return x.phrase(toks, s, e), s, e
					}
				}
			}
		}
		if q+2 < len(toks) && toks[q].f == "in" && toks[q+1].f == "total" && toks[q+2].f == "to" {
			q += 2 // $50 million in total to support …
		}
		if q+2 < len(toks) && toks[q].f == "worth" && toks[q+1].f == "of" && toks[q+2].k == word {
			// "$2 million worth of assistance": the assistance is what
			// the sum is.
			if s, e := x.npForward(toks, q+2); x.valid(toks, s, e) {
				return x.phrase(toks, s, e), s, e
			}
		}
		if q+1 < len(toks) && toks[q].f == "through" && x.capital(toks[q+1]) {
			// "$12 million through USAID to strengthen …": the channel
			// is not the object.
			q++
			for q < len(toks) && toks[q].k == word && x.capital(toks[q]) {
				q++
			}
		}
		if b := x.skipBudget(toks, q); b > q {
			// "$395 million in the President's FY 2024 Budget to continue
			// …": the budget is where the money is asked; what follows
			// names it, else the request itself.
			q = b
			if q >= len(toks) || toks[q].k == punct {
				return "budget request", a.ps, a.pe
			}
		}
		if q+2 < len(toks) && toks[q].f == "," && toks[q+1].f == "subject" && toks[q+2].f == "to" {
			// ", subject to Congressional notification, to strengthen …"
			for k := q + 3; k < len(toks) && k < q+12; k++ {
				if toks[k].f == "," {
					q = k + 1
					break
				}
			}
		}
		under := ""
		if q+1 < len(toks) && toks[q].f == "under" && x.capital(toks[q+1]) {
			// "€500 million under Global Gateway to support …": the
			// programme the money comes under names it too.
			e := q + 1
			for e < len(toks) && e-q <= 4 && toks[e].k == word && x.capital(toks[e]) {
				e++
			}
			under, q = x.text[toks[q+1].s:toks[e-1].e]+" ", e
		}
		if q+2 < len(toks) && x.l.goalNouns[toks[q].f] && toks[q+1].f == "to" && toks[q+2].k == word && !x.l.purposeVerbs[toks[q+2].f] && x.l.nominal[toks[q+2].f] == "" {
			// "a $1.08 billion pledge to the Global Fund": what the pledge
			// goes to.
			k := q + 2
			for k < len(toks) && determiner[toks[k].f] {
				k++
			}
			if s, e := x.npForward(toks, k); x.valid(toks, s, e) {
				for e < len(toks) && toks[e].k == word && x.capital(toks[e]) {
					e++ // the whole name: "the Global Fund"
				}
				e = x.namedPartner(toks, e, len(toks)) // "the Red Cross Japan and Pacific Disaster Appeal"
				return x.text[toks[q].s:toks[q].e] + " to " + x.phrase(toks, s, e), s, e
			}
		}
		if q+1 < len(toks) && x.l.goalNouns[toks[q].f] && (toks[q+1].f == "for" || toks[q+1].f == "in" || toks[q+1].f == "of") {
			q++ // "a $50 billion target for bilateral trade"
		}
		// "an investment package of almost €30 billion in grants and
		// loans": a funding instrument before "of" is what the amount is.
		of := a.ps - 1
		for of > 0 && approxWord[toks[of].f] {
			of-- // "a pledge of up to $1 billion"
		}
		if of >= 1 && toks[of].f == "of" && (q >= len(toks) || toks[q].f != "for") {
			toWhom := q+2 < len(toks) && toks[q].f == "to" && toks[q+1].k == word && !x.l.purposeVerbs[toks[q+1].f] && x.l.nominal[toks[q+1].f] == ""
			s, e := x.npBack(toks, of, 0)
			if e <= s && of >= 1 && x.l.goalNouns[toks[of-1].f] && toWhom {
				s, e = of-1, of // "a Japanese pledge of … to the Fund": the pledge (a stop word to npBack)
			}
			// "a commitment of €10 billion of new development assistance":
			// a sum's generic head gives way to the object after the amount.
			objectAfter := x.l.generic[toks[e-1].f] && q+1 < len(toks) && (toks[q].f == "of" || toks[q].f == "in")
			if x.valid(toks, s, e) && (x.fundingEnds(toks, s, e) || x.l.goalNouns[toks[e-1].f] && toWhom) && !objectAfter {
				m := x.phrase(toks, s, e)
				if toWhom {
					// "a Japanese pledge of up to $1.08 billion to the Global
					// Fund": the pledge to the Global Fund.
					k := q + 1
					for k < len(toks) && determiner[toks[k].f] {
						k++
					}
					if s2, e2 := x.npForward(toks, k); x.valid(toks, s2, e2) {
						for e2 < len(toks) && toks[e2].k == word && x.capital(toks[e2]) {
							e2++
						}
						e2 = x.namedPartner(toks, e2, len(toks))
						m += " to " + x.phrase(toks, s2, e2)
					}
				}
				return m, s, e
			}
		}
		if toks[min(q, len(toks)-1)].f == "," && a.ps > 0 && toks[a.ps-1].f == "worth" {
			// "Worth £2.5 billion, the package will …"
			if s, e := x.npForward(toks, q+1); x.valid(toks, s, e) && x.hasHead(toks, s, e) {
				return x.phrase(toks, s, e), s, e
			}
		}
		if q+2 < len(toks) && toks[q].f == "to" && x.l.relational[toks[q+1].f] && toks[q+2].f == "with" {
			// "$84 million to partner with fourteen countries to strengthen
			// capacity": whom the money works with is not what it is for.
			for k := q + 3; k+1 < len(toks) && k < q+20; k++ {
				if toks[k].f == "to" && x.l.purposeVerbs[toks[k+1].f] {
					q = k
					break
				}
			}
		}
		q = x.purposeTo(toks, a, q) // "in order to help"
		switch c := toks[min(q, len(toks)-1)].f; c {
		case "to":
			// "$1.1 billion to support African-led efforts": the purpose
			// names what the money is for, better than the verb before it.
			if q+1 < len(toks) && toks[q+1].k == word {
				if n := x.l.nominal[toks[q+1].f]; n != "" {
					if m, k := x.helped(toks, q+1); k > q+2 {
						q, n = k-2, m
					}
					if s, e := x.npForward(toks, q+2); x.valid(toks, s, e) {
						return under + n + " for " + x.phrase(toks, s, e), s, e
					}
				} else if nominal != "" {
					// "provide $15 million to Fiji's health sector",
					// "committing £20 million to a new research fund".
					k := q + 1
					if k+1 < len(toks) && toks[k].k == word && !x.capital(toks[k]) && !determiner[toks[k].f] {
						if end, _ := x.l.countries.match(toks, k+1); end > 0 || determiner[toks[k+1].f] || x.l.purposeVerbs[toks[k].f] {
							k++ // "to strengthen Vietnam's cybersecurity": past the verb
						}
					}
					for k < len(toks) && determiner[toks[k].f] {
						k++
					}
					if end, _ := x.l.countries.match(toks, k); end > 0 && end+1 < len(toks) && toks[end].f == "'" && toks[end+1].f == "s" {
						k = end + 2
					}
					if s, e := x.npForward(toks, k); x.valid(toks, s, e) {
						// "… to the Resident Coordinator's Office to support
						// disaster preparedness": the purpose names it better
						// than the recipient.
						if e+2 < len(toks) && toks[e].f == "to" && x.l.nominal[toks[e+1].f] != "" {
							if s2, e2 := x.npForward(toks, e+2); x.valid(toks, s2, e2) {
								return under + x.l.nominal[toks[e+1].f] + " for " + x.phrase(toks, s2, e2), s2, e2
							}
						}
						return under + nominal + " for " + x.phrase(toks, s, e), s, e
					}
				} else if x.l.purposeVerbs[toks[q+1].f] && !(of >= 1 && toks[of].f == "of") {
					// "drawing on … CAD $1.2 billion to build a network of
					// fast chargers": what the money builds.
					k := q + 2
					for k < len(toks) && determiner[toks[k].f] {
						k++
					}
					if s, e := x.npForward(toks, k); x.valid(toks, s, e) {
						return under + x.phrase(toks, s, e), s, e
					}
				}
			}
		case "in", "of", "for", "across", "toward", "towards":
			if _, sized := x.sizedObject(toks, a, q); (c == "toward" || c == "towards") && !sized && !x.futureBefore(toks, a.ps) {
				break // "has committed $1.6 billion toward …" tells what was given; "will invest $5 million toward …" what is to be
			}
			if c == "in" && x.mannerAt(toks, q) {
				break // "lifting trade to $10 billion in a balanced manner": how, not what
			}
			if c == "across" && nominal == "" {
				break // "projects valued at $7 billion across the region": where
			}
			f := q + 1
			if f+1 < len(toks) && further[toks[f].f] {
				f++ // "£2.5 billion of further military support"
			}
			if f+3 < len(toks) && toks[f].f == "new" && toks[f+1].f == "and" && further[toks[f+2].f] {
				f += 3 // "€10 billion of new and additional development assistance"
			}
			if b, ok := x.sizedObject(toks, a, q); ok {
				f = b.pe // "$800 million toward a new $2.75 billion test facility": the facility
			}
			s, e := x.npForward(toks, f)
			if s < e {
				e = x.namedPartner(toks, x.pastPossessive(toks, s, e), len(toks)) // "in Latin America and the Caribbean", "for the region's response"
			}
			if s < e && toks[s-1].k == word && anaphoric[toks[s-1].f] {
				s, e = x.antecedent(toks, a.ps, s, e)
			}
			if x.valid(toks, s, e) && !x.l.manner[toks[e-1].f] {
				if end, _ := x.l.denominators.match(toks, s); end == e && a.unit == "percent" {
					// "to spend 2.5 per cent of GDP on defence": what the
					// share goes to, after it, is what is measured.
					if e+1 < len(toks) && (toks[e].f == "on" || toks[e].f == "to" || toks[e].f == "for") && nominal != "" {
						if s2, e2 := x.npForward(toks, e+1); x.valid(toks, s2, e2) {
							return nominal + " " + toks[e].f + " " + x.phrase(toks, s2, e2), s2, e2
						}
					}
					break // 3.5% of GDP: the metric is before the amount
				}
				m := x.phrase(toks, s, e)
				if c == "in" && (nominal == "" || x.l.givingNominals[nominal]) && x.fundingHead(toks, s, e) {
					// "delivering $115 million in humanitarian assistance":
					// the sum is the assistance, not its delivery; "in
					// support of the new centre": what it supports.
					g := x.pastGiver(toks, e) // "in aid from New Zealand to support …"
					if e-s == 1 && g+1 < len(toks) && (toks[g].f == "of" || toks[g].f == "for" || toks[g].f == "to" || toks[g].f == "toward" || toks[g].f == "towards") {
						k := g + 1
						for k < len(toks) && determiner[toks[k].f] {
							k++
						}
						if s2, e2 := x.npForward(toks, k); x.valid(toks, s2, e2) {
							m, e = x.text[toks[s].s:toks[e2-1].e], e2
							if g > s+1 {
								m = x.text[toks[s].s:toks[s].e] + " " + x.text[toks[g].s:toks[e2-1].e] // the giver left out
							}
						}
					}
				} else if nominal != "" && !strings.HasPrefix(strings.ToLower(m), nominal) {
					m = nominal + " " + c + " " + m
				} else if c == "for" && a.ps >= 2 && toks[a.ps-1].f == "of" && x.l.forHeads[toks[a.ps-2].f] {
					// "the grant of €60 million for the Green Economy
					// Programme": a grant for the programme.
					// With its modifiers as written: "grant aid", "Japanese
					// ODA loan" (the kind of aid is what a reader names).
					h, _ := x.npBack(toks, a.ps-1, 0)
					for h < a.ps-2 && takeVerbs[toks[h].f] {
						h++ // "will receive ODA loans of …": the loans
					}
					m = x.text[toks[h].s:toks[a.ps-2].e] + " for " + m
					s = h
				}
				return m, s, e
			}
		}
		// "a $150 million public-private partnership": after an article, the
		// amount modifies the noun that follows, what is measured, whatever
		// its head.
		// So after "the" or a possessive: "Canada's $40 million commitment".
		article := a.ps > 0 && (toks[a.ps-1].f == "a" || toks[a.ps-1].f == "an")
		// "a 3 million NZD (1.7 million USD) aid package": the noun after
		// a bracketed aside, such as the sum converted.
		q := a.pe
		if q < len(toks) && toks[q].f == "(" {
			q = skipAside(toks, q)
		}
		if s, e := x.npForward(toks, q); x.valid(toks, s, e) && (article || x.hasHead(toks, s, e) || x.sized(toks, a, s, e)) {
			if m, e2 := x.purpose(toks, s, e); m != "" {
				return m, s, e2
			}
			return x.phrase(toks, s, e), s, e
		}
	}
	// "the Team Europe Initiative on clean energy (€400 million)": an amount
	// in brackets is the size of the funding instrument named before it.
	if o := bracketOpen(toks, a); o >= 0 {
		for h := o - 1; h >= 0 && h >= o-13 && !clauseEnd(toks[h]); h-- {
			if !x.l.funding[toks[h].f] || toks[h].k != word {
				continue
			}
			s, e := x.npBack(toks, h+1, 0)
			if !x.valid(toks, s, e) {
				break
			}
			if e+1 < len(toks) && (toks[e].f == "on" || toks[e].f == "for") {
				if s2, e2 := x.npForward(toks, e+1); x.valid(toks, s2, e2) && e2 <= o {
					e = e2
				}
			}
			return x.phrase(toks, s, e), s, e
		}
	}
	// "reduce methane emissions from the oil and gas sector by 40
	// percent": a change by an amount measures the verb's object.
	if s, e := x.changed(toks, a); e > s {
		return x.phrase(toks, s, e), s, e
	}
	// Before the amount: skip the connecting words, then the nearest noun
	// phrase with a metric head, not crossing the clause.
	floor := a.ps
	for floor > 0 && !clauseEnd(toks[floor-1]) {
		floor--
	}
	if f := frontedEnd(toks, floor, a.ps); nominal != "" && f > floor {
		// "Through public and private investments, Acme Bridge will
		// mobilise up to €200 billion": a phrase fronted before the
		// subject says how; the verb's sum measures no noun in it.
		floor = f
	}
	if nominal != "" && x.segFloor > floor && x.segFloor < a.ps {
		// "investing $2 billion in hydrogen and will provide $50 million":
		// an amount with its own verb does not measure the one before.
		floor = x.segFloor
	}
	k := a.ps
	for n := 0; n < 5 && k > floor; n++ {
		t := toks[k-1]
		if t.k == word && (x.l.stop[t.f] || x.l.goal[t.f]) || t.f == "*" {
			k--
			continue
		}
		break
	}
	for m := k - 1; m >= floor; m-- {
		if end, _ := x.l.listClauses.match(toks, m); end > 0 && end <= k {
			if x.hasCue(toks, end, k) || x.levelSoughtAfter(toks, a, end) {
				// "products such as fruit … to achieve the goal of
				// increasing two-way turnover to $100 billion": a goal
				// stated after the list ends it; so does a level verb
				// after it ("particularly his support for …, toward
				// lifting two-way trade to $100 billion", "particularly
				// underscored the importance of increasing trade to …").
				break
			}
			k = m
			break
		}
	}
	// Without a metric head, only the phrase right before "of", "at" or
	// "to" will do: "average annual growth of 10 per cent".
	fs, fe := x.npBack(toks, k, floor)
	if !x.valid(toks, fs, fe) || fe < k-1 || a.ps-k != 1 || !connector[toks[k].f] {
		fs, fe = 0, 0
	}
	for j := k; j > floor && k-j < 20; {
		t := toks[j-1]
		if o := asideOpen(toks, j-1, floor); o >= 0 {
			j = o // "Acme – with support from the Mission – will invest": past the aside
			continue
		}
		if !x.npWord(t) {
			j--
			continue
		}
		s, e := x.npBack(toks, j, floor)
		// "VSK Energy LLC will invest up to $1.5 billion": a name, the
		// subject of the verb, is not what is measured; the verb is.
		if x.valid(toks, s, e) && x.hasHead(toks, s, e) && !(nominal != "" && x.properName(toks, s, e)) {
			return x.phrase(toks, s, e), s, e
		}
		if s >= j {
			s = j - 1
		}
		j = s
	}
	if fe > fs {
		return x.phrase(toks, fs, fe), fs, fe
	}
	if s, e := x.relativeLevel(toks, a); e > s {
		// "Our 2035 target – 50 per cent below 2005 levels": a cut below
		// a baseline's level.
		kind := "reduction "
		if toks[s].f == "above" {
			kind = "increase "
		}
		return kind + x.phrase(toks, s, e), s, e
	}
	if s, e := x.dedicated(toks, a); e > s {
		return x.phrase(toks, s, e), s, e
	}
	if re > rs {
		return nominal + " to " + x.phrase(toks, rs, re), rs, re
	}
	if nominal != "" {
		return nominal, a.ps - 1, a.ps
	}
	if x.l.unitNames[a.unit] {
		return a.unit, a.i, a.j // five million visitors
	}
	return "", 0, 0
}

// takeVerbs take money in: "will receive ODA loans of …".
var takeVerbs = map[string]bool{"receive": true, "receives": true, "secure": true, "secures": true, "obtain": true, "obtains": true, "get": true, "gets": true}

var connector = map[string]bool{"of": true, "at": true, "to": true, "reaching": true, "reach": true}

var anaphoric = map[string]bool{"that": true, "this": true, "those": true, "these": true, "such": true}

// antecedent resolves "that rate" to the fuller noun phrase with the same
// head earlier in the sentence ("the additional ad valorem rate of duty").
func (x *extractor) antecedent(toks []token, before, s, e int) (int, int) {
	head := toks[e-1].f
	for j := before - 1; j >= 0; j-- {
		if toks[j].f == head {
			if s2, e2 := x.npBack(toks, j+1, 0); x.valid(toks, s2, e2) && e2-s2 > e-s {
				return s2, e2
			}
			break
		}
	}
	return s, e
}

func (x *extractor) npWord(t token) bool {
	// ("$7.2 million of US assistance": "US" in capitals is the country.)
	return t.k == word && (!x.l.stop[t.f] || t.upper && x.l.capsNames[t.f]) && !x.l.months[t.f] && t.f != "s"
}

// npForward returns the noun phrase that starts at toks[k], after its
// determiners, taking "of X" after a head such as purchase or share.
func (x *extractor) npForward(toks []token, k int) (int, int) {
	for k < len(toks) && (toks[k].f == "*" || toks[k].k == word && (determiner[toks[k].f] || anaphoric[toks[k].f] || x.l.goal[toks[k].f])) {
		k++
	}
	s := k
	for k < len(toks) {
		t := toks[k]
		switch {
		case x.npWord(t), t.f == "*" && k > s:
			k++
			continue
		case t.f == "per" && k > s && k+1 < len(toks) && x.npWord(toks[k+1]):
			k++
			continue
		case t.f == "'" && k > s && x.capital(toks[k-1]) && k+2 < len(toks) && toks[k+1].f == "s" && x.npWord(toks[k+2]):
			k += 2 // the Resident Coordinator's Office
			continue
		case k > s && x.capital(t) && t.k == word && x.capital(toks[k-1]) && k+1 < len(toks) && x.capital(toks[k+1]):
			k++ // inside a proper name: the Pacific Islands New Energy Fund
			continue
		case k > s && x.l.funding[toks[k-1].f+" "+t.f]:
			k++ // "a credit line": a funding head whose last word is a stop word
			continue
		case k+2 < len(toks) && toks[k+1].f == "of" && x.l.funding[t.f+" of "+toks[k+2].f]:
			k += 3 // "a line of credit", "concessional lines of credit"
			continue
		case (t.f == "-" || t.f == "/") && k > s && !t.sp && k+1 < len(toks) && !toks[k+1].sp && x.npWord(toks[k+1]):
			k++ // Australia-Fiji Health Partnership: a hyphenated name; a Japanese/USA vehicle
			continue
		case k == s && year(t) > 0 && k+1 < len(toks) && x.capital(toks[k+1]):
			k++ // the 2030 Asian Games: a year naming an event
			continue
		case t.f == "(" && k > s:
			if c := closing(toks, k); c > 0 {
				k = c + 1
				continue
			}
		}
		break
	}
	e := k
	for e > s && (toks[e-1].f == "*" || x.l.goal[toks[e-1].f]) {
		e--
	}
	if e > s && e+1 < len(toks) && (toks[e].f == "and" || toks[e].f == "or") && x.npWord(toks[e+1]) && !x.hasHead(toks, s, e) {
		if s2, e2 := x.npForward(toks, e+1); s2 == e+1 && x.hasHead(toks, s2, e2) {
			e = e2 // public and private financing
		}
	}
	if e > s && e < len(toks) && toks[e].f == "of" && x.l.ofHeads[toks[e-1].f] {
		if s2, e2 := x.npForward(toks, e+1); e2 > s2 {
			e = e2
		}
	} else if e > s && e+1 < len(toks) && toks[e].f == "for" && x.l.forHeads[toks[e-1].f] {
		if s2, e2 := x.npForward(toks, e+1); x.valid(toks, s2, e2) {
			e = e2 // the Financing Agreement for the Green Economy Programme
		}
	}
	return s, e
}

// sized reports whether the amount a, after "the" or a possessive, is the
// size of the noun phrase toks[s:e] that follows it: a sum named by a
// generic or funding head ("Canada's $40 million commitment") or a
// programme's proper name ("the €50 million Coastal Resilience Partnership").
func (x *extractor) sized(toks []token, a amount, s, e int) bool {
	if a.ps == 0 || !determiner[toks[a.ps-1].f] && (a.ps < 2 || toks[a.ps-1].f != "s" || toks[a.ps-2].f != "'") {
		return false
	}
	h := toks[e-1].f
	return x.l.funding[h] || x.l.generic[h] || e-s >= 2 && x.capital(toks[s]) && x.capital(toks[e-1])
}

// purpose names what a generic sum funds: "a $20 million commitment to
// support the Regional Games" is support for the Games, "a $5 million grant
// for rural clinics" a grant for the clinics. toks[s:e] is the noun the
// amount modifies; e2 ends the object.
func (x *extractor) purpose(toks []token, s, e int) (string, int) {
	if e-s > 2 || e+1 >= len(toks) || !x.l.funding[toks[e-1].f] && !x.l.generic[toks[e-1].f] {
		return "", e
	}
	g := x.pastGiver(toks, e) // "an aid package from the Government of X to help …"
	if g+1 >= len(toks) {
		return "", e
	}
	switch toks[g].f {
	case "to":
		if n := x.l.nominal[toks[g+1].f]; n != "" && toks[g+1].k == word {
			k := g + 2
			if m, k2 := x.helped(toks, g+1); k2 > k {
				n, k = m, k2
			}
			if s2, e2 := x.npForward(toks, k); x.valid(toks, s2, e2) {
				if x.l.funding[toks[e-1].f] {
					n = x.phrase(toks, s, e) // a loan to support a port is a loan for the port
				}
				return n + " for " + x.phrase(toks, s2, e2), e2
			}
		}
	case "for":
		if s2, e2 := x.npForward(toks, g+1); x.valid(toks, s2, e2) {
			return x.phrase(toks, s, e) + " for " + x.phrase(toks, s2, e2), e2
		}
	}
	return "", e
}

// pastGiver returns where what a sum is for begins after its giver: at
// toks[e] "from New Zealand", "from the Government of Japan" followed by
// "to" or "for" (the purpose) is passed; else e.
func (x *extractor) pastGiver(toks []token, e int) int {
	if e >= len(toks) || toks[e].f != "from" {
		return e
	}
	k := e + 1
	for k < len(toks) && k-e <= 7 && toks[k].k == word && (x.capital(toks[k]) || determiner[toks[k].f] || toks[k].f == "of" || toks[k].f == "government" || toks[k].f == "people") {
		k++
	}
	if k == e+1 || k >= len(toks) || toks[k].f != "to" && toks[k].f != "for" {
		return e
	}
	for i := e + 1; i < k; i++ {
		if end, _ := x.l.countries.match(toks, i); end > 0 {
			return k // a country or its government gives (not "from Monday to Friday")
		}
	}
	return e
}

// capital reports whether a word token starts with a capital letter.
func (x *extractor) capital(t token) bool {
	c := x.text[t.s]
	return t.k == word && 'A' <= c && c <= 'Z'
}

// npBack returns the noun phrase that ends at toks[k-1], not reaching below
// floor, taking "purchase of" before it.
func (x *extractor) npBack(toks []token, k, floor int) (int, int) {
	e := k
	for e > floor && (toks[e-1].f == "*" || x.l.goal[toks[e-1].f]) {
		e--
	}
	j := e
	for j > floor {
		t := toks[j-1]
		switch {
		case x.npWord(t), t.f == "*":
			j--
			continue
		case t.f == "per" && j < e && j-2 >= floor && x.npWord(toks[j-2]):
			j--
			continue
		case j-2 >= floor && x.l.funding[toks[j-2].f+" "+t.f]:
			j -= 2 // "a credit line of": a funding head whose last word is a stop word
			continue
		case t.f == "of" && j < e && j-2 >= floor && x.l.funding[toks[j-2].f+" of "+toks[j].f]:
			j -= 2 // "a line of credit of"
			continue
		case t.f == "-" && j < e && !t.sp && !toks[j].sp && j-2 >= floor && x.npWord(toks[j-2]) && x.countryPair(toks, j):
			j-- // Romania-Turkey trade: a pair of countries hyphened, as npForward reads it
			continue
		case t.f == ")":
			if o := opening(toks, j-1); o > floor {
				j = o
				continue
			}
		}
		break
	}
	for j < e && (toks[j].f == "*" || x.l.goal[toks[j].f]) {
		j++
	}
	if j > floor+1 && j < e && toks[j-1].f == "of" && x.l.ofHeads[toks[j-2].f] {
		if s2, e2 := x.npBack(toks, j-1, floor); e2 > s2 {
			j = s2
		}
	}
	return j, e
}

// countryPair reports whether a country's name or demonym stands on both
// sides of the hyphen before toks[j]: "Romania-Turkey", "Romanian-Turkish".
func (x *extractor) countryPair(toks []token, j int) bool {
	after, _ := x.l.countries.match(toks, j)
	before, _ := x.l.countries.match(toks, j-2)
	return after > j && before == j-1
}

// approxWord are the words of a comparator between "of" and an amount:
// "a pledge of up to $1 billion", "a package of more than €2 billion".
// sumNouns introduce a sum after a verb: "donate a sum of", "a total of".
var sumNouns = map[string]bool{"sum": true, "amount": true, "total": true}

var approxWord = map[string]bool{"up": true, "to": true, "about": true, "over": true, "more": true, "than": true, "nearly": true,
	"approximately": true, "around": true, "some": true, "almost": true, "at": true, "least": true}

var determiner = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "our": true, "his": true, "her": true}

func closing(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].f == ")" {
			return j
		}
	}
	return 0
}

func opening(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].f == "(" {
			return j
		}
	}
	return -1
}

// valid reports whether toks[s:e] can name a metric: a word of three
// letters or more, and not just a country's name.
func (x *extractor) valid(toks []token, s, e int) bool {
	if e <= s {
		return false
	}
	if end, _ := x.l.countries.match(toks, s); end == e {
		return false
	}
	for _, t := range toks[s:e] {
		if t.k == word && len(t.f) >= 3 {
			return true
		}
	}
	return false
}

func (x *extractor) hasHead(toks []token, s, e int) bool {
	for _, t := range toks[s:e] {
		if x.l.heads[t.f] || x.l.heads[t.f+"s"] || len(t.f) > 3 && x.l.heads[strings.TrimSuffix(t.f, "s")] {
			return true
		}
	}
	return false
}

// phrase returns the text of toks[s:e] without Markdown emphasis and
// parentheses, with single spaces, and a sentence's capital letter lowered.
func (x *extractor) phrase(toks []token, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		t := toks[k]
		if t.f == "*" {
			continue
		}
		if t.f == "(" {
			if c := closing(toks, k); c > 0 && c < e {
				k = c
				continue
			}
		}
		if b.Len() > 0 && (t.sp || toks[k-1].f == "*") {
			b.WriteByte(' ')
		}
		w := x.text[t.s:t.e]
		if b.Len() == 0 && (k == 0 && !x.listed || k == 1 && toks[0].k == punct) && !t.upper && len(w) > 1 && 'A' <= w[0] && w[0] <= 'Z' {
			w = strings.ToLower(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// skipDuration returns the index after a duration at toks[q] ("over five
// years", "over the next 15 years", "within three years", "in three
// years"), or q.
func (x *extractor) skipDuration(toks []token, q int) int {
	// "US$10 billion in the near future": a time, not what is measured.
	if q+2 < len(toks) && toks[q].f == "in" && toks[q+1].f == "the" {
		k := q + 2
		for k < len(toks) && (toks[k].f == "near" || toks[k].f == "foreseeable" || toks[k].f == "coming" || toks[k].f == "medium" || toks[k].f == "long" || toks[k].f == "short" || toks[k].f == "years") {
			k++
		}
		if k > q+2 && toks[k-1].f == "years" {
			return k // in the coming years
		}
		if k > q+2 && k < len(toks) && (toks[k].f == "future" || toks[k].f == "term") {
			return k + 1 // in the near future, in the long term
		}
	}
	// "$350 million in 2024-25 to support …": the year, not what is measured.
	if q+1 < len(toks) && toks[q].f == "in" && (toks[q+1].k == rng || year(toks[q+1]) > 0) {
		return x.skipDuration(toks, q+2)
	}
	// "$119 million in FY 2025 to develop …", "in fiscal year 2025", "$1
	// million this year to build …", "$10 million each year to support …":
	// when, or how often, before an infinitive of purpose, which names
	// what the money is for (not "in FY 2022 for economic assistance",
	// where the purpose is the kind of money).
	end := 0
	if k := q + 1; k+1 < len(toks) && toks[q].f == "in" && (toks[k].f == "fy" || toks[k].f == "fiscal" && toks[k+1].f == "year") {
		if toks[k].f == "fiscal" {
			k++
		}
		if year(toks[k+1]) > 0 || toks[k+1].k == rng {
			end = k + 2
		}
	} else if q+1 < len(toks) && (toks[q].f == "this" || toks[q].f == "next") && toks[q+1].f == "year" {
		end = q + 2
	} else if e, _ := x.l.perTime.match(toks, q); e > 0 {
		end = e
	}
	if end > 0 && end+1 < len(toks) && toks[end].f == "to" && (x.l.purposeVerbs[toks[end+1].f] || x.l.nominal[toks[end+1].f] != "") {
		return end
	}
	// "…, starting in 2024-25, to support …": an aside of the span's start.
	if q+4 < len(toks) && toks[q].f == "," && (toks[q+1].f == "starting" || toks[q+1].f == "beginning") && toks[q+2].f == "in" && (toks[q+3].k == rng || year(toks[q+3]) > 0) && toks[q+4].f == "," {
		return q + 5
	}
	// "in three years", "in the next five years" is a span as "within"
	// is (only before a number and a unit of time, below).
	if q >= len(toks) || toks[q].f != "over" && toks[q].f != "within" && toks[q].f != "in" && toks[q].f != "for" && toks[q].f != "during" {
		return q
	}
	k := q + 1
	for k < len(toks) && (toks[k].f == "the" || toks[k].f == "next" || toks[k].f == "coming" || toks[k].f == "a") {
		k++
	}
	if k < len(toks) && toks[k].k == rng {
		return k + 1 // over 2024-27
	}
	if k < len(toks) && (toks[k].k == num || x.l.firstNumberWord[toks[k].f]) {
		k++
	}
	if k < len(toks) && durationUnit[toks[k].f] {
		return x.skipDuration(toks, k+1) // "over four years, starting in 2024-25, to …"
	}
	return q
}

// skipAside returns the index after a bracketed aside and a comma-bound
// "pending …" clause at toks[q] ("$20 million over three years (FY 2024
// funds), pending appropriations, to strengthen …"): what the money is
// for comes after them. q itself when neither stands there.
func skipAside(toks []token, q int) int {
	k := q
	if k < len(toks) && toks[k].f == "(" {
		for e := k + 1; e < len(toks) && e <= k+15; e++ {
			if toks[e].f == ")" {
				k = e + 1
				break
			}
		}
	}
	if k+1 < len(toks) && toks[k].f == "," && toks[k+1].f == "pending" {
		for e := k + 2; e < len(toks) && e <= k+20; e++ {
			if toks[e].f == "," {
				return e + 1
			}
		}
		return q
	}
	return k
}

var durationUnit = map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "period": true}

// properName reports whether toks[s:e] is a name: every word capitalised.
func (x *extractor) properName(toks []token, s, e int) bool {
	words := 0
	for _, t := range toks[s:e] {
		if t.k == punct {
			continue // "(USAID) Administrator A"
		}
		if t.k != word || !x.capital(t) {
			return false
		}
		words++
	}
	return words > 0
}

// dedicated returns what a share "of GDP" is given to when the sentence
// says so after it in the passive: "1.5 per cent of GDP will be dedicated
// to investments in …", "is to be spent on …".
func (x *extractor) dedicated(toks []token, a amount) (int, int) {
	q := a.pe
	end, _ := x.l.denominators.match(toks, q+1)
	if a.unit != "percent" || q >= len(toks) || toks[q].f != "of" || end <= 0 {
		return 0, 0
	}
	q = end
	for n := 0; n < 3 && q < len(toks) && (toks[q].f == "will" || toks[q].f == "shall" || toks[q].f == "is" || toks[q].f == "are" || toks[q].f == "to"); n++ {
		q++
	}
	if q+2 >= len(toks) || toks[q].f != "be" || !strings.HasSuffix(toks[q+1].f, "ed") && toks[q+1].f != "spent" {
		return 0, 0
	}
	switch toks[q+2].f {
	case "to", "on", "for", "in":
		if s, e := x.npForward(toks, q+3); x.valid(toks, s, e) {
			if e+1 < len(toks) && (toks[e].f == "in" || toks[e].f == "for") {
				if _, e2 := x.npForward(toks, e+1); x.valid(toks, e+1, e2) {
					e = e2 // investments in critical infrastructure
				}
			}
			return s, e
		}
	}
	return 0, 0
}

// mannerAt reports whether toks[q:] is a manner phrase, "in a balanced,
// sustainable and effective manner": how a goal is reached, not what it
// measures.
func (x *extractor) mannerAt(toks []token, q int) bool {
	if q+2 >= len(toks) || toks[q].f != "in" || toks[q+1].f != "a" && toks[q+1].f != "an" {
		return false
	}
	for j := q + 2; j < len(toks) && j < q+12; j++ {
		if x.l.manner[toks[j].f] {
			return true
		}
		if toks[j].k == punct && toks[j].f != "," {
			break
		}
	}
	return false
}

// changed returns the object of a change verb that an amount after "by"
// measures: "cut methane emissions from the sector by 40 percent".
func (x *extractor) changed(toks []token, a amount) (int, int) {
	if a.ps < 3 || toks[a.ps-1].f != "by" {
		return 0, 0
	}
	for v := a.ps - 2; v >= 0 && a.ps-v <= 12 && !clauseEnd(toks[v]); v-- {
		if !x.l.changeVerbs[toks[v].f] {
			continue
		}
		if v == a.ps-2 {
			return x.changedAfter(toks, a)
		}
		if s, e := x.npForward(toks, v+1); x.valid(toks, s, e) && e < a.ps && x.hasHead(toks, s, e) {
			if e+1 < a.ps && toks[e].f == "of" {
				if _, e2 := x.npForward(toks, e+1); e2 > e+1 && e2 < a.ps {
					e = e2 // the number of students
				}
			}
			return s, e
		}
		break
	}
	return 0, 0
}

// changedAfter returns the object after "increase by 50 percent", past a
// span of years: "increase by 50 percent over the next five years the
// number of jobs created".
func (x *extractor) changedAfter(toks []token, a amount) (int, int) {
	q := a.pe
	if x.comingSpan(toks, q) {
		for q < len(toks) && toks[q].f != "years" && toks[q].f != "year" {
			q++
		}
		q++
	}
	s, e := x.npForward(toks, q)
	if !x.valid(toks, s, e) {
		return 0, 0
	}
	if e+1 < len(toks) && toks[e].f == "of" {
		if _, e2 := x.npForward(toks, e+1); e2 > e+1 {
			e = e2 // the number of jobs
		}
	}
	return s, e
}

// relativeLevel returns "below 2005 levels" after a percentage: the level a
// change is measured from, toks[s:e], or s == e.
func (x *extractor) relativeLevel(toks []token, a amount) (int, int) {
	q := a.pe
	if a.unit != "percent" || q+2 >= len(toks) || toks[q].f != "below" && toks[q].f != "above" {
		return 0, 0
	}
	for e := q + 1; e < len(toks) && e <= q+4; e++ {
		if toks[e].f == "levels" || toks[e].f == "level" {
			return q, e + 1
		}
	}
	return 0, 0
}

// helped reads "help" at toks[k] with the verb after it: "to help support
// recovery" is support for recovery, "to help develop a power plant" support
// for the plant. It returns the metric's kind and where its object starts,
// or k+1 when the verb is not known.
func (x *extractor) helped(toks []token, k int) (string, int) {
	if k+2 >= len(toks) || toks[k].f != "help" || toks[k+1].k != word || x.capital(toks[k+1]) {
		return "support", k + 1
	}
	if n := x.l.nominal[toks[k+1].f]; n != "" {
		return n, k + 2
	}
	if determiner[toks[k+2].f] || x.l.purposeVerbs[toks[k+1].f] {
		return "support", k + 2 // help develop a …: the verb is skipped
	}
	return "support", k + 1
}

// fundingHead reports whether the noun phrase toks[s:e] is headed, before
// any preposition, by a word for money given: "humanitarian assistance for
// the people", "new grants".
func (x *extractor) fundingHead(toks []token, s, e int) bool {
	for i := s; i < e; i++ {
		f := toks[i].f
		if preposition[f] {
			return false
		}
		if x.l.funding[f] || f == "assistance" || f == "aid" || f == "support" {
			return true
		}
	}
	return false
}

// dashes open and close an aside: "Acme – with support from the Mission –
// will invest".
var dashes = map[string]bool{"–": true, "—": true}

// asideOpen returns the index of the dash that opens the aside closed by the
// dash toks[i], after toks[floor]; -1 if toks[i] closes none.
func asideOpen(toks []token, i, floor int) int {
	if toks[i].k != punct || !dashes[toks[i].f] {
		return -1
	}
	for o := i - 1; o >= floor && o > i-20; o-- {
		if toks[o].k == punct && dashes[toks[o].f] {
			return o
		}
	}
	return -1
}

// frontedEnd returns where the clause after a prepositional phrase opening
// toks[from:to] at its first comma starts ("Through new investments, the
// fund …"), or -1.
func frontedEnd(toks []token, from, to int) int {
	i := from
	for i < to && toks[i].k == punct {
		i++ // a bullet
	}
	// (Not "To support this effort, …": an infinitive of purpose.)
	if i >= to || !preposition[toks[i].f] || toks[i].f == "sell" || toks[i].f == "to" {
		return -1
	}
	for j := i + 1; j < to-1; j++ {
		if toks[j].f == "," {
			return j + 1
		}
	}
	return -1
}

// sizedObject returns the amount that sizes the thing amount a goes into,
// right after the preposition toks[q] and an article: "invest $800 million
// toward a new $2.75 billion test facility" — a larger sum in a's unit, the
// thing's whole size, not a commitment of its own.
func (x *extractor) sizedObject(toks []token, a amount, q int) (amount, bool) {
	f := q + 1
	for n := 0; n < 2 && f < len(toks) && (determiner[toks[f].f] || toks[f].f == "new"); n++ {
		f++
	}
	if f == q+1 || f >= len(toks) || !slices.ContainsFunc(toks[f:min(f+3, len(toks))], func(t token) bool { return t.k == num }) {
		return amount{}, false // no number starts there: spare reading the sentence's amounts again
	}
	for _, b := range x.amounts(toks) {
		if b.ps == f && b.unit == a.unit && b.value > a.value {
			return b, true
		}
	}
	return amount{}, false
}

// skipBudget returns the token after a budget the sum is asked in ("in the
// President's FY 2024 Budget", "in the FY2025 budget request"), which is
// where the money is sought, not what it measures; else q.
func (x *extractor) skipBudget(toks []token, q int) int {
	if q+2 >= len(toks) || toks[q].f != "in" {
		return q
	}
	for k := q + 1; k < len(toks) && k <= q+8; k++ {
		switch t := toks[k]; {
		case t.f == "budget":
			if k+1 < len(toks) && toks[k+1].f == "request" {
				k++
			}
			return k + 1
		case determiner[t.f] || t.f == "'" || t.f == "s" || t.k == num || t.k == word && x.capital(t):
		default:
			return q
		}
	}
	return q
}

// fundingEnds reports whether the noun phrase toks[s:e] ends in a funding
// head of one word (loan), two (credit line) or three with "of" (line of
// credit): the last two carry a stop word, so no one word of them is one.
func (x *extractor) fundingEnds(toks []token, s, e int) bool {
	return x.l.funding[toks[e-1].f] || e-s >= 2 && x.l.funding[toks[e-2].f+" "+toks[e-1].f] ||
		e-s >= 3 && toks[e-2].f == "of" && x.l.funding[toks[e-3].f+" of "+toks[e-1].f]
}
