package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// countingWriter counts the writes that reach it.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

// TestBuffered: a view printed a line at a time reaches standard output in
// a few writes, with the same bytes (control characters escaped, a rune
// cut by the buffer's end kept whole) as written line by line.
func TestBuffered(t *testing.T) {
	long := strings.Repeat("é", 40000) // 80,000 bytes: runes straddle the 64 KB buffer
	for _, c := range []struct {
		name      string
		lines     []string
		maxWrites int
	}{
		{"many short lines", strings.Split(strings.Repeat("Ministerial talks, Zarnovia – Quell\n", 2000), "\n"), 3},
		{"control characters", []string{"a\x1b[2Jb\n", "tab\tkept\n", "c\u0085d\n"}, 1},
		{"a rune across the buffer's end", []string{long, "\x1b\n", long}, 6},
	} {
		direct := &countingWriter{}
		saved := stdout
		stdout = &safeWriter{w: direct}
		for _, l := range c.lines {
			fmt.Fprint(stdout, l)
		}
		stdout.Flush()
		through := &countingWriter{}
		stdout = &safeWriter{w: through}
		err := buffered(func(w io.Writer) error {
			for _, l := range c.lines {
				fmt.Fprint(w, l)
			}
			return nil
		})
		stdout.Flush()
		stdout = saved
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(direct.Bytes(), through.Bytes()) {
			t.Errorf("%s: buffered output differs", c.name)
		}
		if through.writes > c.maxWrites {
			t.Errorf("%s: %d writes, want at most %d", c.name, through.writes, c.maxWrites)
		}
	}
}
