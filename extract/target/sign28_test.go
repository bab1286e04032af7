package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestSumsInWords28 checks sums a government's notes write in words, the
// figure in brackets after: hundreds with "and" and a rest ("two hundred
// and fifty million"), a hyphenated ten ("sixty-four million"), and the
// smaller parts after a larger scale ("eleven billion, three hundred and
// two million"). Names and figures invented.
func TestSumsInWords28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"hundreds and a rest", "JP", true, []string{"JP", "PE"},
			"Under the Exchange of Notes, Japan shall extend to Peru a grant of three hundred and forty million Japanese Yen (¥ 340,000,000) for school construction.",
			[]accord.Target{{Metric: "grant for school construction", Value: 340e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a hyphenated ten after hundreds", "JP", true, []string{"JP", "PE"},
			"Japan will provide Peru with a grant of four hundred and sixty-four million yen for water supply.",
			[]accord.Target{{Metric: "grant for water supply", Value: 464e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a hyphenated number word alone", "JP", true, []string{"JP", "PE"},
			"Japan will provide Peru with a grant of sixty-four million yen for water supply.",
			[]accord.Target{{Metric: "grant for water supply", Value: 64e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"billions and millions", "JP", true, []string{"JP", "PE"},
			"Japan will extend to Peru a loan of eleven billion, three hundred and two million yen (¥11,302,000,000) for the port.",
			[]accord.Target{{Metric: "loan for port", Value: 11.302e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}
