package extract

import "testing"

// TestAirportGreeters checks that an official sent to greet a guest on
// arrival ("was received at the airport by Deputy Minister B") is no side
// of the visit nor of a contact: the visit's host is the leader met or the
// country; a head of state or government who greets in person, or the
// guest's counterpart, is the host. Invented names.
func TestAirportGreeters(t *testing.T) {
	tests := []sourcedCase{
		{"a minister greeting a leader at the airport is no host: the host country", "News Agency", "", "2023-05-08",
			"Prime Minister Arlo Venn of Peru arrived in Chile on Monday on an official visit. Upon arrival at the airport, he was received by Chile's Minister of Trade Ola Brim.",
			[]string{"visit 2023-05 Arlo Venn+Chile"}},
		{"the leader met later is the host, the greeter no side", "News Agency", "", "2023-05-08",
			"Prime Minister Arlo Venn of Peru arrived in Chile on Monday on an official visit. Upon arrival at the airport, he was received by Chile's Minister of Trade Ola Brim. Later, Venn held talks with President Bera Tisk of Chile.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"welcomed at the airport as the visit began", "News Agency", "", "2023-05-08",
			"Prime Minister Arlo Venn of Peru was welcomed at Valparaiso airport by Chile's Foreign Minister Ola Brim on Monday as he began a two-day official visit to Chile.",
			[]string{"visit 2023-05 Arlo Venn+Chile"}},
		{"an assistant minister greeting a minister is no counterpart", "News Agency", "", "2023-05-08",
			"Foreign Minister Arlo Venn of Peru arrived in Chile on Monday on an official visit. Venn was greeted by Chilean Assistant Foreign Minister Ola Brim at the airport.",
			[]string{"visit 2023-05 Arlo Venn+Chile"}},
		{"received by a minister just after the arrival, no airport named", "News Agency", "", "2023-05-08",
			"President Arlo Venn of Peru arrived in Chile on Monday on an official visit. He will hold talks with President Bera Tisk of Chile. Venn was received by Chile's Minister of Fisheries Ola Brim.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a head of government greeting at the airport is the host", "News Agency", "", "2023-05-08",
			"Prime Minister Ola Brim of Chile received President Arlo Venn of Peru at the airport as he arrived on a state visit to Chile on Monday.",
			[]string{"reception 2023-05-08 Arlo Venn+Ola Brim", "visit 2023-05 Arlo Venn+Ola Brim"}},
		{"the guest's counterpart greeting at the airport stays, the ambassador beside him goes", "News Agency", "", "2023-05-08",
			"Foreign Minister Arlo Venn of Peru arrived in Chile on Monday on an official visit. Upon arrival at the airport, Venn was received by Foreign Minister Ola Brim of Chile and Ambassador Tomas Rell. Brim and Venn will hold talks on Tuesday.",
			[]string{"meeting 2023-05-08 Arlo Venn+Ola Brim", "visit 2023-05 Arlo Venn+Ola Brim"}},
	}
	runSourced(t, tests)
}
