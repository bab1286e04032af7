package extract

import "testing"

// TestReceptionsByRank checks that a ruling party's leader, who ranks with
// a head of state, receives a visiting minister as one, and that a
// minister "received by" a head of state is received where the host is,
// whether or not the sentence names a place; a near peer (a vice
// president) or another leader is met, not received (names invented).
func TestReceptionsByRank(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a party leader receives a visiting minister",
			"US Secretary of State Lena Voss met today with Vietnamese General Secretary Tran Van Minh in Hanoi.",
			[]string{"reception 2024-05-06 Lena Voss+Tran Van Minh"}},
		{"a party leader meets another leader",
			"Vietnamese General Secretary Tran Van Minh met today with Czech President Tomas Kral in Hanoi.",
			[]string{"meeting 2024-05-06 Tomas Kral+Tran Van Minh"}},
		{"received by a head of state, no place given",
			"Swedish Foreign Minister Anna Berg was received by Czech President Tomas Kral at the Presidential Palace on May 6.",
			[]string{"reception 2024-05-06 Anna Berg+Tomas Kral"}},
		// (Session 25 merge: a vice president received by a head of state is
		// received, as dev51 38 "Pence was received by President Widodo"
		// and session 24's references have it.)
		{"a vice president received by a head of state is received",
			"Swedish Vice President Anna Berg was received by Czech President Tomas Kral at the Presidential Palace on May 6.",
			[]string{"reception 2024-05-06 Anna Berg+Tomas Kral"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Talks", "2024-05-06", tt.body)), tt.want)
		})
	}
}
