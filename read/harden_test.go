package read

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
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

// TestUnicodeBOMs: UTF-16 and UTF-32 with a byte order mark are text.
func TestUnicodeBOMs(t *testing.T) {
	const doc = " date 2025-03-01 HÀ NỘI — The foreign ministers of Việt Nam and Chile held talks on trade. — VNA"
	const feed = `{"title":"Talks","published":"2025-03-01","text":"The ministers of Việt Nam and Chile met."}` + "\n"
	enc := func(s string, unit int, big bool) []byte {
		var out []byte
		put := func(v uint32) {
			for i := range unit {
				shift := 8 * i
				if big {
					shift = 8 * (unit - 1 - i)
				}
				out = append(out, byte(v>>shift))
			}
		}
		put(0xFEFF)
		for _, r := range s {
			if unit == 2 && r > 0xFFFF {
				r -= 0x10000
				put(uint32(0xD800 + r>>10))
				put(uint32(0xDC00 + r&0x3FF))
				continue
			}
			put(uint32(r))
		}
		return out
	}
	for _, c := range []struct {
		name string
		unit int
		big  bool
	}{{"utf16le", 2, false}, {"utf16be", 2, true}, {"utf32le", 4, false}, {"utf32be", 4, true}} {
		for _, in := range []struct{ file, text string }{{c.name + ".txt", doc}, {c.name + ".jsonl", feed}} {
			data := enc(in.text, c.unit, c.big)
			arts, errs := Parse(in.file, data)
			if len(arts) != 1 || len(errs) != 0 || !strings.Contains(arts[0].Body, "Việt Nam") {
				t.Errorf("Parse %s: %d articles, %v", in.file, len(arts), errs)
			}
			it := readInput(in.file, strings.NewReader(string(data)), int64(len(data)))
			if len(it.Articles) != 1 || len(it.Errs) != 0 || it.Size != int64(len(data)) {
				t.Errorf("readInput %s: %d articles, %v, size %d of %d", in.file, len(it.Articles), it.Errs, it.Size, len(data))
			}
		}
	}
}

// TestDeepHTML: a page nested deeper than the HTML parser's 512 elements
// is read, flattened.
func TestDeepHTML(t *testing.T) {
	for _, depth := range []int{10, 600, 5000} {
		page := "<html><head><title>Talks on trade</title><meta name=\"date\" content=\"2025-03-01\"></head><body>" +
			strings.Repeat("<div>", depth) +
			"<p>HÀ NỘI — The foreign ministers of Việt Nam and Chile held talks on trade and investment on Monday, and agreed to raise two-way trade.</p>" +
			"<p>They also discussed cooperation in education, energy and agriculture in the years ahead.</p>" +
			strings.Repeat("</div>", depth) + "</body></html>"
		arts, errs := Parse("deep.html", []byte(page))
		if len(arts) != 1 || !strings.Contains(arts[0].Body, "held talks on trade") {
			t.Errorf("depth %d: %d articles, %v", depth, len(arts), errs)
		}
	}
}

// TestWalkFIFOs: a FIFO named is read; one inside a folder is skipped
// (reading it could block the walk forever).
func TestWalkFIFOs(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "in.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(" date 2025-03-01 PARIS — The ministers met on trade. — AFP"), 0o644)
	arts, errs := walkAll(t, dir)
	if len(arts) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "not a regular file") {
		t.Errorf("folder with a FIFO: %d articles, %v", len(arts), errs)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			f.WriteString(" date 2025-03-02 LIMA — The presidents met on energy. — AFP")
			f.Close()
		}
	}()
	arts, errs = walkAll(t, fifo)
	if len(arts) != 1 || len(errs) != 0 || !strings.HasPrefix(arts[0].Path, "pipe:") {
		t.Errorf("a named FIFO: %v, %v", arts, errs)
	}
}
