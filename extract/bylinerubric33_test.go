package extract

import "testing"

// TestBylineRubric33 checks a byline under a rubric line ("Press
// Availability", "Remarks", "Press Statement" above the speaker's name, as
// a ministry's archive prints them) and a byline giving the office after a
// comma on the name's line ("A B, Secretary of State"): the speaker is the
// name alone, the side of the meeting the remarks tell; the rubric is no
// part of the name (names invented).
func TestBylineRubric33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"rubric above the name", "U.S. Department of State", "Joint Press Availability With Peruvian Foreign Minister Luis Vega After Their Meeting", "2013-04-14",
			"Press Availability\nAnna Kessler\nSecretary of State\nTreaty Room\nWashington, DC\nApril 14, 2013\n\nHello. Well, it was a pleasure to welcome Foreign Minister Vega to the State Department. And as I told Minister Vega, we stand ready to assist the people of Peru.",
			[]string{"meeting 2013-04-14 Anna Kessler+Luis Vega", "press_conference 2013-04-14 Anna Kessler+Luis Vega"}},
		{"one-word rubric, initial", "U.S. Department of State", "Remarks With Peruvian Foreign Minister Luis Vega After Their Meeting", "2013-04-14",
			"Remarks\nAnna B. Kessler\nSecretary of State\nLima, Peru\nApril 14, 2013\n\nHello. Well, it was a pleasure to meet Foreign Minister Vega today. And as I told Minister Vega, we stand ready to assist the people of Peru.",
			[]string{"meeting 2013-04-14 Anna B. Kessler+Luis Vega"}},
		{"rubric joined to the byline", "U.S. Department of State", "Joint Press Availability With Peruvian Foreign Minister Luis Vega After Their Meeting", "2013-04-14",
			"Press Availability Anna Kessler Secretary of State Treaty Room Washington, DC April 14, 2013\n\nHello. Well, it was a pleasure to welcome Foreign Minister Vega to the State Department. And as I told Minister Vega, we stand ready to assist the people of Peru.",
			[]string{"meeting 2013-04-14 Anna Kessler+Luis Vega", "press_conference 2013-04-14 Anna Kessler+Luis Vega"}},
		{"a name, not a rubric", "U.S. Department of State", "Remarks With Peruvian Foreign Minister Luis Vega After Their Meeting", "2013-04-14",
			"Anna Kessler Secretary of State Treaty Room Washington, DC April 14, 2013\n\nHello. Well, it was a pleasure to welcome Foreign Minister Vega to the State Department. And as I told Minister Vega, we stand ready to assist the people of Peru.",
			[]string{"meeting 2013-04-14 Anna Kessler+Luis Vega"}},
		{"office after a comma", "U.S. Department of State", "Remarks With Peruvian Foreign Minister Luis Vega After Their Meeting", "2013-04-14",
			"Anna Kessler, Secretary of State\nTreaty Room\nWashington, DC\nApril 14, 2013\n\nHello. Well, it was a pleasure to welcome Foreign Minister Vega to the State Department. And as I told Minister Vega, we stand ready to assist the people of Peru.",
			[]string{"meeting 2013-04-14 Anna Kessler+Luis Vega"}},
	})
}
