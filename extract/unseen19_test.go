package extract

import (
	"slices"
	"testing"
)

// TestSignedAfterItsDay19 checks signings whose day, a second verb or the
// document's adjectives stand between "signed" and the document, and whose
// two sides are countries or persons of two countries; a leader signing a
// declaration alone signs with no one.
func TestSignedAfterItsDay19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"countries signed on a weekday a count of agreements", "", "", "2023-07-09",
			"Kenya and the Republic of the Congo signed on Saturday 18 cooperation agreements during a state visit by President Kamau Njoroge of Kenya.",
			[]string{"signing 2023-07-08 Kenya+Republic of the Congo"}},
		{"persons of two countries signed a joint declaration", "", "", "2022-11-28",
			"Presidents Ivan Orlov of Russia and Aibek Dauletov of Kazakhstan signed a joint declaration on Monday.",
			[]string{"signing 2022-11-28 Aibek Dauletov+Ivan Orlov"}},
		{"signed and released on a weekday", "", "", "2023-03-22",
			"Chinese President Li Ming and Russian President Ivan Orlov jointly signed and released on Tuesday a Joint Statement on economic cooperation.",
			[]string{"signing 2023-03-21 Ivan Orlov+Li Ming"}},
		{"a count of deals with a counterpart", "", "", "2023-10-22",
			"President Kamau Njoroge of Kenya on Saturday signed 11 key deals with his Angolan counterpart, Tomas Neto.",
			[]string{"signing 2023-10-21 Kamau Njoroge+Tomas Neto"}},
		{"one leader's declaration", "", "", "2022-11-28",
			"President Ivan Orlov of Russia signed a declaration on Monday.",
			nil},
	})
}

// TestVisitedAPerson19 checks that "A visited President B" is a call on B,
// and that a visit of a monument is no call on anyone (the visit of the
// city's country stands, as before).
func TestVisitedAPerson19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"visited a president", "", "", "2021-05-27",
			"Ghanaian President Kofi Mensah on Thursday visited President Musa Bello at the statehouse in Abuja.",
			[]string{"reception 2021-05-27 Kofi Mensah+Musa Bello"}},
		{"visited a monument", "", "", "2021-05-27",
			"Ghanaian President Kofi Mensah on Thursday visited the National Monument in Abuja.",
			[]string{"visit 2021-05 Kofi Mensah+Nigeria"}},
	})
}

// TestThisWeekWithItsDay19 checks that "earlier this week, on Monday,
// September 30" dates a contact to that day, and that "this week" alone
// still gives the month.
func TestThisWeekWithItsDay19(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"this week and its day", "", "", "2019-10-04",
			"Prime Minister Carl Brown of Jamaica met with Vice President Tom Walker of the United States. The meeting took place, earlier this week, on Monday, September 30, 2019 at the White House.",
			[]string{"meeting 2019-09-30 Carl Brown+Tom Walker"}},
		{"this week alone", "", "", "2019-10-04",
			"Prime Minister Carl Brown of Jamaica met with Vice President Tom Walker of the United States earlier this week.",
			[]string{"meeting 2019-10 Carl Brown+Tom Walker"}},
	})
}

// TestPersonCountries19 checks persons' countries: a party named with its
// country's demonym ("Nepali Congress President A") is no U.S. Congress;
// an honorific between an ambassador's host and the name keeps the
// sending country; "Ambassador of X to Y A" names A, not the person
// before the comma.
func TestPersonCountries19(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       string
	}{
		{"a party of Nepal",
			"The envoy paid a courtesy call on Nepali Congress President Hari Lal Basnet.",
			"Hari Lal Basnet|NP"},
		{"an ambassador's honorific",
			"The Prime Minister was accompanied by Jamaica's Ambassador to the United States Her Excellency Maria Grant.",
			"Maria Grant|JM"},
		{"an ambassador's host, then the name",
			"During his meeting with President Tomas Berg, Ambassador of Colombia to Norway Juan Perez Gomez expressed gratitude.",
			"Juan Perez Gomez|CO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Talks", "2024-08-12", tc.body)))
			if !slices.Contains(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if slices.Contains(got, "Tomas Berg|CO") {
				t.Errorf("the ambassador's country given to the president before: %q", got)
			}
		})
	}
}

// TestTitledFamilyName19 checks that a titled name whose given name the
// office table spells otherwise (or not at all) gets the country of the
// holder of that title on the day under its family name, keeping its own
// name, also after "Title, " without an article; and that another title,
// or an office of several holders, gives none. Given names invented; the
// family names are the table's holders'.
func TestTitledFamilyName19(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, published, body string
		want                  string // a person|country the record must hold
		not                   string // a country no person may get
	}{
		{"a title, a comma and the name", "2022-05-28",
			"Fiji is preparing to host the meeting. Prime Minister, Tevita Bainimarama has told reporters that he will attend.",
			"Tevita Bainimarama|FJ", ""},
		{"another spelling of the given name", "2019-05-01",
			"Pakistan and the Netherlands agreed to cooperate. Foreign Minister Tariq Qureshi said the talks were useful.",
			"Tariq Qureshi|PK", ""},
		{"a country the text does not name", "2019-05-01",
			"Foreign Minister Tariq Qureshi said the talks were useful.",
			"", "PK"},
		{"a title the holder does not hold", "2019-05-01",
			"Health Minister Tariq Qureshi said the talks were useful.",
			"", "PK"},
		{"an office of several holders", "2024-08-12",
			"Deputy Prime Minister Hari Paudel of the host country received the envoy.",
			"", "NP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Talks", tc.published, tc.body)))
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			for _, g := range got {
				if tc.not != "" && len(g) > 3 && g[len(g)-3:] == "|"+tc.not {
					t.Errorf("got %q: no one is of %s", got, tc.not)
				}
			}
		})
	}
}
