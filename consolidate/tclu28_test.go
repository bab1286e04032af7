package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestOnePledgeTwoWordings checks that one pledge told by two governments'
// releases or two outlets in words that name no object of their own (the
// size of the sum, its spread over sectors, the terms of a loan, the
// currency's name) is one target, and that the words that keep two
// commitments apart (another kind, another object, another month, another
// time) still do. Every case is run in both orders of the articles.
func TestOnePledgeTwoWordings(t *testing.T) {
	sum := func(metric string, v float64, deadline string) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: "QQD", Holders: []string{"QQ"}, Deadline: deadline}
	}
	for _, tc := range []struct {
		name       string
		a, b       ct.T // the first article's statement, the second's
		pubB       string
		wantMerged bool
	}{
		// The giver's agency and the recipient's press of one meeting.
		{"a substantial investment and investment in multiple sectors",
			sum("substantial investment", 7.3e9, ""), sum("investment in multiple sectors", 7.3e9, ""), "2031-04-10", true},
		{"a hefty investment and investment in several sectors",
			sum("hefty investment", 7.3e9, ""), sum("investment in several sectors", 7.3e9, ""), "2031-04-11", true},
		// A summit readout and the exchange-of-notes release.
		{"a yen loan and ODA loans",
			sum("yen loan", 7.3e9, ""), sum("ODA loans", 7.3e9, ""), "2031-04-12", true},
		{"a concessional loan and low-interest loans",
			sum("concessional loan", 7.3e9, ""), sum("low-interest loans", 7.3e9, ""), "2031-04-12", true},
		{"a soft loan and a line of credit",
			sum("soft loan", 7.3e9, ""), sum("concessional line of credit", 7.3e9, ""), "2031-04-12", false},
		// One exchange target restated at a later visit.
		{"people-to-people and human-to-human exchanges",
			sum("people-to-people exchanges", 2e6, "2034"), sum("human-to-human exchanges", 2e6, "2034"), "2032-02-01", true},
		{"non-petroleum and non-oil trade",
			sum("non-petroleum bilateral trade", 7.3e10, "2034"), sum("non-oil trade", 7.3e10, "2034"), "2032-02-01", true},
		// A leader's announcement and an outlet's report of one emissions goal.
		{"cut Q.R. GHG emissions and net greenhouse gas emissions",
			ct.T{Metric: "cut Q.R. GHG emissions", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"},
			ct.T{Metric: "net greenhouse gas emissions", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"}, "2031-04-11", true},
		{"climate pollution and emissions",
			ct.T{Metric: "Cut Q.R. Climate Pollution", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"},
			ct.T{Metric: "emissions", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"}, "2031-04-10", true},
		// What stays apart.
		{"one emissions wording for two years",
			ct.T{Metric: "cut Q.R. GHG emissions", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"},
			ct.T{Metric: "net greenhouse gas emissions", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2039"}, "2031-04-11", false},
		{"emissions and forest cover",
			ct.T{Metric: "cut Q.R. GHG emissions", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"},
			ct.T{Metric: "net forest cover", Value: 37, Unit: "percent", Holders: []string{"QQ"}, Deadline: "2037"}, "2031-04-11", false},
		{"an investment and a grant of one size", sum("substantial investment", 7.3e9, ""), sum("substantial grant", 7.3e9, ""), "2031-04-10", false},
		{"the same loan words two months later", sum("yen loan", 7.3e9, ""), sum("ODA loans", 7.3e9, ""), "2031-06-10", false},
		{"exchanges of people and of students", sum("people-to-people exchanges", 2e6, "2034"), sum("student exchanges", 2e6, "2034"), "2032-02-01", false},
		{"exchanges for two deadlines", sum("people-to-people exchanges", 2e6, "2034"), sum("human-to-human exchanges", 2e6, "2036"), "2032-02-01", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2031-04-10", "", "A.")
			d.Target(tc.a)
			e := ct.NewDoc("b", "b", tc.pubB, "", "B.")
			e.Target(tc.b)
			checkMergedAcross(t, d.Facts, e.Facts, tc.wantMerged)
		})
	}
}

// TestExactSumNamesItsCommitment checks that an exact sum (four significant
// digits or more, or three whose last is not a 5), given by the same
// holders in the same currency within a quarter, is one commitment whatever
// each release calls it (the summit readout that announced a loan and the
// exchange of notes signed weeks later), unless another target gives the
// sum in that time, the metrics name two different proper names, or the sum
// is a round one a holder's tranches repeat. Every case is run in both orders of the articles.
func TestExactSumNamesItsCommitment(t *testing.T) {
	sum := func(metric string, v float64, sentence int) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: "QQD", Holders: []string{"QQ"}, Sentence: sentence}
	}
	for _, tc := range []struct {
		name       string
		a, b       []ct.T // the first article's statements, the second's
		pubB       string
		wantMerged bool
	}{
		{"an exact loan told two ways six weeks later",
			[]ct.T{sum("loan for port dredging", 24.317e9, 0)}, []ct.T{sum("ODA loan for harbour works", 24.317e9, 0)}, "2031-05-22", true},
		{"an exact sum the same week",
			[]ct.T{sum("financing for the ring road", 2.665e9, 0)}, []ct.T{sum("budget support and two projects", 2.665e9, 0)}, "2031-04-11", true},
		{"an exact sum five months later",
			[]ct.T{sum("loan for port dredging", 24.317e9, 0)}, []ct.T{sum("ODA loan for harbour works", 24.317e9, 0)}, "2031-09-20", false},
		{"three digits, the last not a 5",
			[]ct.T{sum("loan for port dredging", 97.9e9, 0)}, []ct.T{sum("ODA loan for harbour works", 97.9e9, 0)}, "2031-05-22", true},
		{"three digits rounded to a quarter are a tranche size",
			[]ct.T{sum("loan for port dredging", 1.25e9, 0)}, []ct.T{sum("ODA loan for harbour works", 1.25e9, 0)}, "2031-05-22", false},
		{"two digits",
			[]ct.T{sum("loan for port dredging", 9.7e9, 0)}, []ct.T{sum("ODA loan for harbour works", 9.7e9, 0)}, "2031-05-22", false},
		{"two proper names",
			[]ct.T{sum("loan for the Quux Harbour", 24.317e9, 0)}, []ct.T{sum("loan for the Zorp Bridge", 24.317e9, 0)}, "2031-05-22", false},
		{"another target gives the sum that quarter",
			[]ct.T{sum("loan for port dredging", 24.317e9, 0), sum("grant for orchards", 24.317e9, 1)}, []ct.T{sum("ODA loan for harbour works", 24.317e9, 0)}, "2031-05-22", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2031-04-10", "", "A.", "A2.")
			for _, s := range tc.a {
				d.Target(s)
			}
			e := ct.NewDoc("b", "b", tc.pubB, "", "B.")
			for _, s := range tc.b {
				e.Target(s)
			}
			checkMergedAcross(t, d.Facts, e.Facts, tc.wantMerged)
		})
	}
}

// TestRevisionNamesNoOtherObject checks that a value joins a target with
// another value for the same time (a revision) only when neither metric
// names an object the other lacks: a gas's or a sector's goal does not
// revise the economy-wide one, while two wordings of one trade goal do, and
// a kind alone may take its object.
func TestRevisionNamesNoOtherObject(t *testing.T) {
	goal := func(metric string, v float64, unit string) ct.T {
		return ct.T{Metric: metric, Value: v, Unit: unit, Holders: []string{"QQ"}, Deadline: "2037"}
	}
	for _, tc := range []struct {
		name       string
		a, b       ct.T
		wantMerged bool
	}{
		{"a gas's goal and the economy-wide goal", goal("methane emissions", 30, "percent"), goal("emissions", 50, "percent"), false},
		{"a gas's goal and one sector's", goal("methane emissions", 30, "percent"), goal("methane emissions from the waste sector", 15, "percent"), false},
		{"one trade goal revised", goal("two-way trade", 15e9, "QQD"), goal("bilateral trade turnover", 20e9, "QQD"), true},
		{"a kind alone takes its object", goal("support", 100e6, "QQD"), goal("support for elections", 120e6, "QQD"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2031-04-10", "", "A.")
			d.Target(tc.a)
			e := ct.NewDoc("b", "b", "2032-04-10", "", "B.")
			e.Target(tc.b)
			for _, order := range [][]*accord.ArticleFacts{{d.Facts, e.Facts}, {e.Facts, d.Facts}} {
				merged := len(consolidate.Build(order).Targets) == 1
				if merged != tc.wantMerged {
					t.Fatalf("merged %v, want %v", merged, tc.wantMerged)
				}
			}
		})
	}
}
