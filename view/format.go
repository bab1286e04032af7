package view

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// FormatDate writes a date as people read it: 2025-08-11 → 11 August 2025,
// 2025-08 → August 2025.
func FormatDate(d string) string {
	if t, err := time.Parse(time.DateOnly, d); err == nil {
		return t.Format("2 January 2006")
	}
	if t, err := time.Parse("2006-01", d); err == nil {
		return t.Format("January 2006")
	}
	return d
}

// FormatSpan writes a date with an end date: 10–13 August 2025.
func FormatSpan(from, to string) string {
	if to == "" || to == from || len(from) != 10 || len(to) != 10 {
		return FormatDate(from)
	}
	a, _ := time.Parse(time.DateOnly, from)
	b, _ := time.Parse(time.DateOnly, to)
	switch {
	case a.Year() != b.Year():
		return FormatDate(from) + " – " + FormatDate(to)
	case a.Month() != b.Month():
		return a.Format("2 January") + " – " + FormatDate(to)
	}
	return strconv.Itoa(a.Day()) + "–" + FormatDate(to)
}

var typeNames = map[accord.EngagementType][2]string{
	accord.PhoneCall:       {"phone call", "phone calls"},
	accord.VideoCall:       {"video call", "video calls"},
	accord.Talks:           {"talks", "talks"},
	accord.Meeting:         {"meeting", "meetings"},
	accord.Reception:       {"reception", "receptions"},
	accord.Visit:           {"visit", "visits"},
	accord.PressConference: {"press conference", "press conferences"},
	accord.Summit:          {"summit", "summits"},
	accord.Signing:         {"signing", "signings"},
	accord.Message:         {"message", "messages"},
}

// TypeName names an engagement type in words, plural when n ≠ 1.
func TypeName(t accord.EngagementType, n int) string {
	names, ok := typeNames[t]
	if !ok {
		return strings.ReplaceAll(string(t), "_", " ")
	}
	if n == 1 {
		return names[0]
	}
	return names[1]
}

var levelNames = map[string]string{
	accord.LevelHeadOfState:      "head of state",
	accord.LevelHeadOfGovernment: "head of government",
	accord.LevelPartyLeader:      "party leader",
	accord.LevelMinister:         "minister",
	accord.LevelAmbassador:       "ambassador",
	accord.LevelOfficial:         "official",
}

// LevelName names a level in words.
func LevelName(l string) string {
	if n, ok := levelNames[l]; ok {
		return n
	}
	return strings.ReplaceAll(l, "_", " ")
}

// FormatValue writes a target's value with its unit and comparator:
// US$150 billion, 10 per cent or more, about US$8,500.
func FormatValue(v float64, unit, comparator string) string {
	var s string
	switch strings.ToUpper(unit) {
	case "USD":
		s = "US$" + bigNumber(v)
	case "PERCENT":
		s = trimFloat(v) + " per cent"
	case "COUNT", "":
		s = bigNumber(v)
	default:
		s = bigNumber(v) + " " + unit
	}
	switch comparator {
	case accord.Gte:
		s += " or more"
	case accord.Lte:
		s = "up to " + s
	case accord.Approx:
		s = "about " + s
	}
	return s
}

func bigNumber(v float64) string {
	for _, u := range []struct {
		n    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if math.Abs(v) >= u.n {
			return trimFloat(v/u.n) + " " + u.name
		}
	}
	if v == math.Trunc(v) {
		return Thousands(int64(v))
	}
	return trimFloat(v)
}

func trimFloat(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// Thousands writes an integer with thousands separators: 8500 → "8,500".
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// FormatTarget writes a target statement: US$150 billion by 2030.
func FormatTarget(value float64, unit, comparator, deadline, period string) string {
	s := FormatValue(value, unit, comparator)
	if deadline != "" {
		s += " by " + deadline
	}
	if period != "" {
		from, to, _ := strings.Cut(period, "-")
		s += fmt.Sprintf(" in %s–%s", from, to)
	}
	return s
}

// Short cuts a quote to about n bytes at a word boundary, with an ellipsis.
func Short(s string, n int) string {
	if !spaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n+1], ' ') // a space right after n ends a word too
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
