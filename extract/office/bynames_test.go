package office

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestBynames checks data/bynames.tsv: each one-word public name finds the
// holder it stands for, whose table name shares no word with it (else Find
// would join them without the line), and only when written alone.
func TestBynames(t *testing.T) {
	b, err := os.ReadFile("data/bynames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || strings.Contains(f[0], " ") {
			t.Fatalf("bynames line %q: want a one-word name, a tab and the table's name", line)
		}
		n++
		found := false
		for _, h := range Find(f[0], time.Time{}) {
			found = found || h.Name == f[1]
		}
		if !found {
			t.Errorf("%s: finds no holder named %s", f[0], f[1])
		}
		// With another word it is someone else's name ("Jokowi Kestrel").
		for _, h := range FindWords([]string{strings.ToLower(f[0]), "kestrelvane"}, time.Time{}) {
			if h.Name == f[1] {
				t.Errorf("%s with another word found %s", f[0], f[1])
			}
		}
	}
	if n == 0 {
		t.Error("no public name checked")
	}
}
