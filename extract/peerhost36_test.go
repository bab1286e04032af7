package extract

import "testing"

// TestPeerHost36 checks that a visit whose host the text would leave a
// country names the host country's holder of the visitor's portfolio (a
// foreign minister's host is the foreign minister) or the one it calls the
// visitor's counterpart, and that with no peer, or two, the country stays
// (names invented).
func TestPeerHost36(t *testing.T) {
	runTyped(t, []sourcedCase{
		{"foreign minister among several to meet", "", "", "2024-03-02",
			"Foreign Minister Arvo Lindqvist of Finland arrived in Chile on Saturday for an official visit. He is scheduled to meet with Minister of Foreign Affairs Tomas Ibarra of Chile, and will also meet with Minister of Economy Rosa Quintal of Chile.",
			[]string{"visit 2024-03 Arvo Lindqvist+Tomas Ibarra"}},
		{"defence ministers under their two names", "", "", "2024-03-02",
			"Secretary of Defense Mark Halvorsen of the United States arrived in Kenya on Saturday on a two-day visit. He will co-chair a dialogue with Minister of Defence Peter Omondi of Kenya and will call on Prime Minister Joseph Wambua of Kenya.",
			[]string{"visit 2024-03 Mark Halvorsen+Peter Omondi"}},
		{"foreign relations: one portfolio", "", "", "2024-03-02",
			"Minister of Foreign Affairs Arvo Lindqvist of Finland has arrived in Chile on an official trip. He will meet Chile's Minister of Foreign Relations Tomas Ibarra at the Ministry on Friday, and Chile's Minister of Economy Rosa Quintal.",
			[]string{"visit 2024-03 Arvo Lindqvist+Tomas Ibarra"}},
		{"no peer: the country stays", "", "", "2024-03-02",
			"Foreign Minister Arvo Lindqvist of Finland arrived in Chile on Saturday for an official visit. He is scheduled to meet with Minister of Economy Rosa Quintal of Chile and Minister of Energy Pablo Serrat of Chile.",
			[]string{"visit 2024-03 Arvo Lindqvist+Chile"}},
		{"in the host's own outlet the peer, not the highest met", "https://www.mfa.gov.sg/news/official-visit", "", "2024-03-02",
			"Minister of Foreign Affairs Arvo Lindqvist of Finland made an official visit to Singapore from 28 February to 1 March 2024. Minister Lindqvist called on President Mei Lin Tan of Singapore and Prime Minister Wei Jie Goh of Singapore. Minister for Foreign Affairs Ravi Pillai of Singapore hosted Minister Lindqvist to lunch.",
			[]string{"visit 2024-02 Arvo Lindqvist+Ravi Pillai"}},
	}, "visits", "visit")
}
