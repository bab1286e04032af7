package extract

import (
	"strings"
	"testing"
)

// Rules from reading unseen outlets (session 15, refs/read15): each case is
// written from the rule with invented names.

// TestCourtesyVisitAndAudience checks that a courtesy visit or a visit paid
// to a person, and an audience a monarch gives or grants, are receptions of
// the caller, while a visit paid to a country stays a visit.
func TestCourtesyVisitAndAudience(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a courtesy visit to a king", "", "", "2022-06-03",
			"Prime Minister Tam Vongsa of Laos paid a courtesy visit to King Arun Sirivat of Thailand yesterday evening.",
			[]string{"reception 2022-06-02 Arun Sirivat+Tam Vongsa"}},
		{"a visit paid to a princess", "", "", "2022-06-03",
			"Prime Minister Tam Vongsa of Laos also paid a visit to Princess Malai Sirivat of Thailand at the palace today.",
			[]string{"reception 2022-06-03 Malai Sirivat+Tam Vongsa"}},
		{"an audience given, place and day between", "", "", "2020-03-04",
			"Sultan Omar Rashid of Oman gave an audience at the palace on Wednesday to Prince Fahd Nasser, Minister of Defence of Saudi Arabia.",
			[]string{"reception 2020-03-04 Fahd Nasser+Omar Rashid"}},
		{"an audience granted", "", "", "2020-03-04",
			"King Omar Rashid of Jordan granted an audience to Egyptian Foreign Minister Samir Adel today.",
			[]string{"reception 2020-03-04 Omar Rashid+Samir Adel"}},
		{"a courtesy visit to a country stays a visit", "", "", "2022-06-03",
			"Prime Minister Tam Vongsa of Laos paid a courtesy visit to Thailand last week.",
			[]string{"visit 2022-05 Tam Vongsa+Thailand"}},
	})
}

// TestFullerNameForms checks that a leader named with a middle name or a
// second family name written in ("William Kiprono Ruto", "Gabriel Boric
// Font") is the office holder of the shorter name, with the holder's country.
func TestFullerNameForms(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, date, body, want string }{
		{"a middle name", "2022-09-14",
			"Today, Vice President Ama Owusu of Ghana met with President William Kiprono Ruto at the State House.", "William Ruto|KE"},
		{"a second family name", "2022-11-24",
			"Vice President Ama Owusu of Ghana held a bilateral meeting with President Gabriel Boric Sotomayor.", "Gabriel Boric Sotomayor|CL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("", tt.date, tt.body)))
			if !strings.Contains(strings.Join(got, ","), tt.want) {
				t.Errorf("persons %q, want %q among them", got, tt.want)
			}
		})
	}
}

// TestAttendedByIsNoMeeting checks that "The meeting was attended by A and
// B", after a contact already read, names those present at it, not a
// meeting of theirs; a summit's chair named so still takes part.
func TestAttendedByIsNoMeeting(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"today's meeting, then those present", "", "", "2023-02-11",
			"Prime Minister Daud Karim of Malaysia today received a courtesy call from Chinese Minister Li Wenhao. \"At today's meeting, I invited the President to visit,\" he said. The meeting was also attended by Home Minister Aziz Rahman and China's Ambassador to Malaysia Zhou Ming.",
			[]string{"reception 2023-02-11 Daud Karim+Li Wenhao"}},
		{"during the meeting, then those present", "", "", "2020-12-16",
			"Deputy Prime Minister Said Nasser of Oman received Palestinian Minister Omar Haddad in his office today. During the meeting, the two sides reviewed relations. The meeting was attended by Oman's Minister of Culture Tariq Said and Palestinian Ambassador Rami Khoury.",
			[]string{"reception 2020-12-16 Omar Haddad+Said Nasser"}},
	})
}

// TestHeadlineVerbIsNoName checks that a headline's verb after a name in
// capitals or title case ("… ANA LOPEZ PARTICIPATES IN …", "Minister Assures
// Union Of …") is no word of the name.
func TestHeadlineVerbIsNoName(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, body, want string }{
		{"participates in capitals",
			"FOREIGN SECRETARY ANA LOPEZ PARTICIPATES IN THE REGIONAL SUMMIT\n\nForeign Secretary Ana Lopez of Mexico met with Foreign Minister Tomas Vega of Nicaragua.", "Ana Lopez|MX"},
		{"assures in title case",
			"Foreign Minister Tomas Vega Assures Union Of Support\n\nForeign Minister Tomas Vega of Nicaragua met Foreign Secretary Ana Lopez of Mexico.", "Tomas Vega|NI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("", "2012-12-14", tt.body)))
			for _, g := range got {
				if strings.Contains(g, "Participates") || strings.Contains(g, "Assures") {
					t.Errorf("persons %q: a verb in a name", got)
				}
			}
			if !strings.Contains(strings.Join(got, ","), tt.want) {
				t.Errorf("persons %q, want %q among them", got, tt.want)
			}
		})
	}
}

// TestMinistryInTheCountry checks that a minister's title after a name
// closed by "in the [sisterly] Kingdom of X" gives X, while an envoy posted
// "in" a country is not of it.
func TestMinistryInTheCountry(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, body, want, not string }{
		{"a deputy minister in the sisterly kingdom",
			"Sultan Omar Rashid of Oman gave an audience on Wednesday to Prince Fahd Nasser, Deputy Minister of Defence in the sisterly Kingdom of Saudi Arabia.", "Fahd Nasser|SA", ""},
		{"a minister in the state",
			"Sultan Omar Rashid of Oman received Jaber Salem, Minister of Interior in the State of Kuwait, on Wednesday.", "Jaber Salem|KW", ""},
		{"an ambassador in the republic",
			"Sultan Omar Rashid of Oman received Karl Weber, Ambassador in the Republic of Austria, on Wednesday.", "", "Karl Weber|AT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(personCountries(x.Extract(article("", "2020-03-04", tt.body))), ",")
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("persons %q, want %q among them", got, tt.want)
			}
			if tt.not != "" && strings.Contains(got, tt.not) {
				t.Errorf("persons %q, not %q", got, tt.not)
			}
		})
	}
}

// TestCountriesBeforeCounterparts checks that "met his X and Y
// counterparts", the countries before the office, is a meeting with each,
// as "the counterparts from X and Y" is; one counterpart named so stays
// unread, and named counterparts are read as persons.
func TestCountriesBeforeCounterparts(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"country names before counterparts", "", "", "2024-08-28",
			"Prime Minister Ana Velloso of New Zealand had bilateral meetings with her Tonga and Samoa counterparts on Wednesday.",
			[]string{"meeting 2024-08-28 Ana Velloso+Samoa", "meeting 2024-08-28 Ana Velloso+Tonga"}},
		{"demonyms before counterparts", "", "", "2024-08-28",
			"Prime Minister Ana Velloso of New Zealand met her Tongan and Fijian counterparts in Nuku'alofa today.",
			[]string{"meeting 2024-08-28 Ana Velloso+Fiji", "meeting 2024-08-28 Ana Velloso+Tonga"}},
	})
}

// TestCountriesSignADocument checks that two countries as the subject of
// "signed an agreement" sign it with each other, while a leader's "signed a
// memorandum" alone is no signing between countries.
func TestCountriesSignADocument(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two countries signed an agreement", "", "", "2023-04-05",
			"Kenya and Rwanda signed an agreement in ten areas of cooperation on Tuesday.",
			[]string{"signing 2023-04-04 Kenya+Rwanda"}},
		{"a comma before and", "", "", "2023-04-05",
			"On Tuesday, Chile, and Peru signed a memorandum on water management.",
			[]string{"signing 2023-04-04 Chile+Peru"}},
		{"a leader's memorandum", "", "", "2023-04-05",
			"President Tom Hale signed a memorandum on national security on Tuesday.",
			nil},
	})
}

// TestListToldTwice checks that contacts listed twice by office ("met his
// A and B counterparts", then "had bilateral meetings with his A and B
// counterparts") stay once each, not dropped as each other's repeats.
func TestListToldTwice(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the same counterparts listed twice", "", "", "2024-08-28",
			"Prime Minister Ana Velloso of New Zealand has met her Tonga and Samoa counterparts on the sidelines of the forum.\n\nVelloso had bilateral meetings with her Tonga and Samoa counterparts.",
			[]string{"meeting 2024-08-28 Ana Velloso+Samoa", "meeting 2024-08-28 Ana Velloso+Tonga"}},
		{"the foreign ministers of a list, told twice", "", "", "2023-05-10",
			"Foreign Minister Ana Velloso of New Zealand met the foreign ministers of Chile, Peru and Mexico today.\n\nVelloso held talks with the foreign ministers of Chile, Peru and Mexico on trade.",
			[]string{"meeting 2023-05-10 Ana Velloso+Chile", "meeting 2023-05-10 Ana Velloso+Mexico", "meeting 2023-05-10 Ana Velloso+Peru"}},
	})
}
