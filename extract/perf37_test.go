package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// perf37Texts are the texts the fast paths of perf37 are checked on: the
// invented cases below, and the White House corpus when it is beside the
// project.
func perf37Texts(t *testing.T, cases []string) []string {
	files, _ := filepath.Glob("../../shared/corpus/whitehouse/*/*/*.md")
	out := append([]string(nil), cases...)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// oneDayWord is a pre-check of oneDayStay: whenever the regexp matches the
// lower-case text, the bytes pass.
func TestOneDayWordGuardsRegexp(t *testing.T) {
	cases := []string{
		"a day-long visit", "A DAY-LONG visit", "a Daylong trip", "a one-day visit", "the One-Day Summit",
		"a single-day trip", "SINGLE-DAY", "daylong", "x-day", "today and Tuesday", "days-long talks",
		"the day long", "a day–long visit", "a ONE-DAY", "a dAy-LoNg", "İstanbul one-day", "ԁay-long",
		"", "day", "-day", "dayl", "daylon", "day-lon", "day-longer", "holiday-long",
	}
	hits := 0
	for _, s := range perf37Texts(t, cases) {
		want := oneDayStay.MatchString(strings.ToLower(s))
		if want && !oneDayWord(s) {
			t.Errorf("oneDayWord(%.60q) false, the regexp matches", s)
		}
		if want {
			hits++
		}
	}
	if hits < 8 {
		t.Errorf("only %d texts match the regexp: the check reads too few", hits)
	}
}
