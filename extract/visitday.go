package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// visitDay is the day a text gives a visit: "welcomed A to C on 3
// October", "paid an official visit on 7 February", "visited Kyiv today";
// a range of days ("from 14 to 16 April") by its first. Within a text a
// visit is dated by its month (a report's day need not be the visit's, and
// its mentions join by month); the export gives this day (exportDate).
func (d *doc) visitDay(de dateExpr) string {
	if de.prec != precDay {
		return ""
	}
	first := de.first(d.toks)
	if de.rng || !first.Equal(de.t) || d.spanAround(de) {
		return "" // "from 14 to 16 April": a stay of several days
	}
	if !d.pub.IsZero() && first.After(d.pub) {
		return "" // a visit announced ahead: its days may change
	}
	if first.Month() != de.t.Month() || first.Year() != de.t.Year() {
		return de.t.Format("2006-01-02")
	}
	return first.Format("2006-01-02")
}

// exportDate is an engagement's date as exported. A held visit the text
// dates by a day is of that day: a one-day visit is of it, and a visit of
// several days is of the month its first day lies in, which the day still
// tells. A visit dated by publication alone stays its month.
func (e eng) exportDate() string {
	if e.typ == accord.Visit && e.status == accord.StatusHeld && len(e.date) == 7 && len(e.visitDay) == 10 && e.visitDay[:7] == e.date {
		return e.visitDay
	}
	return e.date
}

// ownVisitDate reports whether a date the visit phrase tr takes is the
// visit's own: told in its sentence, which tells no other kind of contact
// ("held talks with A on Friday as part of his visit", "A, who is visiting
// C, held a meeting with B on May 2": the day is the talks'), after the
// phrase ("visited Kyiv on 11 July"), opening the sentence ("On 7
// February, A paid an official visit"), or right before the phrase's verb
// ("A on Monday paid an official visit"). A date in a clause before it
// ("Following the meetings on September 20, A travelled to C") is
// another event's.
func (d *doc) ownVisitDate(tr trigger, de dateExpr, from int, trs []trigger) bool {
	if de.tok >= len(d.toks) || d.toks[de.tok].sent != tr.sent {
		return false
	}
	purpose := d.visitPurposeDay(tr, de)
	for _, o := range trs {
		// (The visit's purpose is no other contact: "a visit on Monday
		// to meet with A", "a trip to Kyiv for talks".)
		if o.sent == tr.sent && o.typ != accord.Visit && !(o.i > tr.i && o.i > 0 && (d.toks[o.i-1].fold == "to" || d.toks[o.i-1].fold == "for")) && !d.visitProgramme(tr, o, de, from, purpose) {
			return false
		}
	}
	if purpose || de.tok >= tr.j || d.opensWithDay(de, from) {
		return true
	}
	if tr.i-de.end > 4 {
		return false
	}
	for k := de.end; k < tr.i; k++ {
		if d.toks[k].text == "," || d.toks[k].text == ";" || framingWords[d.toks[k].fold] {
			return false
		}
	}
	return true
}

// framingWords put a visit named after a date in another event's frame:
// "on Friday as part of his visit", "on Monday during his visit".
var framingWords = map[string]bool{"as": true, "part": true, "of": true, "during": true, "on": true, "in": true, "while": true, "for": true, "at": true, "after": true, "before": true, "following": true, "ahead": true}

// oneDayVisits keeps the day of a visit only when the text tells a visit
// of that one day: a visit of several days is written as its month, as
// the record joins its reports ("a visit spans its month") and places the
// contacts a later summary tells within it. A visit is of several days, or
// may be, when its sentence tells an arrival or a start ("arrived in C on
// Monday", "the visit that began on 5 November"), when the text gives its
// length ("a three-day visit", "for two days"), when its day is a range's,
// or when the text dates a contact of the same sides on another day (or
// only by a later publication). One
// sentence dating visits to several countries ("On August 2, A travelled
// to B and C") dates a tour, not each stop.
func (d *doc) oneDayVisits(held []eng, title *doc) {
	multi := -1 // whether the text gives a visit's length, found once
	for k := range held {
		v := &held[k]
		if v.typ != accord.Visit || v.visitDay == "" {
			continue
		}
		if multi < 0 {
			multi = 0
			if d.lengthOfStay() || title != nil && title.spanTold() {
				multi = 1
			}
		}
		if multi == 1 || d.arrivalIn(v.sent) || d.visitFrame(v.sent) {
			v.visitDay = ""
			continue
		}
		for q := range held {
			o := held[q]
			if q != k && o.typ == accord.Visit && o.sent == v.sent && !sameVisitSides(o, *v) {
				v.visitDay = "" // a tour's stops
				break
			}
			// "grateful for your yesterday's visit to C", in remarks before
			// a meeting of the day: a contact of the same sides dated only
			// by a later publication may be of the same stay.
			if q != k && o.typ != accord.Visit && o.datePub && len(o.date) == 10 && o.date > v.visitDay && len(v.persons) > 0 && subset(v.persons, o.persons) {
				v.visitDay = ""
				break
			}
			if q == k || o.datePub || len(o.date) != 10 {
				continue
			}
			if o.typ != accord.Visit && o.date != v.visitDay && dayGap(o.date, v.visitDay) <= 7 && len(v.persons) > 0 && subset(v.persons, o.persons) {
				v.visitDay = "" // the sides met on another day of it
				break
			}
		}
	}
}

// stayLength matches a stay's length in days: "a three-day visit", "a
// 2-day trip", "for two days", "several days" ("days before the
// anniversary" is no length).
var stayLength = regexp.MustCompile(`\b(two|three|four|five|six|seven|eight|nine|ten|several|few|[2-9]|1[0-9])[- ]days?\b`)

// lengthOfStay reports whether the text gives a stay its length in days.
func (d *doc) lengthOfStay() bool {
	return dayAfterMark(d.text) && stayLengthIn(strings.ToLower(d.text))
}

// stayLengthIn is stayLength.MatchString(lower), the regexp asked only
// around each "day" after a space or hyphen, where every match ends: it
// starts at most 8 bytes before ("several "). A window opens and closes
// where no ASCII word goes on, so \b reads in it as in the whole text.
// (On a long transcript the regexp over the whole text cost 18 million
// instructions.)
func stayLengthIn(lower string) bool {
	for i := 1; i+3 <= len(lower); i++ {
		if lower[i] != 'd' || lower[i+1] != 'a' || lower[i+2] != 'y' || lower[i-1] != ' ' && lower[i-1] != '-' {
			continue
		}
		from := max(0, i-10)
		for from > 0 && asciiWordByte(lower[from-1]) {
			from--
		}
		to := min(len(lower), i+4)
		for to < len(lower) && asciiWordByte(lower[to]) {
			to++
		}
		if stayLength.MatchString(lower[from:to]) {
			return true
		}
	}
	return false
}

// asciiWordByte reports whether c is a word character for the regexp's \b.
func asciiWordByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// dayAfterMark reports whether "day" in any case follows a space or hyphen
// in text, as stayLength needs: most texts have none ("today", "Tuesday"
// are no lengths), and neither lower-case copy nor regexp is made for them.
// (Only the ASCII letters lower to d, a and y, so the bytes tell.)
func dayAfterMark(text string) bool {
	for i := 0; i+3 < len(text); i++ {
		if (text[i] == ' ' || text[i] == '-') && text[i+1]|0x20 == 'd' && text[i+2]|0x20 == 'a' && text[i+3]|0x20 == 'y' {
			return true
		}
	}
	return false
}

// arrivalIn reports whether sentence s tells an arrival, a journey or a
// start, the first day of a stay ("arrived in", "landed in", "began",
// "travelled to"), or its end ("concluded", "returned from"): a day of a
// stay, not a visit of one day.
func (d *doc) arrivalIn(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		switch d.toks[k].fold {
		case "arrived", "arrives", "arriving", "landed", "lands", "began", "begins", "begun", "commenced", "commences", "started", "starts", "embarked", "kicked",
			"travelled", "traveled", "travels", "travelling", "traveling",
			// the end of a stay: "concluded his visit on March 26"
			"concluded", "concludes", "concluding", "wrapped", "wrapping", "ended", "ends", "completed", "completes", "returned", "returns":
			return true
		}
	}
	return false
}

// sameVisitSides reports whether two visits have the same sides.
func sameVisitSides(a, b eng) bool {
	return slices.Equal(a.persons, b.persons) && slices.Equal(a.codes, b.codes)
}

// dayBegun reports whether a headline's day (YYYY-MM-DD) is not after
// publication: a visit begun, whose day the export may give.
func dayBegun(day string, pub time.Time) bool {
	t := parseDay(day)
	return !t.IsZero() && (pub.IsZero() || !t.After(pub))
}

// spanAround reports whether a date is one end of a span of days: "from
// 30 June to 3 July", "between 3 and 5 May", "June 30 - July 3".
func (d *doc) spanAround(de dateExpr) bool {
	for k := de.tok; k < de.end; k++ {
		if a, _ := dayRange(d.toks[k].text); a > 0 || k > de.tok && rangeLink(d.toks[k]) {
			return true // "on 16-20 March", "28 and 29 May"
		}
	}
	// "from 30 June to 3 July": a link, then another day ("on Monday
	// to Ukraine" is no span).
	if k := de.end; k+1 < len(d.toks) && spanLink[d.toks[k].fold] && d.dayWord(d.toks[k+1]) {
		return true
	}
	if k := de.tok - 1; k > 0 && spanLink[d.toks[k].fold] && d.dayWord(d.toks[k-1]) {
		return true
	}
	return false
}

// spanLink are the words between the two ends of a span of days.
var spanLink = map[string]bool{"to": true, "until": true, "till": true, "through": true, "-": true, "–": true, "and": true}

// dayWord reports whether a token names a day or a month: "3", "July",
// "Friday".
func (d *doc) dayWord(t token) bool {
	return t.num && atoiDay(t.text) > 0 || t.cap && (d.lx.is(&t, fMonth) || d.lx.is(&t, fWeekday))
}

// spanTold reports whether a headline gives a span of days: "Official
// Visit of A, 4 to 5 September 2024".
func (d *doc) spanTold() bool {
	for _, de := range d.lx.dates(d.toks, 0, len(d.toks), d.pub) {
		if de.prec == precDay && (de.rng || !de.first(d.toks).Equal(de.t) || d.spanAround(de)) {
			return true
		}
	}
	return false
}

// visitFrame reports whether sentence s names a visit as the frame of
// what it tells: "A, on a state visit to C, on May 29 reaffirmed …", "A,
// who is on an official visit to C, received …", "during his visit". The
// day is the act's; the visit may be of several days.
func (d *doc) visitFrame(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k+1 < to; k++ {
		f := d.toks[k].fold
		if f != "on" && f != "during" && f != "part" {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			if d.toks[j].fold == "visit" || d.toks[j].fold == "visits" || d.toks[j].fold == "trip" {
				return true
			}
		}
	}
	return false
}

// headlineDayOfWeek returns the one day a headline gives, when "this
// week" in the body dates a contact and that day falls in the seven days
// up to publication ("PM meeting with A: 25 October 2024" over "met A at
// the Commonwealth meeting this week"); else the week itself.
func (d *doc) headlineDayOfWeek(title *doc, week dateExpr) *dateExpr {
	if title == nil || d.pub.IsZero() {
		return &week
	}
	ds := d.lx.dates(title.toks, 0, len(title.toks), d.pub)
	if len(ds) != 1 || ds[0].prec != precDay || ds[0].rng || ds[0].t.After(d.pub) || !ds[0].t.After(d.pub.AddDate(0, 0, -7)) || d.lx.isWeekday(title.toks[ds[0].tok].fold) {
		return &week
	}
	day := week
	day.t, day.prec = ds[0].t, precDay
	return &day
}
