package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestShareGoal34 checks that a share told with "account(s) for" is a goal
// when a deadline still ahead follows it ("so that renewables account for
// at least 52 percent of generation by 2030"), and that the old level
// after "up from the current planned share of" stays a baseline, not a
// second goal with the first's deadline (session 34, from JETP and energy
// plan releases). Names and figures invented.
func TestShareGoal34(t *testing.T) {
	pct := func(metric string, v float64, cmp, deadline, holder string) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: "percent", Comparator: cmp, Deadline: deadline, Holders: []string{holder}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"accounts for, so that", "", false, []string{"CL"},
			"The partnership will help Chile accelerate renewables so that renewable energy accounts for at least 52 percent of electricity generation by 2030.",
			[]accord.Target{pct("electricity generation", 52, "gte", "2030", "CL")}},
		{"account for, target", "", false, []string{"TG"},
			"Togo's target is for renewables to account for 40 per cent of power generation by 2030.",
			[]accord.Target{pct("power generation", 40, "eq", "2030", "TG")}},
		{"planned old level after up from", "", false, []string{"KE"},
			"Kenya will raise the share of renewables to 52 percent of electricity generation by 2030, up from the current planned generation share of 31 per cent.",
			[]accord.Target{pct("electricity generation", 52, "eq", "2030", "KE")}},
	})
}

// TestShareReportStays34 guards the rule above: a share with no deadline,
// or with a year already past, is a report.
func TestShareReportStays34(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"present share", "", false, []string{"CL"},
			"Renewable energy accounts for 38 percent of Chile's electricity generation.", nil},
		{"past year", "", false, []string{"CL"},
			"Renewable energy accounted for 38 percent of electricity generation by 2020.", nil},
	})
}

// TestAnnualHead34 checks that "annual" before the measure a sum sizes
// makes the sum yearly even when a span follows ("the annual bilateral
// trade target of 12 billion dollars within the next five years"): the
// span is when the level is to be reached, as in "$12 billion annually in
// the next five years", so both statements of one goal carry one period
// and can be joined (session 34, from a reference's restated trade goal
// and trade-goal pages). A bare "annual trade" keeps no period, and a
// span without "annual" stays a span. Figures invented.
func TestAnnualHead34(t *testing.T) {
	trade := func(per string) accord.Target {
		return accord.Target{Metric: "bilateral trade", Value: 12e9, Unit: "USD", Comparator: "eq", Period: per, Holders: []string{"CL", "PE"}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"annual target within five years", "", false, []string{"CL", "PE"},
			"Peru and Chile reaffirmed their resolve to achieve the annual bilateral trade target of 12 billion dollars within the next five years.",
			[]accord.Target{trade("annual")}},
		{"annually in five years", "", false, []string{"CL", "PE"},
			"Peru and Chile committed to increasing bilateral trade to $12 billion annually in the next five years.",
			[]accord.Target{trade("annual")}},
		{"a span without annual", "", false, []string{"CL", "PE"},
			"Peru and Chile reaffirmed their resolve to achieve the bilateral trade target of 12 billion dollars within the next five years.",
			[]accord.Target{trade("2025-2030")}},
	})
}

// TestHomeDollarParts34 checks that a list of bare "$" sums, each to its
// recipient, after a giver whose "$" is its own dollar (Canada, Australia)
// reads every part in that dollar, not the first alone (session 34, from
// Canadian aid releases; the same lists in "NOK" or "C$" were read whole).
// Figures invented.
func TestHomeDollarParts34(t *testing.T) {
	part := func(metric string, v float64, unit, holder string) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: unit, Comparator: "eq", Holders: []string{holder}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"Canadian dollars", "", false, []string{"CA", "NG", "SO", "YE"},
			"Canada will provide $27 million to Nigeria, $21 million to Somalia and $34 million to Yemen.",
			[]accord.Target{part("provision", 27e6, "CAD", "CA"), part("provision", 21e6, "CAD", "CA"), part("provision", 34e6, "CAD", "CA")}},
		{"Australian dollars", "", false, []string{"AU", "FJ", "TO"},
			"Australia will provide $27 million to Fiji and $21 million to Tonga.",
			[]accord.Target{part("provision", 27e6, "AUD", "AU"), part("provision", 21e6, "AUD", "AU")}},
		{"US dollars stay", "", false, []string{"NO", "TD", "ML"},
			"Norway will give $30 million to Chad and $20 million to Mali.",
			[]accord.Target{part("provision", 30e6, "USD", "NO"), part("provision", 20e6, "USD", "NO")}},
	})
}
