package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// TestStartIsLight: a run that only reads (accord timeline, brief, actor)
// does not pay at its start for tables only extraction uses. The package
// initialisers of the whole program allocate a few MB; go-dateparser's
// locale tables (80 MB, 290 ms of CPU, under go-htmldate) are built on
// first use (third_party/go-dateparser/ACCORD.md), and gomoji's emoji table
// (1 MB and 4.5 ms, under go-trafilatura) too (third_party/gomoji): no
// package's initialiser allocates half a megabyte.
func TestStartIsLight(t *testing.T) {
	cmd := exec.Command(bin, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("accord version: %v\n%s", err, out)
	}
	// init PACKAGE @T ms, C ms clock, B bytes, A allocs
	line := regexp.MustCompile(`(?m)^init (\S+) @\S+ ms, \S+ ms clock, (\d+) bytes`)
	total, heaviest, most := 0, "", 0
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		total += n
		if n > most {
			heaviest, most = m[1], n
		}
	}
	if total == 0 {
		t.Fatalf("no init trace in:\n%s", out)
	}
	const limit, each = 4 << 20, 512 << 10
	if total > limit || most > each {
		t.Errorf("package initialisers allocate %d bytes (at most %d), %s %d (at most %d)", total, limit, heaviest, most, each)
	}
}
