package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestJointFlow27 checks the holders of money named flowing "from A to B":
// the giver's when the giver's side alone states it, both sides' when the
// two sides set the goal together (a joint subject, "both sides", "their
// decision"), and a company's flow its country's, whoever welcomes it.
// Names and figures invented.
func TestJointFlow27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"both sides' decision on a one-way flow", "PE", true, []string{"PE", "CL"},
			"The two Prime Ministers agreed that both sides should work jointly towards implementing their decision to have 3 trillion yen in public and private investment and financing from Chile to Peru in the next five years.",
			[]accord.Target{{Metric: "public and private investment", Value: 3e12, Unit: "JPY", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL", "PE"}}}},
		{"the two leaders' intention", "CL", true, []string{"CL", "PE"},
			"The two leaders expressed their intention to realize 2 trillion yen of public and private investment and financing from Chile to Peru in the next five years.",
			[]accord.Target{{Metric: "public and private investment", Value: 2e12, Unit: "JPY", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL", "PE"}}}},
		{"the giver's leader alone", "PE", true, []string{"PE", "CL"},
			"Prime Minister Rivas expressed Chile's intention to realize 2 trillion yen of public and private investment and financing from Chile to Peru in the next five years.",
			[]accord.Target{{Metric: "public and private investment", Value: 2e12, Unit: "JPY", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
		{"the firms of one country, welcomed by both", "PE", true, []string{"PE", "CL"},
			"The two leaders welcomed plans for 500 billion yen of investment by Chilean companies in Peru over the next three years.",
			[]accord.Target{{Metric: "investment", Value: 500e9, Unit: "JPY", Comparator: "eq", Period: "2025-2028", Holders: []string{"CL"}}}},
	})
}

// TestRaisedFrom27 checks a level to reach followed by the level it is
// raised "from": the baseline is no target, and a report around it
// ("recorded in 2023") is the baseline's, not the goal's. A rise told in
// the past stays a report. Names and figures invented.
func TestRaisedFrom27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a baseline recorded in a past year", "PE", true, []string{"PE", "CL"},
			"Peru and Chile will take bold measures to raise their two-way trade turnover to US$4 billion by 2027 from more than US$1.9 billion recorded in 2024.",
			[]accord.Target{{Metric: "two-way trade turnover", Value: 4e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"CL", "PE"}}}},
		{"a bare baseline after a span", "PE", true, []string{"PE", "CL"},
			"He proposed setting up a joint trade committee to raise two-way trade to 7 billion USD in the next two years from 4 billion USD.",
			[]accord.Target{{Metric: "two-way trade", Value: 7e9, Unit: "USD", Comparator: "eq", Period: "2025-2027", Holders: []string{"CL", "PE"}}}},
		{"a rise already reported", "PE", true, []string{"PE", "CL"},
			"Two-way trade rose to US$4 billion in 2024 from US$1.9 billion recorded in 2023.",
			nil},
	})
}

// TestTimeBeforePurpose27 checks that a budget year, "this year" or a
// frequency standing between a sum and its infinitive of purpose does not
// hide the purpose, which names what the sum is for; a purpose of the kind
// of money ("for economic assistance") is left as it was. Names and
// figures invented.
func TestTimeBeforePurpose27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a fiscal year before the purpose, in a list item", "US", true, []string{"US", "PE"},
			"The United States is taking the following actions:\n\n- Committing $87 million in FY 2026 to develop Peruvian maritime capabilities.",
			[]accord.Target{{Metric: "commitment for Peruvian maritime capabilities", Value: 87e6, Unit: "USD", Comparator: "eq", Deadline: "2026", Holders: []string{"US"}}}},
		{"fiscal year written out", "US", true, []string{"US", "PE"},
			"The United States will provide $12 million in fiscal year 2026 to train Peruvian coast guards.",
			[]accord.Target{{Metric: "provision for Peruvian coast guards", Value: 12e6, Unit: "USD", Comparator: "eq", Deadline: "2026", Holders: []string{"US"}}}},
		{"this year", "US", true, []string{"US", "PE"},
			"The United States will commit $3 million this year to expand Peruvian fisheries research.",
			[]accord.Target{{Metric: "commitment for Peruvian fisheries research", Value: 3e6, Unit: "USD", Comparator: "eq", Deadline: "2025", Holders: []string{"US"}}}},
	})
}

// TestPassiveAgent27 checks a sum that is the subject of a future passive
// of giving with its giver as agent ("would be invested by A in B", as a
// ministry reports another leader's pledge): A's, named by the verb and
// where the money goes, then what for; "would be" of giving in reported
// speech is "will". A sum that "would be needed" is a need, no pledge.
// Names and figures invented.
func TestPassiveAgent27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"invested by A in B, reported", "PE", true, []string{"PE", "CL"},
			"He added that 3 trillion yen would be invested by Chile in Peru over a five-year period.",
			[]accord.Target{{Metric: "investment in Peru", Value: 3e12, Unit: "JPY", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
		{"provided by A to B for a purpose", "PE", true, []string{"PE", "CL"},
			"The minister said 2 billion yen will be provided by Chile to Peru to support flood prevention.",
			[]accord.Target{{Metric: "provision to Peru for flood prevention", Value: 2e9, Unit: "JPY", Comparator: "eq", Holders: []string{"CL"}}}},
		{"by the Government of A", "PE", true, []string{"PE", "CL"},
			"He added that 4 billion yen would be provided by the Government of Chile to Peru.",
			[]accord.Target{{Metric: "provision to Peru", Value: 4e9, Unit: "JPY", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a need is no pledge", "PE", true, []string{"PE", "CL"},
			"He added that $5 billion would be needed to rebuild Peru's roads.",
			nil},
	})
}

// TestWeSignedAgreements27 checks that a sum a speaker says "we" signed
// in agreements (plural, as in the singular) is both sides' own, while
// "we will provide" stays the speaker's. Names and figures invented.
func TestWeSignedAgreements27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"agreements signed by both", "PE", true, []string{"PE", "CL"},
			"We have signed several Agreements and Memorandums of Understanding that are intended to further deepen our relations, including investment commitments to the value of US$9 billion.",
			[]accord.Target{{Metric: "investment commitments", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"the speaker's own pledge", "PE", true, []string{"PE", "CL"},
			"We will provide investment commitments to the value of US$9 billion.",
			[]accord.Target{{Metric: "investment commitments", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}
