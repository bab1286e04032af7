package extract

import "testing"

// TestGroupPressStatements34 checks a readout that tells the press
// statements of the two sides by a plural of offices alone ("the
// presidents of the two countries made statements for the press") above a
// transcript whose talks name the two: the press event is theirs, on the
// talks' day. "Statements for the media" and a "Media statements by A and
// B" headline are press events as "for the press" is. A plan ("will make
// statements") and statements with no talks read are none. Invented
// names, real countries. (On main: no press event in the first three.)
func TestGroupPressStatements34(t *testing.T) {
	const src, day = "http://en.kremlin.ru/events/president/transcripts/1", "2021-03-16"
	transcript := "\n\n* * *\n\nBeginning of talks with President of Latvia Janis Ozols\n\nPresident of Estonia Kalle Tamm: Mr President, I would like to thank you for accepting the invitation to come to Estonia."
	press := "press_conference 2021-03-16 Janis Ozols+Kalle Tamm"
	tests := []sourcedCase{
		{"the presidents of the two countries", src, "Estonian-Latvian talks", day,
			"After a conversation in restricted format, the talks continued in an expanded format.\n\nFollowing the talks, the presidents of the two countries made statements for the press." + transcript,
			[]string{press}},
		{"the two leaders, statements for the media", src, "Estonian-Latvian talks", day,
			"Following the talks, the two leaders made statements for the media." + transcript,
			[]string{press}},
		{"media statements headline", src, "Media statements by Kalle Tamm and Janis Ozols", day,
			"Following the bilateral talks, the presidents of Estonia and Latvia made statements for the media.\n\nPresident of Latvia Janis Ozols: Mr President, ladies and gentlemen, I would like to thank President Kalle Tamm for his official visit to our country.",
			[]string{press}},
		{"statements ahead", src, "Estonian-Latvian talks", day,
			"Following the talks, the two leaders will make statements for the press." + transcript,
			nil},
		{"no talks read", src, "Estonian-Latvian relations", day,
			"The presidents of the two countries made statements for the press on the anniversary of relations.",
			nil},
	}
	pressOnly(t, tests)
}

// TestOfficeNameLabel34 checks a speaker's label in title case that gives
// office, country and name ("President of A B C:"), as the Kremlin writes
// them: it opens speech under a "Press statement" headline, and its
// speaker is the home side of the remarks to a guest the text addresses
// by office alone. (On main: no press event.)
func TestOfficeNameLabel34(t *testing.T) {
	tests := []sourcedCase{
		{"press statement under an office label", "http://en.kremlin.ru/events/president/news/2", "Press statement and answers to journalists’ questions following Russian-Indian talks", "2011-12-16",
			"December 16, 2011, The Kremlin, Moscow\n\nPresident of Russia Ivan Petrov: Mr Prime Minister, ladies and gentlemen,\n\nIndia is Russia’s privileged partner. The Prime Minister and I reviewed all of the main areas of our bilateral cooperation.",
			[]string{"press_conference 2011-12-16 India+Ivan Petrov"}},
	}
	pressOnly(t, tests)
	for _, c := range []struct {
		line string
		want bool
	}{
		{"President of Russia Ivan Petrov: Mr Prime Minister,", true},
		{"President of Mongolia Bat Erdene (retranslated): Mr President,", true},
		{"Prime Minister of the Republic of Chile Ana Rojas: Thank you.", true},
		{"Beginning of talks with President of Latvia Janis Ozols", false},
		{"President Ivan Petrov: Thank you.", false},                  // no office link: other rules' label
		{"December 16, 2011, The Kremlin, Moscow: statement", false},  // a dateline
		{"Joint Statement of Chile and Peru: Text", false},            // the link inside the name's words
		{"Note: the statements of the two presidents follow.", false}, // not title case
	} {
		if got := officeNameLabel(c.line); got != c.want {
			t.Errorf("officeNameLabel(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestJointRemarksHeadline34 checks headlines of remarks two sides make
// together before the press: "A and B deliver joint remarks", "A delivers
// remarks with B", "Remarks With Foreign Minister A After Their Meeting"
// over a transcript opened by a speaker's label (the golds code these as
// press events beside the meeting). One speaker's unlabelled remarks after
// the meeting, remarks "Before Their Meeting" and remarks "at" an arrival
// are none. Invented names. (On main: no press event in the first
// three.)
func TestJointRemarksHeadline34(t *testing.T) {
	const day = "2017-07-04"
	tests := []sourcedCase{
		{"deliver joint remarks", "https://pm.gc.ca/en/videos/2017/07/04/1", "Transcript - Prime Minister Ann Moore and Taoiseach Sean Walsh of Ireland deliver joint remarks", day,
			"SEAN WALSH (Taoiseach of Ireland): Thank you very much for being here and it is a real pleasure to welcome Prime Minister Ann Moore to Ireland. We had a very good meeting this morning.",
			[]string{"press_conference 2017-07-04 Ann Moore+Sean Walsh"}},
		{"delivers remarks with", "https://pm.gc.ca/en/videos/2017/07/04/2", "Transcript - Prime Minister Ann Moore delivers remarks with Taoiseach Sean Walsh of Ireland", day,
			"Thank you, Taoiseach. Good morning everyone. It is an honour to be here in Dublin.",
			[]string{"press_conference 2017-07-04 Ann Moore+Sean Walsh"}},
		{"remarks with a minister after their meeting", "https://2009-2017.state.gov/secretary/rm/2017/07/1.htm", "Remarks With Chilean Foreign Minister Ana Rojas After Their Meeting", day,
			"John Vale\nSecretary of State\nTreaty Room\nWashington, DC\nJuly 4, 2017\n\nSECRETARY VALE: Good afternoon. It was a pleasure to welcome Foreign Minister Rojas to the State Department. We had a productive discussion of trade and security.",
			[]string{"press_conference 2017-07-04 Ana Rojas+John Vale"}},
		{"one speaker's remarks after their meeting, unlabelled", "https://2009-2017.state.gov/secretary/rm/2017/07/3.htm", "Remarks With Chilean Foreign Minister Ana Rojas After Their Meeting", day,
			"John Vale\nSecretary of State\nTreaty Room\nWashington, DC\nJuly 4, 2017\n\nHello. Well, it was a pleasure to welcome Foreign Minister Rojas to the State Department. We had a productive discussion of trade and security.",
			nil},
		{"remarks before their meeting", "https://2009-2017.state.gov/secretary/rm/2017/07/2.htm", "Remarks With Chilean Foreign Minister Ana Rojas Before Their Meeting", day,
			"John Vale\nSecretary of State\nTreaty Room\nWashington, DC\nJuly 4, 2017\n\nSECRETARY VALE: Good afternoon. It is a pleasure to welcome Foreign Minister Rojas to the State Department. We look forward to a good conversation.",
			nil},
		{"remarks at an arrival", "https://pm.gc.ca/en/videos/2017/07/04/3", "Transcript - Prime Minister Ann Moore delivers remarks at the arrival ceremony in Dublin", day,
			"Taoiseach, distinguished guests, thank you for this extraordinary welcome. It is a great honour to be here in Ireland.",
			nil},
	}
	pressOnly(t, tests)
}

// TestSaidAtPress34 checks a news report that places a quoted speaker at a
// press conference with two others ("A said November 4 at a news
// conference in C with B and Prime Minister D"): the speaker is a side of
// it, not one who reports the others' contact. Invented names, real
// countries. (On main: the speaker is left out.)
func TestSaidAtPress34(t *testing.T) {
	const src, title, day = "https://www.worldaffairsdaily.net/2010/11/05/1", "Chile and Peru Enhance Partnership", "2010-11-05"
	lead := "Lima — Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Vera signed an agreement to enhance the partnership between their nations.\n\n"
	tests := []sourcedCase{
		{"said at a news conference with two", src, title, day,
			lead + "“This declaration makes it clear that we want to cooperate across the board,” Rojas said November 4 at a news conference in Lima with Vera and Prime Minister Jorge Salas.",
			[]string{"press_conference 2010-11-04 Ana Rojas+Jorge Salas+Luis Vera"}},
		{"said that others held a news conference", src, title, day,
			lead + "Rojas said that Vera and Prime Minister Jorge Salas held a news conference in Lima on November 4.",
			[]string{"press_conference 2010-11-04 Jorge Salas+Luis Vera"}},
	}
	pressOnly(t, tests)
}

// TestJointPressInteraction34 checks the body phrase of the headline cue
// "Joint Press Interaction" (the Indian government's name for a joint press
// conference): "remarks by the Prime Minister at the Joint Press Interaction
// with President B". Invented names. (On main: no press event.)
func TestJointPressInteraction34(t *testing.T) {
	tests := []sourcedCase{
		{"at the joint press interaction with", "https://www.worldaffairsdaily.net/releases/3", "Opening remarks in Santiago", "2007-11-12",
			"Following is the text of the opening remarks by the Prime Minister of Norway, Erik Lunde, at the Joint Press Interaction with Chilean President Ana Rojas in Santiago today.",
			[]string{"press_conference 2007-11-12 Ana Rojas+Erik Lunde"}},
	}
	pressOnly(t, tests)
}
