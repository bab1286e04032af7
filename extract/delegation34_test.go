package extract

import "testing"

// TestTwoHostsDelegation34 checks a delegation received by two hosts of one
// country: its head is the guest of their reception, in the sentence ("led
// by C") or in one before ("A delegation led by C arrived … A and B
// received the delegation"), not the two hosts alone (names invented).
func TestTwoHostsDelegation34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two hosts welcomed the delegation, head the sentence before", "", "Norwegian delegation visits", "2021-03-10",
			"A parliamentary delegation from Norway led by the Speaker of the Norwegian Assembly Sera Quint visited Uruguay on Tuesday.\n\nUruguayan Speaker Arvel Danko and Uruguayan Senate Chairman Lio Farr welcomed the delegation to both Houses.",
			// (The delegation's visit, its head the visitor: delegvisit36.go;
			// its host the host country's Speaker, the visitor's own office:
			// peerhost36.go.)
			[]string{"reception 2021-03-10 Arvel Danko+Lio Farr+Sera Quint", "visit 2021-03 Arvel Danko+Sera Quint"}},
		{"two hosts received a delegation led by its head", "", "Norwegian delegation received", "2021-03-10",
			"Uruguayan Speaker Arvel Danko and Uruguayan Senate Chairman Lio Farr received a Norwegian delegation led by Speaker Sera Quint on Tuesday.",
			[]string{"reception 2021-03-09 Arvel Danko+Lio Farr+Sera Quint"}},
		{"two leaders received the delegation that arrived", "", "Norwegian delegation received", "2021-03-10",
			"A Norwegian delegation led by Speaker Sera Quint arrived on Tuesday. Uruguayan President Arvel Danko and Uruguayan Prime Minister Lio Farr received the delegation.",
			[]string{"reception 2021-03-10 Arvel Danko+Lio Farr+Sera Quint"}},
		{"guard: one host, as before", "", "Norwegian delegation visits", "2021-03-10",
			"A parliamentary delegation from Norway led by the Speaker of the Norwegian Assembly Sera Quint visited Uruguay on Tuesday.\n\nUruguayan Speaker Arvel Danko welcomed the delegation to the House.",
			[]string{"reception 2021-03-10 Arvel Danko+Sera Quint", "visit 2021-03 Arvel Danko+Sera Quint"}},
	})
}
