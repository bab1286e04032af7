package extract

import "testing"

// TestHostWelcomeHere33 checks that the host who opens a joint press
// conference by welcoming the guest to a place of the host's country, any
// city ("to be meeting with her here in Sydney", "welcome you to
// Melbourne"), tells the guest's visit; that a welcome to a venue, or to
// a city for a gathering the text names, tells none; and that outside a
// joint press conference a welcome to a city that is not the capital
// still tells none (TestHostWelcome). Invented guests, real countries.
// (On main: no visit in the first two.)
func TestHostWelcomeHere33(t *testing.T) {
	const src, title, day = "https://www.pm.gov.au/media/press-conference-sydney", "Press Conference - Sydney", "2024-05-14"
	const host = "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Thank you very much for joining us. "
	const guest = "\n\nKILA MARU, PRIME MINISTER OF PAPUA NEW GUINEA: Thank you, Anthony. Our talks were very productive."
	visit := "visit 2024-05 Anthony Albanese+Kila Maru"
	tests := []sourcedCase{
		{"welcome the guest, to be meeting here in a city", src, title, day,
			host + "And I'm delighted to welcome Prime Minister Kila Maru, to be meeting with him here in Sydney today. We discussed trade and security." + guest,
			[]string{visit}},
		{"welcome you to a city", src, title, day,
			host + "It is a great pleasure to welcome you to Melbourne, Kila. We discussed trade and security." + guest,
			[]string{visit}},
		{"welcome to a venue in the city", src, title, day,
			host + "It is a great pleasure to welcome you here to the Opera House, Kila. We discussed trade and security." + guest,
			nil},
		{"welcome to a city for a gathering", src, title, day,
			host + "It is a great pleasure to welcome you to Melbourne for the Pacific Ocean Forum, Kila. We discussed trade and security." + guest,
			nil},
		{"the guest welcomed to the city by another", src, title, day,
			host + "Kila was welcomed to Melbourne by the Governor. We discussed trade and security." + guest,
			nil},
	}
	runTyped(t, tests, "visits", "visit")
}

// TestThankedHost33 checks that the one a speaker thanks for the welcome
// or for hosting ("Can I thank Prime Minister A for the very warm welcome
// to C", "thank Secretary A for hosting us here") is the speaker's host,
// not a side of the speaker's own press conference abroad; a host who
// welcomes a guest at a press conference at home still has the guest
// beside them. Invented hosts, real countries. (On main: the host thanked
// is a side of the press conference.)
func TestThankedHost33(t *testing.T) {
	const day = "2024-05-14"
	tests := []sourcedCase{
		{"thanks for the welcome at a doorstop abroad", "https://www.pm.gov.au/media/doorstop-port-moresby", "Doorstop - Port Moresby", day,
			"ANTHONY ALBANESE, PRIME MINISTER: Can I thank Prime Minister Kila Maru of Papua New Guinea for the very warm welcome to Papua New Guinea, and for the constructive meeting that we held today. Later today I will visit our troops.",
			[]string{"press_conference 2024-05-14 Anthony Albanese"}},
		{"thanks for hosting at a doorstop abroad", "https://www.pm.gov.au/media/doorstop-port-moresby", "Doorstop - Port Moresby", day,
			"ANTHONY ALBANESE, PRIME MINISTER: Can I first thank Prime Minister Kila Maru of Papua New Guinea for hosting us here in Port Moresby. Today's forum was a powerful sign of our shared commitment to the region.",
			[]string{"press_conference 2024-05-14 Anthony Albanese"}},
		{"a welcome at home keeps the guest", "https://www.pm.gov.au/media/press-conference-canberra", "Press conference - Canberra", day,
			"ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Good morning. I'm delighted to welcome Prime Minister Kila Maru of Papua New Guinea to Canberra today. Our two countries share a very special relationship.",
			[]string{"press_conference 2024-05-14 Anthony Albanese+Kila Maru"}},
	}
	runTyped(t, tests, "press events", "press_conference")
}

// TestSignedObjectWindow33 checks that a count and a pair of modifiers
// joined by "and" before the document ("We just signed some important
// economic and trade agreements") leave the document within reach of the
// speaker's "we signed": the day's signing between the two sides of the
// press statements. "signed" with no document within reach gives none.
// Invented names. (On main: no signing in the first two.)
func TestSignedObjectWindow33(t *testing.T) {
	const src, title, day = "https://www.presidencia.cl/press/statements-1", "Press statements following Chilean-Norwegian talks", "2024-05-14"
	const open = "PRESIDENT OF CHILE KARL OBST: Ladies and gentlemen, I want to start by welcoming to Santiago our friend, Prime Minister of Norway Lena Varga. Our talks today were very productive.\n\n"
	const close = "\n\nPRIME MINISTER OF NORWAY LENA VARGA: Thank you, Mr President."
	sign := "signing 2024-05-14 Karl Obst+Lena Varga" // the two speakers (signprincipals37.go)
	tests := []sourcedCase{
		{"a count and two modifiers joined", src, title, day,
			open + "We just signed some important economic and trade agreements that will expand our cooperation." + close,
			[]string{sign}},
		{"two modifiers, one hyphenated", src, title, day,
			open + "We have just signed three important intergovernmental and inter-ministerial agreements." + close,
			[]string{sign}},
		{"a plain object", src, title, day,
			open + "We signed two agreements." + close,
			[]string{sign}},
		{"no document within reach", src, title, day,
			open + "We signed off on economic and trade matters and on many other questions of our cooperation." + close,
			nil},
	}
	runTyped(t, tests, "signings", "signing")
}

// TestPressInteraction33 checks the headline cue "(Joint) Press Interaction"
// (MEA: "Opening remarks by PM at the joint press interaction with
// President A"): a press conference with the guest the headline names; a
// spokesperson's press interaction at home with no one is none. Invented
// guest, real countries. (On main: no press event in the first.)
func TestPressInteraction33(t *testing.T) {
	const day = "2024-05-14"
	tests := []sourcedCase{
		{"joint press interaction with a guest", "https://www.mea.gov.in/Speeches-Statements.htm?dtl/1/opening-remarks", "Opening remarks by Prime Minister at the joint press interaction with President Karl Obst of Chile", day,
			"Thank you for your kind words Mr. President. It is a great pleasure to be here in Santiago. Our discussions today covered a wide range of issues.",
			[]string{"press_conference 2024-05-14 Karl Obst+Narendra Modi"}},
		{"a press interaction at home", "https://www.mea.gov.in/media-briefings.htm?dtl/2/press-interaction", "Transcript of press interaction by the Official Spokesperson", day,
			"Good afternoon friends. I have two announcements today and then I will take your questions.",
			nil},
	}
	runTyped(t, tests, "press events", "press_conference")
}
