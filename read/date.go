package read

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The window of plausible publication dates. A date outside it is a typo or
// a hostile input, and one such article would stretch every timeline and
// brief over millennia: it is skipped as bad input.
const (
	MinPublishedYear = 1900
	MaxFutureDays    = 7 // days after today, for time zones and embargoed copy
)

// Now is the clock that bounds publication dates; a variable for tests.
var Now = time.Now

// implausibleDate returns why a valid YYYY-MM-DD publication date is
// implausible, or "".
func implausibleDate(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	if t.Year() < MinPublishedYear {
		return fmt.Sprintf("%s is before %d", d, MinPublishedYear)
	}
	if limit := Now().UTC().AddDate(0, 0, MaxFutureDays); t.After(limit) {
		return fmt.Sprintf("%s is more than %d days after today", d, MaxFutureDays)
	}
	return ""
}

// isISODate reports whether s is a valid calendar date YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// valueLayouts are the date forms accepted in metadata fields (front matter,
// JSON, <meta>), tried in order. A time keeps its own offset: the date is the
// one the publisher wrote.
var valueLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.000-0700",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2006/01/02",
}

// parseDateValue reads a date from a metadata value; "" if it is none.
func parseDateValue(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range valueLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	// A longer value starting with a date ("2025-03-03 at noon").
	if len(s) > 10 && isISODate(s[:10]) && !isDigit(s[10]) {
		return s[:10]
	}
	if d, _ := proseDate(s); d != "" && len(d) == 10 {
		return d
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

var (
	// March 3, 2025 · Mar. 3 2025 · Sept. 30 · 3 March 2025
	reMonthDay = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	reDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b`)
	reISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

// proseDate finds the first date written out in s. It returns YYYY-MM-DD, or
// "--MM-DD" when the year is not given, and the byte span it matched.
func proseDate(s string) (string, [2]int) {
	best := ""
	span := [2]int{-1, -1}
	take := func(d string, at []int) {
		if d != "" && (span[0] < 0 || at[0] < span[0]) {
			best, span = d, [2]int{at[0], at[1]}
		}
	}
	if m := reISO.FindStringSubmatchIndex(s); m != nil {
		if d := s[m[0]:m[1]]; isISODate(d) {
			take(d, m)
		}
	}
	for _, m := range reMonthDay.FindAllStringSubmatchIndex(s, -1) {
		mon, ok := months[strings.ToLower(s[m[2]:m[3]])]
		if !ok {
			continue
		}
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		year := 0
		if m[6] >= 0 {
			year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		take(makeDate(year, mon, day), m)
		break
	}
	for _, m := range reDayMonth.FindAllStringSubmatchIndex(s, -1) {
		mon, ok := months[strings.ToLower(s[m[4]:m[5]])]
		if !ok {
			continue
		}
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		year, _ := strconv.Atoi(s[m[6]:m[7]])
		take(makeDate(year, mon, day), m)
		break
	}
	return best, span
}

// makeDate formats a date, "--MM-DD" without a year, "" if it is not valid.
func makeDate(year, month, day int) string {
	y := year
	if y == 0 {
		y = 2000 // a leap year, so that --02-29 is accepted
	}
	t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month || y < 1000 || y > 9999 {
		return ""
	}
	if year == 0 {
		return fmt.Sprintf("--%02d-%02d", month, day)
	}
	return t.Format("2006-01-02")
}

var reNameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?:[^0-9]|$)`)

// nameDate finds a date in a file name ("2024-07-30-readout.md",
// "report_20240730.txt"); "" if there is none.
func nameDate(name string) string {
	base := baseName(name)
	for _, m := range reNameDate.FindAllStringSubmatch(base, -1) {
		if d := m[1] + "-" + m[2] + "-" + m[3]; isISODate(d) {
			return d
		}
	}
	return ""
}

// withYear completes a "--MM-DD" date with the year of ref (YYYY-MM-DD);
// a full date is returned as is, and "" when nothing completes it.
func withYear(d, ref string) string {
	if !strings.HasPrefix(d, "--") {
		return d
	}
	if len(ref) < 4 {
		return ""
	}
	if full := ref[:4] + d[1:]; isISODate(full) {
		return full
	}
	return ""
}
