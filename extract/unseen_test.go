package extract

import (
	"strings"
	"testing"
	"time"
)

// TestCallsPlacedTo checks that calls placed "to" several persons named
// next are one call each, while calls "to" an aim name no one; the names
// are invented.
func TestCallsPlacedTo(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"made telephone calls to three leaders", "", "", "2021-04-12",
			"Prime Minister Ravi Menon made telephone calls to President Luis Vega of Chile, his Peruvian counterpart, Ana Rojas, and Prime Minister Tom Hale of New Zealand to convey festive greetings.",
			[]string{"phone_call 2021-04-12 Ana Rojas+Ravi Menon", "phone_call 2021-04-12 Luis Vega+Ravi Menon", "phone_call 2021-04-12 Ravi Menon+Tom Hale"}},
		{"placed phone calls to two leaders", "", "", "2023-07-03",
			"President Ana Rojas of Peru placed phone calls to Prime Minister Tom Hale of New Zealand and President Luis Vega of Chile.",
			[]string{"phone_call 2023-07-03 Ana Rojas+Luis Vega", "phone_call 2023-07-03 Ana Rojas+Tom Hale"}},
		{"calls to an aim are no calls", "", "", "2023-07-03",
			"Prime Minister Tom Hale of New Zealand renewed his calls to end the fighting.",
			nil},
	})
}

// TestSeparateMeetingsList checks that "held separate meetings with" a list
// of guests, each written "Name, Office of Country" and separated by
// semicolons, is one meeting with each guest, whatever abbreviated
// honorific (H.H., H.R.H.) opens a name; the names are invented.
func TestSeparateMeetingsList(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"held separate meetings with a semicolon list", "", "", "2023-02-13",
			"President Ravi Menon of India held separate meetings with H.H. Sheikh Luis Vega, Prime Minister of Chile; Tom Hale, Prime Minister of New Zealand; and Ana Rojas, President of Peru.",
			[]string{"meeting 2023-02-13 Ana Rojas+Ravi Menon", "meeting 2023-02-13 Luis Vega+Ravi Menon", "meeting 2023-02-13 Ravi Menon+Tom Hale"}},
		{"an abbreviated honorific ends no sentence", "", "", "2023-02-13",
			"President Ravi Menon of India held meetings with H.R.H. Luis Vega, Prime Minister of Chile; and Tom Hale, Prime Minister of New Zealand.",
			[]string{"meeting 2023-02-13 Luis Vega+Ravi Menon", "meeting 2023-02-13 Ravi Menon+Tom Hale"}},
	})
}

// TestFilialNames checks that a name standing in a longer one only after
// "bin" (son of) names the father, not the son: the short form of the
// father joins the father. The names are invented.
func TestFilialNames(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the father's short form is the father's", "", "", "2023-01-16",
			"President His Highness Sheikh Omar bin Khalid Al Rami, received a number of world leaders. Sheikh Saad bin Omar bin Khalid Al Rami, Member of the Executive Council, welcomed them. President His Highness Sheikh Omar separately met, on the sidelines of the Energy Forum, with President Luis Vega of Chile and President Ana Rojas of Peru.",
			[]string{"meeting 2023-01-16 Ana Rojas+Omar bin Khalid Al Rami", "meeting 2023-01-16 Luis Vega+Omar bin Khalid Al Rami"}},
		{"a short form opening with bin is the person's own", "", "", "2023-01-16",
			"Crown Prince Faisal bin Omar Al Rami received President Luis Vega of Chile. Crown Prince bin Omar welcomed him.",
			[]string{"reception 2023-01-16 Faisal bin Omar Al Rami+Luis Vega"}},
	})
}

// TestPronounAfterUnnamedSubject checks that "He" opening a sentence is
// the subject the text goes on about, not the person just met: after a
// sentence whose subject is named by office only ("the foreign minister
// met A"), or that itself opens with "He". The names are invented.
func TestPronounAfterUnnamedSubject(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"after a subject named by office", "", "", "2021-06-29",
			"Foreign Minister Ravi Menon of India on Tuesday met his counterparts from Chile and Peru. Later in the day, the foreign minister met his Chilean counterpart Luis Vega and congratulated him. He also met his Peruvian counterpart Ana Rojas and agreed to step up cooperation.",
			[]string{"meeting 2021-06-29 Ana Rojas+Ravi Menon", "meeting 2021-06-29 Luis Vega+Ravi Menon"}},
		{"after a sentence opening with He", "", "", "2021-09-22",
			"Foreign Minister Ravi Menon of India held a series of meetings. He discussed the pandemic with Minister for Foreign Affairs of Chile Luis Vega. He then met Peruvian Foreign Minister Ana Rojas.",
			[]string{"meeting 2021-09-22 Ana Rojas+Ravi Menon"}},
		{"a named subject stays the subject", "", "", "2021-09-22",
			"President Luis Vega of Chile received Foreign Minister Ravi Menon of India. He then met Peruvian Foreign Minister Ana Rojas.",
			[]string{"meeting 2021-09-22 Ana Rojas+Luis Vega", "reception 2021-09-22 Luis Vega+Ravi Menon"}},
	})
}

// TestOfficeAntecedent checks that a contact's subject named by office only
// ("The External Affairs Minister also met", "the Head of State also held")
// is the person named before with that title, office or level, in any
// outlet; the names are invented.
func TestOfficeAntecedent(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the very title, though the other side's office is the same", "", "", "2023-03-01",
			"External Affairs Minister Ravi Menon held a series of bilateral meetings on Wednesday. Menon and Chilean Foreign Minister Luis Vega exchanged views. The External Affairs Minister also met Peruvian Foreign Minister Ana Rojas.",
			[]string{"meeting 2023-03-01 Ana Rojas+Ravi Menon", "meeting 2023-03-01 Luis Vega+Ravi Menon"}},
		{"a level's name stands for its holder", "", "", "2023-05-09",
			"President Ravi Menon of India held a bilateral meeting with Prime Minister Luis Vega of Chile during the summit. Foreign Minister Ana Rojas said the talks were useful. Besides the Chilean Prime Minister, the Head of State also held a bilateral meeting with Peruvian Prime Minister Tom Hale.",
			[]string{"meeting 2023-05-09 Luis Vega+Ravi Menon", "meeting 2023-05-09 Ravi Menon+Tom Hale"}},
		{"two holders of the level: no one", "", "", "2023-05-09",
			"President Ravi Menon of India and President Luis Vega of Chile held talks. Later the President met Prime Minister Tom Hale of New Zealand.",
			[]string{"talks 2023-05-09 Luis Vega+Ravi Menon"}},
	})
}

// TestDatesOfContacts checks three ways a text dates its contacts, with
// invented names: a month before a contact noun ("the President's May
// visit") dates it to that month, no held visit of the publication's
// month; a date in a relative clause about the subject ("A, who arrived on
// Monday, met B") is not the contact's; and the lead's day of a series of
// meetings its subject held dates the later contacts that give none.
func TestDatesOfContacts(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct {
		name, published, body string
		want                  []string // engagementSummary
		refs                  []string // type and date of the references
	}{
		{"a month naming a visit recalled", "2025-11-18",
			"These agreements build directly on President Menon's highly successful May visit to Santiago. Today, President Ravi Menon of India met President Luis Vega of Chile.",
			[]string{"meeting 2025-11-18 Luis Vega+Ravi Menon"}, []string{"visit 2025-05"}},
		{"a date in the subject's relative clause", "2021-06-29",
			"Foreign Minister Ravi Menon of India, who arrived in Italy from Greece on Monday, met Foreign Minister Luis Vega of Chile in the morning.",
			[]string{"meeting 2021-06-29 Luis Vega+Ravi Menon"}, nil},
		{"the lead's day of a series of meetings", "2021-09-23",
			"New York, Sep 22: Foreign Minister Ravi Menon of India on Wednesday held a series of meetings with his counterparts. Menon met with Foreign Minister Luis Vega of Chile.",
			[]string{"meeting 2021-09-22 Luis Vega+Ravi Menon"}, nil},
		{"a date naming another gathering", "2021-04-21",
			"President Luis Vega of Chile spoke with Prime Minister Ravi Menon of India regarding preparations for the April 22-23 Leaders Summit on Climate.",
			[]string{"phone_call 2021-04-21 Luis Vega+Ravi Menon"}, nil},
		{"another's meetings date nothing", "2021-09-23",
			"Following the President's meetings with Gulf leaders on September 20, Foreign Minister Ravi Menon of India travelled to Lima. Menon met with Foreign Minister Luis Vega of Chile.",
			// (His journey to Lima is his visit to Peru: TestTravelledTo28.)
			[]string{"meeting 2021-09-23 Luis Vega+Ravi Menon", "visit 2021-09 Peru+Ravi Menon"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", tt.published, tt.body))
			if got := engagementSummary(f); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements\n got %q\nwant %q", got, tt.want)
			}
			var refs []string
			for _, r := range f.References {
				refs = append(refs, string(r.Type)+" "+r.Date)
			}
			if strings.Join(refs, "|") != strings.Join(tt.refs, "|") {
				t.Errorf("references %q, want %q", refs, tt.refs)
			}
		})
	}
}

// TestGatherings checks multilateral gatherings with invented names: a
// summit the subject joined with leaders of a group of countries is one
// summit of all; one joined with no parties named is none; a summit named
// by its parties ("the Summit between A and B") is no part of the meeting
// in whose sentence it is recalled; a range of days written as one word
// ("January 9-10") is read.
func TestGatherings(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"joined leaders of a group for the Summit", "", "", "2023-09-06",
			"Vice President Ana Rojas today joined leaders of the ASEAN member states and Timor-Leste for the annual Chile-ASEAN Summit in Jakarta, Indonesia.",
			[]string{"summit 2023-09-06 Ana Rojas+Brunei+Cambodia+Indonesia+Laos+Malaysia+Myanmar+Philippines+Singapore+Thailand+Timor-Leste+Viet Nam"}},
		{"a summit joined with no parties named", "", "", "2022-05-24",
			"President Luis Vega of Chile met Prime Minister Ravi Menon of India in Tokyo. Today they also participated together in a very useful Quad Summit.",
			[]string{"meeting 2022-05-24 Luis Vega+Ravi Menon"}},
		{"a summit named by its parties is recalled, not met", "", "", "2024-01-27",
			"National Security Advisor Ravi Menon of India met on January 26-27 with Foreign Minister Luis Vega of Chile in Bangkok to follow up on the Summit between President Ana Rojas of Peru and President Tom Hale of Brazil last November.",
			[]string{"meeting 2024-01-26 Luis Vega+Ravi Menon"}},
	})
}

// TestDayRangeOneWord checks that a range of days written as one word
// after the month ("on March 9-10") is read, by its first day as "March 9
// to 10" is.
func TestDayRangeOneWord(t *testing.T) {
	x := newX(t)
	pub := time.Date(2023, 3, 20, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, last, first string }{
		{"on March 9-10", "2023-03-09", "2023-03-09"},
		{"on February 27-28, 2023", "2023-02-27", "2023-02-27"},
	} {
		toks := tokenize(tt.text, x.lx.abbr)
		ds := x.lx.dates(toks, 0, len(toks), pub)
		if len(ds) != 1 {
			t.Errorf("%q: %d dates, want 1", tt.text, len(ds))
			continue
		}
		if got := ds[0].t.Format("2006-01-02"); got != tt.last {
			t.Errorf("%q: date %s, want %s", tt.text, got, tt.last)
		}
		if got := ds[0].first(toks).Format("2006-01-02"); got != tt.first {
			t.Errorf("%q: first %s, want %s", tt.text, got, tt.first)
		}
	}
}

// TestTrilateralAndDelegations checks two phrasings of other ministries,
// with invented names: "held a trilateral summit (meeting) with A and B" is
// one summit of the three; "hosted a delegation led by A", with the
// delegation's country between, is a meeting with its head.
func TestTrilateralAndDelegations(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"held a trilateral summit with", "", "", "2023-05-21",
			"President Ravi Menon of India on May 21 held a trilateral summit with President Luis Vega of Chile and Prime Minister Tom Hale of New Zealand in Hiroshima, on the sidelines of the G7 summit.",
			[]string{"summit 2023-05-21 Luis Vega+Ravi Menon+Tom Hale"}},
		{"hosted a delegation led by", "", "", "2023-07-25",
			"On July 24, President Luis Vega of Chile and senior officials hosted a Peruvian delegation led by National Security Adviser Ana Rojas to further the cooperation.",
			[]string{"meeting 2023-07-24 Ana Rojas+Luis Vega"}},
		{"a forum hosted by someone hosts no one", "", "", "2023-07-25",
			"The Forum hosted by President Luis Vega of Chile opened today.",
			nil},
	})
}

// TestGivenNameBeforeBin checks that a one-word title before "bin" (son of)
// is the person's given name ("Dr. Sultan bin A"), with invented names.
func TestGivenNameBeforeBin(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a title word before bin is a given name", "", "", "2023-01-16",
			"President Luis Vega of Chile received Dr. Sultan bin Omar Al Rami, Minister of Industry of the UAE.",
			[]string{"reception 2023-01-16 Luis Vega+Sultan bin Omar Al Rami"}},
		{"the title before a name without bin stays a title", "", "", "2023-01-16",
			"President Luis Vega of Chile received Sultan Omar Rami of Brunei.",
			[]string{"reception 2023-01-16 Luis Vega+Omar Rami"}},
	})
}

// TestAbbreviatedRanks checks that an abbreviated military rank written
// with its full second word ("Lt. General") after an honorific is a title,
// not a person named "Lt."; the names are invented.
func TestAbbreviatedRanks(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("", "2023-02-13", "President Luis Vega of Chile met Foreign Minister Ravi Menon of India. The meeting was attended by H.H. Lt. General Sheikh Saad bin Omar Al Rami, Deputy Prime Minister of Chile."))
	ps := persons(f)
	if _, ok := ps["Lt."]; ok {
		t.Errorf("persons %v: want no Lt.", keys(ps))
	}
	if _, ok := ps["Saad bin Omar Al Rami"]; !ok {
		t.Errorf("persons %v: want Saad bin Omar Al Rami", keys(ps))
	}
}
