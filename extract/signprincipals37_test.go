package extract

import "testing"

// TestSigningPrincipals37 checks that a signing the two leaders of the
// day's contact tell of in their own words ("the joint statement that we
// signed") keeps the two leaders as its sides: each stands for his
// country. "Our Ministers have signed" and an agentless one after their
// talks ("documents were signed following the talks") stay the two
// countries (the leaders did not sign). Invented names, real countries.
func TestSigningPrincipals37(t *testing.T) {
	tests := []sourcedCase{
		{"we signed, in press statements after talks", "Presidential Office", "Press statements following Russian-Uzbek talks", "2024-05-27",
			"President of Russia Ivan Dorov and President of Uzbekistan Rustam Karimbek made statements for the press after their talks.\n\nIvan Dorov: Mr President, friends,\n\nThe joint statement that we signed following the talks set long-term goals for our relations with Uzbekistan.",
			[]string{"talks 2024-05-27 Ivan Dorov+Rustam Karimbek", "signing 2024-05-27 Ivan Dorov+Rustam Karimbek"}},
		{"we both signed today, a leader's remarks", "Prime Minister's Office", "Press conference of Prime Minister Tom Ashcombe and Taoiseach Ciaran Duffy", "2012-03-12",
			"Prime Minister Tom Ashcombe of the United Kingdom met Taoiseach Ciaran Duffy of Ireland in London on Monday.\n\nPrime Minister Ashcombe:\n\nOur two peoples have never been closer, as the declaration that we both signed today shows.",
			[]string{"meeting 2012-03-12 Ciaran Duffy+Tom Ashcombe", "signing 2012-03-12 Ciaran Duffy+Tom Ashcombe"}},
		{"documents signed following the talks, no signer named: the countries", "Presidential Office", "Russian-Mongolian talks", "2024-09-03",
			"President of Russia Ivan Dorov held talks with President of Mongolia Bat Oyun in Ulaanbaatar on Tuesday.\n\nA set of documents was signed following the talks.",
			[]string{"talks 2024-09-03 Bat Oyun+Ivan Dorov", "signing 2024-09-03 Mongolia+Russia"}},
		{"our Ministers have signed: the countries", "Prime Minister's Office", "Joint press conference with Prime Minister Lee Wen of Singapore", "2025-10-08",
			"Prime Minister Paul Harlow of Australia held talks with Prime Minister Lee Wen of Singapore in Canberra on Wednesday.\n\nPrime Minister Harlow:\n\nIn addition to our upgraded partnership, Ministers have signed Memoranda of Understanding across the board.",
			[]string{"talks 2025-10-08 Lee Wen+Paul Harlow", "signing 2025-10-08 Australia+Singapore"}},
	}
	runTyped(t, tests, "engagements", "talks", "meeting", "signing")
}
