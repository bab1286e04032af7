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
