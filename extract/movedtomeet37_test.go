package extract

import "testing"

// TestMovedToMeet checks a contact told as the purpose of a move already
// made: "proceeded to the palace to meet King A", "was driven to the Grand
// Hall to meet with B", "went to the ministry to meet C": the narrative of
// the day, so the contact was held. A move ahead ("will travel to C to
// meet A", "plans to go to C to meet A") stays a plan. Names invented.
func TestMovedToMeet(t *testing.T) {
	tests := []sourcedCase{
		{"proceeded to the palace to meet", "", "", "2023-05-08",
			"Chilean President Tomas Ibarra then proceeded to the Royal Palace to meet King Lio Farr of Tonga on Monday.",
			[]string{"meeting 2023-05-08 Lio Farr+Tomas Ibarra"}},
		{"talks, then driven to a hall to meet with the king", "", "", "2023-09-05",
			"Chilean President Tomas Ibarra proceeded to a state protocol lounge for talks with Prime Minister Arvel Danko of Tonga before being driven to the Grand Hall to meet with King Lio Farr of Tonga.",
			[]string{"meeting 2023-09-05 Lio Farr+Tomas Ibarra", "talks 2023-09-05 Arvel Danko+Tomas Ibarra"}},
		{"went to the ministry to meet", "", "", "2023-05-08",
			"On Monday, Chilean President Tomas Ibarra went to the Defence Ministry to meet Norwegian Defence Minister Edda Strand and discuss security.",
			[]string{"meeting 2023-05-08 Edda Strand+Tomas Ibarra"}},
		{"travelled to a city to hold talks with", "", "", "2023-05-08",
			"Chilean Foreign Minister Tomas Ibarra travelled to Oslo on Monday to hold talks with Norwegian Foreign Minister Edda Strand.",
			[]string{"talks 2023-05-08 Edda Strand+Tomas Ibarra"}},
		// Unchanged: a move ahead.
		{"will travel to meet: ahead", "", "", "2023-05-08",
			"Chilean Foreign Minister Tomas Ibarra will travel to Oslo next week to meet Norwegian Foreign Minister Edda Strand.",
			nil},
		{"plans to go to meet: ahead", "", "", "2023-05-08",
			"Chilean Foreign Minister Tomas Ibarra plans to go to Oslo to meet Norwegian Foreign Minister Edda Strand.",
			nil},
	}
	runTyped(t, tests, "engagements", "meeting", "talks")
}

// TestMovedToPlace checks that a move to a place whose name holds a
// contact's noun ("proceeded to a meeting room to witness") tells no
// contact. Names invented.
func TestMovedToPlace(t *testing.T) {
	tests := []sourcedCase{
		{"proceeded to a meeting room", "", "", "2022-03-21",
			"After the session, Chilean President Tomas Ibarra and Norwegian Prime Minister Edda Strand proceeded to a meeting room to witness the exchange of documents.",
			nil},
	}
	runTyped(t, tests, "engagements", "meeting", "talks")
}
