package extract

import "testing"

// TestVisitsOfAgencies checks visits as state agencies and ministries of
// many governments report them, and the dates of what happens during
// them, with invented names.
func TestVisitsOfAgencies(t *testing.T) {
	tests := []sourcedCase{
		{"an official visit begun names its visitor and the country visited", "State News Agency", "", "2021-03-15",
			"Minister of Foreign Affairs of Peru Luis Vega has begun his official visit to Chile today, March 15. Officials from both sides welcomed him at the airport.",
			[]string{"visit 2021-03 Chile+Luis Vega"}},
		{"the visit of a person named after it is theirs", "News Agency", "", "2021-03-15",
			"Minister of Foreign Affairs of Chile Ana Rojas received in Santiago today Minister of Foreign Affairs of Peru Luis Vega. Minister Rojas welcomed the visit of Minister Vega, stressing the ties between Chile and Peru.",
			[]string{"reception 2021-03-15 Ana Rojas+Luis Vega", "visit 2021-03 Ana Rojas+Luis Vega"}},
		{"a visit the speaker paid abroad is recalled when he meets at home that day", "Ministry of Foreign Affairs", "", "2021-03-15",
			"On March 15, 2021, President Ana Rojas of Chile met with Foreign Minister Luis Vega of Peru in Santiago. Ana Rojas said the two countries had helped each other. I paid a special visit to Peru to express my support in person.",
			[]string{"reception 2021-03-15 Ana Rojas+Luis Vega"}},
		{"a second verb of a recalled visit shares its date", "Office of the President", "", "2021-03-15",
			"Foreign Minister Luis Vega of Peru, who is on an official visit, paid a courtesy call on President Ana Rojas of Chile. President Ana Rojas paid a visit to Peru on September 27th, 2020, and met President Carlos Ruiz of Peru.",
			[]string{"reception 2021-03-15 Ana Rojas+Luis Vega", "visit 2021-03 Ana Rojas+Luis Vega"}},
		{"a visit at its host's invitation is under way, not pending", "Ministry of Foreign Affairs", "", "2023-08-03",
			"Foreign Minister Ana Ortiz of Chile on Thursday welcomed her Peruvian counterpart Luis Vega in Santiago. Minister Vega arrived in Santiago yesterday for a two-day visit at Minister Ortiz's invitation.",
			[]string{"visit 2023-08 Ana Ortiz+Luis Vega"}},
		{"a guest welcomed to a named building, the visit spoken of next, is visiting", "Department of Foreign Affairs", "", "2024-10-03",
			"Minister for Foreign Affairs Ana Ortiz of Chile welcomed Foreign Minister Luis Vega of Peru to Carrera House on 3rd October 2024. The visit provided an important opportunity to underscore the ambition of both Governments.",
			[]string{"visit 2024-10-03 Ana Ortiz+Luis Vega"}}, // a visit of one day (visitday.go)
		{"a guest welcomed to a building, no visit spoken of, is not visiting: they meet", "Department of Foreign Affairs", "", "2024-10-03",
			"Minister for Foreign Affairs Ana Ortiz of Chile welcomed Foreign Minister Luis Vega of Peru to Carrera House on 3rd October 2024. The ministers underscored the ambition of both Governments.",
			[]string{"meeting 2024-10-03 Ana Ortiz+Luis Vega"}},
		{"a date converting the clock time to another zone is not the event's", "Ministry of Foreign Affairs", "", "2021-06-20",
			"On Thursday, May 26, Prime Minister Kenji Sato held a summit meeting with President Luis Vega for one hour from 6:10 P.M. local time (1:10 A.M. on May 27, JST), including a joint press conference.",
			[]string{"meeting 2021-05-26 Kenji Sato+Luis Vega", "press_conference 2021-05-26 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestLateReportsDateFromText checks that a fact sheet or statement
// published after the contact it reports dates it from its text, and only
// an undated one by publication, with invented names.
func TestLateReportsDateFromText(t *testing.T) {
	tests := []sourcedCase{
		{"a visit hosted last week is of that week's month", "Office of the President", "Chile and Japan expand partnership", "2024-11-04",
			"Last week, President Luis Vega of Chile hosted Prime Minister Kenji Sato of Japan for an official visit. The leaders announced new initiatives.",
			[]string{"visit 2024-10 Kenji Sato+Luis Vega"}},
		{"last week's visit named after the lead is the one reported", "Office of the President", "Chile and Japan expand partnership", "2024-11-04",
			"The partnership between Chile and Japan is strong. Both countries are allies. During last week's official visit of Prime Minister Kenji Sato of Japan, President Luis Vega and Prime Minister Sato welcomed the agreement.",
			[]string{"visit 2024-10 Kenji Sato+Luis Vega"}},
		{"a visit of last week whose host is not named is to the country", "Office of the President", "Chile and Japan expand partnership", "2024-11-04",
			"Prime Minister Kenji Sato of Japan paid an official visit to Chile last week. The leaders announced new initiatives.",
			[]string{"visit 2024-10 Chile+Kenji Sato"}},
		{"a day given in the lead dates the meeting", "Office of the President", "Chile and Japan expand partnership", "2024-11-04",
			"On October 29, President Luis Vega of Chile met with Prime Minister Kenji Sato of Japan at the presidential palace. The leaders discussed trade and security.",
			[]string{"meeting 2024-10-29 Kenji Sato+Luis Vega"}},
		{"an undated meeting is of the publication day", "Office of the President", "Chile and Japan expand partnership", "2024-11-04",
			"President Luis Vega of Chile met with Prime Minister Kenji Sato of Japan at the presidential palace. The leaders discussed trade and security.",
			[]string{"meeting 2024-11-04 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestRecalledInPastPerfect checks that a contact told in the past perfect
// without a date ("had facilitated the signing of") is recalled, not held
// on the day of publication, with invented names.
func TestRecalledInPastPerfect(t *testing.T) {
	tests := []sourcedCase{
		{"a signing an outgoing envoy had facilitated is recalled", "Ministry of Foreign Affairs", "", "2025-01-27",
			"Minister Ana Ortiz thanked Representative Luis Vega of Peru for his work. Minister Ortiz stated that Representative Vega had facilitated the signing of memorandums of understanding on trade, thereby deepening exchanges between the two countries.",
			nil},
	}
	runSourced(t, tests)
}
