package extract

import "testing"

// TestWitnessedDocumentForms30 checks the signings visit reports tell
// after the leaders' talks in forms the phrase table's longest match
// missed: the exchange of "a number of" documents (the quantifier's "of"),
// "exchanges of documents" without the article, the passive "A number of
// documents were exchanged", and "They also signed" opening a sentence
// after the pair was named. Invented names.
func TestWitnessedDocumentForms30(t *testing.T) {
	const talks = "Prime Minister Arlo Venn of Peru held talks with Prime Minister Bera Tisk of Chile in Santiago on Monday. "
	both := []string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}
	tests := []sourcedCase{
		{"witnessed the exchange of a number of documents", "News Agency", "", "2023-05-09",
			talks + "Following their talks, the two leaders witnessed the exchange of a number of cooperation documents.", both},
		{"a number of documents were exchanged", "News Agency", "", "2023-05-09",
			talks + "A number of cooperation documents were exchanged in the presence of the two leaders.", both},
		{"witnessed exchanges of documents", "News Agency", "", "2023-05-09",
			talks + "At a ceremony at the Government Office, the two leaders witnessed exchanges of documents on cooperation in fisheries.", both},
		{"they also signed a memorandum", "News Agency", "", "2023-05-09",
			talks + "The two leaders pledged cooperation in supply chains. They also signed a memorandum of understanding on critical minerals.", both},
		{"exchanges of views witnessed are no signing", "News Agency", "", "2023-05-09",
			talks + "The two leaders witnessed exchanges of views between their business delegations.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"agreements they signed years ago are no signing of the day", "News Agency", "", "2023-05-09",
			talks + "The two leaders reviewed the agreements they signed in 2019.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"they exchanged views is no signing", "News Agency", "", "2023-05-09",
			talks + "They also exchanged views on regional issues.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
