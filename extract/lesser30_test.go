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

// TestJointPressStatementSpoken30 checks a joint press statement the
// leaders give aloud after their meeting, in the forms of presidential
// secretariats and agencies ("held a bilateral meeting and continued with a
// joint press statement", "delivered a joint press statement", "In his
// joint press statement, President A ..."), and "joint remarks to the
// media": a press conference of the two. A joint press statement issued is
// a document, and one to be delivered is a plan: neither is. Invented names.
func TestJointPressStatementSpoken30(t *testing.T) {
	const met = "President Arif Wiranto of Indonesia held a bilateral meeting with Prime Minister Arlo Venn of Peru at the Bogor Palace on Thursday. "
	meeting := "meeting 2024-03-07 Arif Wiranto+Arlo Venn"
	press := "press_conference 2024-03-07 Arif Wiranto+Arlo Venn"
	tests := []sourcedCase{
		{"continued with a joint press statement", "Cabinet Secretariat", "", "2024-03-08",
			"President Arif Wiranto of Indonesia and Prime Minister Arlo Venn of Peru held a bilateral meeting at the Bogor Palace on Thursday and continued with a joint press statement.",
			[]string{meeting, press}},
		{"followed by a joint press statement", "Cabinet Secretariat", "", "2024-03-08",
			met + "The meeting was followed by a joint press statement at the palace.",
			[]string{meeting, press}},
		{"the leaders delivered a joint press statement", "Cabinet Secretariat", "", "2024-03-08",
			met + "The two leaders then delivered a joint press statement at the palace.",
			[]string{meeting, press}},
		{"in his joint press statement", "Cabinet Secretariat", "", "2024-03-08",
			met + "In his joint press statement, President Wiranto expressed appreciation to Prime Minister Venn.",
			[]string{meeting, press}},
		{"joint remarks to the media", "News Agency", "", "2024-03-08",
			met + "In joint remarks to the media, President Wiranto said he was delighted to welcome Prime Minister Venn.",
			[]string{meeting, press}},
		{"a joint press statement issued is a document", "Cabinet Secretariat", "", "2024-03-08",
			met + "The two leaders then issued a joint press statement.",
			[]string{meeting}},
		{"a joint press statement to be delivered is a plan", "Cabinet Secretariat", "", "2024-03-06",
			"President Arif Wiranto of Indonesia will hold a bilateral meeting with Prime Minister Arlo Venn of Peru at the Bogor Palace on Thursday. The two leaders will deliver a joint press statement after the meeting.",
			nil},
	}
	runSourced(t, tests)
}

// TestLongOfficeLabel30 checks a transcript whose first speaker's label
// is formal and long ("THE HON A B, ACTING PRIME MINISTER OF THE REPUBLIC
// OF C:", twelve words): the joint press conference its headline names,
// and the meeting of the two leaders, as with a shorter label. Invented
// names.
func TestLongOfficeLabel30(t *testing.T) {
	const tail = " Prime Minister Baker, ladies and gentlemen, good afternoon. Let me once again welcome Prime Minister Tom Baker of Australia on his first official visit to Peru."
	tests := []sourcedCase{
		{"an honorific and an acting office of a republic", "Prime Minister of Australia", "Transcript - Joint press conference", "2024-03-05",
			"THE HON ARLO VENN, ACTING PRIME MINISTER OF THE REPUBLIC OF PERU:" + tail,
			[]string{"meeting 2024-03-05 Arlo Venn+Tom Baker", "press_conference 2024-03-05 Arlo Venn+Tom Baker", "visit 2024-03 Arlo Venn+Tom Baker"}},
	}
	runSourced(t, tests)
}

// TestSeparateContacts30 checks contacts a visitor held one by one, told
// as "held separate discussions/talks/bilateral meetings with A, B and C":
// one contact with each, as "held separate meetings with" gives, not one
// contact of them all. Invented names.
func TestSeparateContacts30(t *testing.T) {
	tests := []sourcedCase{
		{"separate discussions after a meeting, under a readout headline", "U.S. Department of Defense",
			"Readout of Secretary of Defense Tom Baker's Meeting With Peruvian Minister of Defense Arlo Venn", "2024-03-05",
			"Secretary of Defense Tom Baker met with his Peruvian counterpart, Minister of Defense Arlo Venn, and held separate discussions with President Bera Tisk and Minister for Foreign Affairs Dara Molt, March 5 in Lima.",
			[]string{"meeting 2024-03-05 Arlo Venn+Tom Baker", "meeting 2024-03-05 Bera Tisk+Tom Baker", "meeting 2024-03-05 Dara Molt+Tom Baker"}},
		{"separate talks", "News Agency", "", "2024-03-05",
			"Foreign Minister Tom Baker of Chile held separate talks with Foreign Minister Dara Molt of Peru and Foreign Minister Arlo Venn of Bolivia in Lima on March 5.",
			[]string{"talks 2024-03-05 Arlo Venn+Tom Baker", "talks 2024-03-05 Dara Molt+Tom Baker"}},
		{"separate bilateral meetings", "News Agency", "", "2024-03-05",
			"Foreign Minister Tom Baker of Chile held separate bilateral meetings with Foreign Minister Dara Molt of Peru and Foreign Minister Arlo Venn of Bolivia in Lima on March 5.",
			[]string{"meeting 2024-03-05 Arlo Venn+Tom Baker", "meeting 2024-03-05 Dara Molt+Tom Baker"}},
	}
	runSourced(t, tests)
}

// TestVisitSequence30 checks two contacts of a visit told in one sentence
// with an adverb of sequence before the second verb ("held talks with A
// and later called on B"): one contact each, as "and called on B" gives,
// not one contact of all three; and that a gathering the visitor
// congratulates the host on ("conveyed his congratulations on a highly
// successful Group of Seven meeting") is no contact of the text's persons.
// Invented names.
func TestVisitSequence30(t *testing.T) {
	const lead = "Secretary of Defense Tom Baker met with his Peruvian counterpart, Minister of Defense Arlo Venn, and held separate discussions with President Bera Tisk and Minister for Foreign Affairs Dara Molt, March 5 in Lima."
	tests := []sourcedCase{
		{"and later called on", "News Agency", "", "2024-03-06",
			"LIMA: Secretary of State Tom Baker held talks with Foreign Minister Arlo Venn of Peru on Wednesday and later called on President Bera Tisk at the Palace.",
			[]string{"reception 2024-03-06 Bera Tisk+Tom Baker", "talks 2024-03-06 Arlo Venn+Tom Baker"}},
		{"and then also called on", "News Agency", "", "2024-03-06",
			"LIMA: Secretary of State Tom Baker held talks with Foreign Minister Arlo Venn of Peru on Wednesday and then also called on President Bera Tisk at the Palace.",
			[]string{"reception 2024-03-06 Bera Tisk+Tom Baker", "talks 2024-03-06 Arlo Venn+Tom Baker"}},
		{"congratulations on the host's gathering", "U.S. Department of Defense", "Readout of Secretary of Defense Tom Baker's Meeting With Peruvian Minister of Defense Arlo Venn", "2024-03-05",
			lead + "\n\nSecretary Baker conveyed his congratulations on a highly successful Group of Seven meeting in Cusco.",
			[]string{"meeting 2024-03-05 Arlo Venn+Tom Baker", "meeting 2024-03-05 Bera Tisk+Tom Baker", "meeting 2024-03-05 Dara Molt+Tom Baker"}},
		{"congratulated for hosting a summit", "U.S. Department of Defense", "", "2024-03-05",
			lead + "\n\nSecretary Baker congratulated President Tisk for hosting a successful summit of the Pacific Alliance.",
			[]string{"meeting 2024-03-05 Arlo Venn+Tom Baker", "meeting 2024-03-05 Bera Tisk+Tom Baker", "meeting 2024-03-05 Dara Molt+Tom Baker"}},
	}
	runSourced(t, tests)
}

// TestSoonAfter30 checks that "soon after" orders two past contacts of a
// visit ("met B on Wednesday, soon after he held talks with C"): the talks
// are held, not planned, while "will soon hold talks" stays a plan.
// Invented names.
func TestSoonAfter30(t *testing.T) {
	tests := []sourcedCase{
		{"soon after he held talks", "News Agency", "", "2024-03-06",
			"LIMA: Secretary of State Tom Baker met President Bera Tisk of Peru at the Palace on Wednesday, soon after he held talks with Foreign Minister Arlo Venn.",
			[]string{"meeting 2024-03-06 Bera Tisk+Tom Baker", "talks 2024-03-06 Arlo Venn+Tom Baker"}},
		{"soon after holding talks", "News Agency", "", "2024-03-06",
			"LIMA: Secretary of State Tom Baker met President Bera Tisk of Peru at the Palace on Wednesday, soon after holding talks with Foreign Minister Arlo Venn.",
			[]string{"meeting 2024-03-06 Bera Tisk+Tom Baker", "talks 2024-03-06 Arlo Venn+Tom Baker"}},
		{"will soon hold talks is a plan", "News Agency", "", "2024-03-06",
			"LIMA: Secretary of State Tom Baker met President Bera Tisk of Peru at the Palace on Wednesday. He will soon hold talks with Foreign Minister Arlo Venn.",
			[]string{"meeting 2024-03-06 Bera Tisk+Tom Baker"}},
	}
	runSourced(t, tests)
}
