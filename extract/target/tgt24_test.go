package target

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestCountedParticipants checks that participants of a programme are
// counted like students or trainees: expanding a programme "to around 900
// participants" is a goal, a count of participants who took part is not.
// Names and figures invented.
func TestCountedParticipants(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"an intention to expand a programme to a number of participants", "PE", true, []string{"PE", "CL"},
			"Prime Minister Rojas expressed his intention to further expand the Peru-Chile youth exchange programme (the Andes Bridge Programme), to around 640 participants this fiscal year.",
			[]accord.Target{{Metric: "participants", Value: 640, Unit: "count", Comparator: "approx", Holders: []string{"PE"}}}},
		{"participants who took part are a report", "PE", true, []string{"PE", "CL"},
			"The two leaders welcomed that 1,150 participants took part in the exchange last year.",
			nil},
	})
}

// TestFactorBase checks that a factor measured against an earlier level
// ("compared to the previous fiscal year") is still a goal: the comparison
// names what is doubled, it does not report a figure. A factor already
// reached stays a report. Names and figures invented.
func TestFactorBase(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"double compared to the previous year", "PE", true, []string{"PE", "CL"},
			"Prime Minister Rojas conveyed the Peruvian government's decision to resume youth exchanges with Chile and to double the number of participants compared to the previous fiscal year.",
			[]accord.Target{{Metric: "number of participants", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"PE"}}}},
		{"triple relative to 2024", "PE", true, []string{"PE", "CL"},
			"Peru will triple its scholarships for Chilean students relative to 2024.",
			[]accord.Target{{Metric: "scholarships", Value: 3, Unit: "times", Comparator: "eq", Holders: []string{"PE"}}}},
		{"doubled compared with a past year is a report", "PE", true, []string{"PE", "CL"},
			"Trade between Peru and Chile has nearly doubled compared with 2019.",
			nil},
	})
}

// TestDeadlineOfAnotherGoal checks that a deadline closing one goal of a
// sentence does not date a sum in a clause coordinated after it, opened by
// a gerund ("doubling trade by 2030 and announcing £1 billion"), while a
// deadline opening the sentence governs what follows. Figures invented.
func TestDeadlineOfAnotherGoal(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"and announcing", "CL", true, []string{"CL", "PE"},
			"Today our leaders have set an ambitious target of doubling trade by 2031 and announcing $3 billion of new trade and investment.",
			[]accord.Target{
				{Metric: "trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2031", Holders: []string{"CL", "PE"}},
				{Metric: "trade", Value: 3e9, Unit: "CLP", Comparator: "eq", Holders: []string{"CL", "PE"}},
			}},
		{"a list of gerund clauses", "CL", true, []string{"CL", "PE"},
			"This includes tripling wind power generation by 2027, phasing out coal plants by 2038, actively investing in storage, and promoting green finance, for instance, through a US$4 billion Clean Transition Programme.",
			[]accord.Target{
				{Metric: "wind power generation", Value: 3, Unit: "times", Comparator: "eq", Deadline: "2027", Holders: []string{"CL"}},
				{Metric: "Clean Transition Programme", Value: 4e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
		{"a deadline opening the sentence", "CL", false, []string{"CL", "PE"},
			"By 2031, the two sides aim to raise bilateral trade to US$70 billion.",
			[]accord.Target{{Metric: "bilateral trade", Value: 70e9, Unit: "USD", Comparator: "eq", Deadline: "2031", Holders: []string{"CL", "PE"}}}},
	})
}

// TestOwnInstitutions checks that in a government's own release a sum for
// its own missions or agencies, named after a preposition ("at New Zealand's
// missions", "within MFAT"), stays that
// government's: only a country the money goes to ("investment in New Zealand")
// is another's giving. And "trade missions" or a "trade office" are no
// level of trade, which would be both parties'. Names and figures invented.
func TestOwnInstitutions(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a list of items for the government's own offices", "NZ", true, []string{"NZ", "PE"},
			"The new funding includes $41 million to launch Minister-led trade missions to the region, $27.3 million to establish a New Zealand agriculture office in the region, and $88.5 million to expand capacity at New Zealand's missions in the region and within MFAT.",
			[]accord.Target{
				{Metric: "trade missions", Value: 41e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}},
				{Metric: "agriculture office", Value: 27.3e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}},
				{Metric: "capacity", Value: 88.5e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}},
			}},
		{"a level of trade is still the pair's", "CL", true, []string{"CL", "PE"},
			"Chile committed to bolster the trade revenue to US$4 billion in 2027.",
			[]accord.Target{{Metric: "trade revenue", Value: 4e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"CL", "PE"}}}},
	})
}

// TestTradingPartnership checks that "our trading partnership with" a
// country, in lower case, is the pair's trade: a speaker's "we will double
// the value of our trading partnership with Peru" restates the release's
// goal of doubling Chile-Peru trade, and is one target with it. Figures
// invented.
func TestTradingPartnership(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a speaker restates the pair's goal", "CL", true, []string{"CL", "PE"},
			`The partnership sets the ambition to double the value of Chile-Peru trade by 2032. The President said: "With the new partnership, we will double the value of our trading partnership with Peru."`,
			[]accord.Target{{Metric: "trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2032", Holders: []string{"CL", "PE"}}}},
		{"alone", "CL", true, []string{"CL", "PE"},
			"Chile will double the value of its trade partnership with Peru.",
			[]accord.Target{{Metric: "trade", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
	})
}

// TestGluedFiscalYear checks a fiscal year written as one word ("FY2031")
// as "FY 2031" is read: the goal's deadline, not what it measures; and
// that "and aim for goals of" after one sum opens a goal of its own, whose
// year the sum before does not share. Names and figures invented.
func TestGluedFiscalYear(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"in FY2031", "PE", true, []string{"PE", "CL"},
			"Peru aims for 90 billion euros of domestic investment in FY2031.",
			[]accord.Target{{Metric: "domestic investment", Value: 90e9, Unit: "EUR", Comparator: "eq", Deadline: "2031", Holders: []string{"PE"}}}},
		{"a goal of its own after and aim", "PE", true, []string{"PE", "CL"},
			"Peru will go beyond the existing domestic investment target of 70 billion euros and aim for ambitious goals of 90 billion euros in FY2031.",
			[]accord.Target{
				{Metric: "domestic investment", Value: 70e9, Unit: "EUR", Comparator: "eq", Holders: []string{"PE"}},
				{Metric: "domestic investment", Value: 90e9, Unit: "EUR", Comparator: "eq", Deadline: "2031", Holders: []string{"PE"}},
			}},
	})
}

// TestWithinYears checks that a sum given "within three years" is spent
// over the span from the year of publication (2025), as "over three years"
// is, while "within the region" is no span. Figures invented.
func TestWithinYears(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"within three years", "PE", false, []string{"PE", "CL"},
			"Peru will provide US$450 million in development assistance within three years to the Andean countries.",
			[]accord.Target{{Metric: "development assistance", Value: 450e6, Unit: "USD", Comparator: "eq", Period: "2025-2028", Holders: []string{"PE"}}}},
		{"within the region", "PE", false, []string{"PE", "CL"},
			"Peru will provide US$450 million in development assistance within the region.",
			[]accord.Target{{Metric: "development assistance", Value: 450e6, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}

// TestBackshiftedCommitment checks reported speech: "said that Britain was
// extending £3 million" moves "is extending", a commitment in progress,
// back a tense; without a reporting verb "was providing" stays a report.
// And "projects of mutual interest" are no pair's measure: the sum stays
// the giver's. Names and figures invented.
func TestBackshiftedCommitment(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"said that … was extending", "PE", true, []string{"PE", "CL"},
			"The Ambassador said that Chile was extending US$7 million in emergency relief in coordination with the government of Peru.",
			[]accord.Target{{Metric: "emergency relief", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"was providing, no reported speech", "PE", true, []string{"PE", "CL"},
			"Before the storm, Chile was providing US$7 million a year in relief to Peru.",
			nil},
		{"projects of mutual interest", "PE", false, []string{"PE", "CL"},
			"Chile will provide US$90 million over the next five years to finance public and private projects of mutual interest.",
			[]accord.Target{{Metric: "projects", Value: 90e6, Unit: "USD", Comparator: "eq", Period: "2025-2030", Holders: []string{"CL"}}}},
	})
}

// TestIndianScales checks the scales of Indian English: a crore is ten
// million, a lakh a hundred thousand, and "lakh crore" a lakh of crores;
// and that a verb of change ends what a level measures ("our bilateral
// trade grew by 30 percent … bringing it to"). Figures invented.
func TestIndianScales(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"crore", "IN", true, []string{"IN", "PE"},
			"Peru will invest ₹7,300 crore in the Indian railway sector.",
			[]accord.Target{{Metric: "investment", Value: 7.3e10, Unit: "INR", Comparator: "eq", Holders: []string{"PE"}}}},
		{"lakh crore", "IN", true, []string{"IN", "PE"},
			"Peru will invest Rs 1.4 lakh crore in India over the next five years.",
			[]accord.Target{{Metric: "investment", Value: 1.4e12, Unit: "INR", Comparator: "eq", Period: "2025-2030", Holders: []string{"PE"}}}},
	})
	text := "Last year, our bilateral trade grew by 12 percent to reach $3 billion, and we have set a goal of bringing it to $5 billion by 2029."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"PE", "CL"}, Context{})
	if len(got) != 1 || got[0].Metric != "bilateral trade" || got[0].Value != 5e9 || got[0].Deadline != "2029" {
		t.Errorf("a verb of change ends the measure: got %+v, want bilateral trade, 5e9, 2029", got)
	}
}

// TestLoanByBody checks a sum whose agent a body names after "by" right
// after what the sum is ("a loan by JICA"): the body's country gives it,
// even where "the two sides" signed the agreement for it. Figures invented.
func TestLoanByBody(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a loan by a body", "IN", true, []string{"IN", "JP"},
			"The two sides signed an agreement that will facilitate a Rs 9,100 crore loan by JICA for metro projects in India.",
			[]accord.Target{{Metric: "loan", Value: 9.1e10, Unit: "INR", Comparator: "eq", Holders: []string{"JP"}}}},
		{"by after a purpose names another's act", "US", true, []string{"US", "AU"},
			"DFC will partner with JBIC to each provide $40 million to guarantee financing by Export Finance Australia for the acquisition.",
			[]accord.Target{{Metric: "guarantee financing", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}

// TestAllocatedAhead checks that a sum a government "has allocated" for a
// span still to come is set aside for it, a commitment as "has committed"
// is, while an allocation with no span ahead, or in the past, reports what
// was spent. Figures invented.
func TestAllocatedAhead(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"has also allocated over the next years", "PE", true, []string{"PE", "CL"},
			"It has also allocated US$210 million in additional foreign aid to the Andes over the next four years.",
			[]accord.Target{{Metric: "foreign aid", Value: 210e6, Unit: "USD", Comparator: "eq", Period: "2025-2029", Holders: []string{"PE"}}}},
		{"since … has allocated", "PE", true, []string{"PE", "CL"},
			"Since the first summit, the agency has allocated over US$12 million in six focus countries to build participation.",
			nil},
		{"allocated last year", "PE", true, []string{"PE", "CL"},
			"Last year the Government allocated US$210 million to the programme.",
			nil},
	})
}

// TestRoundedRestatement checks that a sum stated round in a lead ("nearly
// half a billion pounds") and exact in the body ("£485 million") is one
// target, the exact one, while two sums that no rounding explains ("nearly
// $900 million" and "$1 billion") stay two. Names and figures invented.
func TestRoundedRestatement(t *testing.T) {
	for _, c := range []struct {
		approx, exact float64
		want          bool
	}{{5e8, 485e6, true}, {1.5e9, 1.46e9, true}, {9e8, 1e9, false}, {1.5e9, 1.4e9, false}, {2e9, 2.3e9, false}, {5e8, 5.4e8, false}} {
		got := rounded(accord.Target{Value: c.approx, Unit: "GBP", Comparator: accord.Approx}, accord.Target{Value: c.exact, Unit: "GBP", Comparator: accord.Eq})
		if got != c.want {
			t.Errorf("rounded(%v, %v) = %v, want %v", c.approx, c.exact, got, c.want)
		}
	}
}

// TestRoundedInLead checks the rule of TestRoundedRestatement in an
// article, and that the companies named after "by" after the sum ("by two
// major Peruvian companies") give it, whoever announced it. Names and
// figures invented.
func TestRoundedInLead(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"round in the lead, exact in the body", "GB", true, []string{"GB", "PE"},
			"More jobs will be created thanks to nearly half a billion pounds worth of investment by Peruvian businesses into the UK, the PM has announced today. The Prime Minister announced £485 million of investment into UK defence and innovation by two major Peruvian companies.",
			[]accord.Target{{Metric: "investment", Value: 485e6, Unit: "GBP", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}

// TestBalanceSize checks that the size of a trade surplus or deficit,
// "of" a sum, is a reported level, while reducing a deficit "by" a sum is
// a goal. Figures invented.
func TestBalanceSize(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a surplus of", "", false, []string{"PE", "CL"},
			"Trade totalled $31 billion last year and is expected to reach $40 billion this year, with an estimated surplus of $12 billion in Chile's favour.",
			nil},
		{"reduce the deficit by", "", false, []string{"PE", "CL"},
			"The two sides will work to reduce the trade deficit by $4 billion.",
			[]accord.Target{{Metric: "trade deficit", Value: 4e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
	})
}
