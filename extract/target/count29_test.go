package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestCounted29 checks targets counted in things (session 29, from unseen
// fact sheets, drawdown notices, aircraft orders, scholarship and exchange
// goals): the equipment of a package (howitzers, launcher systems,
// personnel carriers, artillery rounds), a calibre or model number after
// the count ("24 155 mm howitzers", "120 737 MAX airplanes": the first
// number counts), institutions and training slots a government will
// create or offer, and visitors, tourists, travellers and people-to-people
// exchanges, which readers code as counts. Names and figures invented.
func TestCounted29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a calibre after the count", "CL", true, []string{"CL", "PE"},
			"Chile will send 24 155 mm howitzers to Peru.",
			[]accord.Target{{Metric: "howitzers", Value: 24, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a model number after the count", "CL", true, []string{"CL", "US"},
			"Chile's Andes Air will purchase 120 737 MAX airplanes.",
			[]accord.Target{{Metric: "airplanes", Value: 120, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"personnel carriers in a package", "CL", true, []string{"CL", "PE"},
			"Chile will provide Peru with a new defence package that includes 40 armoured personnel carriers.",
			[]accord.Target{{Metric: "personnel carriers", Value: 40, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"launcher systems and artillery rounds", "CL", true, []string{"CL", "PE"},
			"Chile will deliver 12 rocket launcher systems and 30,000 artillery rounds to Peru.",
			[]accord.Target{
				{Metric: "launcher systems", Value: 12, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
				{Metric: "artillery rounds", Value: 30000, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
			}},
		{"rounds of a calibre's ammunition", "CL", true, []string{"CL", "PE"},
			"Chile will send 12,000 rounds of 105mm artillery ammunition to Peru.",
			[]accord.Target{{Metric: "rounds of 105mm artillery ammunition", Value: 12000, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"rounds of talks are no ammunition", "CL", true, []string{"CL", "PE"},
			"Chile and Peru will hold 3 rounds of talks on the border.",
			nil},
		{"new institutions a government will establish", "CL", true, []string{"CL", "PE"},
			"Chile will establish 25 new institutions in Peru.",
			[]accord.Target{{Metric: "institutions", Value: 25, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"training slots offered", "CL", true, []string{"CL", "PE"},
			"Chile will offer 3,000 training slots to Peruvian officials.",
			[]accord.Target{{Metric: "training slots", Value: 3000, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a goal of people-to-people exchanges", "CL", true, []string{"CL", "PE"},
			"Chile and Peru have set the goal of 8 million people-to-people exchanges by 2030.",
			[]accord.Target{{Metric: "people-to-people exchanges", Value: 8e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"tourists to attract are counted", "CL", true, []string{"CL"},
			"Chile will attract 9 million foreign tourists by 2030.",
			[]accord.Target{{Metric: "tourists", Value: 9e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"CL"}}}},
	})
}

// TestTrained29 checks that people are counted when a training verb comes
// right before their number ("will train 50,000 people", "training more
// than 2,000 police officers"), and only then: a number of people elsewhere
// is a statistic. Names and figures invented.
func TestTrained29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"train people", "CL", true, []string{"CL", "PE"},
			"Chile will train 6,000 people in Peru over the next three years.",
			[]accord.Target{{Metric: "people", Value: 6000, Unit: "count", Comparator: "eq", Period: "2025-2028", Holders: []string{"CL"}}}},
		{"training officers, with a floor", "CL", true, []string{"CL", "PE"},
			"The programme aims at training more than 2,000 police officers by 2027.",
			[]accord.Target{{Metric: "police officers", Value: 2000, Unit: "count", Comparator: "gte", Deadline: "2027", Holders: []string{"CL"}}}},
		{"technicians trained", "CL", true, []string{"CL", "PE"},
			"Chile will train 4,000 technicians for Peru.",
			[]accord.Target{{Metric: "technicians", Value: 4000, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"training opportunities offered", "CL", true, []string{"CL", "PE"},
			"Chile will also offer 7,000 training opportunities to Peruvian students.",
			[]accord.Target{{Metric: "training opportunities", Value: 7000, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a progressive of giving, as 'is providing' already was", "US", true, []string{"PE", "US"},
			"The United States is donating 3 million doses to Peru.",
			[]accord.Target{{Metric: "doses", Value: 3e6, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"is offering scholarships", "CL", true, []string{"CL", "PE"},
			"Chile is offering 4,000 scholarships to Peruvian students.",
			[]accord.Target{{Metric: "scholarships", Value: 4000, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"people not trained: a statistic", "CL", true, []string{"CL", "PE"},
			"The new corridor will serve a market of 90 million people.",
			nil},
	})
}

// TestOrders29 checks aircraft orders placed or finalised (as signed: the
// order is the purchase) and held by the buyer's country named before the
// deal, by possessive or by a demonym opening the sentence, not by both
// sides of the article; and a pledge told with its country as attributive
// ("the U.S. pledge to provide") is that country's. Names and figures
// invented.
func TestOrders29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"an order placed", "US", true, []string{"CL", "PE", "US"},
			"Chile's Andes Air placed an order for 160 aircraft.",
			[]accord.Target{{Metric: "aircraft", Value: 160, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"an order finalised", "US", true, []string{"CL", "PE", "US"},
			"Chile's Andes Air finalised its order for 90 Boeing jets on Tuesday.",
			[]accord.Target{{Metric: "jets", Value: 90, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a deal signed by a lessor named by demonym", "US", true, []string{"CL", "PE", "US"},
			"Chilean lessor Andes Lease signed a deal for 20 Boeing 737 MAX jets.",
			[]accord.Target{{Metric: "jets", Value: 20, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a carrier of known country opening the sentence buys from a maker at home", "US", true, []string{"SG", "US"},
			"Singapore Airlines placed an order for 31 aircraft from Boeing.",
			[]accord.Target{{Metric: "aircraft", Value: 31, Unit: "count", Comparator: "eq", Holders: []string{"SG"}}}},
		{"the sum pricing a count is the same buyer's", "US", true, []string{"PE", "US"},
			"Peru committed to purchase 30 aircraft worth $5 billion from the United States.",
			[]accord.Target{
				{Metric: "aircraft", Value: 30, Unit: "count", Comparator: "eq", Holders: []string{"PE"}},
				{Metric: "aircraft", Value: 5e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}},
			}},
		{"the country's pledge, attributive", "US", true, []string{"CL", "PE", "US"},
			"The donated vaccines are part of the Chilean pledge to initially provide at least 25 million doses to Peru.",
			[]accord.Target{{Metric: "doses", Value: 25e6, Unit: "count", Comparator: "gte", Holders: []string{"CL"}}}},
	})
}

// TestPackages29 checks the Defense and State Department forms of counted
// equipment: a drawdown's list under "Capabilities in this package
// include:" (the lead's verb agrees with "capabilities", not with
// "package"), a Foreign Military Sale the State Department approves ("a
// possible Foreign Military Sale to the Government of A of twelve (12)
// aircraft … for an estimated cost of $X": the seller's, count and cost),
// and a number word restated in figures in brackets, which counts once.
// Names and figures invented.
func TestPackages29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a drawdown's list under its capabilities", "US", true, []string{"PE", "US"},
			"The Department of Defense announces a new package of security assistance for Peru.\n\nCapabilities in this package include:\n\n- 14 howitzers;\n- 26,000 artillery rounds.",
			[]accord.Target{
				{Metric: "howitzers", Value: 14, Unit: "count", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "artillery rounds", Value: 26000, Unit: "count", Comparator: "eq", Holders: []string{"US"}},
			}},
		{"a possible Foreign Military Sale approved", "US", true, []string{"PE", "US"},
			"The State Department has made a determination approving a possible Foreign Military Sale to the Government of Peru of eight (8) F-16 aircraft and related equipment for an estimated cost of $1.9 billion.",
			[]accord.Target{
				{Metric: "aircraft", Value: 8, Unit: "count", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "equipment", Value: 1.9e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
		{"a potential sale approved, its value first", "US", true, []string{"PE", "US"},
			"The State Department approved a potential $700 million sale of four patrol aircraft to Peru.",
			[]accord.Target{
				{Metric: "sale", Value: 700e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "patrol aircraft", Value: 4, Unit: "count", Comparator: "eq", Holders: []string{"US"}},
			}},
	})
}
