package extract

import (
	"github.com/accordhq/accord/extract/knowledge"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Precisions of a date expression.
const (
	precYear = iota + 1
	precMonth
	precDay
	// precWeek is "this week": a day of the publication's week, written
	// as its month since the day is unknown.
	precWeek
)

// dateExpr is a date written in a sentence, resolved against publication.
type dateExpr struct {
	tok  int // index of its first token
	end  int // index after its last token
	t    time.Time
	prec int
	rng  bool // a range of days read by its first ("January 9-10")
}

// format gives the engagement date: YYYY-MM-DD, YYYY-MM or YYYY.
func (d dateExpr) format() string {
	switch d.prec {
	case precDay:
		return d.t.Format("2006-01-02")
	case precMonth, precWeek:
		return d.t.Format("2006-01")
	}
	return d.t.Format("2006")
}

// last is the last day the expression can mean, to compare with publication.
func (d dateExpr) last() time.Time {
	switch d.prec {
	case precMonth:
		return d.t.AddDate(0, 1, -1)
	case precYear:
		return d.t.AddDate(1, 0, -1)
	}
	return d.t
}

// dates finds the date expressions among toks[from:to]: today, yesterday,
// weekdays, "March 3", "3 March 2025", "July 28 and 29, 2025", "August
// 2025", "in 2022". Relative ones resolve against pub; a zero pub resolves
// only absolute dates.
func (lx *lexicon) dates(toks []token, from, to int, pub time.Time) []dateExpr {
	var out []dateExpr
	for i := from; i < to; i++ {
		t := &toks[i]
		if !t.word {
			continue
		}
		if t.num {
			// "24.03.2031", "2031-03-24".
			if de, ok := lx.numericDay(toks, i, to, pub); ok {
				out = append(out, de)
				i = de.end - 1
				continue
			}
		}
		switch {
		case (t.fold == "today" || t.fold == "tonight" || t.fold == "yesterday" || t.fold == "tomorrow") && lx.restated(toks, i+1, to):
			continue // "today (12 March 2023)": the date that follows
		case t.fold == "today" || t.fold == "tonight":
			if !pub.IsZero() {
				out = append(out, dateExpr{i, i + 1, pub, precDay, false})
			}
		case t.fold == "this" && i+1 < to && (toks[i+1].fold == "morning" || toks[i+1].fold == "afternoon" || toks[i+1].fold == "evening"):
			// "will meet this afternoon": the report's own day.
			if !pub.IsZero() {
				out = append(out, dateExpr{i, i + 2, pub, precDay, false})
				i++
			}
		case t.fold == "last" && i+1 < to && (toks[i+1].fold == "night" || toks[i+1].fold == "evening"):
			// "last night" in a transcript: the day before it was given.
			if !pub.IsZero() {
				out = append(out, dateExpr{i, i + 2, pub.AddDate(0, 0, -1), precDay, false})
				i++
			}
		case (t.fold == "following" || t.fold == "next") && i > from && toks[i-1].fold == "the" && i+1 < to && toks[i+1].fold == "day":
			// "On 9 October, A hosted B to a dinner. The following day, B
			// met A": the day after the last day the text gave.
			if d, ok := lx.lastDay(toks, i-1, pub); ok {
				out = append(out, dateExpr{i - 1, i + 2, d.AddDate(0, 0, 1), precDay, false})
				i++
			}
		case t.fold == "previous" && i > from && toks[i-1].fold == "the" && i+1 < to && toks[i+1].fold == "day":
			// "held a summit with A the previous day": the day before the
			// report's.
			if !pub.IsZero() {
				out = append(out, dateExpr{i - 1, i + 2, pub.AddDate(0, 0, -1), precDay, false})
				i++
			}
		case t.fold == "overnight" && i > from && i+1 < to && (toks[i-1].fold == "have" || toks[i-1].fold == "has" || strings.HasSuffix(toks[i+1].fold, "ed")):
			// "A and B have overnight signed", in a release of the morning
			// after: the day before it, where the other side's day was.
			if !pub.IsZero() {
				out = append(out, dateExpr{i, i + 1, pub.AddDate(0, 0, -1), precDay, false})
			}
		case ordinalOpening(toks, i, from) >= 0 && ordinalDay(t.fold) > 0 && (i+1 >= to || toks[i+1].text == "," || toks[i+1].text == "." || toks[i+1].fold == "at" || toks[i+1].fold == "in" || toks[i+1].text == "("):
			// "On the 20th, he had meetings with …" (a ministry's report of
			// a trip), "held his first summit with A on the 27th at the
			// State Guest House" (a Korean outlet's style): the day of the
			// month of the report, or of the month before when that day is
			// still to come. (A place may follow, not a noun: "on the 5th
			// floor".)
			if !pub.IsZero() {
				n := ordinalDay(t.fold)
				d := time.Date(pub.Year(), pub.Month(), n, 0, 0, 0, 0, time.UTC)
				if n > pub.Day() {
					d = time.Date(pub.Year(), pub.Month()-1, n, 0, 0, 0, 0, time.UTC)
				}
				if d.Day() == n {
					out = append(out, dateExpr{ordinalOpening(toks, i, from), i + 1, d, precDay, false})
				}
			}
		case t.fold == "yesterday":
			if !pub.IsZero() {
				out = append(out, dateExpr{i, i + 1, pub.AddDate(0, 0, -1), precDay, false})
			}
		case t.fold == "tomorrow":
			if !pub.IsZero() {
				out = append(out, dateExpr{i, i + 1, pub.AddDate(0, 0, 1), precDay, false})
			}
		case t.cap && lx.is(t, fWeekday):
			if pub.IsZero() || lx.dayFollows(toks, i+1, to) {
				continue // "Tuesday, August 29": the date that follows
			}
			if i+2 < to && toks[i+1].text == "(" && (toks[i+2].fold == "today" || toks[i+2].fold == "tomorrow" || toks[i+2].fold == "yesterday") {
				continue // "Wednesday (tomorrow)": the relative day in brackets
			}
			wd := lx.weekdays[t.fold]
			back := (int(pub.Weekday()) - wd + 7) % 7
			if back <= 1 && i > 0 && toks[i-1].fold == "last" {
				// "Last Monday" written on a Monday or a Tuesday: the week
				// before (the day before would be "yesterday", "on Monday").
				back += 7
			}
			if back == 0 && thisPastBefore(toks, i, from) {
				back = 7 // "this past Friday" written on a Friday
			}
			d := pub.AddDate(0, 0, -back)
			if i > 0 && toks[i-1].fold == "next" || back > 0 && (lx.futureBefore(toks, i, from) || lx.futureAfterOpening(toks, i, to)) {
				// "next Friday"; "we're going to continue … on Friday",
				// "I look forward to welcoming him on Friday": the day ahead.
				d = pub.AddDate(0, 0, (wd-int(pub.Weekday())+7)%7)
				if !d.After(pub) {
					d = d.AddDate(0, 0, 7)
				}
			}
			out = append(out, dateExpr{i, i + 1, d, precDay, false})
		case i+1 < to && lx.partMonth(t.fold) > 0 && isYear(toks[i+1].text):
			// "mid-December 2023", "early-March 2024": that month.
			y, _ := strconv.Atoi(toks[i+1].text)
			out = append(out, dateExpr{i, i + 2, time.Date(y, time.Month(lx.partMonth(t.fold)), 1, 0, 0, 0, 0, time.UTC), precMonth, false})
			i++
		case t.cap && lx.is(t, fMonth):
			m := lx.months[t.fold]
			if t.fold == "may" && !t.cap {
				continue
			}
			j := i + 1
			day, year := 0, 0
			rng := false
			// "January 9-10" written as one word: its first day, as for
			// "October 10 to 12".
			if j < to {
				if a, _ := dayRange(toks[j].text); a > 0 {
					day, rng = a, true
					j++
					if j+1 < to && toks[j].text == "," && isYear(toks[j+1].text) {
						year, _ = strconv.Atoi(toks[j+1].text)
						j += 2
					}
				}
			}
			if day == 0 && j < to && toks[j].num {
				if n := atoiDay(toks[j].text); n > 0 {
					day = n
					j++
					// "28 and 29", "10-12": skip to the last day given.
					for j+1 < to && rangeLink(toks[j]) && atoiDay(toks[j+1].text) > 0 {
						j += 2
					}
					if j+1 < to && toks[j].text == "," && isYear(toks[j+1].text) {
						year, _ = strconv.Atoi(toks[j+1].text)
						j += 2
					}
				} else if isYear(toks[j].text) {
					year, _ = strconv.Atoi(toks[j].text)
					j++
				}
			}
			// "3 March 2025": the day before the month.
			start := i
			if day == 0 && i > from && dayFirst(toks[i-1].text) > 0 {
				// "03-04 May 2023" written as one word: its first day, as
				// for "January 9-10".
				day = dayFirst(toks[i-1].text)
				start = i - 1
				if year == 0 && j < to && isYear(toks[j].text) {
					year, _ = strconv.Atoi(toks[j].text)
					j++
				}
			}
			// "the 28th of January 2014": an ordinal day and "of".
			if day == 0 && i >= from+2 && toks[i-1].fold == "of" && ordinalDay(toks[i-2].fold) > 0 {
				day = ordinalDay(toks[i-2].fold)
				start = i - 2
				if year == 0 && j < to && isYear(toks[j].text) {
					year, _ = strconv.Atoi(toks[j].text)
					j++
				}
			}
			if day == 0 && i > from && atoiDay(toks[i-1].text) > 0 {
				day = atoiDay(toks[i-1].text)
				start = i - 1
				// "21 to 26 October": the range starts at its first day.
				if i-3 >= from && rangeLink(toks[i-2]) && atoiDay(toks[i-3].text) > 0 {
					start = i - 3
				}
				if year == 0 && j < to && isYear(toks[j].text) {
					year, _ = strconv.Atoi(toks[j].text)
					j++
				}
			}
			if day == 0 && year == 0 {
				// "in October", "In May": the last such month; alone, "May" is
				// more often a verb. "last April": the last April before this
				// month, a contact before the one reported.
				// "the President's May visit", "their October summit": a
				// month naming the contact after it, the last such month.
				// (Words of praise may stand between: "the President's
				// highly successful May visit".)
				o := i - 1
				for n := 0; n < 3 && o > from && toks[o].word && !toks[o].cap && !monthOwner[toks[o].fold]; n++ {
					o--
				}
				modifier := i > from && monthOwner[toks[o].fold] && lx.eventAfter(toks, i+1, to)
				// "at the end of May", "in early May": a part of the month
				// dates like "in May".
				part := monthPartBefore(toks, i, from)
				// "their meetings in Ottawa this past June", "this past
				// January, A met B": the last such month, as "last June"
				// (pastthis37.go).
				thisPast := thisPastBefore(toks, i, from)
				if i == from || toks[i-1].fold != "in" && toks[i-1].fold != "last" && toks[i-1].fold != "this" && !modifier && !part && !thisPast || pub.IsZero() {
					continue
				}
				year = pub.Year()
				if toks[i-1].fold == "this" {
					// "during his visit to Canada this January": this
					// year's month, gone by or ahead.
					out = append(out, dateExpr{i - 1, j, time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC), precMonth, false})
					i = j - 1
					continue
				}
				if m > int(pub.Month()) || (toks[i-1].fold == "last" || thisPast) && m == int(pub.Month()) {
					year--
				}
				if toks[i-1].fold == "last" {
					start = i - 1
				}
				if thisPast {
					start = i - 2
				}
			}
			if year == 0 {
				if pub.IsZero() {
					continue
				}
				year = pub.Year()
				ahead := lx.futureBefore(toks, i, from)
				switch {
				case m > int(pub.Month())+1 && !ahead:
					year-- // "December 30" read in January
				case m+1 < int(pub.Month()) && ahead && day > 0:
					// "will visit C on January 5" read in November: next
					// year's (visit32). Not a month just gone: a preview
					// may be published after its day.
					year++
				}
			}
			// "in September last year".
			if j+1 < to && toks[j].fold == "last" && toks[j+1].fold == "year" && !pub.IsZero() {
				year = pub.Year() - 1
				j += 2
			}
			if day > 0 {
				out = append(out, dateExpr{start, j, time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC), precDay, rng})
			} else {
				out = append(out, dateExpr{start, j, time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC), precMonth, false})
			}
			i = j - 1
		case t.num && isYear(t.text) && i > from && (toks[i-1].fold == "in" || toks[i-1].fold == "since"):
			y, _ := strconv.Atoi(t.text)
			out = append(out, dateExpr{i, i + 1, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), precYear, false})
		case i+2 < to && toks[i+2].fold == "ago" && (toks[i+1].fold == "years" || toks[i+1].fold == "year") && !pub.IsZero() && agoCount(*t) > 0:
			// "met here a little over 70 years ago": a year of the past,
			// not the day of the report.
			out = append(out, dateExpr{i, i + 3, time.Date(pub.Year()-agoCount(*t), 1, 1, 0, 0, 0, 0, time.UTC), precYear, false})
			i += 2
		case t.fold == "weekend" && !pub.IsZero() && (i > from && toks[i-1].fold == "last" || i-1 > from && toks[i-1].fold == "the" && (toks[i-2].fold == "over" || toks[i-2].fold == "during") || thisPastBefore(toks, i, from)):
			// "last weekend", "over the weekend", "this past weekend": a
			// Saturday or a Sunday, which of the two unknown, written as
			// its month.
			back := (int(pub.Weekday()) - int(time.Saturday) + 7) % 7
			if toks[i-1].fold == "last" && back <= 1 {
				back += 7 // written on the weekend itself: the one before
			}
			start := i - 1
			if toks[i-1].fold == "past" {
				start = i - 2
			}
			out = append(out, dateExpr{start, i + 1, pub.AddDate(0, 0, -back), precWeek, false})
		case t.fold == "this" && i+1 < to && toks[i+1].fold == "week" && !pub.IsZero():
			out = append(out, dateExpr{i, i + 2, pub, precWeek, false})
			i++
		case t.fold == "this" && i+2 < to && toks[i+1].fold == "past" && toks[i+2].fold == "week" && !pub.IsZero():
			// "met B this past week": the days up to the report, as "this
			// week".
			out = append(out, dateExpr{i, i + 3, pub, precWeek, false})
			i += 2
		case (t.fold == "last" || t.fold == "next") && i+1 < to && (toks[i+1].fold == "year" || toks[i+1].fold == "month" || toks[i+1].fold == "week"):
			if pub.IsZero() {
				continue
			}
			sign := -1
			if t.fold == "next" {
				sign = 1
			}
			var d time.Time
			prec := precMonth
			switch toks[i+1].fold {
			case "year":
				d, prec = time.Date(pub.Year()+sign, 1, 1, 0, 0, 0, 0, time.UTC), precYear
			case "month":
				d = time.Date(pub.Year(), pub.Month()+time.Month(sign), 1, 0, 0, 0, 0, time.UTC)
			default:
				d, prec = pub.AddDate(0, 0, 7*sign), precDay
			}
			out = append(out, dateExpr{i, i + 2, d, prec, false})
			i++
		}
	}
	// "earlier this week, on Monday, September 30, 2019": a day the
	// sentence names in the publication's week says which day of it.
	if dayOfWeekNamed(out, pub) {
		out = slices.DeleteFunc(out, func(de dateExpr) bool { return de.prec == precWeek })
	}
	// "On September 21 (local time. September 22, Japan time.)": a date on
	// another place's clock restates the day; the day of the place stands.
	out = slices.DeleteFunc(out, func(de dateExpr) bool { return otherTime(toks, de.end, to) })
	// "On September 22, at 4:55 p.m. local time (05:55 a.m. on September
	// 23, Japan time)": a bracketed clock conversion restates the day in
	// another capital; the day of the place stands.
	// A bracket that opens with the clock ("… 7:50 p.m. (4:50 a.m. on
	// May 2, JST)") converts the time just told, so it restates the day
	// even alone in its sentence: the day of the contact is the one told
	// before.
	out = slices.DeleteFunc(out, func(de dateExpr) bool { return clockNote(toks, de.tok, from, to) })
	if len(out) > 1 {
		kept := out[:0]
		for _, de := range out {
			if !timeNote(toks, de.tok, from, to) {
				kept = append(kept, de)
			}
		}
		if len(kept) > 0 {
			out = kept
		}
	}
	return out
}

// dayOfWeekNamed reports whether out holds "this week" and a day of the
// seven days up to the publication.
func dayOfWeekNamed(out []dateExpr, pub time.Time) bool {
	week, day := false, false
	for _, de := range out {
		switch {
		case de.prec == precWeek:
			week = true
		case de.prec == precDay && !de.t.After(pub) && de.t.After(pub.AddDate(0, 0, -7)):
			day = true
		}
	}
	return week && day
}

// timeNote reports whether toks[k] sits in brackets that name a time zone
// ("(… Japan time)", "(local time)").
// otherTime reports whether the date ending before toks[k] is followed by
// the name of another place's clock: "September 22, Japan time" beside the
// day of the place it happened ("September 21 (local time. …)").
func otherTime(toks []token, k, to int) bool {
	if k < to && toks[k].text == "," {
		k++
	}
	return k+1 < to && toks[k].cap && toks[k].fold != "local" && toks[k+1].fold == "time"
}

func timeNote(toks []token, k, from, to int) bool {
	open := -1
	for i := k - 1; i >= from && i >= k-12; i-- {
		if toks[i].text == ")" {
			return false
		}
		if toks[i].text == "(" {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	if clockAt(toks, open+1, to) {
		return true // "(1:10 A.M. on May 27, JST)"
	}
	for i := open + 1; i < to && i <= open+16; i++ {
		if toks[i].text == ")" {
			return false
		}
		if toks[i].fold == "time" {
			return true
		}
	}
	return false
}

// clockNote reports whether toks[k] sits in brackets that open with a
// clock time and follow one: "7:50 p.m. (4:50 a.m. on May 2, JST)".
func clockNote(toks []token, k, from, to int) bool {
	for i := k - 1; i >= from && i >= k-8; i-- {
		switch toks[i].text {
		case ")":
			return false
		case "(":
			return clockAt(toks, i+1, to) && i-1 >= from && clockEnds(toks, i, from)
		}
	}
	return false
}

// clockEnds reports whether a clock time ("7:50 p.m.", "18:30") ends
// just before toks[open].
func clockEnds(toks []token, open, from int) bool {
	for i := open - 3; i >= from && i >= open-5; i-- {
		if clockAt(toks, i, open) {
			return true
		}
	}
	return false
}

// restated reports whether a relative day is restated by the date that
// follows it, in brackets or after a comma: "today (12 March 2023)",
// "today [16 February]",
// "yesterday, 4 June". A release filed in another time zone dates its
// "today" by its own clock; the date it spells out is the event's.
func (lx *lexicon) restated(toks []token, k, to int) bool {
	if k < to && (toks[k].text == "(" || toks[k].text == "[") {
		k++ // "today [16 February]": an editor's bracket too
	} else if k >= to || toks[k].text != "," {
		return false
	}
	return lx.dayFollows(toks, k, to)
}

// ordinalDay is the day a word such as "20th" or "1st" names, or 0.
func ordinalDay(s string) int {
	n := len(s)
	if n < 3 || s[0] < '0' || s[0] > '9' {
		return 0
	}
	switch s[n-2:] {
	case "st", "nd", "rd", "th":
	default:
		return 0
	}
	return atoiDay(s)
}

func atoiDay(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if i > 0 && (s[i:] == "st" || s[i:] == "nd" || s[i:] == "rd" || s[i:] == "th") {
				break
			}
			return 0
		}
		n = n*10 + int(c-'0')
		if n > 31 {
			return 0
		}
	}
	return n
}

// dayRange reads a range of days written as one word, "9-10" or "9–10":
// its first and last day, or zeros.
// dayFirst is the first day of a range of days written as one word, or 0.
func dayFirst(s string) int {
	a, _ := dayRange(s)
	return a
}

func dayRange(s string) (first, last int) {
	for _, sep := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			x, y := atoiDay(a), atoiDay(b)
			if x > 0 && y > x {
				return x, y
			}
		}
	}
	return 0, 0
}

func isYear(s string) bool {
	if len(s) != 4 || (s[:2] != "19" && s[:2] != "20") {
		return false
	}
	return s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// parseDay parses YYYY-MM-DD, giving the zero time when it cannot.
func parseDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func (lx *lexicon) isWeekday(f string) bool {
	_, ok := lx.weekdays[f]
	return ok
}

// rangeLink reports whether a token joins the days of a range: "28 and 29",
// "10-12", "21 to 26".
func rangeLink(t token) bool {
	return t.fold == "and" || t.text == "-" || t.text == "–" || t.fold == "to"
}

// first is the first day of a range of days ("21 to 26 October", "October
// 10-12"), or the expression's own day.
func (d dateExpr) first(toks []token) time.Time {
	if d.prec != precDay {
		return d.t
	}
	k := d.tok
	if k < d.end && !toks[k].num {
		k++ // "October 10-12": the days after the month
	}
	if k+2 < d.end && toks[k].num && rangeLink(toks[k+1]) && atoiDay(toks[k+2].text) > 0 {
		if n := atoiDay(toks[k].text); n > 0 && n < d.t.Day() {
			return d.t.AddDate(0, 0, n-d.t.Day())
		}
	}
	return d.t
}

// partMonth returns the month of a word for part of one, "mid-december",
// "early-march", "late-june" (folded, the hyphen a space), or 0.
func (lx *lexicon) partMonth(fold string) int {
	if len(fold) < 7 || fold[0] != 'm' && fold[0] != 'e' && fold[0] != 'l' {
		return 0 // most words, at once
	}
	for _, p := range [...]string{"mid ", "early ", "late ", "mid-", "early-", "late-"} {
		if len(fold) > len(p) && fold[:len(p)] == p {
			return lx.months[fold[len(p):]]
		}
	}
	return 0
}

// monthPart are the words for a part of a month before "of" ("the end of
// May"), and monthPartAdverb those right before the month ("early May").
var (
	monthPart       = map[string]bool{"end": true, "beginning": true, "start": true, "middle": true, "close": true, "turn": true}
	monthPartAdverb = map[string]bool{"early": true, "late": true, "mid": true}
)

// monthPartBefore reports whether words for a part of a month stand right
// before the month at toks[i]: "the end of May", "early May".
func monthPartBefore(toks []token, i, from int) bool {
	if i-1 < from {
		return false
	}
	if monthPartAdverb[toks[i-1].fold] {
		return true
	}
	return i-2 >= from && toks[i-1].fold == "of" && monthPart[toks[i-2].fold]
}

// monthOwner are the words before a month that makes it the modifier of a
// contact: "the President's May visit", "their October summit".
var monthOwner = map[string]bool{"'s": true, "’s": true, "the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "your": true, "my": true}

// eventAfter reports whether an engagement phrase starts at toks[k]
// ("visit", "state visit", "summit"), so a month before it dates it.
func (lx *lexicon) eventAfter(toks []token, k, to int) bool {
	if k >= to || !toks[k].word || lx.phrases.child(&toks[k]) == nil {
		return false
	}
	n := lx.phrases.child(&toks[k])
	return len(n.entries) > 0 || k+1 < to && n.child(&toks[k+1]) != nil
}

// agoCount is the number of years a word before "years ago" counts: a
// numeral, or a number word ("seventy", "a").
func agoCount(t token) int {
	if t.num {
		n, _ := strconv.Atoi(t.text)
		return n
	}
	if t.fold == "a" || t.fold == "one" {
		return 1
	}
	return int(knowledge.TargetUnits().Numbers[t.fold])
}

// lastDay returns the last day a text dates before toks[end] (within the
// preceding 120 tokens): what "the following day" counts from.
func (lx *lexicon) lastDay(toks []token, end int, pub time.Time) (time.Time, bool) {
	from := max(0, end-120)
	ds := lx.dates(toks, from, end, pub)
	for k := len(ds) - 1; k >= 0; k-- {
		if ds[k].prec == precDay && !ds[k].rng {
			return ds[k].t, true
		}
	}
	return time.Time{}, false
}

// futureAfterOpening reports whether the weekday at toks[i] opens its
// sentence ("On Saturday, …", "On Friday morning, …") and the clause after
// the comma is ahead: its subject (names, titles) then "will", "shall" or
// a schedule cue before "to" ("On Saturday, A will hold talks with B", "On
// Saturday morning, A was scheduled to meet B"). The day is then the one
// to come, as "will meet B on Saturday" already is.
func (lx *lexicon) futureAfterOpening(toks []token, i, to int) bool {
	if i < 1 || toks[i-1].fold != "on" || i >= 2 && toks[i-2].sent == toks[i].sent {
		return false
	}
	k := i + 1
	if k < to && thatTime[toks[k].fold] {
		k++
	}
	if k >= to || toks[k].text != "," {
		return false
	}
	for k++; k < to && k <= i+16 && toks[k].sent == toks[i].sent; k++ {
		t := &toks[k]
		switch {
		case t.fold == "will" || t.fold == "shall":
			return true
		case lx.scheduleCues[t.fold] && k+1 < to && toks[k+1].fold == "to":
			return true
		case t.cap || t.text == "," || t.text == "-" || t.text == "'" || subjectFiller[t.fold]:
			continue
		}
		return false
	}
	return false
}

// subjectFiller are the lowercase words of a subject or of its auxiliary
// before what it will do: "the Prime Minister of A", "was scheduled to".
var subjectFiller = map[string]bool{"the": true, "of": true, "and": true, "his": true, "her": true, "their": true, "its": true, "s": true, "'s": true, "was": true, "is": true, "are": true, "were": true, "also": true}

// futureBefore reports whether a word of what is ahead ("will", "going",
// "forward", "shall") comes in the twelve words before toks[i], within its
// sentence (from), or a schedule cue before "to" ("is slated to have an
// audience on Wednesday", "is scheduled to meet A on Friday").
func (lx *lexicon) futureBefore(toks []token, i, from int) bool {
	for k := i - 1; k >= from && k >= i-12; k-- {
		switch toks[k].fold {
		case "will", "going", "forward", "shall", "ll":
			return true
		case ".", ";":
			return false
		}
		if lx.scheduleCues[toks[k].fold] && k+1 < i && toks[k+1].fold == "to" {
			return true
		}
	}
	return false
}
