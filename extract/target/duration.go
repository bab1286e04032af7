package target

import (
	"strconv"
	"strings"
)

// duration returns the period a sum is given over when the sentence states
// it as a span of years from now rather than as calendar years: "$55
// billion over the next three years", "$3.5 million over five years", "for
// five years", "Over the next decade, …". A pledge speaks from the day it is
// made, so the period runs from the year of publication to that year plus
// the span ("2022-2025"). A sum given by the year ("£3 billion a year",
// "annually") has the period "annual". "" when the sentence gives neither.
// toks[segStart:segEnd] is the amount's own stretch of the sentence.
func (x *extractor) duration(toks []token, a amount, segStart, segEnd int) string {
	if x.annual(toks, a, segEnd) {
		return "annual"
	}
	if x.pubYear == 0 {
		return ""
	}
	n, ahead := 0, false
	// After the amount, in its own clause: "$X for clinics over five years".
	for q := a.pe; q < segEnd && q < a.pe+16 && n == 0; q++ {
		if toks[q].k == punct && (clauseEnd(toks[q]) || toks[q].f == "." || toks[q].f == "(") {
			break
		}
		if otherClause(toks, q) {
			break // "reached $10 billion and is projected to grow over the next five years"
		}
		if toks[q].f == "within" && !x.l.currencies[a.unit] {
			continue // "double trade within five years": a time limit, not a span money is spent over
		}
		n, ahead = x.yearsAt(toks, q)
	}
	// Fronted: "Over the next five years, the Government will invest $X".
	if n == 0 {
		for q := 0; q < a.ps && q < 2; q++ {
			if toks[q].f == "within" && !x.l.currencies[a.unit] {
				continue
			}
			if n, ahead = x.yearsAt(toks, q); n > 0 {
				break
			}
		}
	}
	// A span as the adjective of what the sum buys, beside the sum: "a
	// five-year, $50 million programme", "$50 million five-year programme".
	if n == 0 {
		for _, q := range []int{a.ps - 1, a.ps - 2, a.pe, a.pe + 1} {
			if q >= 0 && q < len(toks) && q < segEnd && q >= segStart {
				if n = x.yearAdjective(toks, q); n > 0 {
					break
				}
			}
		}
	}
	if n > 0 && !ahead && x.pledgedEarlier(toks, a.ps) {
		// "At the Summit, the United States pledged to invest $55 billion
		// in Africa over three years": a span of a pledge made before,
		// which did not start the year this text appeared. "Over the next
		// three years" counts from the statement itself.
		return ""
	}
	if n < 2 {
		// "over the next year" is the year ahead, no period of years: a
		// range "2023-2024" would read as two.
		return ""
	}
	from := x.pubYear
	if y := frontedPastYear(toks, a.ps); y > 0 && y < x.pubYear {
		from = y // "In 2021, the DFC announced a goal of investing $1 billion … over the next five years"
	}
	return strconv.Itoa(from) + "-" + strconv.Itoa(from+n)
}

// frontedPastYear returns the year of an opening "In 2021," before
// toks[end] — at the sentence's start or after a heading's colon — the
// time the sentence speaks from; else 0.
func frontedPastYear(toks []token, end int) int {
	for i := 0; i+2 < end; i++ {
		// The start, after a bullet mark, or after a heading's colon.
		opening := i == 0 || i == 1 && toks[0].k == punct || toks[i-1].f == ":"
		if opening && toks[i].f == "in" && year(toks[i+1]) > 0 && toks[i+2].f == "," {
			return year(toks[i+1])
		}
	}
	return 0
}

// otherClause reports whether toks[q] opens a clause of its own, whose span
// of years is not the amount's: "and is", "but will", "while", "which".
func otherClause(toks []token, q int) bool {
	switch toks[q].f {
	case "but", "while", "which", "whereas":
		return true
	case "and":
		if q+1 < len(toks) {
			switch toks[q+1].f {
			case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "can":
				return true
			}
		}
	}
	return false
}

// yearsAt returns the number of years of a span of years ahead that starts
// at toks[q] — "over the next five years", "over three years", "for 5
// years", "in the coming four years", "over a five-year period", "over the
// next decade" — else 0. "In N years" needs "next" or "coming": "the first
// in five years" is no span. "Over the past five years" is none.
func (x *extractor) yearsAt(toks []token, q int) (int, bool) {
	prep := toks[q].f
	switch prep {
	case "over", "for", "during", "in", "within":
	default:
		return 0, false
	}
	k := q + 1
	if k+1 < len(toks) && toks[k].f == "each" && toks[k+1].f == "of" {
		k += 2 // "in each of the next two years": the span each year is of
	}
	if k < len(toks) && (toks[k].f == "the" || toks[k].f == "a" || toks[k].f == "an") {
		k++
	}
	ahead := false
	if k < len(toks) && (toks[k].f == "next" || toks[k].f == "coming" || toks[k].f == "following") {
		ahead = true
		k++
	}
	if prep == "in" && !ahead {
		return 0, false
	}
	if k >= len(toks) {
		return 0, false
	}
	if toks[k].f == "decade" {
		if ahead {
			return 10, true
		}
		return 0, false // "over a decade", said of the past as often as of the future
	}
	// "a five-year period", "the next 10-year period"
	if f := toks[k].f; strings.HasSuffix(f, "-year") && k+1 < len(toks) && toks[k+1].f == "period" {
		return x.count(strings.TrimSuffix(f, "-year")), ahead
	}
	n := 0
	switch {
	case toks[k].k == num && toks[k].whole:
		n = int(toks[k].v)
	case x.l.numberVal[toks[k].f] > 0:
		n = int(x.l.numberVal[toks[k].f])
	case toks[k].f == "year" && ahead:
		return 1, true // "over the next year"
	default:
		return 0, false
	}
	k++
	if k < len(toks) && toks[k].f == "-" {
		k++ // "over 5 - years" as some texts space it
	}
	if k >= len(toks) || toks[k].f != "years" && toks[k].f != "year" {
		return 0, false
	}
	if n < 1 || n > 30 {
		return 0, false
	}
	return n, ahead
}

// yearAdjective returns N of a span written as an adjective at toks[q],
// "five-year" or "5-year" (not "five-year-old"), else 0.
func (x *extractor) yearAdjective(toks []token, q int) int {
	f := toks[q].f
	if toks[q].k != word || !strings.HasSuffix(f, "-year") {
		return 0
	}
	if q+1 < len(toks) && toks[q+1].f == "old" {
		return 0
	}
	return x.count(strings.TrimSuffix(f, "-year"))
}

// count reads a small whole number written as a word or in digits: "five",
// "5"; else 0.
func (x *extractor) count(s string) int {
	if v := x.l.numberVal[s]; v > 0 && v <= 30 {
		return int(v)
	}
	if n, err := strconv.Atoi(s); err == nil && n > 0 && n <= 30 {
		return n
	}
	return 0
}

// spanPreps are the prepositions of a stretch of time: "for a year" is one
// year, not each year.
var spanPreps = map[string]bool{"for": true, "in": true, "within": true, "over": true, "during": true}

// annual reports whether amount a is given by the year: "£3 billion a
// year", "$2 million per year", "$40 million annually", "€1 billion in aid
// each year" (the units' rate words, per_time, that name a year). A few
// words of what it buys may stand between, no clause break; "for a year" is
// one year and "a year ago" a date.
func (x *extractor) annual(toks []token, a amount, segEnd int) bool {
	for q := a.i; q < segEnd && q < a.pe+5; q++ {
		if q < 0 {
			continue
		}
		if q >= a.pe && toks[q].k == punct {
			return false
		}
		end, _ := x.l.perTime.match(toks, q)
		if end <= 0 || q > 0 && spanPreps[toks[q-1].f] || end < len(toks) && (toks[end].f == "ago" || toks[end].f == "earlier") {
			continue
		}
		for _, t := range toks[q:end] {
			if strings.Contains(t.f, "year") || strings.Contains(t.f, "annum") || t.f == "annually" || t.f == "/yr" || t.f == "yr" {
				return true
			}
		}
	}
	return false
}

// pledgedEarlier reports whether a word of a pledge made before the text
// (pledged_before) stands before toks[end] in the sentence.
func (x *extractor) pledgedEarlier(toks []token, end int) bool {
	for _, t := range toks[:end] {
		if x.l.pledgedBefore[t.f] {
			return true
		}
	}
	return false
}
