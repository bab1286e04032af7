package extract

import "testing"

// TestPressStatementDuringVisit26 checks that a leader's "Press statement
// by A during the visit of B", read at home beside the guest, is the two
// leaders' joint press occasion (an author's own statement after a summit
// stays one side's speech) (names invented).
func TestPressStatementDuringVisit26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"named guest", "Presidency of the Republic of Peru", "Press statement by President Ana Ruiz during the visit of the Prime Minister of Chile, Luis Vega", "2025-07-08",
			"It is a great joy to receive Prime Minister Vega.\nTwo great countries, Chile and Peru, cannot remain distant.\nI thanked Prime Minister Vega for Chile's participation in the Alliance against Hunger.",
			[]string{"press_conference 2025-07-08 Ana Ruiz+Luis Vega", "visit 2025-07 Ana Ruiz+Luis Vega"}},
		{"guest by office", "Ministry of External Affairs, Government of Peru", "Translation of Press Statement by Prime Minister Tomas Ito during the State Visit of President of Chile", "2019-01-25",
			"Your Excellency, President Vega,\nDistinguished guests who came here from Chile,\n\nIt is a matter of great pleasure for us that President Luis Vega of Chile is present among us today. It is his first visit to Peru as the President.",
			[]string{"press_conference 2019-01-25 Luis Vega+Tomas Ito", "visit 2019-01 Luis Vega+Peru"}},
		{"a written joint statement: no press occasion", "Ministry of External Affairs, Government of Peru", "Peru-Chile Joint Statement during the State visit of President of Chile to Peru", "2017-04-10",
			"President Luis Vega of Chile paid a State visit to Peru from 9 to 10 April 2017 at the invitation of Peruvian Prime Minister Tomas Ito.",
			[]string{"visit 2017-04 Luis Vega+Tomas Ito"}},
		{"during his visit to the host", "Prime Minister's Office, Peru", "Media Statement by Prime Minister Tomas Ito during his visit to Chile", "2015-03-13",
			"I am delighted to be in Chile, in this beautiful city of Santiago. I am truly honoured by the warm welcome of President Ana Ruiz of Chile and her friendship. That is what we achieved in my meetings with President Ruiz today.",
			[]string{"meeting 2015-03-13 Ana Ruiz+Tomas Ito", "press_conference 2015-03-13 Ana Ruiz+Tomas Ito", "visit 2015-03 Ana Ruiz+Tomas Ito"}},
		{"after a summit: the author's own", "Presidency of the Republic of Peru", "Press statement by President Ana Ruiz following the Peru-Chile summit", "2025-07-08",
			"Today I met President Luis Vega of Chile. We agreed to deepen our trade.",
			[]string{"meeting 2025-07-08 Ana Ruiz+Luis Vega"}},
	})
}
