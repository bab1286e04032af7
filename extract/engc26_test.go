package extract

import "testing"

// TestCalledOnMinister26 checks that a host named as the object of "called
// on" itself is received, whatever his rank: a visitor's courtesy call on
// a deputy prime minister or a vice president is a reception, as the call
// on the leader beside it is (names invented).
func TestCalledOnMinister26(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two calls in one sentence, the second on a deputy", "Ministry of Foreign Affairs Singapore", "", "2018-07-31",
			"Minister for Foreign Affairs Dr Tan Wei Ming hosted Chilean Foreign Minister Luis Vega to the latter's introductory visit from 30 to 31 July 2018. Minister Vega called on Singaporean President Lim Mei Ling and Singaporean Prime Minister Goh Boon Keng on 30 July 2018, and called on Singapore's Deputy Prime Minister and Coordinating Minister for National Security Ong Kah Seng earlier today. Minister Vega also had a meeting with Minister Tan on 30 July 2018.",
			[]string{"meeting 2018-07-30 Luis Vega+Tan Wei Ming", "reception 2018-07-30 Goh Boon Keng+Luis Vega", "reception 2018-07-30 Lim Mei Ling+Luis Vega", "reception 2018-07-31 Luis Vega+Ong Kah Seng"}},
		{"one call on a president and a vice president", "Ministry of External Affairs, Government of India", "India-Chile Joint Statement", "2017-04-10",
			"• The Prime Minister of Chile, Luis Vega, paid a state visit to India from 9 to 12 April 2017 at the invitation of Prime Minister Ravi Kumar.\n\n• Prime Minister Vega called on President Anil Kapoor and Vice President Mohan Rao Menon of India.",
			[]string{"reception 2017-04-10 Anil Kapoor+Luis Vega", "reception 2017-04-10 Luis Vega+Mohan Rao Menon", "visit 2017-04 Luis Vega+Ravi Kumar"}},
		{"a minister met after the call, not called on, is met", "Ministry of External Affairs, Government of India", "India-Chile Joint Statement", "2017-04-10",
			"• The Prime Minister of Chile, Luis Vega, paid a state visit to India from 9 to 12 April 2017 at the invitation of Prime Minister Ravi Kumar.\n\n• Prime Minister Vega called on President Anil Kapoor and met Vice President Mohan Rao Menon of India.",
			[]string{"meeting 2017-04-10 Luis Vega+Mohan Rao Menon", "reception 2017-04-10 Anil Kapoor+Luis Vega", "visit 2017-04 Luis Vega+Ravi Kumar"}},
	})
}
