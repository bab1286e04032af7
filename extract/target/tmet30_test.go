package target

import (
	"strings"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestMetricHost30 checks three forms where the words that name what a sum
// is for stand outside the phrase the metric is read from: a sum in
// brackets after the phrase it totals ("exchanged notes concerning the
// provision of yen loans related to seven projects (total loan provision of
// up to N yen)"); a sum a thing "would increase to" ("Official Development
// Assistance to C would increase to an estimated N"); and an adverb between
// the sum and its object ("another $N directly to the government in a new
// munitions package"). Names and figures invented.
func TestMetricHost30(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"bracketed total after its host phrase", "", []string{"JP", "ZM"},
			"On March 19, the Ambassador of Japan to Zembla and the Secretary of Finance of Zembla exchanged notes in Lusaka concerning the provision of yen loans related to seven projects (total loan provision of up to 312.258 billion yen).",
			[]string{"yen loans", "seven projects"}, []string{"JP"}, ""},
		{"subject of would increase to", "", []string{"AU", "ZM"},
			"Minister Ruiz announced that Australia's Official Development Assistance to Zembla would increase to an estimated A$89.9 million in 2023-2024 to support programs including education and training.",
			[]string{"Official Development Assistance", "Zembla"}, []string{"AU"}, ""},
	})
	// Two sums of one sentence: the second's object past its adverb.
	text := "The United States plans to send $2.2 billion in long-term military aid to Zembla and 18 other countries, and another $675 million directly to the Zembla government in a new munitions package to fight the invasion."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"US", "ZM"}, Context{})
	found := false
	for _, g := range got {
		if g.Value == 675e6 {
			found = true
			if !strings.Contains(g.Metric, "munitions package") {
				t.Errorf("metric %q, want it to hold %q", g.Metric, "munitions package")
			}
		}
	}
	if !found {
		t.Errorf("no target of $675 million: %+v", got)
	}
}

// TestMetricInResponseTo checks that "in response to" an event names what
// aid answers, kept in the metric's words: "Emergency Grant Aid … to C in
// response to the outbreak of D" (names invented).
func TestMetricInResponseTo(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"in response to", "", []string{"JP", "SL"},
			"The Government of Japan has decided to extend Emergency Grant Aid of 5 million US dollars to Sierra Leone in response to the outbreak of Zembla fever.",
			[]string{"Emergency Grant Aid", "outbreak of Zembla fever"}, []string{"JP"}, ""},
	})
}
