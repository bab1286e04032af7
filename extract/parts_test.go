package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestParticipantsPrincipals checks that a contact's participants are its
// principals, whatever else the text names around it, and the contacts a
// headline or a late report names, with invented names.
func TestParticipantsPrincipals(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, source, url, title, published, body string
		want                                      []string // engagementSummary
	}{
		{"those taking part and representing a side are not principals", "", "", "Meeting with Foreign Minister of Chile Luis Vega", "2023-02-22",
			"Ivan Petrov, President of Russia, met in the Kremlin with Foreign Minister of Chile Luis Vega.\n\nOn the Russian side, taking part in the talks were Russia's Foreign Minister Oleg Sidorov and Security Council Secretary Pavel Orlov; the Chilean side was represented by Ambassador Extraordinary and Plenipotentiary of Chile to the Russian Federation Jorge Pardo.",
			[]string{"meeting 2023-02-22 Ivan Petrov+Luis Vega"}},
		{"a side named only by those attending is led by its speaker", "President of Russia (Kremlin)", "http://en.kremlin.ru/events/president/news/1", "Meeting with Minister of Foreign Affairs of Chile Luis Vega", "2023-12-27",
			"On the Russian side, the meeting was attended by Foreign Minister Oleg Sidorov and Presidential Aide Pavel Orlov.\n\nPresident of Russia Ivan Petrov: Mr Minister, dear friends, I am very happy to see you in Moscow.",
			[]string{"reception 2023-12-27 Ivan Petrov+Luis Vega"}},
		{"remarks prior to a meeting are of the guest and the other speaker", "", "", "Remarks Prior to a Meeting With President Luis Vega of Chile in Santiago, Chile", "2017-11-13",
			"President of Russia Ivan Petrov: Thank you very much. It is great to be here.\n\nPresident of Chile Luis Vega: We are your friends.",
			[]string{"meeting 2017-11-13 Ivan Petrov+Luis Vega"}},
		{"a headline's welcome of a minister is a meeting", "", "", "Russian Defence Minister Oleg Sidorov Welcomes Chilean Defense Minister Luis Vega", "2023-10-04",
			"RUSSIAN DEFENCE MINISTER OLEG SIDOROV: Well, Mr. Minister, it's an honor to meet you here so soon after we spoke last week.",
			[]string{"meeting 2023-10-04 Luis Vega+Oleg Sidorov"}},
		{"a joint press conference with guests has the host who speaks first", "", "", "Joint Press Conference with Chilean Foreign Minister Luis Vega and Chilean Trade Minister Ana Soto", "2015-09-22",
			"RUSSIAN FOREIGN MINISTER OLEG SIDOROV: Good afternoon everyone. I am delighted to be joined by Foreign Minister Luis Vega and by Minister Ana Soto.",
			[]string{"meeting 2015-09-22 Ana Soto+Luis Vega+Oleg Sidorov", "press_conference 2015-09-22 Ana Soto+Luis Vega+Oleg Sidorov"}},
		{"a leader's own press conference recalling a meeting has no guest", "", "", "Press conference - Washington DC", "2023-10-24",
			"OLEG SIDOROV, PRIME MINISTER OF RUSSIA: When I met with President Luis Vega of Chile in Santiago in May, we signed a compact.",
			nil},
		{"naming a summit meeting is no call", "", "", "", "2017-10-30",
			"President Luis Vega of Chile and Russian President Ivan Petrov locked hands on a new deal and called the Summit Meeting the beginning of a golden age.",
			[]string{"meeting 2017-10-30 Ivan Petrov+Luis Vega"}},
		{"a third party's meeting of the day is held", "", "", "Readout of President Ivan Petrov's Call with President Luis Vega of Chile", "2018-05-08",
			"President of Russia Ivan Petrov spoke today with President Luis Vega of Chile. The two leaders discussed issues of mutual interest, including President Vega's meeting today with Argentine President Ana Soto.",
			[]string{"phone_call 2018-05-08 Ivan Petrov+Luis Vega", "meeting 2018-05-08 Ana Soto+Luis Vega"}},
		{"a late answer is dated by its text", "", "", "Official Engagements (written answer of the Foreign Minister of Chile Luis Vega)", "2024-01-25",
			"I travelled to Moscow on 13 December to meet with the Russian Foreign Minister Oleg Sidorov, our first since his appointment.\n\nOur meeting focused on trade. We had a good discussion on fisheries.",
			[]string{"meeting 2023-12-13 Luis Vega+Oleg Sidorov"}},
		{"today stated in full is that day", "", "", "", "2023-03-13",
			"Prime Minister of Chile Luis Vega met Russian President Ivan Petrov in San Diego today (12 March 2023).",
			[]string{"meeting 2023-03-12 Ivan Petrov+Luis Vega"}},
		{"the Tanaiste is a person's title", "Foreign and Commonwealth Office (GOV.UK news story)", "https://www.gov.uk/government/news/foreign-secretary-meeting-with-irish-foreign-minister", "Foreign Secretary meeting with Irish Foreign Minister", "2018-01-31",
			"The Foreign Secretary met Tánaiste Sean Byrne today for a meeting on the UK-Ireland bilateral relationship.",
			[]string{"meeting 2018-01-31 Boris Johnson+Sean Byrne"}}, // the site's own Foreign Secretary of the day (office table) and the guest
		{"a head of state meeting another country's official at home receives him", "", "", "", "2023-02-22",
			"Russian President Ivan Petrov met in Moscow today with Chinese State Councilor Li Wen.",
			[]string{"reception 2023-02-22 Ivan Petrov+Li Wen"}},
		{"a contact held in the passive is the speaker's", "", "", "", "2023-02-09",
			"RUSSIAN PRESIDENT IVAN PETROV: I extend my heartfelt greetings.\n\nToday, discussion was held with President Luis Vega of Chile on bilateral cooperation.",
			[]string{"talks 2023-02-09 Ivan Petrov+Luis Vega"}},
		{"a speaker who reports another's contact is not a party to it", "", "", "Press Conference", "2016-07-15",
			"CHIEF CABINET SECRETARY TARO SATO: I have received a report that Prime Minister Ken Abe held a summit meeting with Dr. Li Wen, Premier of the State Council of the People's Republic of China.",
			[]string{"meeting 2016-07-15 Ken Abe+Li Wen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.URL, a.Source = tt.url, tt.source
			got := engagementSummary(x.Extract(a))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("engagements\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestFacilityNames checks that a room or prize named after a person is
// no person.
func TestFacilityNames(t *testing.T) {
	x := newX(t)
	for _, body := range []string{
		"John Kerry\nSecretary of State\nDean Acheson Room\nWashington, DC\nSeptember 22, 2015\n\nSECRETARY KERRY: Good afternoon.",
		"The ceremony was held at the Nelson Mandela Hall.",
	} {
		for name := range persons(x.Extract(article("", "2015-09-22", body))) {
			if name == "Dean Acheson" || name == "Nelson Mandela" {
				t.Errorf("%q: person %q", body, name)
			}
		}
	}
}
