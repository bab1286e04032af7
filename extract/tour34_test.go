package extract

import "testing"

// TestTourWithoutGuessedHost checks a tour told by its list of countries
// ("A was visiting B, C and D") in a text that also reports A's meeting
// with the leader of one of them: a visit to each country, the stop whose
// leader the text names taking that leader as host, not one visit to the
// first country with the leader of another. Invented names.
func TestTourWithoutGuessedHost(t *testing.T) {
	tests := []sourcedCase{
		{"was visiting three countries, then met the leader of the last", "", "", "2023-05-24",
			"Prime Minister Arlo Venn of Chile was visiting Japan, Fiji and Australia. Venn met Prime Minister Bera Tisk of Australia on Tuesday.",
			[]string{"meeting 2023-05-23 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Fiji", "visit 2023-05 Arlo Venn+Japan"}},
		{"is visiting two countries, then met the leader of the second", "", "", "2023-05-24",
			"Prime Minister Arlo Venn of Chile is visiting Japan and Australia. Venn met Prime Minister Bera Tisk of Australia on Tuesday.",
			[]string{"meeting 2023-05-23 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Japan"}}, // the further stop is ahead (tourStops)
		// Right on main too: one country visited keeps the leader met there.
		{"one country, its leader met", "", "", "2023-05-24",
			"Prime Minister Arlo Venn of Chile was visiting Australia. Venn met Prime Minister Bera Tisk of Australia on Tuesday.",
			[]string{"meeting 2023-05-23 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestJourneyOnVisits checks plural visits that a departure opens ("left
// the capital on Sunday for state visits to A, B and C", "embarked on
// official visits to A and B"): the tour's first stop held, the further
// stops ahead, as the singular "for a state visit to A and B" reads. An
// inviter of a later stop named in the sentence is that stop's host, not
// the first's. Plural visits in general stay unread. Invented names.
func TestJourneyOnVisits(t *testing.T) {
	tests := []sourcedCase{
		{"left the capital for state visits to two countries", "", "", "2024-05-05",
			"President Arlo Venn of Chile left Santiago on Sunday morning for state visits to France and Serbia.",
			[]string{"visit held Arlo Venn+France", "visit pending Arlo Venn+Serbia"}},
		{"embarked on official visits to two countries", "", "", "2024-05-05",
			"President Arlo Venn of Chile embarked on official visits to France and Serbia on Sunday.",
			[]string{"visit held Arlo Venn+France", "visit pending Arlo Venn+Serbia"}},
		{"the inviters of two stops named after the list", "", "", "2024-05-05",
			"President Arlo Venn of Chile left Santiago on Sunday morning for state visits to France, Serbia and Hungary at the invitation of President Bera Tisk of France and President Cato Lund of Serbia.",
			[]string{"visit held Arlo Venn+Bera Tisk", "visit pending Arlo Venn+Serbia", "visit pending Arlo Venn+Hungary"}},
		// Right on main too: visits in general, no departure.
		{"returned for official visits: none", "", "", "2024-05-05",
			"President Arlo Venn of Chile returned to Europe for official visits.",
			nil},
	}
	runSourcedBy(t, tests, "engagements", heldOrPending)
}

// TestOwnedVisitor checks a visit phrase that names no person of its own
// but is owned: by a pronoun ("and will be travelling to Port Lira for his
// introductory visit to C"), the clause's agent visits; followed by "by" a
// person ("a three-nation tour of A, B and C by President X"), that person
// does (dev63's Ghana presidency release; no invented text reproduced it).
// Not the sentence's countries as the sides. Invented names.
func TestOwnedVisitor(t *testing.T) {
	tests := []sourcedCase{
		{"his visit in a second clause", "", "", "2024-06-11",
			"Prime Minister Arlo Venn of Chile concluded his introductory visit to Peru today, and will be travelling to Port Lira for his introductory visit to Bolivia later this evening.",
			[]string{"visit held Arlo Venn+Peru", "visit pending Arlo Venn+Bolivia"}}, // main: a visit of Bolivia, Chile and Peru
	}
	runSourcedBy(t, tests, "engagements", heldOrPending)
}

// TestLateStops checks a tour told as past in a text about nothing else
// ("made a three-nation tour of A, B and C last week"): every stop is a
// visit held, not only the first. Invented names.
func TestLateStops(t *testing.T) {
	tests := []sourcedCase{
		{"a past tour of three countries", "", "", "2012-09-09",
			"President Arlo Venn of Chile made a three-nation tour of Peru, Bolivia and Ecuador last week.",
			[]string{"visit held Arlo Venn+Peru", "visit held Arlo Venn+Bolivia", "visit held Arlo Venn+Ecuador"}}, // main: Peru only
		// Right on main too: one country.
		{"a past visit to one country", "", "", "2012-09-09",
			"President Arlo Venn of Chile made a visit to Peru last week.",
			[]string{"visit held Arlo Venn+Peru"}},
	}
	runSourcedBy(t, tests, "engagements", heldOrPending)
}
