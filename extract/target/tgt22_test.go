package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestDuration22 checks that a sum given over a span of years from now
// carries the period from the year it is stated ("over the next three
// years" in 2025: 2025-2028), and a sum given by the year the period
// "annual" (names and sums invented; runSourcedTargets publishes 2025).
func TestDuration22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"over the next N years", "CL", true, []string{"CL"},
			"Chile will invest US$12 billion in Acme over the next three years.",
			[]accord.Target{{Metric: "investment", Value: 12e9, Unit: "USD", Comparator: "eq", Period: "2025-2028", Holders: []string{"CL"}}}},
		{"over N years, no next", "CL", true, []string{"CL"},
			"Chile will provide US$3.5 million over five years to support digital training in the region.",
			[]accord.Target{{Metric: "digital training", Value: 3.5e6, Unit: "USD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
		{"for N years", "CL", true, []string{"CL"},
			"Chile will provide US$40 million for four years to the Acme Fund.",
			[]accord.Target{{Metric: "Acme", Value: 40e6, Unit: "USD", Comparator: "eq", Period: "2025-2029", Holders: []string{"CL"}}}},
		{"a fronted span", "CL", true, []string{"CL"},
			"Over the next five years, Chile will invest US$600 million in clean ports.",
			[]accord.Target{{Metric: "investment in clean ports", Value: 600e6, Unit: "USD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
		{"a multiplier over a span", "CL", true, []string{"CL"},
			"Chile will quadruple clean energy research funding over the next four years.",
			[]accord.Target{{Metric: "clean energy research funding", Value: 4, Unit: "times", Comparator: "eq", Period: "2025-2029", Holders: []string{"CL"}}}},
		{"a five-year period", "CL", true, []string{"CL"},
			"Chile will provide US$25 million over a five-year period for wetland restoration.",
			[]accord.Target{{Metric: "provision", Value: 25e6, Unit: "USD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
		{"a sum by the year", "CL", true, []string{"CL", "PE"},
			"Chile will keep up its support for Peru, on top of the US$2 billion a year for as long as needed confirmed by the President in May.",
			[]accord.Target{{Metric: "support", Value: 2e9, Unit: "USD", Comparator: "eq", Period: "annual", Holders: []string{"CL"}}}},
		// A bare span of a pledge made before does not start this year.
		{"a pledge made before", "CL", true, []string{"CL", "PE"},
			"At the Summit, Chile pledged to invest US$9 billion in Peru over three years.",
			[]accord.Target{{Metric: "investment", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"the next year is no period of years", "CL", true, []string{"CL"},
			"Chile plans to invest US$27 million over the next year in malaria control.",
			[]accord.Target{{Metric: "malaria control", Value: 27e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"for a year is not annual", "CL", true, []string{"CL"},
			"Chile will provide US$30 million for a year to the Acme Fund.",
			[]accord.Target{{Metric: "Acme", Value: 30e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
	})
}

// TestYearAdjective22 checks a span written as the adjective of what a sum
// buys, beside the sum (names and sums invented).
func TestYearAdjective22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a five-year, sum programme", "CL", true, []string{"CL"},
			"Chile will launch a five-year, US$50 million programme for coastal schools.",
			[]accord.Target{{Metric: "programme", Value: 50e6, Unit: "USD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
	})
}

// TestHolders22 checks who gives a sum when the sentence names other
// countries around it (names and sums invented).
func TestHolders22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		// Countries in brackets after the amount spell out the ones it
		// goes to; the subject's government gives.
		{"a bracketed list of recipients", "US", true, []string{"US", "PG", "FM", "PW"},
			"In line with this announcement, the Administration will provide an additional $48 million in development assistance across the region and additional bilateral support for Papua New Guinea and the Associated States (the Federated States of Micronesia and the Republic of Palau).",
			[]accord.Target{{Metric: "development assistance", Value: 48e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		// A country's government named before the funding noun gives it,
		// whoever the sentence names as subject afterwards.
		{"a government's commitments in an aside", "US", true, []string{"PE", "US"},
			"Building on the investments announced during the Vice President’s trip to Chile earlier this year—including more than $5 billion in private sector commitments and $3 billion in U.S. government commitments—the Vice President and Peru's President discussed how to expand clean energy.",
			[]accord.Target{{Metric: "government commitments", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		// Money through a country's own programme is that country's.
		{"through a country's programme", "", false, []string{"AR", "PE", "CL"},
			"Promoting workforce opportunities in Peru through Chile's Acme Skills program, an 18-month, US$410,000 activity to train technicians;",
			[]accord.Target{{Metric: "program", Value: 410e3, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
	})
}

// TestMultilateral22 checks that a lender of many states committing a sum
// as subject, or owning the goal, leaves no country holding it; as the
// recipient it changes nothing (names and sums invented).
func TestMultilateral22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a development bank as subject", "US", true, []string{"US", "KE"},
			"• The African Development Bank is announcing its intention to finance $240 million across four irrigation projects in the region.",
			nil},
		{"a fund's subject after an opening phrase", "US", true, []string{"US", "KE"},
			"With strong support from the United States, the IMF has raised Kenya's program financing to $3.1 billion over three years.",
			nil},
		{"the bank's own goal", "US", true, []string{"US", "KE"},
			"The platform will ease access to guarantees, supported by the World Bank’s goal of doubling annual guarantee issuance to $14 billion by 2031.",
			nil},
		{"the bank as recipient", "US", true, []string{"US", "KE"},
			"USAID will provide $12 million in support to the African Development Bank's fertilizer facility.",
			[]accord.Target{{Metric: "support", Value: 12e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"a country beside the bank", "US", true, []string{"US", "KE"},
			"Kenya and the World Bank will provide $30 million for rural roads.",
			[]accord.Target{{Metric: "rural roads", Value: 30e6, Unit: "USD", Comparator: "eq", Holders: []string{"KE"}}}},
	})
}

// TestMultilateralThenCountry22 checks that a country committing a later
// sum of the sentence holds it, after a bank's own sum.
func TestMultilateralThenCountry22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a country's further sum", "US", true, []string{"US", "IT", "KE"},
			"The African Development Bank subsequently committed $300 million toward the project and, today, Italy committed a further $120 million.",
			[]accord.Target{{Metric: "", Value: 120e6, Unit: "USD", Comparator: "eq", Holders: []string{"IT"}}}},
	})
}

// TestMultilateralRelative22 checks that a sum in a relative clause after a
// fund's own sum is not the fund's.
func TestMultilateralRelative22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a relative clause's sum", "US", true, []string{"US", "KE"},
			"The Global Fund will procure up to $60 million in test kits, which would be linked to $15 million of Acme Recovery Act funds that USAID plans to use in 2027.",
			[]accord.Target{{Metric: "funds", Value: 15e6, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"US"}}}},
	})
}

// TestPastSums22 checks that sums done before ("in prior investments",
// "has leveraged") and results shown ("proven to reduce … by 40%") are no
// targets, while a prior commitment still restated and "prior to" as a time
// stay (names and sums invented).
func TestPastSums22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"prior investments", "US", true, []string{"US", "KE"},
			"The compact will build on the Acme Corporation's $415 million in prior investments in Kenya to improve water infrastructure.",
			nil},
		{"a result shown", "US", true, []string{"US"},
			"Outreach programs are a key piece of the plan, with some programs proven to reduce violence by close to 40%.",
			nil},
		{"a sum leveraged", "US", true, []string{"US", "KE"},
			"The U.S. Government's initial seed funding of $12 million has leveraged an additional $30 million from 9 governments and firms.",
			nil},
		{"a sum invested", "US", true, []string{"US"},
			"• The Department of Energy, in collaboration with the Government of Acme State, invested close to $6 million to launch a battery test facility.",
			nil},
		{"a result helped", "US", true, []string{"US"},
			"In 2027 alone, the agency's program helped unlock more than $400 million in financing for 12 priority projects across the region.",
			nil},
		{"a need", "US", true, []string{"US", "KE"},
			"In order to reach the development goals by 2031, the region will need 2.4 million additional nurses, the majority of whom will be women.",
			nil},
		{"the size of a need", "US", true, []string{"US", "CL"},
			"The leaders agreed to launch the Acme Bridge partnership, led by major democracies to help narrow the $12+ trillion infrastructure need in the developing world.",
			nil},
		{"money against a gap", "US", true, []string{"US", "KE"},
			"• Fiber in Kenya: At the summit, USTDA announced $1.4 million to address Kenya’s internet affordability gap.",
			[]accord.Target{{Metric: "affordability gap", Value: 1.4e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"prior to as a time", "CA", true, []string{"CA", "US"},
			"Canada will invest CAD $4 billion in the northern bases, which should be in place prior to the arrival of the new aircraft.",
			[]accord.Target{{Metric: "northern bases", Value: 4e9, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
	})
}

// TestBudgetRequest22 checks that a sum a government has requested in its
// budget, the second of a sentence, is a commitment named by the request,
// not by the budget (names and sums invented).
func TestBudgetRequest22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a further sum requested in a budget", "US", true, []string{"US", "KE"},
			"The United States plans to invest $210 million in appropriated resources in Kenya, and has requested an additional $185 million in the President’s FY 2027 Budget, subject to the availability of appropriations.",
			[]accord.Target{
				{Metric: "appropriated resources", Value: 210e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "budget request", Value: 185e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
	})
}

// TestInvestmentVehicle22 checks a sum put in an investment vehicle that a
// trade fact sheet gives without a verb of commitment: the vehicle is a
// funding instrument, its name keeps its slash, and the demonym before it
// names the investor (names and sums invented).
func TestInvestmentVehicle22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a vehicle with a slash", "US", true, []string{"US", "CL"},
			"• With over $300 billion in a new Chilean/USA investment vehicle and enhanced access for American exports, this agreement marks a new chapter in bilateral cooperation.",
			[]accord.Target{{Metric: "investment vehicle", Value: 300e9, Unit: "USD", Comparator: "gte", Holders: []string{"CL"}}}},
	})
}

// TestSpanFromPastYear22 checks that a span of years ahead stated in an
// opening past year counts from that year (names and sums invented).
func TestSpanFromPastYear22(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a fronted past year", "US", true, []string{"US", "KE"},
			"• Food Security in Kenya: In 2022, the Acme Finance Agency announced a goal of investing $2 billion in food projects over the next five years.",
			[]accord.Target{{Metric: "food projects", Value: 2e9, Unit: "USD", Comparator: "eq", Period: "2022-2027", Holders: []string{"US"}}}},
	})
}
