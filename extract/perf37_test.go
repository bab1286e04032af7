package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord/extract/sentence"
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

// Every flag answers for a doc's tokens as its set does, and the flags that
// join several sets answer as those sets asked one after another: the rules
// that ask a flag instead of the sets (mealTriggers, hostWelcomes,
// groupPressSentence) then read the same words.
func TestFlagsAnswerAsSets(t *testing.T) {
	x := newX(t)
	lx := x.lx
	unions := map[uint64][]set{
		fMealHost:        {lx.mealHostVerbs, lx.mealHostFuture},
		fMealParticiples: {lx.mealParticiples},
		fHostWelcome:     {{"welcome": true, "welcoming": true}, lx.hostGreetVerbs, lx.hostHereVerbs, lx.hostHaveVerbs},
		fStatementWords:  {lx.statementWords},
		fSideline:        {lx.sideline},
		fThanks:          {lx.thanks},
		fLegTrips:        {lx.legTrips},
		fInvite:          {lx.invite},
		fFuture:          {lx.future},
		fTripWords:       {lx.tripWords},
	}
	for f, sets := range unions {
		for _, s := range sets {
			if len(s) == 0 {
				t.Errorf("flag %b: an empty set (knowledge not loaded?)", f)
			}
		}
	}
	cases := []string{
		"President Amara Tolu hosted a dinner for Prime Minister Beno Kaso. A banquet was hosted in his honour.",
		"The leaders made press statements. I welcome you to Valdoria; we are glad to greet you here.",
		"Minister Ilsa Verano will host a luncheon. We have welcomed the delegation and welcoming remarks followed.",
		"On the sidelines of the summit, she thanked him for the invitation; they will meet on the second leg of the tour.",
	}
	checked := 0
	for _, text := range perf37Texts(t, cases) {
		d := lx.newDoc(text, sentence.Split(text), time.Time{})
		for i := range d.toks {
			tk := &d.toks[i]
			for b := range nFlags {
				if got, want := lx.is(tk, 1<<b), lx.flagSets[b][tk.fold]; got != want {
					t.Fatalf("flag %d, token %q: is %v, set %v", b, tk.fold, got, want)
				}
			}
			for f, sets := range unions {
				want := false
				for _, s := range sets {
					want = want || s[tk.fold]
				}
				if got := lx.is(tk, f); got != want {
					t.Fatalf("flag %b, token %q: is %v, sets %v", f, tk.fold, got, want)
				}
			}
			checked++
		}
		d.release()
	}
	if checked < 50 {
		t.Errorf("only %d tokens checked", checked)
	}
}
