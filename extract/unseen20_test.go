package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTopicCountryNoVenue20 checks that a country "in" which the events a
// contact was about took place ("to discuss recent events in Ukraine",
// "over its war in Ukraine") is no place of the contact, and that "in" a
// country after the contact's verb still is.
func TestTopicCountryNoVenue20(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"events in a country",
			"Foreign Minister Jan Kowal of Poland met German Foreign Minister Otto Brenner on Wednesday to discuss recent events in Moldova.",
			[]string{"meeting "}},
		{"a war in a country",
			"Foreign Minister Lin Hao of China and Secretary of State Tom Baker of the United States met in Bali, Indonesia, after a gathering where efforts to end the war in Moldova were discussed.",
			[]string{"meeting ID"}},
		{"a meeting in a country",
			"Foreign Minister Jan Kowal of Poland met German Foreign Minister Otto Brenner in Moldova on Wednesday.",
			[]string{"meeting MD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := engagementPlaces(x.Extract(article("Talks", "2014-07-23", tc.body)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadlineVerbNoName20 checks that a headline's verb after a title
// ("Foreign Minister Says …", "President A Expects …", "Foreign Minister
// To Visit …") is no person's name nor a word of one.
func TestHeadlineVerbNoName20(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		title, body string
		bad         []string // words no person's name may hold
	}{
		{"Lusitanian Foreign Minister Says Talks With Partners Useful",
			"The talks were useful, the minister said on Monday.", []string{"Says"}},
		{"Portuguese Foreign Minister To Visit Peru On Monday",
			"The minister will travel to Peru on Monday.", []string{"Visit", "To"}},
		{"Portuguese Foreign Minister Will Visit Peru",
			"The minister will travel to Peru on Monday.", []string{"Visit", "Will"}},
		{"President Budiman Expects Proper Placement System",
			"The president received the envoy on Friday.", []string{"Expects"}},
	} {
		t.Run(tc.title, func(t *testing.T) {
			got := personCountries(x.Extract(article(tc.title, "2022-01-17", tc.body)))
			for _, g := range got {
				for _, w := range strings.Fields(strings.Split(g, "|")[0]) {
					if slices.Contains(tc.bad, w) {
						t.Errorf("got person %q", g)
					}
				}
			}
		})
	}
	// A name in a headline still is one.
	got := personCountries(x.Extract(article("Foreign Minister Pedro Alves Meets Envoy", "2022-01-17", "The minister met the envoy on Monday.")))
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "Pedro Alves|") }) {
		t.Errorf("got %q, want Pedro Alves", got)
	}
}

// TestFamilyFirstTitledName20 checks that a titled name written family name
// first, whose given name the office table spells otherwise, gets the
// country of the one holder of that title on the day whose family name is
// its first word, where the text names that country; not where it names
// none. Given names invented; the family name is the table's holder's.
func TestFamilyFirstTitledName20(t *testing.T) {
	x := newX(t)
	got := personCountries(x.Extract(article("Talks", "2020-01-15",
		"The top diplomats of South Korea and the United States agreed to cooperate. Foreign Minister Kang Soo-min and the Secretary of State met in Denver.")))
	if !slices.Contains(got, "Kang Soo-min|KR") {
		t.Errorf("got %q, want Kang Soo-min|KR", got)
	}
	got = personCountries(x.Extract(article("Talks", "2020-01-15",
		"Foreign Minister Kang Soo-min said the talks were useful.")))
	if slices.Contains(got, "Kang Soo-min|KR") {
		t.Errorf("got %q: no country named, none given", got)
	}
}

// TestTopicCountriesNoParties20 checks that the countries a contact was
// to discuss ("met … to discuss a number of issues, including … Yemen,
// Sudan") are not its parties, while countries that met still are.
func TestTopicCountriesNoParties20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"countries discussed", "", "", "2019-12-06",
			"Danish and Chilean foreign ministers met in Rome on Dec. 5 to discuss a number of issues, including bilateral ties, Yemen, Sudan and trade relations.",
			// The two ministers' countries met (session 22's demonym
			// pair); the countries discussed are still no parties.
			[]string{"meeting 2019-12-05 Chile+Denmark"}},
		{"countries that met", "", "", "2019-12-06",
			"Denmark and Chile met in Rome on Dec. 5 to discuss a number of issues.",
			[]string{"meeting 2019-12-05 Chile+Denmark"}},
	})
}

// TestLastWeekday20 checks that "last Monday" written on a Tuesday is the
// Monday of the week before, while "on Monday" is the day before, and
// "last Thursday" the Thursday before.
func TestLastWeekday20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"last Monday on a Tuesday", "", "", "2021-03-30",
			"Last Monday, Foreign Minister Ravi Kumar of Singapore met Foreign Minister Ali Hassan of Brunei.",
			[]string{"meeting 2021-03-22 Ali Hassan+Ravi Kumar"}},
		{"on Monday on a Tuesday", "", "", "2021-03-30",
			"On Monday, Foreign Minister Ravi Kumar of Singapore met Foreign Minister Ali Hassan of Brunei.",
			[]string{"meeting 2021-03-29 Ali Hassan+Ravi Kumar"}},
		{"last Thursday on a Tuesday", "", "", "2021-03-30",
			"Last Thursday, Foreign Minister Ravi Kumar of Singapore met Foreign Minister Ali Hassan of Brunei.",
			[]string{"meeting 2021-03-25 Ali Hassan+Ravi Kumar"}},
	})
}

// TestDayRangeBeforeMonth20 checks that "3-4 May 2023", a range of days
// written as one word before its month, dates a contact to its first day:
// a trip the release announces two days ahead is planned, and the talks of
// a trip reported after it have that day.
func TestDayRangeBeforeMonth20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"announced ahead", "", "", "2023-05-01",
			"Foreign Minister Thandi Mokoena of South Africa is scheduled to visit Mauritius on 3-4 May 2023 for bilateral talks with the Mauritian Minister of Foreign Affairs, Ravi Ramdin.",
			nil},
		{"reported after", "", "", "2023-05-08",
			"Foreign Minister Thandi Mokoena of South Africa visited Mauritius on 03-04 May 2023 for bilateral talks with the Mauritian Minister of Foreign Affairs, Ravi Ramdin.",
			[]string{"talks 2023-05-03 Ravi Ramdin+Thandi Mokoena", "visit 2023-05 Ravi Ramdin+Thandi Mokoena"}},
	})
}

// TestTitleNamesItsCountry20 checks that a title naming its country
// ("Deputy United States Trade Representative A") gives the person that
// country, whoever holds the office.
func TestTitleNamesItsCountry20(t *testing.T) {
	x := newX(t)
	for _, body := range []string{
		"Deputy United States Trade Representative Laura Fenwick met the envoy.",
		"Deputy U.S. Trade Representative Laura Fenwick met the envoy.",
	} {
		got := personCountries(x.Extract(article("Readout", "2021-11-17", body)))
		if !slices.Contains(got, "Laura Fenwick|US") {
			t.Errorf("%s: got %q, want Laura Fenwick|US", body, got)
		}
	}
}

// TestRetreatNoName20 checks that a retreat after a plural title ("the
// ASEAN Foreign Ministers Retreat") is a gathering, no person, as a
// dialogue or a conference is.
func TestRetreatNoName20(t *testing.T) {
	x := newX(t)
	got := personCountries(x.Extract(article("Plans", "2024-01-07",
		"Secretary Ramon Cruz will fly to Laos for the ASEAN Foreign Ministers Retreat in January.")))
	for _, g := range got {
		if strings.HasPrefix(g, "Retreat|") {
			t.Errorf("got %q", got)
		}
	}
}

// TestPluralTitleListEnds20 checks that the name after "and" ends the list
// a plural title opens: "Foreign Ministers A and B, Tass reports" names
// two ministers, the agency none; a longer list still reads every name.
func TestPluralTitleListEnds20(t *testing.T) {
	x := newX(t)
	got := personCountries(x.Extract(article("Talks", "2022-01-18",
		"Negotiations have begun between Russian and German Foreign Ministers Pavel Orlov and Greta Hansen, RIA Novosti reports.")))
	for _, g := range got {
		if strings.Contains(g, "Novosti") {
			t.Errorf("got %q", got)
		}
	}
	got = personCountries(x.Extract(article("Talks", "2022-01-18",
		"Prime Ministers Pavel Orlov, Greta Hansen and Lars Berg met in Oslo.")))
	for _, n := range []string{"Pavel Orlov", "Greta Hansen", "Lars Berg"} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, n+"|") }) {
			t.Errorf("got %q, want %s", got, n)
		}
	}
}

// TestWeekend20 checks that "last weekend" and "over the weekend" date a
// contact to the month of that weekend (which of its two days is not
// said), a weekend before the month's start included, and that a day named
// with it still gives the day.
func TestWeekend20(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"over the weekend", "", "", "2021-12-01",
			"Foreign Minister Anan Chai of Thailand met Foreign Minister Ko Ko of Myanmar over the weekend.",
			[]string{"meeting 2021-11 Anan Chai+Ko Ko"}},
		{"last weekend", "", "", "2021-12-01",
			"Foreign Minister Anan Chai of Thailand met Foreign Minister Ko Ko of Myanmar last weekend.",
			[]string{"meeting 2021-11 Anan Chai+Ko Ko"}},
		{"last weekend written on a Sunday", "", "", "2021-11-07",
			"Foreign Minister Anan Chai of Thailand met Foreign Minister Ko Ko of Myanmar last weekend.",
			[]string{"meeting 2021-10 Anan Chai+Ko Ko"}},
		{"last weekend and its day", "", "", "2021-12-01",
			"Foreign Minister Anan Chai of Thailand met Foreign Minister Ko Ko of Myanmar last weekend, on Saturday.",
			[]string{"meeting 2021-11-27 Anan Chai+Ko Ko"}},
	})
}
