package extract

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// Rules of the office table in extraction, each with sentences written for
// it. Names are of real office holders, as the table is of real ones; the
// sentences are invented.
func TestKnownHolders(t *testing.T) {
	x := newX(t)
	const wh = "https://www.whitehouse.gov/briefing-room/x/"
	const gov = "https://www.gov.uk/government/news/x"
	tests := []struct {
		name, url, title, day, body string
		person, country             string
		alias                       string // a form that must stay an alias ("" none)
		absent                      string // a person that must not be found ("" none)
	}{
		{"title and family name: the holder's name and country", "", "", "2022-06-01",
			"President Biden spoke with the press.", "Joe Biden", "US", "President Biden", ""},
		{"a fuller form of the given name", "", "", "2022-06-01",
			"Joseph R. Biden Jr. signed the order.", "Joe Biden", "US", "Joseph R. Biden Jr.", ""},
		{"family name first", "", "", "2022-03-01",
			"Prime Minister KISHIDA Fumio held talks.", "Fumio Kishida", "JP", "", ""},
		{"a title names which of two holders sharing a family name", "", "", "2022-06-01",
			"First Lady Biden visited a school.", "Jill Biden", "US", "", "Joe Biden"},
		{"a family name two holders share, untitled, is neither", "https://www.whitehouse.gov/briefing-room/x/", "", "2022-06-01",
			"Biden thanked the volunteers.", "", "", "", "Joe Biden"},
		{"a country the text gives wins", "", "", "2022-06-01",
			"President Johnson of Ruritania arrived.", "", "", "", "Boris Johnson"},
		{"nobody in office then", "", "", "1985-06-01",
			"President Biden spoke.", "Biden", "", "", "Joe Biden"},
		{"a bare title in the government's own release", gov, "", "2021-06-01",
			"The Prime Minister spoke to President Zelenskyy this afternoon.", "Boris Johnson", "GB", "", ""},
		{"a bare title of another country's outlet is not the home principal", "https://www.example.com/news/x", "", "2021-06-01",
			"The Prime Minister spoke to President Zelenskyy this afternoon.", "", "", "", "Boris Johnson"},
		{"a qualified title is not the home principal", gov, "", "2021-06-01",
			"The French President spoke to reporters.", "", "", "", "Boris Johnson"},
		{"a possessive title is named in passing", wh, "", "2022-06-01",
			"The Vice President welcomed the President's budget.", "", "", "", "Joe Biden"},
		{"I under a leader's headline", wh, "Statement from President Joe Biden on the Summit", "2022-06-01",
			"Today I met with leaders of the region.", "Joe Biden", "US", "", ""},
		{"a known holder named without a country", "", "", "2022-06-01",
			"Antony Blinken arrived in the morning.", "Antony Blinken", "US", "", ""},
		{"a minister with another given name is not the holder of that family name", "", "", "2023-04-29",
			"Defence Minister Arun Mehta met Minister of Defence of Chile General Luis Vega in New Delhi.", "Luis Vega", "CL", "", "Jeannette Vega"},
		{"a leader goes by a familiar given name", "", "", "2023-04-29",
			"President Ferdinand Marcos of the Philippines arrived in Tokyo.", "Bongbong Marcos", "PH", "", ""},
		// An office named in full ("President of the European Commission")
		// goes by its head word before a family name, particles and all.
		{"a head word titles an office of its name", "", "", "2024-04-10",
			"President von der Leyen arrived in the morning.", "Ursula von der Leyen", "EU", "von der Leyen", ""},
		{"a head word titles the holder of that office on the day", "", "", "2025-03-01",
			"President Costa arrived in the morning.", "António Costa", "EU", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &accord.Article{ID: "t", URL: tt.url, Title: tt.title, Published: tt.day, Body: tt.body}
			ps := persons(x.Extract(a))
			if tt.absent != "" {
				if _, ok := ps[tt.absent]; ok {
					t.Errorf("found %q, want none: %v", tt.absent, keys(ps))
				}
			}
			if tt.person == "" {
				return
			}
			p, ok := ps[tt.person]
			if !ok {
				t.Fatalf("no person %q in %v", tt.person, keys(ps))
			}
			if p.Country != tt.country {
				t.Errorf("%s: country %q, want %q", tt.person, p.Country, tt.country)
			}
			if tt.alias != "" && !slices.Contains(p.Aliases, tt.alias) {
				t.Errorf("%s: aliases %q, want %q among them", tt.person, p.Aliases, tt.alias)
			}
		})
	}
}

// The principal named by office takes part in the engagement.
func TestPrincipalParticipates(t *testing.T) {
	x := newX(t)
	a := &accord.Article{ID: "t", URL: "https://www.gov.uk/government/news/x", Published: "2021-06-01",
		Body: "The Prime Minister spoke to President Zelenskyy of Ukraine this afternoon."}
	f := x.Extract(a)
	if len(f.Engagements) != 1 {
		t.Fatalf("engagements %v, want one", f.Engagements)
	}
	e := f.Engagements[0]
	if !slices.Contains(e.Participants, accord.ActorKey(accord.Person, "Boris Johnson")) || !slices.Contains(e.Countries, "GB") {
		t.Errorf("participants %v countries %v, want Boris Johnson of GB among them", e.Participants, e.Countries)
	}
}

// Two persons of one article that are one holder are one person.
func TestHolderMerge(t *testing.T) {
	x := newX(t)
	a := &accord.Article{ID: "t", Published: "2024-06-11", URL: "https://pco.gov.ph/news_releases/x",
		Body: "President Ferdinand R. Marcos Jr. welcomed the delegation. The President expressed hope for closer ties."}
	ps := persons(x.Extract(a))
	if len(ps) != 1 {
		t.Errorf("persons %v, want one", keys(ps))
	}
}

// TestQualifiedTitleHolders checks that a leader's office qualified by a
// country and named without a name ("the French President", "the Prime
// Minister of India") is its holder on the day, and that the office named
// as another's complement ("Adviser to the Prime Minister of Italy") or
// possessed ("the Danish Prime Minister's Office") is no person.
func TestQualifiedTitleHolders(t *testing.T) {
	tests := []sourcedCase{
		{"a demonym and a title; a title of a country", "", "Call", "2022-04-22",
			"The French President spoke with the Prime Minister of India today.",
			[]string{"phone_call 2022-04-22 Emmanuel Macron+Narendra Modi"}},
		{"the visiting, then a demonym and a title", "", "Reception", "2017-10-04",
			"President Tran Van Lam received the visiting Lao Prime Minister in Hanoi on October 3.",
			[]string{"reception 2017-10-03 Thongloun Sisoulith+Tran Van Lam"}},
		{"a reception for the office's holder", "", "Reception", "2017-10-04",
			"At a reception for the visiting Lao PM in Hanoi on October 3, President Tran Van Lam affirmed support.",
			[]string{"reception 2017-10-03 Thongloun Sisoulith+Tran Van Lam"}},
		{"a country in the possessive and a title", "", "Meeting", "2023-05-20",
			"Following that, Poland's President met with Japan's Prime Minister in Tokyo.",
			[]string{"meeting 2023-05-20 Andrzej Duda+Fumio Kishida"}},
		{"a leader's office as another's complement", "", "Call", "2023-01-05",
			"Secretary Anna Hart spoke with Luis Vega, Diplomatic Adviser to the Prime Minister of Italy, today.",
			[]string{"phone_call 2023-01-05 Anna Hart+Luis Vega"}},
	}
	runSourced(t, tests)
}
