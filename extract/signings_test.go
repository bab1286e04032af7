package extract

import "testing"

// TestSigningsNotHeld checks that a signing hoped for under a future "be"
// however far before it, and a document named with its participle ("the
// signed Memorandum of 2011"), are no signing of the day, while the day's
// own signing stays (names invented).
func TestSigningsNotHeld(t *testing.T) {
	x := newX(t)
	const met = "President Marko Vela met Prime Minister Ana Soto of Chile in Santiago on December 5. "
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a signing hoped for, its be far before",
			met + "Vela expressed hope that the Act would be supported by the Congress as well as signed by the President of Chile.",
			[]string{"meeting 2022-12-05 Ana Soto+Marko Vela"}},
		{"a document named with its participle",
			met + "The two sides agreed to carry out activities under the signed Memorandum of Understanding on Defence Cooperation 2011.",
			[]string{"meeting 2022-12-05 Ana Soto+Marko Vela"}},
		{"the day's signing stays",
			met + "They signed an Action Plan.",
			[]string{"meeting 2022-12-05 Ana Soto+Marko Vela", "signing 2022-12-05 Ana Soto+Marko Vela"}},
		{"a passive signing of the day stays",
			met + "The Action Plan was supported by both cabinets and signed by Vela and Soto.",
			[]string{"meeting 2022-12-05 Ana Soto+Marko Vela", "signing 2022-12-05 Ana Soto+Marko Vela"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Leaders meet", "2022-12-06", tt.body)), tt.want)
		})
	}
}
