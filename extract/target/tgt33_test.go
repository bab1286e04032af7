package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestRecipientListItem33 checks that a country listed after a
// preposition is where the money goes even when the list runs past an
// item with an article or a name the reading does not know ("in Chad,
// Mali, the Central African Republic, Somalia and Yemen"): the donor of
// the article holds it, not the listed country (session 33, from unseen
// aid releases of gov.uk copies and others). Names and figures invented.
func TestRecipientListItem33(t *testing.T) {
	gb := func(metric string, v float64) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"list item with an article", "", false, []string{"GB"},
			"Britain will provide £40 million in humanitarian aid. A further £18 million will support aid programmes in Chad, Mali, the Central African Republic, Somalia, and Yemen.",
			[]accord.Target{gb("humanitarian aid", 40e6), gb("aid programmes", 18e6)}},
		{"list item with an article, last", "", false, []string{"GB"},
			"Britain will provide £40 million in humanitarian aid. A further £18 million will support aid programmes in Chad, Mali, and the Central African Republic.",
			[]accord.Target{gb("humanitarian aid", 40e6), gb("aid programmes", 18e6)}},
	})
}

// TestRecipientListSubjectStays33 guards the rule above: a country after
// a comma that a verb follows is a subject, whatever precedes it.
func TestRecipientListSubjectStays33(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"subject after an opening place", "", false, []string{"CL", "TH"},
			"At the summit in Bangkok, Chile will provide US$5 million for flood relief.",
			[]accord.Target{{Metric: "flood relief", Value: 5e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
	})
}

// TestPossessorEndingInS33 checks that a country whose name ends in "s"
// and takes only an apostrophe ("the United States' $210 million") is the
// possessor of the sum, as "Japan's $10 million" is, not the recipient
// the sentence starts with (session 33, from an unseen Daily Post page).
func TestPossessorEndingInS33(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the United States' sum", "", false, []string{"US"},
			"Chad will benefit from the United States' $210 million in humanitarian assistance.",
			[]accord.Target{{Metric: "humanitarian assistance", Value: 210e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"the United States' pledge after a subject", "", false, []string{"US", "TD"},
			"Chad welcomed the United States' $210 million in humanitarian assistance.",
			[]accord.Target{{Metric: "humanitarian assistance", Value: 210e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}
