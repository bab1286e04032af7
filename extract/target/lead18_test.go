package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestLead18 checks rules the lead wrote in session 18 from how fact sheets
// and joint statements word money (names and sums invented).
func TestLead18(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		// A year closing the sentence, after what the money is for, is
		// when it is to be spent.
		{"in a year at the end of the purpose", "US", true, []string{"US", "CL"},
			"Working with Congress, the United States plans to provide over $40 million to support clean water and sanitation in the Andes in 2026.",
			[]accord.Target{{Metric: "support for clean water", Value: 40e6, Unit: "USD", Comparator: "gte", Deadline: "2026", Holders: []string{"US"}}}},
		// "billon" is a common misspelling of "billion".
		{"billon is billion", "US", true, []string{"US", "CL"},
			"The United States has committed to provide 3.5 billon vaccine doses to the region.",
			[]accord.Target{{Metric: "vaccine doses", Value: 3.5e9, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		// An increase "for a total of" a sum states the new total too.
		{"an additional sum for a total of", "US", true, []string{"US", "CL"},
			"The United States intends to increase its contribution to the ocean fund by an additional $30 million, for a total of $80 million.",
			[]accord.Target{
				{Metric: "contribution", Value: 30e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "total contribution", Value: 80e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
		// A total reached together with other donors is no one's pledge.
		{"combined with other donors' funding", "US", true, []string{"US", "CL"},
			"Combined with funding pledged today by other donors, this funding makes a total of at least $700 million in seed funding.",
			nil},
		// "Peru's announcement to allocate": the possessor commits.
		{"a possessor's announcement to allocate", "US", true, []string{"US", "PE"},
			"With Peru's announcement to allocate US$90 million during the next ten years to protect its forests, the two countries committed to mobilise more finance.",
			[]accord.Target{{Metric: "allocation", Value: 90e6, Unit: "USD", Comparator: "eq", Period: "2025-2035", Holders: []string{"PE"}}}},
		// "$70+ million" is at least that.
		{"a plus after the sum", "US", true, []string{"US", "CL"},
			"Unlocking a combined $70+ million in U.S. and Chilean government funding over the next five years for the Andean Research Institute.",
			[]accord.Target{{Metric: "U.S. and Chilean government funding", Value: 70e6, Unit: "USD", Comparator: "gte", Period: "2025-2030", Holders: []string{"CL", "US"}}}},
		// A yearly number of people moving from one country to another is
		// the two countries' arrangement; a subject country keeps it.
		{"movers per year from one country to another", "NZ", true, []string{"NZ", "FJ"},
			"The new pathway will enable up to 150 Fijian citizens per year to live and work in New Zealand.",
			[]accord.Target{{Metric: "citizens", Value: 150, Unit: "count", Comparator: "lte", Period: "annual", Holders: []string{"FJ", "NZ"}}}},
		{"a subject country admits the movers", "NZ", true, []string{"NZ", "FJ"},
			"New Zealand will accept up to 900 workers per year from Fiji.",
			[]accord.Target{{Metric: "workers", Value: 900, Unit: "count", Comparator: "lte", Period: "annual", Holders: []string{"NZ"}}}},
		// "over the course of the year" closing the sentence: the year of
		// the release.
		{"over the course of the year", "US", true, []string{"US", "CL"},
			"Chile will welcome an additional 4,000 refugees on a humanitarian basis from countries in the region, such as Peru and Bolivia, over the course of the year.",
			[]accord.Target{{Metric: "refugees", Value: 4000, Unit: "count", Comparator: "eq", Deadline: "2025", Holders: []string{"CL"}}}},
		{"over the course of the year, and a purpose", "US", true, []string{"US", "CL"},
			"Chile will welcome an additional 4,000 refugees from the region over the course of the year to continue expanding safe pathways.",
			[]accord.Target{{Metric: "refugees", Value: 4000, Unit: "count", Comparator: "eq", Deadline: "2025", Holders: []string{"CL"}}}},
		// "up to" a yearly number of people from one country to another,
		// in force: a quota, the two countries'.
		{"a yearly quota of people from a country", "NZ", true, []string{"NZ", "FJ"},
			"It is cooperation on climate change, particularly with allowing for up to 150 people from Fiji to be able to come to New Zealand each year, as well as new investment.",
			[]accord.Target{{Metric: "people from Fiji to be able to come to New Zealand", Value: 150, Unit: "count", Comparator: "lte", Holders: []string{"FJ", "NZ"}}}},
		{"a quota in a speaker's sentence without a subject country", "AU", true, []string{"AU", "FJ"},
			"It is cooperation on climate change, particularly with allowing for up to 150 people from Fiji to be able to come to Australia each year.",
			[]accord.Target{{Metric: "people from Fiji to be able to come to Australia", Value: 150, Unit: "count", Comparator: "lte", Holders: []string{"AU", "FJ"}}}},
		{"people from each country are no quota's movers", "NZ", true, []string{"NZ", "FJ"},
			"The two sides have set a goal to increase mutual travel flows to 20,000 people from each of the countries to a total of 40,000 visitors per year.",
			[]accord.Target{{Metric: "visitors", Value: 40000, Unit: "count", Comparator: "eq", Period: "annual", Holders: []string{"FJ", "NZ"}}}},
		{"people from a country who came are no quota", "NZ", true, []string{"NZ", "FJ"},
			"More than 20,000 people from Fiji visited New Zealand last year.",
			nil},
	})
}
