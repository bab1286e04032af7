package target

import (
	"strings"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestMetricObjectBefore29 checks that when nothing after the sum names
// what it is for, the metric keeps the object the clause names before the
// sum: the project of an exchange of notes on grant aid, the project a loan
// is extended for ("for the Y Project: up to N yen"), the programme a sum
// funds ("funding for the W Programme of $N"), the named initiative a sum
// sizes ("the A$N Pacific Z Initiative"). Names and figures invented.
func TestMetricObjectBefore29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"grant aid for a project, then the sum", "", []string{"JP", "VU"},
			"Japan will provide grant aid for the Project for the Improvement of Port Keel Harbour, of up to 1.5 billion yen.",
			[]string{"Port Keel Harbour"}, []string{"JP"}, ""},
		{"loan for a project, sum in brackets", "", []string{"JP"},
			"Japan will extend an ODA loan to Zembla for the Marrow River Bridge Construction Project (up to 30 billion yen).",
			[]string{"Marrow River Bridge"}, []string{"JP"}, ""},
		{"funding for a programme of a sum", "", []string{"GB"},
			"Britain announced funding for the Coastal Resilience Programme of $40 million.",
			[]string{"Coastal Resilience"}, []string{"GB"}, ""},
		{"a sum sizing a named initiative", "", []string{"AU"},
			"Australia will establish the A$50 million Pacific Reef Health Initiative.",
			[]string{"Reef Health"}, []string{"AU"}, ""},
	})
}

// TestMetricObjectBeforeLevel29 checks that a level written in another
// currency before the sum converted in brackets is not read as the sum's
// object. Names and figures invented.
func TestMetricObjectBeforeLevel29(t *testing.T) {
	text := "They agreed to raise bilateral trade to VNĐ30 billion (US$30 billion) in a more balanced manner."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"VN", "MY"}, Context{})
	if len(got) == 0 {
		t.Fatal("no target")
	}
	for _, g := range got {
		if strings.Contains(g.Metric, "VNĐ") {
			t.Errorf("metric %q holds the level", g.Metric)
		}
	}
}

// TestMetricObjectBeforeGuards29 checks what is not the sum's object
// before it: the content of a commitment ("to request"), the giver after
// "of", an object that stops before a clause ("and plans to invest"), the
// idiom "to the tune of". Names and figures invented.
func TestMetricObjectBeforeGuards29(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"President Adams reaffirmed his commitment to request $400 million from the Congress over five years to support the Verdant Fund.", "request"},
		{"Zembla is expanding the Coral Health Program with support of the Government of Zembla to ZMD 12 million.", "Government"},
		{"The partners decided to support Zembla with a loan package to the tune of 40 billion U.S. dollars by the end of this year.", "tune"},
	} {
		got := ExtractIn("a1", c.text, sentence.Split(c.text), "2025-06-17", []string{"US", "ZM"}, Context{})
		for _, g := range got {
			if strings.Contains(g.Metric, c.not) {
				t.Errorf("metric %q holds %q", g.Metric, c.not)
			}
		}
	}
}
