package target

import (
	"strings"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestTradeLevelDecided31 checks trade levels the parties decide in words
// the reading took for a report or missed: "reached a consensus on
// raising …" and "The agreement was reached to boost …" tell of a
// decision, not of a level reached; "enhance" seeks a level as "increase"
// does; a list word earlier in the sentence ("particularly his support for
// …") does not cut off the level verb after it (session 31, from unseen
// pages of VNA, Trend, The News, FactFile and others). Names and figures
// invented.
func TestTradeLevelDecided31(t *testing.T) {
	tl := func(metric string, v float64, dl string) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: "USD", Comparator: "eq", Deadline: dl, Holders: []string{"CL", "TH"}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"reached a consensus on raising", "", false, []string{"TH", "CL"},
			"Thailand and Chile reached a consensus on soon raising two-way trade to 30 billion USD by 2027.",
			[]accord.Target{tl("two-way trade", 30e9, "2027")}},
		{"reached a common understanding on lifting", "", false, []string{"TH", "CL"},
			"The two sides reached a common understanding on lifting bilateral trade to 30 billion USD by 2028.",
			[]accord.Target{tl("bilateral trade", 30e9, "2028")}},
		{"the agreement was reached to boost", "", false, []string{"TH", "CL"},
			"Minister Somchai Rattanakul met Chilean Minister Pedro Alvarado. The agreement was reached to boost bilateral trade to $3 billion through increase of exports.",
			[]accord.Target{tl("bilateral trade", 3e9, "")}},
		{"decided to enhance the volume of trade", "", false, []string{"TH", "CL"},
			"Thailand and Chile have decided to enhance the volume of their bilateral trade to $2 billion, according to a press release.",
			[]accord.Target{tl("bilateral trade", 2e9, "")}},
		{"particularly before the verb", "", false, []string{"TH", "CL"},
			"Minister Somchai Rattanakul met Chilean Minister Pedro Alvarado. The minister particularly underscored the importance of increasing bilateral trade volume to US$7 billion over the next three years.",
			[]accord.Target{{Metric: "bilateral trade volume", Value: 7e9, Unit: "USD", Comparator: "eq", Period: "2025-2028", Holders: []string{"CL", "TH"}}}},
		{"particularly in a list before toward lifting, two levels", "", false, []string{"TH", "CL"},
			"PM Somchai hailed the envoy for his work, particularly his support for connecting Thai provinces with Chilean firms, toward lifting two-way trade to 30 billion USD in 2027 and 45 billion USD by 2030.",
			[]accord.Target{tl("two-way trade", 30e9, "2027"), tl("two-way trade", 45e9, "2030")}},
	})
}

// TestTradeLevelReportStays31 guards the rules above: a level reached is
// still a report, with or without a decision in the sentence before it,
// and a list word with no level verb after it still ends the metric.
func TestTradeLevelReportStays31(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"trade reached a level", "", false, []string{"TH", "CL"},
			"Bilateral trade reached 30 billion USD in 2023.", nil},
		{"a level reached after an agreement", "", false, []string{"TH", "CL"},
			"Since the agreement, two-way trade has reached 12 billion USD.", nil},
		{"the deal reached covers past trade", "", false, []string{"TH", "CL"},
			"Under the deal reached last year, trade was 12 billion USD in 2023.", nil},
	})
}

// TestPairUrged31 checks that a leader who asks the pair to reach a level
// ("asked the countries to cooperate closely to soon raise their trade to
// …", "urged both sides to …") sets both a goal: the pair holds it, not the
// asker's country, whose leader is the sentence's subject (dev66's VNA
// reception, confirmed on unseen VNA, VOV and MOFA Viet Nam pages). Not when
// the asked are named and lie outside the pair. Names and figures
// invented.
func TestPairUrged31(t *testing.T) {
	lead := "Prime Minister Somchai Rattanakul received Chilean Foreign Minister Pedro Alvarado, who is visiting Thailand. "
	cases := []struct {
		name, text string
		want       []accord.Target
	}{
		{"asked the countries", lead + "PM Somchai asked the countries to cooperate closely to soon raise their trade to 30 billion USD by 2027 and 45 billion USD by 2030 in a balanced manner.",
			[]accord.Target{
				{Metric: "trade", Value: 30e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"CL", "TH"}},
				{Metric: "trade", Value: 45e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "TH"}},
			}},
		{"urged both sides, investment", lead + "PM Somchai urged both sides to soon lift their mutual investment to 5 billion USD by 2028.",
			[]accord.Target{{Metric: "investment", Value: 5e9, Unit: "USD", Comparator: "eq", Deadline: "2028", Holders: []string{"CL", "TH"}}}},
		{"a named third country is asked", lead + "PM Somchai urged Japan to raise its aid to the region to 5 billion USD by 2028.",
			[]accord.Target{{Metric: "aid", Value: 5e9, Unit: "USD", Comparator: "eq", Deadline: "2028", Holders: []string{"TH"}}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var persons []Person
			for _, n := range []string{"Somchai Rattanakul", "PM Somchai"} {
				if p := strings.Index(tc.text, n); p >= 0 {
					persons = append(persons, Person{Start: p, End: p + len(n), Country: "TH"})
				}
			}
			if p := strings.Index(tc.text, "Pedro Alvarado"); p >= 0 {
				persons = append(persons, Person{Start: p, End: p + len("Pedro Alvarado"), Country: "CL"})
			}
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2025-06-17", []string{"TH", "CL"}, Context{Persons: persons})
			checkTargets(t, got, tc.want)
		})
	}
}

// TestTariffBorne31 checks who holds a tariff told from the side that
// bears it: the country that "will pay", "will shoulder", "will face" or
// "accepts" a tariff is the one whose goods it falls on, and the one it
// pays ("will pay Japan a 12% tariff") or sends goods to ("will be able to
// export up to 50,000 cars per year to Japan at a 10% tariff", "goods sold
// directly into Japan") levies it (session 31, from sixteen unseen reports
// of 2025's US tariff deals and a UK parliamentary statement). Names and
// figures invented.
func TestTariffBorne31(t *testing.T) {
	jp := func(metric string, v float64, unit, cmp string) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: unit, Comparator: cmp, Holders: []string{"JP"}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"exports to the levier at a tariff, and the quota", "", false, []string{"CL", "JP"},
			"The deal with Japan was agreed last week. Chile will be able to export up to 50,000 cars per year to Japan at a 10% tariff, down from the prevailing 25%.",
			[]accord.Target{{Metric: "cars", Value: 50000, Unit: "count", Comparator: "lte", Period: "annual", Holders: []string{"JP"}}, jp("tariff", 10, "percent", "eq")}},
		{"pays the levier a tariff", "", false, []string{"CL", "JP"},
			"Chile will pay Japan a 12% tariff on any goods sent into its territory.",
			[]accord.Target{jp("tariff", 12, "percent", "eq")}},
		{"pays a tariff on goods sold into the levier", "", false, []string{"CL", "JP"},
			"Chile will pay a 12% tariff on goods sold directly into Japan.",
			[]accord.Target{jp("tariff", 12, "percent", "eq")}},
		{"shoulders a tariff", "", false, []string{"CL", "JP"},
			"The leaders spoke by phone. Under the terms, Chile will shoulder a 12% tariff and a 30% tariff on all transshipments.",
			[]accord.Target{jp("tariff", 12, "percent", "eq"), jp("tariff", 30, "percent", "eq")}},
		{"a levier that imposes stays", "", false, []string{"CL", "JP"},
			"Japan will impose a 12% tariff on Chilean copper.",
			[]accord.Target{jp("tariff", 12, "percent", "eq")}},
	})
}

// TestDefenceLevels31 checks two ways leaders set a share of GDP for
// defence: "by the end of this decade" dates the goal to the year that
// closes the decade of publication, and "set an ambition to spend 3% of
// GDP on defence" is a goal as "set a target" is (session 31, from unseen
// UK press reports of 2022-2025 and dev67's No 10 release). Names and
// figures invented; published 2025-06-17.
func TestDefenceLevels31(t *testing.T) {
	cl := func(metric string, v float64, dl string) accord.Target {
		return accord.Target{Metric: metric, Value: v, Unit: "percent", Comparator: "eq", Deadline: dl, Holders: []string{"CL"}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"by the end of this decade", "", false, []string{"CL"},
			"Chile will spend 2.7% of GDP on defence by the end of this decade, the President said.",
			[]accord.Target{cl("defence", 2.7, "2030")}},
		{"before the end of the decade", "", false, []string{"CL"},
			"The minister pledged to lift Chilean defence spending to 2.7 per cent of GDP before the end of the decade.",
			[]accord.Target{cl("defence spending", 2.7, "2030")}},
		{"an ambition set", "", false, []string{"CL"},
			"Chile has also set an ambition to spend 3.2% of GDP on defence in the next parliament, as fiscal conditions allow.",
			[]accord.Target{cl("defence", 3.2, "")}},
		{"a level reached at the end of the last decade stays a report", "", false, []string{"CL"},
			"Defence spending reached 1.9% of GDP at the end of the decade.", nil},
	})
}

// TestComparedBaseline31 checks that "compared with 1990 levels" (or
// "compared to 2005") after a reduction goal's own deadline names the
// goal's base year, not a report of that year (session 31, from unseen
// reports of climate pledges). A level "compared with" last year, with no
// deadline of its own, stays a report. Names and figures invented.
func TestComparedBaseline31(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"compared with a base year's levels", "", false, []string{"CL"},
			"Chile will cut greenhouse gas emissions by at least 61 per cent by 2031 compared with 1995 levels.",
			[]accord.Target{{Metric: "greenhouse gas emissions", Value: 61, Unit: "percent", Comparator: "gte", Deadline: "2031", Holders: []string{"CL"}}}},
		{"compared to a bare base year", "", false, []string{"CL"},
			"Chile announced a reduction of 33 % of its emissions by 2029 compared to 2008.",
			[]accord.Target{{Metric: "emissions", Value: 33, Unit: "percent", Comparator: "eq", Deadline: "2029", Holders: []string{"CL"}}}},
		{"a change compared with a past year stays a report", "", false, []string{"CL"},
			"Chile's emissions fell 4 per cent in 2023 compared with 2022.", nil},
	})
}
