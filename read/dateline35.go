package read

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateStamp reports whether a line is a page's date stamp: a date with
// its day alone ("October 23, 2025", "Thursday, 23 October 2025", "Date:
// 2025-10-23"), or with a clock, labels and a credit ("Published : Sunday,
// 20 March, 2022 at 12:00 AM", "Reuters | Moscow | Updated: 21-03-2023
// 00:34 IST"). Releases and news pages print one over the first paragraph.
// Joined to it with a single line break ("October 23, 2025" / "Minister A
// received B on the afternoon of October 22."), the stamp's day opened the
// first sentence and beat the day the sentence gives. markdownText drops a
// stamp above the page's text and ends the paragraph at a date line further
// down.
//
// named tells whether the stamp holds words besides its date, clock and
// labels (a credit, a place: "Reuters | Moscow").
func dateStamp(t string) (ok, named bool) {
	if len(t) > 160 || len(t) < 6 || strings.ContainsAny(t[len(t)-1:], ".!?,;:\"") || strings.HasSuffix(t, "”") {
		return false, false
	}
	// (A day is in figures: most lines have none, and no regexp runs.)
	if !strings.ContainsAny(t, "0123456789") {
		return false, false
	}
	if lowerProse(t) {
		return false, false
	}
	d, span := proseDate(t)
	if d == "" || span[0] < 0 {
		m := reNumericDate.FindStringIndex(t)
		if m == nil {
			return false, false
		}
		span = [2]int{m[0], m[1]}
	}
	for _, w := range strings.Fields(t) {
		if clockTitles[w] {
			return false, false // read as a title once the line stands alone (data/clock_titles.txt)
		}
	}
	rest := t[:span[0]] + " " + t[span[1]:]
	clock := reClock.MatchString(rest)
	rest = reClock.ReplaceAllString(rest, " ")
	stamp := clock || strings.Contains(t, "|")
	others := 0
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	}) {
		switch lw := strings.ToLower(w); {
		case weekdays[lw], stampWords[lw]:
		case dateLabels[lw]:
			stamp = true
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
		default:
			// A stamp's other words are names: a credit, a place, a time
			// zone ("Reuters", "Moscow", "IST"); a word in lower case is
			// a sentence's.
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false, false
			}
			others++
		}
	}
	return others == 0 || stamp && others <= 8, others > 0
}

// lowerProse reports whether t holds a word in lower case of three letters or
// more that is no month, weekday, stamp word or date label: such a word is
// outside any date or clock dateStamp would cut out (a date's only word is
// its month, a clock's "am" or "pm"), so dateStamp would refuse the line,
// and the date regexps need not run. Most lines with a figure are prose.
func lowerProse(t string) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	}) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || len(w) < 3 {
			continue
		}
		lw := strings.ToLower(w)
		if _, month := months[lw]; !month && !weekdays[lw] && !stampWords[lw] && !dateLabels[lw] {
			return true
		}
	}
	return false
}

var (
	// A clock: "00:34", "12:00 AM", "05:36 pm", "09:06:48".
	reClock = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?`)
	// A date in figures, day first: "21-03-2023", "21/03/2023", "21.03.2023".
	reNumericDate = regexp.MustCompile(`\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b`)
)

// wrappedAround reports whether a line sits inside a wrapped sentence: the
// line before ends in a lower-case word ("met on" / "October 22, 2031" /
// "in Kestra.") or the next one starts with one.
func wrappedAround(cur, next []string) bool {
	if n := len(cur); n > 0 {
		last := strings.Fields(cur[n-1])
		if k := len(last); k > 0 && !strings.ContainsAny(last[k-1][len(last[k-1])-1:], ".!?:;\"") {
			if r, _ := utf8.DecodeRuneInString(last[k-1]); unicode.IsLower(r) {
				return true
			}
		}
	}
	if len(next) > 0 {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next[0])); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// proseBefore reports whether a paragraph or line before ends as a sentence
// does: past the page's stamp, headline and release number.
func proseBefore(paras, cur []string) bool {
	for _, list := range [][]string{paras, cur} {
		for _, p := range list {
			if p = strings.TrimSpace(p); p != "" && strings.ContainsAny(p[len(p)-1:], ".!?\"") {
				return true
			}
		}
	}
	return false
}

// stampApart reports whether t, a line the next one joins, is a date stamp to
// set apart: not inside a wrapped sentence, and over prose when it names a
// credit or a place. Callers test joinsNext first: it is cheap, and the date
// regexps of dateStamp then run on few lines.
func stampApart(t string, cur, next []string) bool {
	ok, named := dateStamp(t)
	return ok && !wrappedAround(cur, next) && (!named || overProse(next))
}

// joinsNext reports whether the next line goes on in the same paragraph: a
// date line a blank line follows is a paragraph of its own already (a
// transcript's "(September 23, 2031)" record line), and stays.
func joinsNext(next []string) bool {
	return len(next) > 0 && strings.TrimSpace(next[0]) != ""
}

// overProse reports whether the lines after a stamp are its page's text: the
// next line ends as a sentence does, past a short release number ("No.
// 416"). A stamp that names a credit or a place ("PTI | New Delhi |
// Updated: …") over a headline stays with it: its place is the headline's
// context.
func overProse(next []string) bool {
	for k, l := range next {
		l = strings.TrimSpace(l)
		if l == "" || k > 1 {
			return false
		}
		if strings.ContainsAny(l[len(l)-1:], ".!?\"") || strings.HasSuffix(l, "”") {
			return true
		}
		if len(strings.Fields(l)) > 3 {
			return false
		}
	}
	return false
}
