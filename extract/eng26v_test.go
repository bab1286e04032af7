package extract

import "testing"

// TestHostTurnWelcomes26 checks that a visit read from the host's turn of a
// transcript ("FOREIGN MINISTER A: … joining us in welcoming Secretary B
// to Peru"), with no contact of the two told, is hosted by that speaker,
// not by the country (names invented).
func TestHostTurnWelcomes26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"remarks to the press", "U.S. Department of State", "Remarks to the Press by Secretary Tom Kessel and Peruvian Foreign Minister Ana Ruiz", "2022-07-10",
			"FOREIGN MINISTER RUIZ: Members of the press, thank you very much for coming here, joining us in welcoming Secretary Kessel and delegation to Peru. We, the hosts, are very much pleased to welcome Secretary Kessel during his first official visit to Peru.\n\nAnd as we are celebrating the 190th anniversary of diplomatic relations, another milestone has been set.",
			// (The headline's "Remarks to the Press" is their press
			// conference, and by protocol the talks before it: session 27.)
			[]string{"visit 2022-07 Ana Ruiz+Tom Kessel", "press_conference 2022-07-10 Ana Ruiz+Tom Kessel", "meeting 2022-07-10 Ana Ruiz+Tom Kessel"}},
	})
}

// TestWillNowHave26 checks that a transcript's host announcing "We will
// now have a joint press conference with A and B" opens the occasion the
// headline names, under way, not one ahead that cancels it (names
// invented).
func TestWillNowHave26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"master of ceremonies", "U.S. Department of State", "Joint Press Availability With Peruvian Prime Minister Ana Ruiz", "2011-11-16",
			"MS. TORRES: Good evening, ladies and gentlemen. I am Lia Torres, government spokesperson. We will now have a joint press conference with Prime Minister Ana Ruiz and Secretary of State of the United States Tom Kessel.\n\nPRIME MINISTER RUIZ: Let me begin by thanking the Secretary for the talks.",
			[]string{"meeting 2011-11-16 Ana Ruiz+Tom Kessel", "press_conference 2011-11-16 Ana Ruiz+Tom Kessel"}},
		{"a briefing ahead: still ahead", "U.S. Department of State", "Press Availability", "2011-11-16",
			"Secretary Tom Kessel will hold a joint press conference with Prime Minister Ana Ruiz of Peru tomorrow.",
			nil},
	})
}

// TestReachedDuringVisit26 checks that an act "reached during a working
// visit to C by A from July 6-9", told on the 9th, reports that visit, just
// ended; an act of a visit long before recalls it (names invented).
func TestReachedDuringVisit26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"by the visitor, days given", "VietnamPlus", "Vietnam, Chile determined to raise trade", "2019-07-09",
			"Hanoi (VNA) – Vietnam and Chile are determined to raise bilateral trade to 10 billion USD.\n\nIt was reached during a working visit to Chile by Deputy Prime Minister Tran Van Hoa from July 6-9.\n\nOn July 7-8, Hoa met with Chilean Minister of State Ana Ruiz.",
			[]string{"meeting 2019-07-07 Ana Ruiz+Tran Van Hoa", "visit 2019-07 Ana Ruiz+Tran Van Hoa"}},
		{"long before: recalled", "VietnamPlus", "Vietnam, Chile determined to raise trade", "2019-07-09",
			"Hanoi (VNA) – Vietnam and Chile are determined to raise bilateral trade to 10 billion USD.\n\nThe target was reached during a working visit to Chile by Deputy Prime Minister Tran Van Hoa from March 6-9, 2018.\n\nOn July 7-8, Hoa met with Chilean Minister of State Ana Ruiz.",
			[]string{"meeting 2019-07-07 Ana Ruiz+Tran Van Hoa"}},
	})
}

// TestThankedWelcome26 checks that a leader who thanks a host "for the
// very warm welcome to Peru" in remarks abroad is on a visit there; thanks
// for a welcome to a city of the speaker's own country are no visit
// (names invented).
func TestThankedWelcome26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"doorstop abroad", "Prime Minister of Australia", "Doorstop Interview - Lima, Peru", "2023-06-04",
			"TOM WALKER, PRIME MINISTER: Can I thank President Ana Ruiz of Peru for the very warm welcome to Peru, and for the very constructive dialogue and meeting that we held today. I'm happy to take questions.\n\nJOURNALIST: Prime Minister, what about trade?\n\nWALKER: We are working on it.",
			// The host thanked for the welcome is no side of the speaker's
			// own doorstop abroad (jpc33; dev55 35's gold: the leader alone).
			[]string{"meeting 2023-06-04 Ana Ruiz+Tom Walker", "press_conference 2023-06-04 Tom Walker", "visit 2023-06 Ana Ruiz+Tom Walker"}},
		{"at home: no visit", "Prime Minister of Australia", "Doorstop Interview - Perth", "2023-06-04",
			"Australian Prime Minister Tom Walker spoke to the media in Perth.\n\nTOM WALKER, PRIME MINISTER: Can I thank the Premier for the very warm welcome to Perth, and President Ana Ruiz of Peru for the meeting that we held today. I'm happy to take questions.\n\nJOURNALIST: Prime Minister, what about trade?\n\nWALKER: We are working on it.",
			[]string{"meeting 2023-06-04 Ana Ruiz+Tom Walker", "press_conference 2023-06-04 Ana Ruiz+Tom Walker"}},
	})
}

// TestTripPlace26 checks that a trip told by a transcript's guest without
// a dateline is hosted by the country the guest thanks for the welcome
// ("thank you to the people of Peru for the … welcome that you have given
// to me as Japan's Prime Minister"), not the guest's own (names invented).
func TestTripPlace26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"thanks to a people", "Prime Minister of Japan", "Joint Press Conference with President Ana Ruiz of Peru", "2019-08-23",
			"KENJI SATO, PRIME MINISTER OF JAPAN: Thank you President Ruiz, and thank you to you and to the people of Peru for the incredibly generous and friendly welcome that you have given to me as Japan's Prime Minister.\n\nPRESIDENT RUIZ: Thank you.\n\nJOURNALIST: A question on trade.",
			[]string{"meeting 2019-08-23 Ana Ruiz+Kenji Sato", "press_conference 2019-08-23 Ana Ruiz+Kenji Sato", "visit 2019-08 Ana Ruiz+Kenji Sato"}},
	})
}
