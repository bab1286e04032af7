package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestSetOffSum35d checks that a bare ", up to N," set apart after the
// funding it sizes, closed by a comma or a dash, is read as that funding
// with its purpose after the sum, held by the speaker. Names and figures
// invented.
func TestSetOffSum35d(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"closed by a comma, purpose after", "EU", true, []string{"EU"},
			"The Commission will set up a new common instrument, up to €42 billion, to support member states in building rail links.",
			[]accord.Target{{Metric: "common instrument\u00a0to support member states", Value: 42e9, Unit: "EUR", Comparator: "lte", Holders: []string{"EU"}}}},
		{"closed by a dash", "NO", true, []string{"NO", "KE"},
			"Norway will set up a guarantee facility — up to $300 million — to help Kenyan farmers reach new markets.",
			[]accord.Target{{Metric: "guarantee facility\u00a0to help Kenyan farmers", Value: 3e8, Unit: "USD", Comparator: "lte", Holders: []string{"NO"}}}},
	})
}

// TestSetOffSumGuard35d checks what the set-off reading leaves alone: a
// sum between commas without "up to" (as often one of a list) and a
// finished disbursement. Names and figures invented.
func TestSetOffSumGuard35d(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"no up to", "EU", true, []string{"EU"},
			"The Commission will set up a new common instrument, €42 billion, to support member states in building rail links.",
			nil},
		{"since: a report", "EU", true, []string{"EU"},
			"Since 2019 the Commission has paid out a common instrument, up to €42 billion, to support member states in building rail links.",
			nil},
	})
}

// TestMakingAvailable35d checks that a government's present "is making N
// available" (either order) gives the sum as "is providing" does, and that
// a report of what was made available stays none. Names and figures
// invented.
func TestMakingAvailable35d(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"is making N available for", "DE", true, []string{"DE", "RS"},
			"Germany is making two million euros available for humanitarian relief in Serbia.",
			[]accord.Target{{Metric: "provision for humanitarian relief", Value: 2e6, Unit: "EUR", Comparator: "eq", Holders: []string{"DE"}}}},
		{"is making available N for", "DE", true, []string{"DE", "RS"},
			"Germany is making available two million euros for humanitarian relief in Serbia.",
			[]accord.Target{{Metric: "provision for humanitarian relief", Value: 2e6, Unit: "EUR", Comparator: "eq", Holders: []string{"DE"}}}},
		{"we are making available N to", "NO", true, []string{"NO", "KE"},
			"We are making available NOK 40 million to the Red Cross for drought relief in Kenya.",
			[]accord.Target{{Metric: "provision", Value: 4e7, Unit: "NOK", Comparator: "eq", Holders: []string{"NO"}}}},
		{"is making progress: no gift", "DE", true, []string{"DE", "RS"},
			"Germany is making progress on the two million euros project in Serbia.",
			nil},
		{"has made available: a report", "DE", true, []string{"DE", "RS"},
			"So far this year Germany has made available a total of two million euros for humanitarian relief in Serbia.",
			nil},
	})
}
