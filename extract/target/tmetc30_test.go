package target

import (
	"strings"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestMetricFrontedAndModified30 checks two places where the words a reader
// names a sum by stand outside the phrase the metric is read from: a
// clause opening the sentence ("In response to the earthquake in C, …
// provide $N"; "To help C rebuild …, B will provide £N") and an object
// after the sum behind an adjective ("the drawdown of up to $N in
// additional security assistance for C"). Names and figures invented.
func TestMetricFrontedAndModified30(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"In response to the earthquake in Zembla, the United States has decided to provide $3 million through international organizations.", "earthquake"},
		{"To help Zembla rebuild its flooded schools, the United States will provide $7 million through local partners.", "schools"},
		{"The United States authorized the drawdown of up to $600 million in additional security assistance for Zembla.", "security assistance"},
		{"The President authorized a further drawdown of up to $300 million in additional security assistance.", "security assistance"},
	} {
		metricsHold(t, c.text, c.want)
	}
}

// TestMetricFrontedGuard30 checks that an opening clause holding a figure
// or a date is not taken as what the money answers, nor given to a second
// sum, and that "in order to" is no object. Names invented.
func TestMetricFrontedGuard30(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"In response to the 2024 appeal, the United States will provide $9 million in food aid to Zembla.", "appeal"},
		// The clause serves the first sum, not a baseline named after it.
		{"To deliver on our pledges under the Coral Partnership, the Government is providing an additional $1.1 billion, on top of the baseline annual aid budget of $4 billion.", "Coral"},
		// "in order to support": no added modifier, no object.
		{"The Government of Zembla decided to provide the aid worth up to 1 billion yen in order to support the victims of the floods.", "order"},
	} {
		got := ExtractIn("a1", c.text, sentence.Split(c.text), "2025-06-17", []string{"US", "ZM"}, Context{})
		for _, g := range got {
			if c.not == "Coral" && g.Value != 4e9 {
				continue
			}
			if strings.Contains(g.Metric, c.not) {
				t.Errorf("metric %q holds %q", g.Metric, c.not)
			}
		}
	}
}

// TestMetricPastSource30 checks that a named source between the sum (or
// its metric) and the purpose is passed like a channel ("a $N disbursement
// from the Zembla Development Finance Corporation to support …"), and that
// a name after "in the" is an object ("a $N equity investment in the
// Marrow Rivers Fund IV"). Names and figures invented.
func TestMetricPastSource30(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The President announced a $12.5 million disbursement from the Zembla Development Finance Corporation to support microfinance loans.", "microfinance loans"},
		{"We also welcome a new $90 million commitment from the Coral Health Network to address cervical cancer in Zembla.", "cervical cancer"},
		{"In September, the Corporation committed a $12 million equity investment in the Marrow Rivers Fund IV, which will support small businesses.", "Marrow Rivers Fund"},
	} {
		metricsHold(t, c.text, c.want)
	}
}

// metricsHold checks that text gives a target and that every target's
// metric holds want.
func metricsHold(t *testing.T, text, want string) {
	t.Helper()
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"US", "ZM"}, Context{})
	if len(got) == 0 {
		t.Errorf("no target: %q", text)
		return
	}
	for _, g := range got {
		if !strings.Contains(g.Metric, want) {
			t.Errorf("metric %q, want it to hold %q", g.Metric, want)
		}
	}
}
