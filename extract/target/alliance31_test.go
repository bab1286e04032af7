package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestAllianceGoal31: a goal an alliance's members hold or are asked to
// meet, named as one body before the amount ("NATO allies will spend",
// "the alliance's 30 countries are set to meet", "urging NATO countries
// to allocate"), is the alliance's, no one country's; a country named in
// the clause still holds its own ("Norway will meet NATO's 2% target",
// "Norway and its allies will provide"), and allies who are only told
// something are not the subject (session 31, from unseen pages of Brussels
// Times, AFP, dpa, Hurriyet, Semafor, Ta Nea and others). Names and
// figures invented.
func TestAllianceGoal31(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"allies will spend", "", false, []string{"NO"},
			"More than 19 NATO allies will spend 2% of their gross domestic product on defence this year, Secretary General Ilse Varga said.",
			nil},
		{"the alliance's countries are set to meet", "", false, []string{"CA"},
			"Secretary General Ilse Varga said that 14 of the alliance's 30 countries are set to meet the defence spending target of two percent of GDP in 2026.",
			nil},
		{"urging NATO countries to allocate", "", false, []string{"PT"},
			"Secretary General Ilse Varga is urging NATO countries to allocate 3.5% of their GDP to core defence.",
			nil},
		{"members of the North Atlantic Alliance agreed", "", false, []string{"US"},
			"Members of the North Atlantic Alliance agreed to increase military spending to 4 percent of GDP by 2033.",
			nil},
		{"the alliance's target", "", false, []string{"US"},
			"All members were set this year to hit the alliance's previous defence spending target of two percent of GDP.",
			nil},
		{"a country meets NATO's target", "", false, []string{"NO"},
			"Norway will meet the NATO target of spending 2% of GDP on defence by 2027.",
			[]accord.Target{{Metric: "spending", Value: 2, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"NO"}}}},
		{"a country and its allies", "", false, []string{"NO"},
			"Norway and its allies will provide $3 billion to the Baltic fund.",
			[]accord.Target{{Metric: "", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"NO"}}}},
	})
}
