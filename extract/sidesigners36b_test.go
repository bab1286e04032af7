package extract

import "testing"

// TestSideSigners36b checks a passive signing whose signers are named side
// by side ("signed, on the EU side, by A and B, and, on the Kenyan side, by
// C and D"; "by A and B for Chile and by C for Peru"): every named signer
// signs, the witnesses of the next sentence are no second signing, and a
// signing the lead told before takes the signers. A pair, or three signers
// with no side marks, is left to the other rules. Invented names.
func TestSideSigners36b(t *testing.T) {
	bySide := "The Agreement was signed, on the EU side, by Trade Commissioner Oleg Brant and Ambassador Ines Koll, and, on the Kenyan side, by Trade Minister Pita Owande and Foreign Minister Sam Kuri."
	four := "signing 2023-05-09 Ines Koll+Oleg Brant+Pita Owande+Sam Kuri"
	tests := []sourcedCase{
		{"on the X side, by A and B, and, on the Y side, by C and D", "Council", "Agreement signed", "2023-05-11",
			"The Agreement was signed in Nairobi on Tuesday, on the EU side, by Trade Commissioner Oleg Brant and Ambassador Ines Koll, and, on the Kenyan side, by Trade Minister Pita Owande and Foreign Minister Sam Kuri.",
			[]string{four}},
		{"the witnesses of the next sentence are no second signing", "Council", "Agreement signed", "2023-05-11",
			"The Agreement was signed in Nairobi on Tuesday, on the EU side, by Trade Commissioner Oleg Brant and Ambassador Ines Koll, and, on the Kenyan side, by Trade Minister Pita Owande and Foreign Minister Sam Kuri. Commission President Mara Velt and Kenyan President Dano Ruvik witnessed the signing of the Agreement.",
			[]string{four}},
		{"a signing the lead told takes the signers", "Council", "Agreement signed", "2023-05-11",
			"The EU and Kenya on Tuesday signed an Economic Partnership Agreement which will boost trade. The signing ceremony took place in Nairobi. " + bySide,
			[]string{four}},
		{"by A and B for X and by C for Y", "Ministry", "Agreements signed", "2023-05-11",
			"The trade agreements were signed on Tuesday in Lima by Trade Minister Lina Perec and Ambassador Tomas Ruiz for Chile and by Foreign Minister Ola Sanz for Peru.",
			[]string{"signing 2023-05-09 Lina Perec+Ola Sanz+Tomas Ruiz"}},
		{"a pair is the other rules'", "Ministry", "Agreements signed", "2023-05-11",
			"The agreement was signed on Tuesday by Chilean Foreign Minister Lina Perec and Peruvian Foreign Minister Tomas Ruiz.",
			[]string{"signing 2023-05-09 Lina Perec+Tomas Ruiz"}},
	}
	runSourced(t, tests)
}
