package extract

import "testing"

// TestPlannedWelcomeAndCoordinatedVisit checks that a visit a call or
// meeting only plans is not read as held: "looked forward to welcoming the
// Prime Minister of C in D on a State Visit", "agreed to coordinate
// Minister A's visit to C". Annotators code the call or meeting alone
// (plan_verbs: "welcoming", "coordinate"). Invented names.
func TestPlannedWelcomeAndCoordinatedVisit(t *testing.T) {
	tests := []sourcedCase{
		{"looked forward to welcoming a leader on a State Visit", "", "", "2021-02-03",
			"Prime Minister Arlo Venn had a telephone conversation today with President Bera Tisk of Peru. He looked forward to welcoming the President of Peru in Chile on a State Visit at early mutual convenience.",
			[]string{"phone_call 2021-02-03 Arlo Venn+Bera Tisk"}},
		{"agreed to coordinate a minister's visit", "", "", "2012-06-19",
			"On June 18, Prime Minister Arlo Venn held a meeting with President Bera Tisk of Peru in Lima. Then, the two leaders agreed to coordinate Minister Cato Rell's visit to Peru as early as this summer to discuss bilateral relations.",
			[]string{"meeting 2012-06-18 Arlo Venn+Bera Tisk"}},
		// Right on main too: a welcome under way is held.
		{"welcomed a leader on his visit: held", "", "", "2021-02-03",
			"Prime Minister Arlo Venn of Chile held talks with President Bera Tisk of Peru in Santiago today. Venn was happy to welcome the President on his first visit to Chile.",
			[]string{"talks 2021-02-03 Arlo Venn+Bera Tisk", "visit 2021-02 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestCountedAgoRecalled checks that a contact dated by a counted span
// back ("less than two weeks ago", "more than a month ago") is recalled,
// as one "two weeks ago" is, and not held on the day of the report; a
// comparison's "than" still blocks ("closer than last year"). Invented names.
func TestCountedAgoRecalled(t *testing.T) {
	tests := []sourcedCase{
		{"a call less than two weeks ago", "", "", "2019-05-14",
			"President Arlo Venn will meet President Bera Tisk at next month's summit. Although Venn and Tisk discussed trade in an hour-long phone call less than two weeks ago, their ministers disagree.",
			nil},
		{"met more than a month ago", "", "", "2019-05-14",
			"Prime Minister Arlo Venn of Chile and President Bera Tisk of Peru are neighbours. Arlo Venn and Bera Tisk met in Lima more than a month ago.",
			nil},
		// Right on main too: the same with a bare count.
		{"a call two weeks ago", "", "", "2019-05-14",
			"President Arlo Venn will meet President Bera Tisk at next month's summit. Although Venn and Tisk discussed trade in an hour-long phone call two weeks ago, their ministers disagree.",
			nil},
	}
	runSourced(t, tests)
}

// TestElapsedOpenerPersons checks that a person named after "a week
// after", "days after" that follows a contact is of the earlier event the
// clause dates from it, not a side of the contact: "held talks with B on
// Tuesday, a week after President C gave a speech". A sentence opened
// by the span keeps its sides. Invented names.
func TestElapsedOpenerPersons(t *testing.T) {
	tests := []sourcedCase{
		{"a week after another leader's speech", "", "", "2018-04-03",
			"Foreign Minister Ari Dols of Chile held talks with Foreign Minister Wen Yu of Peru in Lima on Tuesday, a week after Chile's President Kim Varo gave a speech on the border.",
			[]string{"talks 2018-04-03 Ari Dols+Wen Yu"}},
		{"days after another leader's call", "", "", "2018-04-03",
			"Foreign Minister Ari Dols of Chile met Foreign Minister Wen Yu of Peru in Lima on Tuesday, two days after President Kim Varo of Chile had called President Lo Pell of Peru.",
			[]string{"meeting 2018-04-03 Ari Dols+Wen Yu"}},
		// Right on main too: the span opening the sentence.
		{"a sentence opened by the span", "", "", "2018-04-03",
			"Two days after the election Foreign Minister Ari Dols of Chile met Foreign Minister Wen Yu of Peru in Lima on Tuesday.",
			[]string{"meeting 2018-04-03 Ari Dols+Wen Yu"}},
	}
	runSourced(t, tests)
}
