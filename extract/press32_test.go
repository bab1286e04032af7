package extract

import "testing"

// pressOnly runs each case on its site (the source is the article's
// address) and compares the press conferences alone: the meetings and
// talks the same texts tell are other rules'.
func pressOnly(t *testing.T, tests []sourcedCase) {
	t.Helper()
	runTyped(t, tests, "press events", "press_conference")
}

// TestPressHeadlineForms32 checks headline names of a joint press event
// that ministries use besides "press conference": a "media conference"
// with a visiting minister, a "media interaction" of two ministers whose
// transcript labels each speaker by office and then the name in
// brackets, a "joint media encounter". Invented names, real countries.
// (On main: no press event.)
func TestPressHeadlineForms32(t *testing.T) {
	const day = "2024-05-14"
	tests := []sourcedCase{
		{"media conference with a visiting minister", "https://www.foreignminister.gov.au/minister/x/transcript/media-conference", "Media conference, with New Zealand Foreign Minister Tama Ruru", day,
			"TAMA RURU: Thank you. I want to take the opportunity of welcoming Australian Foreign Minister Jane Holt to New Zealand. We have had formal talks this morning.\n\nJANE HOLT: Thanks Tama. I am delighted to be here for our annual discussion.",
			[]string{"press_conference 2024-05-14 Jane Holt+Tama Ruru"}},
		{"media interaction with bracketed names", "https://www.worldaffairsdaily.net/transcripts/1", "Transcript of media interaction in Santiago", day,
			"Foreign Minister of Norway (Mr. Erik Lunde): We had a very cordial discussion between good friends.\n\nForeign Minister of Chile (Ms. Ana Rojas): Thank you very much. We reviewed the work done since the last visit.\n\nQuestion: I have a question for the Foreign Minister of Norway.",
			[]string{"press_conference 2024-05-14 Ana Rojas+Erik Lunde"}},
		{"joint media encounter", "https://www.worldaffairsdaily.net/transcripts/2", "Joint media encounter, Santiago", day,
			"Foreign Minister of Norway (Mr. Erik Lunde): Thank you for hosting me in Santiago.\n\nForeign Minister of Chile (Ms. Ana Rojas): It is a pleasure to have you here.",
			[]string{"press_conference 2024-05-14 Ana Rojas+Erik Lunde"}},
	}
	pressOnly(t, tests)
}

// TestPressOpeningGuest32 checks a press conference transcript at home
// whose headline names no one: the guest is the person the host's first
// turn says they stand beside ("a great honour to be with my friend Prime
// Minister A here today"), or welcomes after greetings and an
// acknowledgement of country that name no one. A welcome of no person,
// and a companion of the host's own country, are no guest. Invented
// guests, real countries. (On main: no press event in the first two.)
func TestPressOpeningGuest32(t *testing.T) {
	const src, title, day = "https://www.pm.gov.au/media/press-conference-parliament-house-canberra", "Press conference - Parliament House, Canberra", "2024-05-14"
	const label = "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: "
	press := "press_conference 2024-05-14 Anthony Albanese+Kila Maru"
	tests := []sourcedCase{
		{"to be with the guest here", src, title, day,
			label + "Good morning. It is a great honour to be with my very good friend Prime Minister Kila Maru of Papua New Guinea here today. Our two countries share a very special relationship.",
			[]string{press}},
		{"a welcome after sentences that name no one", src, title, day,
			label + "Good morning everyone. And thank you to those who have come online to join us. Can I begin by acknowledging the traditional owners of the land on which we meet this morning. I also want to welcome my friend, Prime Minister Kila Maru of Papua New Guinea, on his first visit as Prime Minister.",
			[]string{press}},
		{"we have with us the guest", src, title, day,
			label + "Good morning. Today we have with us Prime Minister Kila Maru of Papua New Guinea, on his first visit since the election. Our two countries share a very special relationship.",
			[]string{press}},
		{"a welcome of no one", src, title, day,
			label + "Good morning. The rain was very welcome this week. Can I begin by acknowledging the traditional owners of the land. Today we announce new funding for schools.",
			nil},
	}
	pressOnly(t, tests)
}

// TestUnionJointPress32 checks a headline's joint press conference of two
// persons who both act for a union of states (the presidents of its
// commission and its council after a summit): kept though it has one
// side. Two officials of one state at a joint press conference are still
// no international contact. Invented names. (On main: none.)
func TestUnionJointPress32(t *testing.T) {
	const day = "2024-05-14"
	tests := []sourcedCase{
		{"two presidents of the union", "https://ec.europa.eu/commission/presscorner/detail/en/statement_1", "Statement by European Commission President Anna Lind at the joint press conference with European Council President Marc Duval following the EU-Chile Summit", day,
			"Thank you, Marc. Indeed, today our main message has been that the European Union stands by Chile as a friend and partner.",
			[]string{"press_conference 2024-05-14 Anna Lind+Marc Duval"}},
		{"two ministers of one state", "https://www.regjeringen.no/en/aktuelt/press-conference/id1/", "Remarks by Norwegian Foreign Minister Erik Lunde at the joint press conference with Norwegian Defence Minister Kari Berg", day,
			"Thank you, Kari. Today we present the new budget for our armed forces.",
			nil},
	}
	pressOnly(t, tests)
}
