package extract

import "testing"

// TestHeadlineCounterparts checks that a call whose headline names one
// country's officials and the other side by a demonym only ("Call with
// Chilean Counterparts") takes the body's persons of that country as its
// other side, and that a call whose headline names no other country does
// not take a person the body only mentions (names invented).
func TestHeadlineCounterparts(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"counterparts by demonym", "The White House", "Readout of National Security Advisor Voss and Secretary Hale Call with Chilean Counterparts", "2023-03-17",
			"National Security Advisor Lena Voss and Secretary of Defense Tom Hale spoke today with Minister of Defence of Chile Ana Roca and Foreign Minister of Chile Luis Vera to discuss support.",
			[]string{"phone_call 2023-03-17 Ana Roca+Lena Voss+Luis Vera+Tom Hale"}},
		{"no country in the headline", "The White House", "Readout of Secretary Hale's Call with Governor Ana Roca", "2023-03-17",
			"Secretary Tom Hale spoke today with Governor Ana Roca about the storm and the late King Olaf Berg of Norway.",
			[]string{"phone_call 2023-03-17 Ana Roca+Tom Hale"}},
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
