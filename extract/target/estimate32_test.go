package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestEffectEstimate32 checks that an estimate of what a deal would do to
// an economy is no target: a change of GDP, the economy or real income
// ("by $X", "$X to GDP", "$X, or 0.2%, higher") told as projected,
// expected, believed, conditional or a study's (dev68's joint declaration,
// "It is widely thought that the … GDP will increase by $12 billion";
// confirmed on unseen pages of USA Today, AP, Reuters, National Hog Farmer,
// Food Engineering, Business Insider and the White House corpus). A study's
// estimate of another measure under "would" is one too. Names and figures
// invented.
func TestEffectEstimate32(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"widely thought, two economies", "", false, []string{"TH", "CL"},
			"It is widely thought that the Thai GDP will increase by $7 billion, and the Chilean GDP by $2.5 billion, as a result of the agreement.", nil},
		{"a commission says the pact would lift the economy", "", false, []string{"TH", "CL"},
			"The Trade Board says that the Thailand-Chile pact would lift the Thai economy by 0.42%, or $31.5 billion, six years after it takes effect.", nil},
		{"according to a report", "", false, []string{"TH", "CL"},
			"The pact will generate a modest gain for Thailand, raising the gross domestic product by 0.12% by 2034, according to a report Tuesday by the Trade Board.", nil},
		{"real income would be higher", "", false, []string{"TH", "CL"},
			"By 2034, Thai annual real income would be $41.2 billion, or 0.31%, higher.", nil},
		{"projected to add to GDP", "", false, []string{"TH", "CL"},
			"The agreement is projected to add $145 billion to the regional gross domestic product by 2028, and $52 billion to Thailand's GDP.", nil},
		{"a study's estimate of trade under would", "", false, []string{"TH", "CL"},
			"The agreement would increase trade between Thailand and Chile by $90 billion within five years, according to a study by the Chamber of Commerce.", nil},
		{"estimates of two coordinated changes", "", false, []string{"TH", "CL"},
			"Estimates put forth by the Trade Board suggest the pact could increase annual GDP by 0.6 percent in Thailand and 0.3 percent in Chile by 2030.", nil},
		{"a firm estimates a contribution to GDP", "", false, []string{"TH", "CL"},
			"Acme estimates this planned investment could contribute up to $12 billion to Thailand's GDP.", nil},
	})
}

// TestEffectEstimateGoalsStay32 guards the rule: a change a side sets out
// to make (a word of a goal), a sum given "with" or "to" a country, and a
// reported sum under "according to" a statement stay targets.
func TestEffectEstimateGoalsStay32(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a goal to lift GDP", "", false, []string{"TH", "CL"},
			"Thailand aims to raise its GDP by 5 percent by 2030, according to a report by the planning ministry.",
			[]accord.Target{{Metric: "GDP", Value: 5, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"TH"}}}},
		{"funding to a country under would", "", false, []string{"TH", "CL"},
			"According to the report, Thailand would provide $40 million to Chile for flood relief.",
			[]accord.Target{{Metric: "flood relief", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"TH"}}}},
		{"investment with a sum, economies named", "", false, []string{"TH", "CL"},
			"The Thai prime minister has pledged to boost investment in Chile with $3 billion, which would target growing the economy.",
			[]accord.Target{{Metric: "investment", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"TH"}}}},
	})
}
