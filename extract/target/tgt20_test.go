package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestTargets20 checks the rules of session 20 from the pooled target
// misses of every development reference (names and sums invented).
func TestTargets20(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		// The level a change starts from, however hedged ("from just under
		// one per cent"), is where it stands, not the goal.
		{"a hedged baseline", "CL", true, []string{"CL"},
			"This will raise Chile's defence spending from just under one per cent of GDP to more than three per cent within six years.",
			// (Session 28: the level measures what its baseline does, defence
			// spending, as the references name it, not "GDP".)
			[]accord.Target{{Metric: "defence spending", Value: 3, Unit: "percent", Comparator: "gte", Holders: []string{"CL"}}}},
		// "half a billion" is half of a billion.
		{"half a billion", "CL", true, []string{"CL", "US"},
			"Chile will donate half a billion doses of vaccine to the world.",
			[]accord.Target{{Metric: "doses", Value: 5e8, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		// A bloc's combined GDP and two economies' investment stocks are
		// sizes, not goals.
		{"a bloc's combined GDP", "GB", true, []string{"GB", "JP"},
			"Reflecting on the UK's accession to the Comprehensive and Progressive Agreement for Acme Partnership (CPAP), a free trade bloc with a combined GDP of £7 trillion, the Prime Minister said it would boost trade.",
			nil},
		{"investment stocks", "US", true, []string{"US", "CL"},
			"The United States and Chile share a close economic relationship, supported by mutual investment stocks exceeding $3 trillion, and intend to promote mutual investment.",
			nil},
		// A phrase fronted before the subject says how; the verb names
		// the sum.
		{"a fronted phrase of means", "CL", true, []string{"CL"},
			"Through public and private investments, the Acme Bridge is expected to mobilise up to US$200 billion by 2029.",
			[]accord.Target{{Metric: "mobilisation", Value: 200e9, Unit: "USD", Comparator: "lte", Deadline: "2029", Holders: []string{"CL"}}}},
		{"an infinitive of purpose is no fronted phrase", "US", true, []string{"US", "CL"},
			"To support this effort, the United States is investing over $40 million in FY 2026 for development assistance to Chile.",
			[]accord.Target{{Metric: "support", Value: 40e6, Unit: "USD", Comparator: "gte", Deadline: "2026", Holders: []string{"US"}}}},
		// A share a helping verb's object is to reach is that country's
		// goal, whoever pays for the help; the money stays the giver's.
		{"a share the helped country reaches", "US", true, []string{"US", "CL"},
			"We're also investing nearly $3 billion more in the region for solar energy projects that will help Chile generate 65 percent of its clean energy by 2027 — 65 percent.",
			[]accord.Target{
				// (read since session 34: "we're investing" as "we are investing")
				{Metric: "investment in region", Value: 3e9, Unit: "USD", Comparator: "approx", Holders: []string{"US"}},
				{Metric: "clean energy", Value: 65, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"CL"}},
			}},
		{"the giver's money to help", "US", true, []string{"US", "CL"},
			"The United States will provide $40 million to help Chile reach 65 percent clean power by 2027.",
			[]accord.Target{
				{Metric: "provision", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "clean power", Value: 65, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"CL"}},
			}},
		// Trade between the pair is both sides' level, whichever side
		// states it; one side's exports or total trade stay its own.
		{"pair trade stated by one side", "VN", true, []string{"NZ", "VN"},
			"New Zealand committed to bolster the trade revenue to US$4 billion in 2027.",
			[]accord.Target{{Metric: "trade revenue", Value: 4e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"NZ", "VN"}}}},
		{"one side's total trade", "VN", true, []string{"NZ", "VN"},
			"Viet Nam aims to raise its total trade to US$1,200 billion by 2030.",
			[]accord.Target{{Metric: "trade", Value: 1.2e12, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"VN"}}}},
		{"one side's exports", "VN", true, []string{"NZ", "VN"},
			"New Zealand aims to raise exports to US$4 billion by 2027.",
			[]accord.Target{{Metric: "exports", Value: 4e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"NZ"}}}},
		// The sum of a purchase of one country's goods given after them
		// ("U.S. aircraft, totaling …") is the buyer's, as their count is.
		{"the sum after the goods bought", "US", true, []string{"US", "CL"},
			"In addition, the United States and Chile take note of the forthcoming commercial deals between U.S. and Chilean companies, including:\n\n- Procurement of 45 U.S. aircraft, totaling $9.7 billion.",
			[]accord.Target{
				{Metric: "U.S. aircraft", Value: 45, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
				{Metric: "U.S. aircraft", Value: 9.7e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
	})
}
