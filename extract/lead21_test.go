package extract

import (
	"slices"
	"testing"
)

// TestPlacesShapedLikeNames checks that places whose names read like a
// person's (a given name and a family name, a title and a surname) are not
// taken for persons, while a person beside them still is (persons invented).
func TestPlacesShapedLikeNames(t *testing.T) {
	x := newX(t)
	tests := []struct{ body, person, notPerson string }{
		{"Turning to Diego Garcia, Minister Anna Velkova of Chile said the base must stay open.", "Anna Velkova", "Diego Garcia"},
		{"Minister Anna Velkova of Chile visited the new port in General Santos on Friday.", "Anna Velkova", "Santos"},
		{"Minister Anna Velkova of Chile opened the airport of Pedro Juan Caballero.", "Anna Velkova", "Pedro Juan Caballero"},
		{"Minister Anna Velkova of Chile watched the exercise near Alice Springs.", "Anna Velkova", "Alice Springs"},
		{"Minister Anna Velkova of Chile attended the forum in Charlotte Amalie.", "Anna Velkova", "Charlotte Amalie"},
		{"Minister Anna Velkova of Chile spoke at the summit in George Town.", "Anna Velkova", "George Town"},
	}
	for _, tt := range tests {
		f := x.Extract(article("", "2025-05-10", tt.body))
		var got []string
		for n := range persons(f) {
			got = append(got, n)
		}
		if !slices.Contains(got, tt.person) || slices.Contains(got, tt.notPerson) {
			t.Errorf("%q: persons %v, want %q and not %q", tt.body, got, tt.person, tt.notPerson)
		}
	}
}

// TestParentheticalCues checks that a status cue before an adverbial set
// off by commas still marks the contact after it: a call someone intends
// to organise, "in particular", is not held (names invented).
func TestParentheticalCues(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an intended call across a parenthetical", "", "", "2025-01-21",
			"Despite media reports about President Ana Ruiz's intention to organize, in particular, a telephone conversation with President Ivan Petrov of Ruritania, no request was received, the aide said.",
			nil},
		{"an intended call in a quotation", "", "", "2025-01-21",
			"Santiago has not yet made proposals to organize a telephone conversation between Ruritanian and Chilean Presidents Ivan Petrov and Ana Ruiz, said Ruritanian presidential aide Oleg Marin. \"Our president noted that, despite media reports about President Ruiz's intention to organize, in particular, a telephone conversation with us, no specific applications on this matter have yet been received from Santiago,\" he told reporters on Tuesday.",
			nil},
		{"a call to organise", "", "", "2025-01-21",
			"Ruritanian President Ivan Petrov noted that, despite reports about Chilean President Ana Ruiz's intention to organize, in particular, a telephone conversation with him, no request had been received.",
			nil},
		{"proposals to arrange a meeting", "", "", "2025-01-21",
			"No proposals to arrange a meeting between Chilean President Ana Ruiz and Ruritanian President Ivan Petrov have been made, the aide said.",
			nil},
		{"a plan across a parenthetical", "", "", "2025-01-21",
			"Chilean President Ana Ruiz will, however, hold talks with Ruritanian President Ivan Petrov.",
			nil},
		{"a held call stays held", "", "", "2025-01-21",
			"Chilean President Ana Ruiz had, in particular, a telephone conversation with Ruritanian President Ivan Petrov on Tuesday.",
			[]string{"phone_call 2025-01-21 Ana Ruiz+Ivan Petrov"}},
	})
}

// TestTwoLeadersOfThree checks that "the two leaders" in a text whose lead
// names three leaders are the two the sentence before named (a day of a
// trilateral summit and two bilateral meetings; names invented).
func TestTwoLeadersOfThree(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a trilateral summit, then two of its leaders", "", "", "2018-05-10",
			"On May 9, 2018, Prime Minister Kenji Arata of Japan attended the Japan-Chile-Peru Trilateral Summit Meeting with President Ana Ruiz of Chile and President Tomas Berg of Peru. In the afternoon, Prime Minister Arata, together with President Berg, attended a guard of honor ceremony. The two leaders then held talks.",
			[]string{"summit 2018-05-09 Ana Ruiz+Kenji Arata+Tomas Berg", "talks 2018-05-09 Kenji Arata+Tomas Berg"}},
		{"the office alone names one of the two", "", "", "2018-05-10",
			"On May 9, 2018, Prime Minister Kenji Arata of Japan attended the Japan-Chile-Peru Trilateral Summit Meeting with President Ana Ruiz of Chile and President Tomas Berg of Peru. In the afternoon, the Prime Minister, together with President Berg, attended a guard of honor ceremony. The two leaders then held talks, followed by a signing ceremony and joint press announcement.",
			[]string{"press_conference 2018-05-09 Kenji Arata+Tomas Berg", "signing 2018-05-09 Kenji Arata+Tomas Berg", "summit 2018-05-09 Ana Ruiz+Kenji Arata+Tomas Berg", "talks 2018-05-09 Kenji Arata+Tomas Berg"}},
		{"two leaders of a bilateral readout stay its principals", "", "", "2018-05-10",
			"On May 9, 2018, Prime Minister Kenji Arata of Japan held talks with President Ana Ruiz of Chile. Prime Minister Arata welcomed President Ruiz. The two leaders then held a joint press conference.",
			[]string{"press_conference 2018-05-09 Ana Ruiz+Kenji Arata", "talks 2018-05-09 Ana Ruiz+Kenji Arata"}},
	})
}
