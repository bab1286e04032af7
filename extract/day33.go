package extract

import (
	"regexp"
	"strings"

	accord "github.com/accordhq/accord"
)

// tripSentenceDay is the day a trip's own sentence gives it, for the
// export (visitDay): "On Tuesday, May 6, A visited C and held a summit
// meeting with B", "A visited C on 6 May". A visit read from its trip
// word alone was dated by its month only, while a visit read from a
// contact phrase with the same sentence took its day. The date must be
// the trip word's own (tripOwnDate: opening the sentence, or after the
// trip word in its clause), the only day the sentence gives, of one day
// (no range), not after publication; oneDayVisits then drops it when
// the text tells an arrival, a length of stay or another day of the
// sides.
func (d *doc) tripSentenceDay(s int) string {
	if s < 0 || s >= len(d.sents) {
		return ""
	}
	from, to := d.sentToks(s)
	trip := d.firstTripWord(from, to)
	// "who is visiting Japan to attend …": a stay under way, of days the
	// sentence does not give.
	if trip < 0 || strings.HasSuffix(d.toks[trip].fold, "ing") {
		return ""
	}
	day := ""
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec != precDay {
			continue
		}
		// "I hope your visit to C today …": the day of the words, not the
		// visit's first.
		if f := d.toks[de.tok].fold; f == "today" || f == "tonight" || f == "this" {
			return ""
		}
		// ("On Tuesday, September 24th, A visited C": the weekday told
		// with the day opens the sentence too.)
		if !d.tripOwnDate(de, from, trip) && !(de.tok < trip && d.opensWithDay(de, from)) {
			return "" // a day of another clause
		}
		v := d.visitDay(de)
		if v == "" || day != "" && v != day {
			return "" // several days ("Tuesday, September 24" is one)
		}
		day = v
	}
	return day
}

// oneDayStay matches a text's word for a stay of one day: "a day-long
// visit", "a busy one-day bilateral visit", "a single-day trip".
var oneDayStay = regexp.MustCompile(`\b(day-long|one-day|single-day|daylong)\b`)

// oneDayWord reports whether text may hold a word oneDayStay matches:
// "day" in any case after a hyphen or before "long" or "-long". Most texts
// have none, and then neither the lower-case copy nor the regexp is made
// (the regexp cost 2 % of extraction). Only the ASCII letters lower to
// d, a, y, l, o, n and g, so the bytes tell.
func oneDayWord(text string) bool {
	for i := 0; i+3 <= len(text); i++ {
		if text[i]|0x20 != 'd' || text[i+1]|0x20 != 'a' || text[i+2]|0x20 != 'y' {
			continue
		}
		if i > 0 && text[i-1] == '-' {
			return true
		}
		rest := text[i+3:]
		if len(rest) > 0 && rest[0] == '-' {
			rest = rest[1:]
		}
		if len(rest) >= 4 && rest[0]|0x20 == 'l' && rest[1]|0x20 == 'o' && rest[2]|0x20 == 'n' && rest[3]|0x20 == 'g' {
			return true
		}
	}
	return false
}

// oneDayStays gives a held visit dated by its month the day of its own
// sentence when the text tells the stay is of one day ("on Saturday
// embarked on a day-long visit to C and met B", "Early in the morning of
// 5 May, A arrived … to start a busy one-day bilateral visit"): the
// arrival that oneDayVisits takes for the first day of a longer stay is
// then the whole visit's day. The sentence must give one day only, of the
// visit's month and not after publication; a text telling visits to
// several hosts (a tour, each stop of a day) or a longer stay keeps the
// months.
func (d *doc) oneDayStays(held []eng) {
	k := -1
	for q, e := range held {
		if e.typ != accord.Visit || e.status != accord.StatusHeld {
			continue
		}
		if k >= 0 && held[k].place.Country != e.place.Country {
			return // a tour
		}
		k = q
	}
	if k < 0 {
		return
	}
	v := &held[k]
	// (The text is read for a length only for a visit still of its
	// month: one pass per text, not per sentence.)
	if len(v.date) != 7 || v.visitDay != "" || !oneDayWord(d.text) || !oneDayStay.MatchString(strings.ToLower(d.text)) || d.lengthOfStay() {
		return
	}
	// The visit's own sentence; else the sentence that tells the stay of
	// one day; else the one day the text gives the visitor's contacts.
	day := d.sentenceDay(v.sent)
	if day == "" {
		if loc := oneDayStay.FindStringIndex(strings.ToLower(d.text)); loc != nil {
			for s := range d.sents {
				if d.sents[s].Start <= loc[0] && loc[0] < d.sents[s].End {
					day = d.sentenceDay(s)
					break
				}
			}
		}
	}
	if day == "" {
		for _, e := range held {
			if e.typ == accord.Visit || e.status != accord.StatusHeld || e.datePub || len(e.date) != 10 || !overlap(e.persons, v.persons) {
				continue
			}
			if day != "" && e.date != day {
				return // contacts of several days
			}
			day = e.date
		}
	}
	if day != "" && day[:7] == v.date {
		v.visitDay = day
	}
}

// sentenceDay is the one day sentence s gives ("On Tuesday, 5 May" is
// one), not after publication; "" when it gives none, several, or a
// range.
func (d *doc) sentenceDay(s int) string {
	if s < 0 || s >= len(d.sents) {
		return ""
	}
	from, to := d.sentToks(s)
	day := ""
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec != precDay {
			continue
		}
		v := d.visitDay(de)
		if v == "" || day != "" && v != day {
			return ""
		}
		day = v
	}
	return day
}
