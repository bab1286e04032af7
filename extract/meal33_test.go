package extract

import "testing"

// TestHostedMeals33 checks a meal a host gives in a guest's honour, however
// worded, as a reception beside the day's talks (the references code
// "held a summit meeting and hosted a dinner for A" as both); a working
// meal stays the meeting, and a meal for no named person is none (names
// invented).
func TestHostedMeals33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"talks and a banquet in his honour", "", "Official visit of the Uruguayan Prime Minister", "2023-05-10",
			"Prime Minister Tavo Renkel of Norway held bilateral consultations with the visiting Prime Minister Ansel Morrow of Uruguay in Oslo on 9 May 2023 and also hosted a banquet in his honour.",
			[]string{"reception 2023-05-09 Ansel Morrow+Tavo Renkel", "talks 2023-05-09 Ansel Morrow+Tavo Renkel", "visit 2023-05 Ansel Morrow+Tavo Renkel"}},
		{"summit meeting and a dinner for the guest", "", "Norway-Uruguay summit", "2023-05-10",
			"On 9 May 2023, Prime Minister Tavo Renkel of Norway held a summit meeting and hosted a dinner for Mr. Ansel Morrow, Prime Minister of Uruguay.",
			[]string{"meeting 2023-05-09 Ansel Morrow+Tavo Renkel", "reception 2023-05-09 Ansel Morrow+Tavo Renkel"}},
		{"a place between the luncheon and the guest", "", "Prime Minister hosts luncheon", "2023-05-10",
			"OSLO: Norwegian Prime Minister Tavo Renkel on Tuesday hosted an official luncheon at the Harbour House complex in honour of Uruguayan Prime Minister Ansel Morrow.",
			[]string{"reception 2023-05-09 Ansel Morrow+Tavo Renkel"}},
		{"held an informal dinner party for", "", "Prime Minister treats guest to dinner", "2023-05-10",
			"Norwegian Prime Minister Tavo Renkel held an informal dinner party for Uruguayan Prime Minister Ansel Morrow on Tuesday night.",
			[]string{"reception 2023-05-09 Ansel Morrow+Tavo Renkel"}},
		{"the guest's spouse, named again later, comes with the guest", "", "Official visit", "2023-05-10",
			"Prime Minister Tavo Renkel of Norway hosted an official lunch for Prime Minister Ansel Morrow of Uruguay and his spouse, Mira Hasel, on 9 May 2023.\n\nPrime Minister Morrow and Mira Hasel also attended a concert.",
			[]string{"reception 2023-05-09 Ansel Morrow+Tavo Renkel"}},
		{"guard: a working lunch is the meeting", "", "Norway-Uruguay summit", "2023-05-10",
			"On 9 May 2023, Prime Minister Tavo Renkel of Norway held a summit meeting and hosted a working lunch for Prime Minister Ansel Morrow of Uruguay.",
			[]string{"meeting 2023-05-09 Ansel Morrow+Tavo Renkel"}},
		{"guard: a dinner for no named guest", "", "Prime Minister hosts dinner", "2023-05-10",
			"Norwegian Prime Minister Tavo Renkel hosted a dinner for 200 guests at the Harbour House on Tuesday.",
			nil},
	})
}
