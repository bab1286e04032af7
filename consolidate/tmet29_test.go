package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestTailNotCompared29 checks that the words a sentence adds after a
// metric (joined by accord.MetricTail: the object or purpose as written)
// neither join two commitments the metrics alone keep apart nor part a
// restatement the metrics alone join: the record compares metrics as it
// always has. Names and figures invented.
func TestTailNotCompared29(t *testing.T) {
	tail := func(m, t string) string { return m + accord.MetricTail + t }
	tests := []struct {
		name string
		a, b ct.T
		want int
	}{
		{"two undated grants of one size, one purpose written after each",
			ct.T{Metric: tail("grant", "to Kestrel for rural schools"), Value: 1e6, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: tail("new grant", "to Kestrel for rural schools"), Value: 1e6, Unit: "USD", Holders: []string{"AA"}}, 2},
		{"a head named only in the other's purpose",
			ct.T{Metric: "make county budget processes", Value: 5e5, Unit: "USD", Holders: []string{"AA"}},
			ct.T{Metric: tail("provision for Fiscal Integrity Program", "to make county budget processes"), Value: 5e5, Unit: "USD", Holders: []string{"AA"}}, 2},
		{"one dated sum, its purpose written in one article only",
			ct.T{Metric: tail("humanitarian assistance", "to Kestrel to rebuild schools"), Value: 3e6, Unit: "USD", Deadline: "2027", Holders: []string{"AA"}},
			ct.T{Metric: "humanitarian assistance", Value: 3e6, Unit: "USD", Deadline: "2027", Holders: []string{"AA"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := buildTwo(tt.a, tt.b)
			if len(rec.Targets) != tt.want {
				t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tt.want, rec.Targets)
			}
		})
	}
}
