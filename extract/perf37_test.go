package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

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
		fArrival:         {lx.arrivalVerbs},
		fReach:           {lx.reachVerbs},
		fLead:            {lx.delegationLed, lx.delegationLeading},
		fBlocAttendVerbs: {lx.blocAttendVerbs},
		fOfficeJoins:     {lx.officeJoins},
		fVisitEnds:       {lx.visitEnds},
		fPreviewTravel:   {lx.previewTravel},
		fDelegation:      {lx.delegation},
		fSeparateAdverbs: {lx.separateAdverbs},
		fTopicCues:       {lx.topicCues},
		fMonth:           {keySet(lx.months)},
		fWeekday:         {keySet(lx.weekdays)},
	}
	// A month's number is never 0: "months[f] > 0" is f's being a key.
	for m, n := range lx.months {
		if n <= 0 {
			t.Errorf("month %q numbered %d", m, n)
		}
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

// stayLengthIn answers as stayLength over the whole lower-case text.
func TestStayLengthInAsRegexp(t *testing.T) {
	cases := []string{
		"a three-day visit", "for two days", "several days", "a 2-day trip", "a 12-day tour", "a 21-day tour",
		"days before", "often days", "the ten-days", "a ten-dayx", "x5 days", "tenfold days", "é5 days", "five days_",
		"a fİve-day visit", "few day", "seven-daylong", "nine_days", "_two days", "one day", "a 19 days", "110 days",
		"", "day", " day", "2 day", "two-days.", "x-day", "several-day", "kilometre 9 days",
	}
	hits := 0
	for _, s := range perf37Texts(t, cases) {
		lower := strings.ToLower(s)
		want := stayLength.MatchString(lower)
		if got := stayLengthIn(lower); got != want {
			t.Errorf("stayLengthIn(%.60q) = %v, the regexp %v", s, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 10 {
		t.Errorf("only %d texts match: the check reads too few", hits)
	}
}

// attendanceAt reads a phrase by its first word as the whole list did.
func TestAttendanceByFirstWord(t *testing.T) {
	x := newX(t)
	lx := x.lx
	slow := func(d *doc, k, to int) int {
		if !lx.is(&d.toks[k], fPartsFirst) {
			return -1
		}
		for _, l := range lx.parts.attendance {
			if k+len(l) > to {
				continue
			}
			ok := true
			for n, w := range l {
				if ok = w == "*" && d.toks[k+n].word || d.toks[k+n].fold == w; !ok {
					break
				}
			}
			if ok {
				return k + len(l)
			}
		}
		return -1
	}
	n := 0
	for _, l := range lx.parts.attendance {
		n += len(l)
	}
	cases := []string{
		"The meeting was attended by Minister Ilsa Verano and on the Valdorian side by Beno Kaso.",
		"Also present were the ambassadors; taking part in the talks were A and B. Accompanied by C, she met D.",
	}
	found := 0
	for _, text := range perf37Texts(t, cases) {
		d := lx.newDoc(text, sentence.Split(text), time.Time{})
		for s := range d.sents {
			from, to := d.sentToks(s)
			for k := from; k < to; k++ {
				want := slow(d, k, to)
				if got := d.attendanceAt(k, to); got != want {
					t.Fatalf("attendanceAt at %q: %d, the list gives %d", d.toks[k].text, got, want)
				}
				if want >= 0 {
					found++
				}
			}
		}
		d.release()
	}
	if found < 20 || n == 0 {
		t.Errorf("only %d phrases found", found)
	}
}

// innerCapital is false only for words where splitGlued's rune loop finds
// no cut: no upper-case rune after a lower-case one.
func TestInnerCapitalGuardsSplitGlued(t *testing.T) {
	cutAt := func(w string) bool {
		prevLower := false
		for _, r := range w {
			if unicode.IsUpper(r) && prevLower {
				return true
			}
			prevLower = unicode.IsLower(r)
		}
		return false
	}
	cases := []string{"PrimeMinister", "NewZealand", "McDonald", "President", "Président", "ÉtatsUnis", "ÖsterReich", "Abc", "aBc", "x", ""}
	for _, text := range perf37Texts(t, cases) {
		for _, w := range strings.Fields(text) {
			if cutAt(w) && !innerCapital(w) {
				t.Fatalf("innerCapital(%q) false, the rune loop cuts it", w)
			}
		}
	}
}
