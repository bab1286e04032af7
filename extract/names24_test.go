package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/accordhq/accord/extract/office"
)

// TestSpeakerLineName checks that a name on a line of its own (a
// speaker's header before a speech, family name in capitals French-style
// or not) is a person: the capitalised first word of the next line does
// not make it part of a longer proper name. Names invented.
func TestSpeakerLineName(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"family name in capitals", "Pierre DUVAL\n\nThank you, Mr President, for this visit.", []string{"Pierre Duval|"}},
		{"family name as written", "Pierre Duval\n\nLadies and Gentlemen, welcome.", []string{"Pierre Duval|"}},
		{"a longer proper name in one sentence stays a name", "The Pierre Duval Foundation hosted the dinner.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Speech", "2024-06-08", tc.body)))
			if len(tc.want) == 0 && len(got) > 0 {
				t.Errorf("got %q, want no person", got)
			}
			checkPersonCountries(t, got, tc.want, nil)
		})
	}
}

// TestMalayHonorificsInNames checks Malay and Bruneian styles: an
// honorific run before the name (Datuk Amar, Tun Pehin Sri, Yang Amat
// Berbahagia, Pengiran Muda), "Tun" before the father's name inside a
// name, and Tengku or Abang opening a name after an office's complement.
// Names invented.
func TestMalayHonorificsInNames(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"Tun before the father's name", "Sarawak Premier Datuk Patinggi Tan Sri Abang Kamal Tun Rahim welcomed the delegation.",
			[]string{"Abang Kamal Tun Rahim|"}, []string{"Rahim|", "Abang Kamal|"}},
		{"Tun inside a name after an office and a comma", "The Premier of Sarawak, Abang Kamal Tun Rahim, and the Chief Minister of Johor, Onn Hafiz Ghazi, will join the delegation.",
			[]string{"Abang Kamal Tun Rahim|", "Onn Hafiz Ghazi|"}, []string{"Rahim|"}},
		{"Tengku opens the name after an office's complement", "Minister of International Trade and Industry Tengku Faris Tengku Abdul Hamid met the delegation.",
			[]string{"Tengku Faris Tengku Abdul Hamid|"}, []string{"Abdul Hamid|"}},
		{"Datuk Amar", "Deputy Premier Datuk Amar Awang Salleh Ali Hasan also attended.",
			[]string{"Awang Salleh Ali Hasan|"}, []string{"Amar Awang Salleh Ali Hasan|"}},
		{"Tun Pehin Sri", "The Prime Minister called on the Governor, Tun Pehin Sri Dr Kamal Hakim Jaafar, today.",
			[]string{"Kamal Hakim Jaafar|"}, []string{"Sri|"}},
		{"Pengiran Muda", "His son Pengiran Muda Abdul Karim Bolkiah was present at the meeting.",
			[]string{"Abdul Karim Bolkiah|"}, []string{"Muda|"}},
		{"Dasho", "The Prime Minister met his counterpart, Dasho Karma Dorji, in Thimphu.",
			[]string{"Karma Dorji|"}, []string{"Dasho Karma Dorji|"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Meeting", "2023-05-02", tc.body)))
			var names []string
			for _, g := range got {
				n, _, _ := strings.Cut(g, "|")
				names = append(names, n+"|")
			}
			checkPersonCountries(t, names, tc.want, tc.notWant)
		})
	}
}

// TestGulfAbbreviatedHonorifics checks "HE" and "HH", the Gulf agencies'
// abbreviations of His Excellency and His Highness, before a title and a
// name: they are no part of the role. Names invented.
func TestGulfAbbreviatedHonorifics(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("Amir meets President", "2025-05-14", "HH the Amir Sheikh Faisal bin Khalid Al Thani held official talks with President of Chile HE President Luis Vega at the Amiri Diwan today."))
	p, ok := persons(f)["Luis Vega"]
	if !ok {
		t.Fatalf("no Luis Vega in %q", personCountries(f))
	}
	for _, r := range p.Roles {
		if r != "President" && r != "President of Chile" {
			t.Errorf("role %q, want no honorific in it", r)
		}
	}
}

// TestNoSecondPersonAfterOfficeCountry checks that "and" after the
// country of an office ends the office: the word after it is no name of
// the office's holder ("both the Sultan of Brunei and Anwar"), while an
// office of two portfolios ("of Trade and Industry") goes on. Names
// invented.
func TestNoSecondPersonAfterOfficeCountry(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"a second person after the office's country", "The talks will be attended by both the Sultan of Brunei and Maria Reid.", []string{"Maria Reid|"}, []string{"Maria Reid|BN"}},
		{"two portfolios", "The Minister of Trade and Industry Tom Reid spoke.", []string{"Tom Reid|"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Talks", "2023-01-29", tc.body)))
			checkPersonCountries(t, got, tc.want, tc.notWant)
		})
	}
}

// TestRegnalFamilyWord checks that a holder with a regnal number goes by
// the name before it ("King Aldo" is Aldo IV), and an ordinary family
// name stays the last word. Holders invented.
func TestRegnalFamilyWord(t *testing.T) {
	x := newX(t)
	d := x.lx.newDoc("", nil, time.Time{})
	for _, tc := range []struct{ name, want string }{
		{"Aldo IV", "aldo"},
		{"Mirela II", "mirela"},
		{"Tom Reid", "reid"},
	} {
		h := office.Holder{Name: tc.name, Country: "ZZ"}
		if got := d.familyWord(&h); got != tc.want {
			t.Errorf("familyWord(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestBareHomeOffice checks that in a national news agency's report an
// official named by a bare office of its government acts for the
// agency's country, when every country the sentence names belongs to
// another person's mention; an unclaimed country in the sentence, or a
// counterpart, leaves the official without one. Names invented.
func TestBareHomeOffice(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"a minister at a domestic meeting", "Deputy Minister of Transport Idris Tanjung chaired the meeting in Putrajaya today.", []string{"Idris Tanjung|MY"}},
		{"the other countries belong to others", "Deputy Minister of Foreign Affairs Idris Tanjung said Malaysian Prime Minister Kamal Hisham would meet Thai Prime Minister Somchai Boonma next week.", []string{"Idris Tanjung|MY", "Somchai Boonma|TH"}},
		{"an unclaimed country", "Minister of Transport Ana Ruiz arrived from Chile for talks today.", []string{"Ana Ruiz|"}},
		{"a counterpart", "The Foreign Minister met his counterpart Ana Ruiz in Kuala Lumpur today.", []string{"Ana Ruiz|"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article("Minister chairs meeting", "2024-06-10", tc.body)
			a.Source = "Bernama"
			got := personCountries(x.Extract(a))
			checkPersonCountries(t, got, tc.want, nil)
		})
	}
}

// TestFrontedPhraseSubject checks that a name right after the comma that
// closes a phrase the sentence opens with is the sentence's subject, not
// the holder of the title the phrase ends with; an apposition after a
// closed opening phrase, or closed by a comma, stays the holder. Names
// invented.
func TestFrontedPhraseSubject(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body, person string
		titled             bool
	}{
		{"subject after the opening phrase", "Besides the bilateral meeting with the Chilean Foreign Minister, Maria Santos also held talks with Korean Foreign Minister Park Hoon.", "Maria Santos", false},
		{"apposition after a closed opening phrase", "In Hanoi, the minister met the President of Chile, Luis Vega today.", "Luis Vega", true},
		{"apposition closed by a comma", "After meeting the President of Chile, Luis Vega, the minister left.", "Luis Vega", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := x.Extract(article("Talks", "2022-07-08", tc.body))
			p, ok := persons(f)[tc.person]
			if !ok {
				t.Fatalf("no %s in %q", tc.person, personCountries(f))
			}
			if got := len(p.Roles) > 0; got != tc.titled {
				t.Errorf("%s roles %q, want titled %v", tc.person, p.Roles, tc.titled)
			}
		})
	}
}

// TestPortfolioMinisterAtHome checks that a minister whose portfolio is
// written before the office ("Transport Minister A") in the report of the
// agency of that country acts for it, and that one after a country's or
// state's name keeps what that name says. Names invented.
func TestPortfolioMinisterAtHome(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"a list of ministers present", "Ministers present included Communications and Digital Minister Faris Tanjung, Transport Minister Anton Lok Siew and Education Minister Fadhila Sidek.",
			[]string{"Faris Tanjung|MY", "Anton Lok Siew|MY", "Fadhila Sidek|MY"}},
		{"another country's minister", "Singapore Transport Minister Anton Lok Siew met the delegation.", []string{"Anton Lok Siew|SG"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article("Cabinet meets", "2023-09-16", tc.body)
			a.Source = "Bernama"
			got := personCountries(x.Extract(a))
			checkPersonCountries(t, got, tc.want, nil)
		})
	}
}

// TestBareOfficeInForeignList checks that an official named by a bare
// office next in a list after a foreign minister is of that delegation,
// not the outlet's, and that a bare ambassador gets no country from the
// outlet. Names invented.
func TestBareOfficeInForeignList(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"after a foreign minister", "Malaysian Deputy Minister Kamal Hisham welcomed Chilean Foreign Minister Luis Vega, Deputy Minister Ana Ruiz, and their delegation to Kuala Lumpur.", []string{"Ana Ruiz|", "Kamal Hisham|MY"}},
		{"a bare ambassador", "Ambassador Ana Ruiz attended the ceremony in Kuala Lumpur.", []string{"Ana Ruiz|"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article("Minister welcomes delegation", "2024-06-10", tc.body)
			a.Source = "Bernama"
			got := personCountries(x.Extract(a))
			checkPersonCountries(t, got, tc.want, nil)
		})
	}
}

// TestMissionOutlet checks that a publisher named as a country's mission
// abroad (an embassy, a high commission) is that country's government:
// the country before the mission's word or after its "of", not the host
// country the name also gives. Names invented.
func TestMissionOutlet(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct{ source, want string }{
		{"French Embassy UK", "FR"},
		{"Embassy of Japan in the Philippines", "JP"},
		{"British High Commission New Delhi", "GB"},
		{"Consulate General of India in Sydney", "IN"},
		{"Ministry of Foreign Affairs", ""},
	} {
		t.Run(tc.source, func(t *testing.T) {
			a := article("Statement", "2018-03-16", "Statement by Foreign Minister Pierre Duval on the meeting.")
			a.Source = tc.source
			got := personCountries(x.Extract(a))
			checkPersonCountries(t, got, []string{"Pierre Duval|" + tc.want}, nil)
		})
	}
}

// TestRepublicLongForms checks unofficial long forms of a country's name
// ("Republic of France" for the French Republic) after a title: the
// person acts for that country. Names invented.
func TestRepublicLongForms(t *testing.T) {
	x := newX(t)
	got := personCountries(x.Extract(article("Visit", "2021-05-27", "President Pierre Duval of the Republic of France met President Tom Reid of the Republic of Italy.")))
	checkPersonCountries(t, got, []string{"Pierre Duval|FR", "Tom Reid|IT"}, nil)
}

// TestMoreGovernments checks the offices of governments added to the
// knowledge (the Gulf states, Jordan, Singapore, South Asia, Africa):
// an official named by a bare office in their agency's or government's
// report acts for that country. Names invented.
func TestMoreGovernments(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct{ source, body, want string }{
		{"WAM", "Deputy Minister of Foreign Affairs Khalid Saeed chaired the meeting in Abu Dhabi today.", "Khalid Saeed|AE"},
		{"Royal Hashemite Court", "Deputy Minister of Planning Tarek Haddad chaired the meeting in Amman today.", "Tarek Haddad|JO"},
		{"Rastriya Samachar Samiti", "Deputy Minister of Finance Ram Thapa chaired the meeting in Kathmandu today.", "Ram Thapa|NP"},
		{"SAnews", "Deputy Minister of Trade Thabo Dlamini chaired the meeting in Pretoria today.", "Thabo Dlamini|ZA"},
	} {
		t.Run(tc.source, func(t *testing.T) {
			a := article("Meeting", "2024-06-10", tc.body)
			a.Source = tc.source
			checkPersonCountries(t, personCountries(x.Extract(a)), []string{tc.want}, nil)
		})
	}
}

// TestListMateSide checks that one named among the other side's persons
// in a list ("Secretary A, Special Envoy B, Mr. C and Secretary D met the
// Ukrainian delegation") is of their side, not the counterpart's; the
// counterpart's side is then its country. Names invented.
func TestListMateSide(t *testing.T) {
	x := newX(t)
	a := article("Readout of peace talks", "2025-11-23", "Today, Secretary Tom Reid, Special Envoy Sam Cole, Mr. Jared Kushner, and Secretary Dan Driscoll held an extensive meeting with the Ukrainian delegation.")
	a.Source = "The White House"
	checkPersonCountries(t, personCountries(x.Extract(a)), []string{"Sam Cole|US"}, []string{"Sam Cole|UA"})
}

// TestCountiesAndClergy checks that a county or other local unit named
// after a given name ("Charlotte County") is no person, and that a
// clergy's style that is no family name (Archbishop, Rabbi) is an
// honorific before the name, not a word of it, while a family name that
// is also a style (Bishop) stays the name's. Names invented.
func TestCountiesAndClergy(t *testing.T) {
	x := newX(t)
	got := personCountries(x.Extract(article("Readout", "2023-09-16", "The President met officials of Charlotte County and Will County, and Mayor Tom Reid of Lee Township, with Archbishop Amos T. Mbeki, Rabbi Sharon Kline and Foreign Minister Julia Bishop of Australia.")))
	var names []string
	for _, g := range got {
		n, _, _ := strings.Cut(g, "|")
		names = append(names, n+"|")
	}
	checkPersonCountries(t, names, []string{"Tom Reid|", "Amos T. Mbeki|", "Sharon Kline|", "Julia Bishop|"}, []string{"Charlotte County|", "Will County|", "Archbishop Amos T. Mbeki|", "Rabbi Sharon Kline|"})
}

// TestHomeBodyTitled checks that a title after a word naming the outlet's
// own government ("Presidential spokesperson A", "Government spokesman
// B") or an acronym of no known body ("DFA Assistant Secretary C") is that
// government's, while a demonym or a known body before it keeps its own.
// Names invented.
func TestHomeBodyTitled(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct{ source, body, want string }{
		{"Yonhap", "Presidential spokesperson Park Min-ji said the talks went well.", "Park Min-ji|KR"},
		{"Thai News Agency", "Government spokesman Somsak Chaiyo said the prime minister had a plan.", "Somsak Chaiyo|TH"},
		{"Thai News Agency", "Chinese Government spokesman Li Wen said the plan was good.", "Li Wen|CN"},
		{"Philippine News Agency", "DFA Assistant Secretary Ana Reyes-Cruz said the agenda would cover rice.", "Ana Reyes-Cruz|PH"},
		{"Philippine News Agency", "NATO Secretary General Lars Holm said the agenda would cover rice.", "Lars Holm|"},
	} {
		t.Run(tc.body, func(t *testing.T) {
			a := article("Spokesperson says", "2020-10-15", tc.body)
			a.Source = tc.source
			checkPersonCountries(t, personCountries(x.Extract(a)), []string{tc.want}, nil)
		})
	}
}

// TestSovereignGivenName checks that a monarch's one name ("King Aldo")
// keeps the holders whose given name it is: a monarch goes by given
// name, and a minister of that family name is another person; an
// untitled one word still keeps the family name's holders only. Holders
// invented.
func TestSovereignGivenName(t *testing.T) {
	x := newX(t)
	d := x.lx.newDoc("", nil, time.Time{})
	king := -1
	for i, ti := range x.lx.k.Titles.Titles {
		if ti.Title == "King" {
			king = i
		}
	}
	hs := []office.Holder{
		{QID: "Q1", Name: "Aldo IV", Country: "ZZ", Class: office.HeadOfState, Office: "Monarch"},
		{QID: "Q2", Name: "Marta Aldo", Country: "ZZ", Class: office.Minister, Office: "Minister of Finance"},
	}
	for _, tc := range []struct {
		name   string
		titles []int
		want   int
	}{
		{"a king", []int{king}, 2},
		{"no title", nil, 2}, // both have the family word "aldo" (a regnal name's is the name before its number)
	} {
		p := &person{name: "Aldo", core: []string{"aldo"}, titles: tc.titles}
		if got := len(d.byFamilyName(p, hs)); got != tc.want {
			t.Errorf("%s: %d holders kept, want %d", tc.name, got, tc.want)
		}
	}
	// A minister of the family name is dropped for an untitled name when a
	// ruler goes by it as a given name only.
	hs[0] = office.Holder{QID: "Q3", Name: "Aldo Benet", Country: "ZZ", Class: office.HeadOfState, Office: "Monarch"}
	if got := len(d.byFamilyName(&person{name: "Aldo", core: []string{"aldo"}, titles: []int{king}}, hs)); got != 2 {
		t.Errorf("a king: %d holders kept, want 2", got)
	}
	if got := len(d.byFamilyName(&person{name: "Aldo", core: []string{"aldo"}}, hs)); got != 1 {
		t.Errorf("no title: %d holders kept, want 1 (the family name's)", got)
	}
}
