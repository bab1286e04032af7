package read

import (
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord"
)

// TestImplausibleDates: a publication date before 1900 or more than a week
// after today is skipped with its reason, in every format.
func TestImplausibleDates(t *testing.T) {
	defer func(f func() time.Time) { Now = f }(Now)
	Now = func() time.Time { return time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC) }
	body := "HÀ NỘI — The two foreign ministers held talks on trade. — VNA"
	tests := []struct {
		name, data string
		bad        bool
	}{
		{"a.txt", " date 9999-12-31 " + body, true},
		{"b.txt", " date 0001-01-01 " + body, true},
		{"c.txt", " date 1899-12-31 " + body, true},
		{"d.txt", " date 1900-01-01 " + body, false},
		{"e.txt", " date 2026-03-17 " + body, false}, // a week ahead
		{"f.txt", " date 2026-03-18 " + body, true},
		{"g.md", "---\ntitle: T\ndate: 9999-12-31\n---\n\n" + body, true},
		{"h.jsonl", `{"title":"T","published":"9999-12-31","text":"The two ministers met."}`, true},
		{"i.jsonl", `{"title":"T","published":"0001-01-01T00:00:00Z","text":"The two ministers met."}`, true},
		{"j.html", `<html><head><meta property="article:published_time" content="9999-12-31"><title>T</title></head><body><article><p>` + body + `</p></article></body></html>`, true},
		{"k.jsonl", `{"title":"T","published":"2025-06-05","text":"The two ministers met."}`, false},
	}
	for _, tt := range tests {
		arts, errs := Parse(tt.name, []byte(tt.data))
		if !tt.bad {
			if len(arts) != 1 || len(errs) != 0 {
				t.Errorf("%s: %d articles, errors %v; want it read", tt.name, len(arts), errs)
			}
			continue
		}
		if len(arts) != 0 || len(errs) != 1 {
			t.Errorf("%s: %d articles (%v), errors %v; want it skipped", tt.name, len(arts), arts, errs)
			continue
		}
		if accord.ErrorCode(errs[0]) != accord.EINVALID || !strings.Contains(errs[0].Error(), "implausible publication date") {
			t.Errorf("%s: error %v, want an implausible publication date", tt.name, errs[0])
		}
	}
}

// TestControlCharacters: escape sequences and other control characters in
// titles, sources, datelines and bodies are removed at read time.
func TestControlCharacters(t *testing.T) {
	esc := "\x1b[2J\x1b]0;owned\x07\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\\x02\x03\u009b31m\x7f"
	inputs := map[string]string{
		"a.txt":   " date 2025-03-01 PARIS — The ministers" + esc + " met on trade. — AFP" + esc,
		"b.md":    "---\ntitle: \"Talks\\e[2J\\e]0;owned\\a\\x9b\"\ndate: 2025-03-01\n---\n\nThe ministers" + esc + " met on trade.",
		"c.jsonl": `{"title":"Talks\u001b[2J\u009b","source":"AFP\u0007","published":"2025-03-01","text":"The ministers\u001b]0;owned\u0007 met\u0002 on trade."}`,
		"d.html":  "<html><head><title>Talks" + esc + "</title><meta name=\"date\" content=\"2025-03-01\"></head><body><article><h1>Talks" + esc + "</h1><p>The ministers" + esc + " met on trade and energy in the capital, and agreed on a plan of action for the next three years.</p></article></body></html>",
	}
	for name, data := range inputs {
		arts, errs := Parse(name, []byte(data))
		if len(arts) != 1 {
			t.Errorf("%s: %d articles, errors %v", name, len(arts), errs)
			continue
		}
		a := arts[0]
		for field, v := range map[string]string{"title": a.Title, "source": a.Source, "dateline": a.Dateline, "body": a.Body, "url": a.URL} {
			if i := strings.IndexFunc(v, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f }); i >= 0 {
				t.Errorf("%s: %s keeps a control character: %q", name, field, v)
			}
		}
	}
}
