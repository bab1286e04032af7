package extract

import "testing"

// TestRecalledFrame36 checks that a contact opened by a frame taking up a
// visit the sentence before recalls ("In April 2024, A made a visit to C.
// There, he held a summit meeting with B", in a report of June) is no held
// contact of the publication's day, and that a contact the text dates
// itself, or a visit held now, keeps its reading. Names invented.
func TestRecalledFrame36(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"there after a recalled visit", "", "", "2024-06-01",
			"In April 2024, Prime Minister Tomas Arvelo of Chile made an official visit to Peru. There, he held a summit meeting with Peruvian President Ana Rojas.",
			nil},
		{"during the visit after a recalled visit", "", "", "2024-06-01",
			"In April 2024, Prime Minister Tomas Arvelo of Chile made an official visit to Peru. During the visit, he held a summit meeting with Peruvian President Ana Rojas.",
			nil},
		{"a contact dated today stays held", "", "", "2024-06-01",
			"In April 2024, Prime Minister Tomas Arvelo of Chile made an official visit to Peru. Prime Minister Arvelo held talks with Ana Rojas, President of Peru, today.",
			[]string{"talks 2024-06-01 Ana Rojas+Tomas Arvelo"}},
		{"a visit held now keeps its contact", "", "", "2024-04-10",
			"Prime Minister Tomas Arvelo of Chile is on an official visit to Peru this week. During the visit, he held a summit meeting with Peruvian President Ana Rojas.",
			[]string{"meeting 2024-04 Ana Rojas+Tomas Arvelo", "visit 2024-04 Ana Rojas+Tomas Arvelo"}},
	})
}
