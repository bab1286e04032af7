package extract

import "testing"

// TestTripsAsProtocol checks that a trip is read as protocol records it:
// one visit of the visitor to the host (the counterpart, the leader a
// leader meets, the inviter, else the host country), and each contact of
// the trip its own engagement between its principals, with invented names.
func TestTripsAsProtocol(t *testing.T) {
	tests := []sourcedCase{
		{"a minister who visited and met several office holders visited the one of his portfolio (peerhost36); each call is its own", "", "Minister concludes visit to Chile", "2021-03-30",
			"Foreign Minister Luis Vega of Peru visited Chile on 25-29 March 2021. In Santiago, Minister Vega called on President Ana Rojas of Chile and held discussions with Chilean Minister of Economy Carlos Ruiz, as well as Chilean Minister of Foreign Affairs Jorge Soto. Three documents on trade were signed during the visit.",
			[]string{"reception 2021-03-30 Ana Rojas+Luis Vega", "signing 2021-03 Chile+Peru", "talks 2021-03-30 Carlos Ruiz+Luis Vega", "talks 2021-03-30 Jorge Soto+Luis Vega", "visit 2021-03 Jorge Soto+Luis Vega"}},
		{"a readout's counterpart hosts the visit; each discussion is its own", "", "Readout of Minister Vega's Visit to Santiago", "2021-03-05",
			"Minister of Defense Luis Vega of Peru met with his Chilean counterpart, Minister of Defense Carlos Ruiz, and held separate discussions with President Ana Rojas of Chile and Chilean Minister of Foreign Affairs Jorge Soto, March 5 in Santiago. The purpose of his visit to Santiago was to build on the partnership.",
			[]string{"meeting 2021-03-05 Carlos Ruiz+Luis Vega", "meeting 2021-03-05 Jorge Soto+Luis Vega", "reception 2021-03-05 Ana Rojas+Luis Vega", "visit 2021-03 Carlos Ruiz+Luis Vega"}},
		{"an official visit made at an invitation is hosted by the inviter", "", "Chile–Peru Joint Statement", "2021-03-12",
			"On the invitation of His Excellency Ana Rojas, President of Chile, His Excellency Luis Vega, President of Peru, conducted an Official Visit to Chile on 8-12 March 2021. The leaders committed to a forward-looking partnership.",
			[]string{"visit 2021-03 Ana Rojas+Luis Vega"}},
		{"a visit the sentence dates in another year is not the text's trip", "", "Ministers speak", "2021-03-12",
			"Foreign Minister Luis Vega of Peru spoke by phone with Foreign Minister Jorge Soto of Chile on March 12. In March 2019, Minister Vega visited Chile.",
			[]string{"phone_call 2021-03-12 Jorge Soto+Luis Vega"}},
		{"a summit meeting 'called' the beginning of an era is no phone call", "", "Joint Press Statement", "2017-10-30",
			"President Luis Vega of Peru and Prime Minister Kenji Sato of Japan called the Summit Meeting the beginning of a new era during the Joint Press Statement at the Prime Minister's Office in Tokyo on the President's official visit to Japan on October 30, 2017.",
			[]string{"meeting 2017-10-30 Kenji Sato+Luis Vega", "press_conference 2017-10-30 Kenji Sato+Luis Vega", "visit 2017-10 Kenji Sato+Luis Vega"}},
		{"a headline's country visit is its principal's, to the country whose representatives he met", "", "Minister Vega completes Chile visit", "2021-03-09",
			"Foreign Minister Luis Vega of Peru returned on March 9 from his first official visit in his current capacity. In the meetings with the representatives of the Administration, he reaffirmed the strong bond between the two peoples.",
			[]string{"visit 2021-03 Chile+Luis Vega"}},
		{"abroad, speaking with the host's minister is a meeting, not a call", "", "Minister Vega completes Chile visit", "2021-03-09",
			"Foreign Minister Luis Vega of Peru returned on March 9 from his first official visit to Chile. Speaking with Chilean Minister of Foreign Affairs Jorge Soto, Minister Vega expressed the position of Peru on the latest developments.",
			[]string{"meeting 2021-03-09 Jorge Soto+Luis Vega", "visit 2021-03 Jorge Soto+Luis Vega"}},
		{"a discussion 'held with' the guest in the speaker's statement is their talks", "", "Statements by President Luis Vega and Prime Minister Kenji Sato", "2023-02-09",
			"JAPANESE PRIME MINISTER KENJI SATO: I extend my heartfelt welcome to President Vega of Peru for his first visit to Japan as President.\n\nToday, discussion was held with President Vega on bilateral cooperation on economy and security.",
			[]string{"talks 2023-02-09 Kenji Sato+Luis Vega", "visit 2023-02 Kenji Sato+Luis Vega"}},
		{"a leader visiting to attend the host's state funeral visits the host", "Ministry of Foreign Affairs of Japan", "Japan-Peru Summit Meeting", "2022-09-27",
			"On September 27, Mr. Kenji Sato, Prime Minister of Japan, held a summit meeting with Mr. Luis Vega, Prime Minister of Peru, who is visiting Japan to attend the state funeral for former Prime Minister Taro Ito. The leaders concurred to deepen relations.",
			[]string{"meeting 2022-09-27 Kenji Sato+Luis Vega", "visit 2022-09 Kenji Sato+Luis Vega"}},
		{"a third person visiting, named in a call's readout, is no trip of the text", "Ministry of Foreign Affairs of Japan", "Japan-Peru Summit Telephone Talk", "2017-08-30",
			"On August 30, Prime Minister Kenji Sato of Japan held a telephone talk with President Luis Vega of Peru. Prime Minister Sato explained that he had an informal meeting with Prime Minister Tom Hale of New Zealand, who is currently visiting Japan.",
			[]string{"phone_call 2017-08-30 Kenji Sato+Luis Vega"}},
	}
	runSourced(t, tests)
}
