package extract

import (
	"strconv"
	"strings"
	"time"
)

// numericDay reads a date written in figures that starts at toks[i]:
// "24.03.2031" (tokenized as five tokens, written together), "24/03/2031",
// "2031-03-24" and "24-03-2031" (one token each). Ministries outside the
// United States (India's PIB, Vietnamese, Russian, Ukrainian, Indonesian
// releases) write the day first; a slash date both of whose readings are
// possible takes the one not after publication that is nearest to it.
// A date without its year ("16/11", "Monday (11/14)") is not read: such
// figures are also scores, ratios or versions, and a bracket after a
// weekday may give the day of publication, not the event's (a cabinet
// secretariat's "Thursday (07/01)" for a meeting of 30 June); the
// relative day or weekday stands.
func (lx *lexicon) numericDay(toks []token, i, to int, pub time.Time) (dateExpr, bool) {
	t := &toks[i]
	// One token: "2031-03-24" or "24-03-2031".
	if parts := strings.Split(t.text, "-"); len(parts) == 3 {
		var y, a, b string
		isoForm := false
		switch {
		case isYear(parts[0]) && len(parts[1]) == 2 && len(parts[2]) == 2:
			y, a, b, isoForm = parts[0], parts[2], parts[1], true // year, month, day
		case isYear(parts[2]) && len(parts[0]) <= 2 && len(parts[1]) <= 2:
			y, a, b = parts[2], parts[0], parts[1] // by value: day or month first
		default:
			return dateExpr{}, false
		}
		d, ok := numericReading(y, a, b, isoForm, pub)
		return dateExpr{i, i + 1, d, precDay, false}, ok
	}
	// Joined tokens: day, separator, month[, separator, year].
	if i+2 >= to || len(t.text) > 2 || atoiDay(t.text) == 0 {
		return dateExpr{}, false
	}
	sep := toks[i+1].text
	if sep != "." && sep != "/" || !joined(toks, i, i+2) || !toks[i+2].num || len(toks[i+2].text) > 2 {
		return dateExpr{}, false
	}
	if i+4 < to && toks[i+3].text == sep && joined(toks, i+2, i+4) && isYear(toks[i+4].text) {
		d, ok := numericReading(toks[i+4].text, t.text, toks[i+2].text, sep == ".", pub)
		return dateExpr{i, i + 5, d, precDay, false}, ok
	}
	return dateExpr{}, false
}

// joined reports whether the tokens from toks[i] to toks[j] are written
// without a space between them.
func joined(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].end != toks[k+1].start {
			return false
		}
	}
	return true
}

// numericReading resolves the figures a and b of a numeric date of year
// y: day first when dayFirst, else by value (a month past 12 tells which
// figure is the day); of two possible readings, the one not after
// publication nearest to it, else the day-first one.
func numericReading(y, a, b string, dayFirst bool, pub time.Time) (time.Time, bool) {
	yr, _ := strconv.Atoi(y)
	x, _ := strconv.Atoi(a)
	z, _ := strconv.Atoi(b)
	var cands []time.Time
	add := func(day, month int) {
		if month < 1 || month > 12 || day < 1 || day > 31 {
			return
		}
		if d := time.Date(yr, time.Month(month), day, 0, 0, 0, 0, time.UTC); d.Day() == day {
			cands = append(cands, d)
		}
	}
	add(x, z)
	if !dayFirst {
		add(z, x)
	}
	if len(cands) == 0 {
		return time.Time{}, false
	}
	best := cands[0]
	if pub.IsZero() {
		return best, true
	}
	found := false
	for _, c := range cands {
		if !c.After(pub) && (!found || c.After(best)) {
			best, found = c, true
		}
	}
	return best, true
}
