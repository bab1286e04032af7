package extract

import "testing"

// TestCallersEach34 checks courtesy calls told with several callers as the
// subject: a call by each on the one host (a reception each), inside and
// outside a visit's account; a joint call and a meeting stay one contact
// (names invented).
func TestCallersEach34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two callers with titles on one leader", "", "Ministers call on visiting leader", "2021-03-10",
			"Velorian Opposition Leader Ivo Brannet and Velorian Foreign Minister Kael Moran called on Kestrian Prime Minister Arvel Danko.",
			[]string{"reception 2021-03-10 Arvel Danko+Ivo Brannet", "reception 2021-03-10 Arvel Danko+Kael Moran"}},
		{"two host callers on the visiting leader, in a visit's account", "", "Visit of the Prime Minister of Veloria", "2021-03-10",
			"Prime Minister of Veloria, Mr. Arlen Dovic paid an official visit to Kestria from March 8-10, 2021 at the invitation of the Prime Minister of Kestria, Mr. Tomas Relk. The Leader of Opposition, Shri Ivo Brannet and Foreign Minister, Shri Kael Moran called on Prime Minister Dovic.",
			[]string{"reception 2021-03-10 Arlen Dovic+Ivo Brannet", "reception 2021-03-10 Arlen Dovic+Kael Moran", "visit 2021-03 Arlen Dovic+Tomas Relk"}},
		{"guard: a joint courtesy call is one", "", "Ministers call on leader", "2021-03-10",
			"Velorian Opposition Leader Ivo Brannet and Velorian Foreign Minister Kael Moran paid a joint courtesy call on Kestrian Prime Minister Arvel Danko.",
			[]string{"reception 2021-03-10 Arvel Danko+Ivo Brannet+Kael Moran"}},
		{"guard: two who met one host stay one meeting", "", "Ministers meet leader", "2021-03-10",
			"Velorian Opposition Leader Ivo Brannet and Velorian Foreign Minister Kael Moran met Kestrian Prime Minister Arvel Danko.",
			[]string{"meeting 2021-03-10 Arvel Danko+Ivo Brannet+Kael Moran"}},
	})
}
