package extract

import (
	"testing"
)

// Rules from documents of many publishers that accord was not tuned on
// (session 12: Korean, Malaysian, Singaporean, Gulf, Kazakh, African and
// German outlets); every name below is invented.

// TestUnnamedSubjectOfContact checks that a contact's subject named by
// office only ("The Emir met", "The prime minister has been in") or by a
// pronoun after an opening phrase ("In Santiago, he met") is the person
// named before, whatever the number of guests and the case of the office.
func TestUnnamedSubjectOfContact(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an office subject with several guests", "", "", "2015-03-29",
			"President Omar Rami of Qatar headed his delegation.\nThe President met Chile's President Luis Vega, President Ana Rojas of Peru and Sam Cole of Spain.",
			[]string{"meeting 2015-03-29 Ana Rojas+Luis Vega+Omar Rami+Sam Cole"}},
		{"an office in lower case is the visitor", "", "", "2023-01-25",
			"Agency chief Tom Hale and official Jan Nowak today (January 25) explained the plans of Prime Minister Ravi Menon of Chile and President Luis Vega of Peru.\n\nEarlier on, Menon held a four-eye meeting with President Vega.\n\nThe prime minister has been in Peru for a two-day official visit which started yesterday.",
			[]string{"meeting 2023-01-25 Luis Vega+Ravi Menon", "visit 2023-01 Luis Vega+Ravi Menon"}},
		{"he after an opening phrase, with two hosts", "", "", "2024-06-12",
			"Prime Minister Ravi Menon of Chile left for Peru on the evening of June 11. In Lima, he met Peruvian President Luis Vega and Deputy Prime Minister Tom Hale of Peru.",
			[]string{"meeting 2024-06-12 Luis Vega+Ravi Menon+Tom Hale"}},
	})
}

// TestHeadlineContacts checks what a headline says of its contact: a
// future ("to hold", "will") names none held; an agency headline names its
// subject by family name alone; "telephone conversations" are a call; and
// "meeting" as a verb after a preposition is no meeting.
func TestHeadlineContacts(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a headline's future holds nothing", "", "Chile to hold 1st summit with Peru in nearly 3 years", "2022-09-16",
			"President Ravi Menon of Chile from Sept. 20-21 in New York will hold summits with President Luis Vega of Peru while attending the General Assembly.\n\nThis will be the first summit between Santiago and Lima in two years.",
			nil},
		{"the same headline without a future", "", "Summit of Chile and Peru", "2022-09-16",
			"President Ravi Menon of Chile from Sept. 20-21 in New York will hold summits with President Luis Vega of Peru while attending the General Assembly.\n\nThis will be the first summit between Santiago and Lima in two years.",
			[]string{"meeting 2022-09-16 Luis Vega+Ravi Menon"}}, // two states' summit is their meeting
		{"a family name alone in the headline", "", "Menon holds telephone conversation with President Luis Vega of Peru", "2022-04-04",
			"SANTIAGO. At the start of the conversation, Ravi Menon and Luis Vega exchanged congratulations on the anniversary of relations.\n\nThe conversation was held in a traditionally friendly atmosphere.",
			[]string{"phone_call 2022-04-04 Luis Vega+Ravi Menon"}},
		{"telephone conversations in the plural", "", "", "2021-12-11",
			"Chancellor Ravi Menon of Chile held the first telephone conversations with Peruvian President Luis Vega.",
			[]string{"phone_call 2021-12-11 Luis Vega+Ravi Menon"}},
		{"conversations between others name no call", "", "", "2023-11-15",
			"President Ravi Menon of Chile met President Luis Vega of Peru in Lima. Both sides are also resuming telephone conversations between theater commanders.",
			[]string{"meeting 2023-11-15 Luis Vega+Ravi Menon"}},
		{"meeting as a verb", "", "", "2021-12-11",
			"Chancellor Ravi Menon of Chile held the first telephone conversations with Peruvian President Luis Vega. Menon and Vega agree that the friendship is indispensable for meeting current and future challenges.",
			[]string{"phone_call 2021-12-11 Luis Vega+Ravi Menon"}},
	})
}

// TestNameWords checks the words of a name after a long office and its
// honorifics: ordinary words ending the office are not the name's, a given
// name later in the name does not cut it, Malay and Bruneian honorifics
// are not names, and a particle joined to the family name in lower case
// ("al-Nouri") is the name's.
func TestNameWords(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // persons' names, each must be found
		not        []string // names that must not be persons
	}{
		{"a family name that is a given name too",
			"Minister for National Development Orvin Lee met Tom Hale.",
			[]string{"Orvin Lee"}, []string{"Lee"}},
		{"ordinary words ending an office",
			"Deputy Prime Minister and Minister of Energy Transition and Water Transformation Rafidah Yunos met Tom Hale.",
			[]string{"Rafidah Yunos"}, []string{"Transformation Rafidah Yunos"}},
		{"an ordinary word of no office ending stays a given name",
			"Deputy Director for Health Christen Moana Tui met Tom Hale.",
			[]string{"Christen Moana Tui"}, []string{"Moana Tui"}},
		{"Malay honorifics",
			"Foreign Affairs Minister Utama Haji Rosli Yunos met Tom Hale.",
			[]string{"Rosli Yunos"}, []string{"Utama"}},
		{"Bruneian styles",
			"The Sultan hosted Her Majesty Raja Isteri Pengiran Anak Hajah Norlia and Tom Hale.",
			[]string{"Norlia"}, []string{"Raja Isteri", "Anak Hajah Norlia"}},
		{"a lower-case particle joined to the family name",
			"The Emir met President Karim Hassan al-Nouri and Secretary-General Dr Nabil al-Ramadi.",
			[]string{"Karim Hassan al-Nouri", "Nabil al-Ramadi"}, []string{"Karim Hassan", "Nabil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", "2024-06-10", tt.body))
			ps := persons(f)
			for _, n := range tt.want {
				if _, ok := ps[n]; !ok {
					t.Errorf("no person %q in %v", n, keys(ps))
				}
			}
			for _, n := range tt.not {
				if _, ok := ps[n]; ok {
					t.Errorf("person %q in %v", n, keys(ps))
				}
			}
		})
	}
}

// TestMultiWordDemonym checks that "Equatorial Guinean" is not "Guinean":
// the longest demonym gives the country.
func TestMultiWordDemonym(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("", "2024-08-16", "President Ravi Menon of Chile and his Equatorial Guinean counterpart, Tomas Esono, signed an agreement."))
	if p, ok := persons(f)["Tomas Esono"]; !ok || p.Country != "GQ" {
		t.Errorf("Tomas Esono: %+v, want country GQ", p)
	}
}

// TestCompanions checks that persons named after "accompanied" on the same
// side of a contact's phrase come with a party and are none; the courtesy
// calls on two Presidents stay one each.
func TestCompanions(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"accompanied by ministers as he paid courtesy calls", "", "", "2018-03-19",
			"President Ravi Menon of India has concluded working visits to Chile and Peru.\n\nPresident Menon was accompanied today, Saturday 17 March 2018, by the Minister of Planning, Ms Nomvula Dube and the Minister of State Security, Ms Bea Dlamini as he paid courtesy calls on Presidents Luis Vega of Chile and Tom Hale of Peru.",
			// (The tour's two visits, each hosted by the president called on:
			// TestTourStops28.)
			[]string{"reception 2018-03-17 Luis Vega+Ravi Menon", "reception 2018-03-17 Ravi Menon+Tom Hale", "visit 2018-03 Luis Vega+Ravi Menon", "visit 2018-03 Ravi Menon+Tom Hale"}},
		{"accompanied after the guest", "", "", "2018-03-19",
			"President Ravi Menon of India met President Luis Vega of Chile in Santiago today, accompanied by Foreign Minister Nomvula Dube.",
			[]string{"meeting 2018-03-19 Luis Vega+Ravi Menon"}},
	})
}

// TestCourtesyCallsNamed checks that courtesy calls, in the plural, are
// paid on persons named: "newly elected Heads of State pay courtesy calls
// on neighbouring countries" tells a custom, not a contact.
func TestCourtesyCallsNamed(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a custom names no one", "", "", "2018-03-19",
			"President Ravi Menon of India paid courtesy calls on Presidents Luis Vega of Chile and Tom Hale of Peru.\n\nThe visits formed part of a longstanding tradition, in terms of which newly elected Heads of State pay courtesy calls on neighbouring countries.",
			[]string{"reception 2018-03-19 Luis Vega+Ravi Menon", "reception 2018-03-19 Ravi Menon+Tom Hale"}},
		{"a custom after a lead of two leaders", "", "", "2018-03-19",
			"President Ravi Menon of India and President Luis Vega of Chile discussed trade on Friday.\n\nThe talks formed part of a longstanding tradition, in terms of which newly elected Heads of State pay courtesy calls on neighbouring countries.",
			[]string{"talks 2018-03-19 Luis Vega+Ravi Menon"}},
	})
}
