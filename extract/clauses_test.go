package extract

import (
	"strings"
	"testing"
)

// TestCourtesyCallsOfAVisit checks a ministry's report of a visitor's
// programme: courtesy calls on several office holders, each on its own
// day, a meeting with the counterpart, and the host's welcome, with
// invented names.
func TestCourtesyCallsOfAVisit(t *testing.T) {
	tests := []sourcedCase{
		{"an honorific with a curly apostrophe is the honorific", "Ministry of Foreign Affairs, Singapore (press statement)", "", "2018-07-31",
			"Minister for Foreign Affairs Dr Daniel Koh received Malaysian Foreign Minister Dato’ Hakim Razali on 30 July 2018.\n\nDato’ Hakim also had a meeting with the Second Minister for Trade Ms Grace Lim on 30 July 2018.",
			[]string{"reception 2018-07-30 Daniel Koh+Hakim Razali", "meeting 2018-07-30 Grace Lim+Hakim Razali"}},
		{"a date closing the first of two coordinated calls is that call's", "Ministry of Foreign Affairs, Singapore (press statement)", "", "2018-07-31",
			"Malaysian Foreign Minister Hakim Razali called on President Mary Ong on 30 July 2018, and called on Deputy Prime Minister Peter Goh earlier today.",
			[]string{"reception 2018-07-30 Hakim Razali+Mary Ong", "reception 2018-07-31 Hakim Razali+Peter Goh"}},
		{"calls on two office holders are a courtesy call on each", "Ministry of Foreign Affairs, Singapore (press statement)", "", "2018-07-31",
			"Malaysian Foreign Minister Hakim Razali called on President Mary Ong and Prime Minister Peter Goh on 30 July 2018.",
			[]string{"reception 2018-07-30 Hakim Razali+Mary Ong", "reception 2018-07-30 Hakim Razali+Peter Goh"}},
		{"a host welcoming a guest to the guest's visit holds no meeting besides", "Ministry of Foreign Affairs, Singapore (press statement)", "", "2018-07-31",
			"Minister for Foreign Affairs Dr Daniel Koh hosted Malaysian Foreign Minister Hakim Razali to the latter’s introductory visit from 30 to 31 July 2018. Minister Hakim Razali had a meeting with Minister Koh on 30 July 2018.",
			[]string{"meeting 2018-07-30 Daniel Koh+Hakim Razali"}},
		{"a host's meals during a visit are still contacts", "Ministry of Foreign Affairs, Singapore (press statement)", "", "2024-09-05",
			"Prime Minister Peter Goh and Senior Minister Mary Ong separately hosted Prime Minister Raj Kumar to meals during his visit.",
			[]string{"meeting 2024-09-05 Mary Ong+Raj Kumar", "meeting 2024-09-05 Peter Goh+Raj Kumar", "visit 2024-09 Peter Goh+Raj Kumar"}},
	}
	runSourced(t, tests)
}

// TestCallsFromSeveralLeaders checks a release that reports several calls in
// one plural phrase: one call with each caller, with invented names.
func TestCallsFromSeveralLeaders(t *testing.T) {
	tests := []sourcedCase{
		{"telephone calls received from three presidents are three calls", "Press Information Bureau, Government of India", "Congratulatory phone calls received by PM", "2019-06-05",
			"Prime Minister Shri Raj Kumar today received telephone calls from H.E. Mr. Tomas Berg, President of the Republic of Korea; H.E. Mr. Luis Vega, President of Chile; and H.E. Mr. Jan Ozols, President of Latvia, congratulating him on his victory in the recent elections.",
			[]string{"phone_call 2019-06-05 Raj Kumar+Tomas Berg", "phone_call 2019-06-05 Luis Vega+Raj Kumar", "phone_call 2019-06-05 Jan Ozols+Raj Kumar"}},
		{"the phone calls from leaders a spokesperson lists are one call each", "Office of the Prime Minister", "PM phone calls with international leaders: 26 July 2016", "2016-07-26",
			"Prime Minister Anna Hart spoke with a number of international leaders today.\n\nA spokesperson said:\n\nPrime Minister Hart has taken a number of congratulatory calls from foreign leaders.\n\nA common theme that emerged in the phone calls from Prime Minister Tom Hale of New Zealand, Prime Minister Kenji Sato of Japan and President Luis Vega of Chile is the importance of trade.",
			[]string{"phone_call 2016-07-26 Anna Hart+Tom Hale", "phone_call 2016-07-26 Anna Hart+Kenji Sato", "phone_call 2016-07-26 Anna Hart+Luis Vega"}},
		{"phone calls between leaders as a topic are no calls", "Ministry of Foreign Affairs, Republic of Korea", "Foreign Minister Holds Phone Call with Chilean Foreign Minister", "2025-01-23",
			"Minister of Foreign Affairs Park Min-jun held a phone call with Foreign Minister Pedro Soto of Chile on January 23.\n\nMinister Park underscored the importance of close communication, including phone calls between the two Presidents.",
			[]string{"phone_call 2025-01-23 Park Min-jun+Pedro Soto"}},
	}
	runSourced(t, tests)
}

// TestContactsToldInACall checks a call's readout that speaks of other
// contacts: those one side recounts, those named by other countries, and
// those whose results the call builds on, with invented names.
func TestContactsToldInACall(t *testing.T) {
	tests := []sourcedCase{
		{"a phone contact is a call", "Egypt State Information Service", "FM Phones Chilean Foreign Minister", "2024-04-15",
			"Foreign Minister Omar Farouk on Sunday 14/4/2024 made a phone contact with Chilean Foreign Minister Pedro Soto, the ministry's spokesman said in a statement.\n\nThe talks covered the situation in the region.",
			[]string{"phone_call 2024-04-14 Omar Farouk+Pedro Soto"}},
		{"meetings one side recounts in the call are not reported", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2018-05-10",
			"On May 10, Mr. Kenji Sato, Prime Minister of Japan, held a telephone talk with His Excellency Mr. Luis Vega, President of the Republic of Chile.\n\n1. Prime Minister Sato explained to President Vega that at the Japan-Peru Summit Meeting with Mr. Jorge Ruiz, President of Peru, on May 9, he exchanged views on trade.",
			[]string{"phone_call 2018-05-10 Kenji Sato+Luis Vega"}},
		{"a summit meeting named by other countries is a topic", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2018-06-12",
			"On June 12, Mr. Kenji Sato, Prime Minister of Japan, held a telephone talk with His Excellency Mr. Luis Vega, President of the Republic of Chile.\n\n1. President Vega provided a detailed explanation on the Chile-Peru Summit Meeting, and Prime Minister Sato expressed respect for President Vega's efforts.",
			[]string{"phone_call 2018-06-12 Kenji Sato+Luis Vega"}},
		{"building up on the results of a meeting recalls it", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2018-06-12",
			"On June 12, Mr. Kenji Sato, Prime Minister of Japan, held a telephone talk with His Excellency Mr. Luis Vega, President of the Republic of Chile.\n\n2. In addition, building up on the results of this historic meeting, Prime Minister Sato and President Vega reaffirmed their policy.",
			[]string{"phone_call 2018-06-12 Kenji Sato+Luis Vega"}},
		{"a summit meeting named by the two sides' countries is theirs", "Ministry of Foreign Affairs of Japan", "", "2018-06-12",
			"On June 12, at the Japan-Chile Summit Meeting with His Excellency Mr. Luis Vega, President of the Republic of Chile, Prime Minister Kenji Sato discussed trade.",
			[]string{"meeting 2018-06-12 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestDefenceMinistersContacts checks defence ministries' words for a call
// and for talks, with invented names.
func TestDefenceMinistersContacts(t *testing.T) {
	tests := []sourcedCase{
		{"a telecon is a call", "Ministry of Defense of Japan", "Japan-Chile Defense Ministerial Telephone Conference", "2022-08-16",
			"On August 16, Defense Minister Kenji Sato held a first telecon after his appointment with Chilean Defense Minister Pedro Soto. In the conference, Defense Minister Sato resolved to reinforce the defense capabilities of Japan.",
			[]string{"phone_call 2022-08-16 Kenji Sato+Pedro Soto"}},
		{"two ministers who held discussions held talks", "Ministry of Defense of Japan", "Japan-Chile Defense Ministerial Meeting (Summary)", "2024-06-02",
			"On June 2, Defense Minister Kenji Sato and Chilean Defense Minister Pedro Soto held discussions from 13:15 (local time) for approximately 30 minutes in Singapore. The summary is as follows.",
			[]string{"talks 2024-06-02 Kenji Sato+Pedro Soto"}},
	}
	runSourced(t, tests)
}

// TestSummitTalksHeadline checks that "Summit" before a form in a headline
// is the level of a bilateral contact, not a summit of its own, even when
// the body names a summit the leader came to attend, with invented names.
func TestSummitTalksHeadline(t *testing.T) {
	tests := []sourcedCase{
		{"summit talks at a summit attended are the talks only", "Ministry of Foreign Affairs of Japan", "Japan-Canada Summit Talks", "2023-05-03",
			"On May 3, Mr. TANAKA Hiroshi, Prime Minister of Japan, who was visiting Spain to attend the G20 Summit in Madrid, held talks with The Right Honourable Paul Lemieux, Prime Minister of Canada, for about 20 minutes.",
			[]string{"talks 2023-05-03 Paul Lemieux+Tanaka Hiroshi"}},
		{"summit talks alone in the headline are talks", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Talks", "2023-05-03",
			"On May 3, Mr. Kenji Sato, Prime Minister of Japan, held talks with His Excellency Mr. Luis Vega, President of the Republic of Chile.",
			[]string{"talks 2023-05-03 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}

// TestHeadlineMeetingPlacedByBody checks that a headline's meeting takes the
// city the body names after the verb, which makes a foreign minister's
// meeting with a head of state in that head's capital a courtesy call,
// with invented names.
func TestHeadlineMeetingPlacedByBody(t *testing.T) {
	x := newX(t)
	a := article("Secretary Hart’s Meeting with Egyptian President Farouk", "2024-03-21",
		"U.S. Secretary of State Anna J. Hart met with Egyptian President Omar Farouk today in Cairo. Secretary Hart and President Farouk discussed the situation in Gaza.")
	a.Source = "U.S. Department of State, Office of the Spokesperson"
	f := x.Extract(a)
	got := engagementSummary(f)
	if want := "reception 2024-03-21 Anna J. Hart+Omar Farouk"; strings.Join(got, "|") != want {
		t.Errorf("engagements %q, want %q", got, want)
	}
	if len(f.Engagements) == 1 && f.Engagements[0].Place.Name != "Cairo" {
		t.Errorf("place %q, want Cairo", f.Engagements[0].Place.Name)
	}
}

// TestHeadlineMeetingPlacedAfterAsides checks that the city a body names
// after an appositive or "on the margins of" places a headline's meeting,
// and that a city the talks were about, or one a plan names, does not,
// with invented names.
func TestHeadlineMeetingPlacedAfterAsides(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ name, body, place string }{
		{"after an appositive and the margins of a summit",
			"Prime Minister Tom Hale of New Zealand met with the President of Chile, Luis Vega, on the margins of the summit in New Delhi, India.", "New Delhi"},
		{"at a building", "Prime Minister Tom Hale of New Zealand met with President Luis Vega of Chile at the White House.", "White House"},
		{"a city the talks were about", "Prime Minister Tom Hale of New Zealand met with President Luis Vega of Chile to discuss the situation in Gaza.", ""},
		{"a city of a plan", "Prime Minister Tom Hale of New Zealand met with President Luis Vega of Chile, who will travel in May to Tokyo.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Prime Minister Hale meets with President Vega of Chile", "2024-03-21", tt.body))
			if len(f.Engagements) != 1 {
				t.Fatalf("engagements %q, want one", engagementSummary(f))
			}
			if got := f.Engagements[0].Place.Name; got != tt.place {
				t.Errorf("place %q, want %q", got, tt.place)
			}
		})
	}
}
