package extract

import "testing"

// TestLeaderAtGathering37 checks a leader's own part in a named many-sided
// gathering of leaders told in a text's lead, held: "A attended the
// Opening Session of the Ninth B International Conference on C
// Development", "A participated in the 30th G20 Summit", "A delivered an
// address at the First Plenary Session of the D Summit", fronted "At the
// E Summit in F, on 21 May, A announced", "A attended the meeting" after
// the sentence naming the gathering held. The references code the
// leader's part alone (a summit with one side). Told ahead, of ministers,
// under a name that joins sides, or a regional bloc's own gathering
// (blocGatherings), it is none here. Invented names, real countries.
func TestLeaderAtGathering37(t *testing.T) {
	tests := []sourcedCase{
		{"attended the opening session of a named conference", "Wire", "Opening Session", "2031-08-27",
			"Prime Minister Ana Soto of Japan, who is visiting Tunis to attend the Ninth Osaka International Conference on Maritime Development (OICMD 9), attended the Opening Session commencing at 9:30 a.m. on Saturday, August 27, and delivered a keynote address.",
			[]string{"summit 2031-08-27 Ana Soto"}},
		{"participated in a numbered summit, a range of days", "Wire", "Leaders' Summit", "2031-11-22",
			"President Kofi Mensah of Ghana participated in the 30th G20 Summit convened by Brazil in virtual format, on 21-22 November 2031.",
			[]string{"summit 2031-11-21 Kofi Mensah"}},
		{"an address at the plenary session of a regional summit", "Wire", "President delivered address", "2031-12-08",
			"President Ana Soto of Portugal delivered an address at the First Plenary Session of the Iberian American Summit which is being held in Veracruz, Mexico.",
			[]string{"summit 2031-12-08 Ana Soto"}},
		{"fronted place, dated by the sentence", "Wire", "Doses shared", "2031-07-24",
			"At the Global Health Summit in Rome, on 21 May 2031, President Ana Soto of Ghana had announced that her country would share doses.",
			[]string{"summit 2031-05-21 Ana Soto"}},
		{"fronted speech", "Wire", "Unity", "2031-09-14",
			"In his speech at the 9th Consultative Summit of the Heads of State of the Steppe in Dushanbe, President Kofi Mensah of Kazakhstan noted the treaty's formula.",
			[]string{"summit 2031-09-14 Kofi Mensah"}},
		{"lower-case summit after the gathering's name", "Wire", "Leader addresses the summit", "2031-11-07",
			"Prime Minister Ana Soto of the United Kingdom has addressed world leaders at the COP40 climate change summit in Belem.",
			[]string{"summit 2031-11-07 Ana Soto"}},
		{"the meeting the sentence before names", "Wire", "The 30th Summit", "2031-11-13",
			"On November 13, the 30th Eastern Seas Summit (ESS) was held in Phnom Penh, Cambodia. Prime Minister Ana Soto of Japan attended the meeting.",
			[]string{"summit 2031-11-13 Ana Soto"}},
		{"a leader listed after 'also attended by' is joined by the lead's", "Wire", "President takes part in Steppe Summit in narrow format", "2031-09-16",
			"SAMARKAND. President Dana Sarsen of Kazakhstan took part in the Summit of the Council of Heads of the Steppe Cooperation Organization Member States in a narrow format, the press service reports.\n\nIn her speech, Dana Sarsen thanked President Ana Soto for the hospitality and the high level of organization of the Steppe Summit in Samarkand.\n\nThe meeting was also attended by President Ana Soto of Uzbekistan, Prime Minister Ravi Rao of India, President Li Wen of China, President Marat Bek of Kyrgyzstan, Prime Minister Omar Ali of Pakistan, President Ivan Petrov of Russia and President Karim Nazar of Tajikistan.",
			[]string{"summit 2031-09-16 Dana Sarsen+Ivan Petrov+Karim Nazar+Li Wen+Marat Bek+Omar Ali+Ravi Rao"}},
		{"a delegate of the same country in the sentence after", "Wire", "Opening Session", "2031-08-27",
			"Prime Minister Ana Soto of Japan participated online as a Co-chair in the Opening Session of the Tenth Osaka International Conference on Maritime Development (OICMD 10) held in Tunisia on August 27. Mr. Kenji Mori, Minister for Foreign Affairs of Japan, participated in this conference in person as Special Envoy of the Prime Minister.",
			[]string{"summit 2031-08-27 Ana Soto+Kenji Mori"}},
		{"a fronted gathering lists its leaders", "Wire", "Joint statement", "2031-03-10",
			"At the North Atlantic Leaders' Summit on January 9-10, President Ana Soto of Mexico, President Kofi Mensah of the United States, and Prime Minister Ravi Rao of Canada instructed their Cabinets to intensify efforts.",
			[]string{"summit 2031-01 Ana Soto+Kofi Mensah+Ravi Rao"}},
		{"a fronted gathering, the main verb ahead", "Wire", "Fact sheet", "2031-06-08",
			"At the opening ceremony of the Summit of the Americas, President Kofi Mensah of the United States will announce a new partnership.",
			nil},
		{"a gathering of another year recalled", "Wire", "Fact sheet", "2032-06-26",
			"At the 2031 G7 Summit, President Kofi Mensah of the United States and G7 leaders announced their intent to develop an infrastructure partnership.",
			nil},
		{"a bilateral meeting at the gathering is the sentence's news", "Wire", "Readout", "2031-06-28",
			"At the G7 Summit, President Kofi Mensah of the United States met with President Ana Soto of Senegal.",
			nil},
		{"meetings after the leader's part", "Wire", "Second Day", "2031-08-27",
			"On August 27, Prime Minister Ana Soto of Japan, who was visiting Nairobi to attend the Ninth Osaka International Conference on Maritime Development (OICMD), attended the OICMD IX opening session, and then held meetings with President Kofi Mensah of Madagascar and President Ravi Rao of Senegal, respectively.",
			[]string{"summit 2031-08-27 Ana Soto"}},
		{"ahead", "Wire", "Leader to attend", "2031-10-10",
			"Prime Minister Ana Soto of Canada will attend the 30th G20 Summit in Rome next week.",
			nil},
		{"a ministers' meeting", "Wire", "Ministers meet", "2031-09-09",
			"President Kofi Mensah of Ghana attended the 15th Eastern Seas Summit Foreign Ministers' Meeting on Wednesday.",
			nil},
		{"a summit whose name joins sides", "Wire", "Summit", "2031-07-28",
			"President Kofi Mensah of Ghana attended the Russia-Africa Summit in Saint Petersburg on July 28.",
			nil},
	}
	runTyped(t, tests, "summits", "summit")
}
