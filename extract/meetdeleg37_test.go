package extract

import "testing"

// TestLeadersDelegationMet checks "A met with a delegation led by B" where
// B leads a country (a president or prime minister): two leaders' meeting,
// as "President A met President B" is; a delegation a minister or speaker
// heads, or one a leader "received", "welcomed" or "greeted", stays the
// reception it was. Names invented.
func TestLeadersDelegationMet(t *testing.T) {
	tests := []sourcedCase{
		{"a president meets a delegation a president leads", "", "", "2024-05-21",
			"On the morning of May 21, Uruguayan President Tomas Ibarra met with a delegation led by President Lio Farr of the Republic of Paraguay. The two presidents discussed trade.",
			[]string{"meeting 2024-05-21 Lio Farr+Tomas Ibarra"}},
		{"a president meets a delegation a prime minister leads", "", "", "2024-10-08",
			"On the morning of October 8, Uruguayan President Tomas Ibarra met with a delegation led by Prime Minister Arvel Danko of Fiji and his wife.",
			[]string{"meeting 2024-10-08 Arvel Danko+Tomas Ibarra"}},
		{"meets, present tense, in a headline's wording", "", "", "2024-10-08",
			"Uruguayan President Tomas Ibarra meets a delegation led by Prime Minister Arvel Danko of Fiji at the Presidential Office.",
			[]string{"meeting 2024-10-08 Arvel Danko+Tomas Ibarra"}},
		// Unchanged: a lower-ranked head, and the reception verbs.
		{"a delegation a minister leads: a reception", "", "", "2024-05-19",
			"Uruguayan President Tomas Ibarra met with a delegation led by Foreign Minister Edda Strand of Norway.",
			[]string{"reception 2024-05-19 Edda Strand+Tomas Ibarra"}},
		{"received a delegation a prime minister leads: a reception", "", "", "2013-06-27",
			"Uruguayan President Tomas Ibarra has today received a Fijian delegation led by Prime Minister Arvel Danko.",
			[]string{"reception 2013-06-27 Arvel Danko+Tomas Ibarra"}},
		{"welcomed a delegation a president leads: a reception", "", "", "2024-05-21",
			"Chilean Foreign Minister Edda Strand welcomed a delegation led by President Lio Farr of Paraguay at the airport on Tuesday.",
			[]string{"reception 2024-05-21 Edda Strand+Lio Farr"}},
	}
	runTyped(t, tests, "engagements", "meeting", "talks", "reception")
}
