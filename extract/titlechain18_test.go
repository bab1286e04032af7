package extract

import (
	"slices"
	"testing"
)

// TestTitleChainStopsAtSentence18 checks that a title ending one sentence
// (a headline line "… to Fijian PM") does not join the title opening the
// next ("PM Lind appreciates …"): the next sentence's person keeps their
// own country.
func TestTitleChainStopsAtSentence18(t *testing.T) {
	x := newX(t)
	body := "PM Ana Lind presents reproductions of manuscripts to Fijian PM\n\nPM Ana Lind appreciates growing bilateral trade with Fiji\n\nThe Prime Minister, Shri Ana Lind, visited Fiji on 23 September 2015 and held bilateral talks with the Prime Minister of Fiji, Mr. Tomas Berg."
	f := x.Extract(article("PM's engagements in Suva", "2015-09-23", body))
	got := personCountries(f)
	if slices.Contains(got, "Ana Lind|FJ") {
		t.Errorf("persons %q: Ana Lind acts for Fiji", got)
	}
	if want := "talks 2015-09-23 Ana Lind+Tomas Berg"; !slices.Contains(engagementSummary(f), want) {
		t.Errorf("engagements %q, want %q", engagementSummary(f), want)
	}
}
