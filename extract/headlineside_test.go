package extract

import "testing"

// TestHeadlineCounterparts checks that a call whose headline names one
// country's officials and the other side by a demonym only ("Call with
// Chilean Counterparts") takes the body's persons of that country as its
// other side, and that a call whose headline names no other country does
// not take a person the body only mentions: a call of two US officials,
// whom a remembered foreign king's country does not make international
// (names invented).
func TestHeadlineCounterparts(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"counterparts by demonym", "The White House", "Readout of National Security Advisor Voss and Secretary Hale Call with Chilean Counterparts", "2023-03-17",
			"National Security Advisor Lena Voss and Secretary of Defense Tom Hale spoke today with Minister of Defence of Chile Ana Roca and Foreign Minister of Chile Luis Vera to discuss support.",
			[]string{"phone_call 2023-03-17 Ana Roca+Lena Voss+Luis Vera+Tom Hale"}},
		{"no country in the headline", "The White House", "Readout of Secretary Hale's Call with Governor Ana Roca", "2023-03-17",
			"Secretary Tom Hale spoke today with Governor Ana Roca about the storm and the late King Olaf Berg of Norway.",
			nil},
	})
}

// TestArrivalByOffice checks that "the Prime Minister arrived in C, where
// he held a meeting with the President of C" is the visit of the Prime
// Minister named before, to that President, not of the last person named
// (names invented).
func TestArrivalByOffice(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"arrival by office", "", "Tour", "2016-06-10",
			"Prime Minister Arlo Venn arrived here on Friday. President Ola Brim hosted a lunch.\n\nThe next day, the Prime Minister arrived in Switzerland, where he held a meeting with Swiss President Dara Kell.",
			[]string{"meeting 2016-06-10 Arlo Venn+Dara Kell", "visit 2016-06 Arlo Venn+Dara Kell"}},
	})
}

// TestFramedContact checks that a future cue of the clause a contact frames
// ("agreed to raise trade soon during their phone talks") does not make the
// contact ahead, while a contact the cue governs stays ahead (names invented).
func TestFramedContact(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a cue before during", "VietnamPlus", "Trade to rise", "2021-05-19",
			"Hanoi (VNA) – Foreign Minister Lan Vo and Foreign Minister of Chile Ana Roca agreed to raise bilateral trade to 5 billion USD soon during their phone talks on May 19.",
			[]string{"phone_call 2021-05-19 Ana Roca+Lan Vo"}},
		{"a cue of the contact itself", "VietnamPlus", "Ministers to talk", "2021-05-19",
			"Hanoi (VNA) – Foreign Minister Lan Vo and Foreign Minister of Chile Ana Roca will soon hold phone talks.",
			[]string{}},
	})
}

// TestMeetingsInThePlural checks that "had meetings with A and B" under a
// headline naming both is one meeting with each, though A and B are of one
// country (names invented).
func TestMeetingsInThePlural(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"meetings with two of one country", "Office of the President", "President Venn meets Governor-General Ola Brim and Prime Minister Dara Kell of Tuvalu", "2024-12-04",
			"On the afternoon of December 4, President Arlo Venn had meetings with Governor-General Ola Brim and Prime Minister Dara Kell of Tuvalu.",
			[]string{"meeting 2024-12-04 Arlo Venn+Dara Kell", "meeting 2024-12-04 Arlo Venn+Ola Brim"}},
		{"a meeting with two of one country", "Office of the President", "President Venn meets Governor-General Ola Brim and Prime Minister Dara Kell of Tuvalu", "2024-12-04",
			"On the afternoon of December 4, President Arlo Venn had a meeting with Governor-General Ola Brim and Prime Minister Dara Kell of Tuvalu.",
			[]string{"meeting 2024-12-04 Arlo Venn+Dara Kell+Ola Brim"}},
	})
}
