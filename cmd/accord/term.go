package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Text that came from an input (titles, names, bodies, file names) is
// printed with its control characters shown as escapes: ESC starts
// sequences that clear the screen, set the window title or forge links,
// and a stray carriage return or newline forges lines. Stores written
// before read stripped them may still hold some.

// isControl reports the characters never printed raw: C0 (but newline and
// tab, when keep is set), DEL and C1.
func isControl(r rune, keep bool) bool {
	if keep && (r == '\n' || r == '\t') {
		return false
	}
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}

// escapeControls shows each control character as \xNN (\u00NN for C1);
// keep leaves newlines and tabs as they are.
func escapeControls(s string, keep bool) string {
	if strings.IndexFunc(s, func(r rune) bool { return isControl(r, keep) }) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isControl(r, keep):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// termLine is text for one line: every control character escaped.
func termLine(s string) string { return escapeControls(s, false) }

// safeWriter escapes control characters but newlines and tabs in all
// that passes through it: the output of the list and show commands, which
// is made of input text.
type safeWriter struct {
	w       io.Writer
	pending []byte // an incomplete UTF-8 sequence at the end of a write
}

func (s *safeWriter) Write(p []byte) (int, error) {
	buf := append(s.pending, p...)
	s.pending = nil
	// Hold back a trailing partial rune: split across writes, a C1 character
	// would pass unseen and be joined again by the terminal.
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	s.pending = append([]byte(nil), buf[cut:]...)
	if _, err := io.WriteString(s.w, escapeControls(string(buf[:cut]), true)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held-back partial rune.
func (s *safeWriter) Flush() error {
	if len(s.pending) == 0 {
		return nil
	}
	_, err := s.w.Write(s.pending)
	s.pending = nil
	return err
}

// stdout is standard output for text made of input: see safeWriter.
var stdout = &safeWriter{w: os.Stdout}

// buffered runs write on stdout through a buffer: the text views print a
// line at a time, and each line was a write call of its own (a timeline of
// 200 contacts made thousands).
func buffered(write func(w io.Writer) error) error {
	b := bufio.NewWriterSize(stdout, 64<<10)
	if err := write(b); err != nil {
		b.Flush()
		return err
	}
	return b.Flush()
}
