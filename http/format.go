package http

import (
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/view"
)

func itoa(n int) string { return strconv.Itoa(n) }

// snippetHTML escapes a search snippet, then turns its match marks into
// <mark>: the only place article text becomes template.HTML, and only after
// html.EscapeString has run over every byte of it.
func snippetHTML(snippet string) template.HTML {
	return template.HTML(accord.Highlight(snippet, "<mark>", "</mark>", html.EscapeString))
}

// label turns an id (phone_call, head_of_state) into words.
func label(id string) string {
	if len(id) <= 2 {
		return strings.ToUpper(id)
	}
	return strings.ReplaceAll(id, "_", " ")
}

func typeLabel(t string) string  { return label(t) }
func areaLabel(a string) string  { return label(a) }
func levelLabel(l string) string { return label(l) }

// formatNumber writes a value in words for large magnitudes: 150000000000 →
// "150 billion", 8500 → "8,500".
func formatNumber(v float64) string {
	abs := math.Abs(v)
	for _, s := range []struct {
		n    float64
		word string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if abs >= s.n {
			return strconv.FormatFloat(v/s.n, 'f', -1, 64) + " " + s.word
		}
	}
	if v == math.Trunc(v) && abs < 1e15 {
		return view.Thousands(int64(v))
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// formatValue writes a value with its unit: "10%", "150 billion USD".
func formatValue(v float64, unit string) string {
	switch unit {
	case "percent":
		return formatNumber(v) + "%"
	case "count", "":
		return formatNumber(v)
	}
	return formatNumber(v) + " " + unit
}

// formatTarget writes a target in one phrase: "≥ 10% (2026–2030)".
func formatTarget(comparator string, v float64, unit, deadline, period string) string {
	s := formatValue(v, unit)
	switch comparator {
	case accord.Gte:
		s = "≥ " + s
	case accord.Lte:
		s = "≤ " + s
	case accord.Approx:
		s = "≈ " + s
	}
	if deadline != "" {
		s += " by " + deadline
	}
	if period != "" {
		s += " (" + strings.Replace(period, "-", "–", 1) + ")"
	}
	return s
}

// formatShort writes a value for an axis: "200 bn USD", "12%".
func formatShort(v float64, unit string) string {
	n := strconv.FormatFloat(v, 'f', -1, 64)
	abs := math.Abs(v)
	switch {
	case abs >= 1e12:
		n = strconv.FormatFloat(v/1e12, 'f', -1, 64) + " tn"
	case abs >= 1e9:
		n = strconv.FormatFloat(v/1e9, 'f', -1, 64) + " bn"
	case abs >= 1e6:
		n = strconv.FormatFloat(v/1e6, 'f', -1, 64) + " m"
	case abs >= 1e4:
		n = strconv.FormatFloat(v/1e3, 'f', -1, 64) + " k"
	}
	switch unit {
	case "percent":
		return n + "%"
	case "count", "":
		return n
	}
	return n + " " + unit
}
