package extract

import (
	"sort"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// engagementSummary writes each engagement as "type date A+B" with its
// participants' names (countries when no person is named), sorted, so that
// a test states who took part, not only how many.
func engagementSummary(f *accord.ArticleFacts) []string {
	names := map[string]string{}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
	}
	var out []string
	for _, e := range f.Engagements {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, names[p])
		}
		sort.Strings(ps)
		out = append(out, string(e.Type)+" "+e.Date+" "+strings.Join(ps, "+"))
	}
	sort.Strings(out)
	return out
}

// TestEngagementLists checks lists of contacts and their dates in the
// styles of leaders' offices and ministries, with invented names.
func TestEngagementLists(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, source, url, title, published, body string
		want                                      []string // engagementSummary
	}{
		{"informal talks and a conversation in one list are one contact each", "Prime Minister's Office of Japan (Kantei)", "", "Summit and Bilateral Meetings: Second Day", "2024-06-14",
			"On June 14, 2024 (local time), Prime Minister Kenji Sato, who is visiting Lima to attend the Pacific Summit, attended Session 4 on Migration, held informal talks with the Rt. Hon. Tom Hale, Prime Minister of New Zealand, informal talks with H. E. Dr. Anna Weber, President of the European Commission, and a conversation with the Honorable Luis Vega, President of the Republic of Chile.",
			// (The leader's part in the gathering is a summit of his own
			// too, as dev80 15 codes a Kantei "Second Day" of TICAD VI:
			// gathering37.go.)
			[]string{"summit 2024-06-14 Kenji Sato", "talks 2024-06-14 Kenji Sato+Tom Hale", "talks 2024-06-14 Anna Weber+Kenji Sato", "talks 2024-06-14 Kenji Sato+Luis Vega"}},
		{"a summit meeting with two leaders respectively is one meeting each", "Prime Minister's Office of Japan (Kantei)", "", "Summit and Bilateral Meetings: Second Day", "2024-06-14",
			"On June 14, 2024, Prime Minister Kenji Sato attended Session 6 on Energy, before holding a Summit meeting with the Right Honourable Tom Hale, Prime Minister of New Zealand, and with H.E. Mr. Luis Vega, President of the Republic of Chile, respectively.",
			[]string{"meeting 2024-06-14 Kenji Sato+Tom Hale", "meeting 2024-06-14 Kenji Sato+Luis Vega"}},
		{"a local time note after the day keeps the local day", "Prime Minister's Office of Japan (Kantei)", "", "Japan-Chile Summit Meeting", "2024-09-22",
			"On September 22nd, commencing at 4:55 p.m. local time, (05:55 a.m. on September 23rd, Japan time), for approximately 25 minutes, Mr. Kenji Sato, Prime Minister of Japan, held a meeting with H.E. Mr. Luis Vega, President of the Republic of Chile, while visiting New York, the United States, to attend the United Nations General Assembly.",
			[]string{"meeting 2024-09-22 Kenji Sato+Luis Vega"}},
		{"a conversation named in passing is no contact", "The White House", "", "", "2022-04-25",
			"Following President John Miller’s fruitful conversation with Chilean President Luis Vega on April 24, National Security Advisor Ana Cruz met today with her Chilean counterpart, National Security Advisor Pedro Soto.",
			[]string{"meeting 2022-04-25 Ana Cruz+Pedro Soto"}},
		{"a headline's calls with two leaders keep the caller the site's office names", "The White House, Office of the Press Secretary", "", "Readout of the President's Calls with British Prime Minister Hale and French President Marin", "2011-10-10",
			"Today the President spoke by phone separately with British Prime Minister Tom Hale and French President Luc Marin, continuing his close consultations with these key allies. Prime Minister Hale and President Marin agreed with the President that decisive action is needed.\n\nThe President and President Marin also spoke briefly about trade.",
			[]string{"phone_call 2011-10-10 Barack Obama+Tom Hale", "phone_call 2011-10-10 Barack Obama+Luc Marin"}},
		{"a visit elsewhere than the gathering attended is recalled", "Prime Minister's Office of Japan (Kantei)", "", "Japan-Chile Summit Meeting", "2024-09-22",
			"On September 22, Prime Minister Kenji Sato held a meeting with H.E. Mr. Luis Vega, President of the Republic of Chile, while visiting New York, the United States, to attend the United Nations General Assembly.\n\nPrime Minister Sato stated that he was deeply touched by President Vega’s visit to the Peace Museum in Kyoto.",
			[]string{"meeting 2024-09-22 Kenji Sato+Luis Vega"}},
		{"a visit this January, told in May, is recalled", "Ministry of Foreign Affairs of Japan", "", "Japan-Chile Summit Meeting", "2023-05-19",
			"On May 19th, Prime Minister Kenji Sato held a summit meeting with H.E. Mr. Luis Vega, President of the Republic of Chile.\n\nPrime Minister Sato thanked President Vega for the warm hospitality extended to him during his visit to Chile this January.",
			[]string{"meeting 2023-05-19 Kenji Sato+Luis Vega"}},
		{"a readout's engagement stands beside a meeting announced for later", "The White House", "", "Readout of President Ana Cruz’s Engagement with President Luis Vega of Chile", "2023-09-09",
			"President Ana Cruz and President Luis Vega had the opportunity to engage on the sidelines of the Pacific Summit in Lima. President Cruz looks forward to welcoming President Vega to Washington for a bilateral meeting at the White House in November.",
			[]string{"meeting 2023-09-09 Ana Cruz+Luis Vega"}},
		{"a message sent in the passive is a figure of speech", "Prime Minister's Office, 10 Downing Street", "", "PM call with Prime Minister Tom Hale: 23 May 2022", "2022-05-23",
			"The Prime Minister spoke to Prime Minister Tom Hale of New Zealand this morning.\n\nPrime Minister Hale said that it was important that coercive autocracies were sent a message of strength and unity.",
			[]string{"phone_call 2022-05-23 Boris Johnson+Tom Hale"}},
		{"negotiations named by their subject are a topic of the call", "Ministry of Foreign Affairs of Japan", "", "Japan-Chile Summit Telephone Talk", "2014-10-15",
			"On Wednesday, today, Prime Minister Kenji Sato held a telephone talk with the Honorable Luis Vega, President of the Republic of Chile.\n\n1. Prime Minister Sato and President Vega confirmed their goal of bringing EPA negotiations to an early conclusion.",
			[]string{"phone_call 2014-10-15 Kenji Sato+Luis Vega"}},
		{"the two diplomats' call on a day dates the headline's call", "Viet Nam Government Portal (VGP News)", "", "Foreign Minister holds phone conversation with Chilean counterpart", "1988-07-14",
			"VGP - Foreign Minister Tran Van Hieu and Chile's new Foreign Minister Pedro Soto pledged to raise bilateral trade.\n\nThe two diplomats held a phone conversation on July 13 on the occasion of the two nations’ 30th anniversary of diplomatic ties (December 22, 1958).",
			[]string{"phone_call 1988-07-13 Pedro Soto+Tran Van Hieu"}},
		{"a meeting which will be hosted later is ahead", "Global Affairs Canada", "", "Minister Hart meets with Chilean counterpart", "2022-01-20",
			"The Honourable Anna Hart, Minister of Foreign Affairs, met yesterday with Pedro Soto, Chile’s Minister of Foreign Affairs.\n\nThe ministers also discussed the foreign ministers’ meeting on Haiti, which will be hosted by Minister Hart on January 21, 2022.",
			[]string{"meeting 2022-01-19 Anna Hart+Pedro Soto"}},
		{"calls one by one and a conference call under one headline of all the guests", "The White House, Office of the Press Secretary", "", "Readout of the President’s Calls with President Ozols of Latvia, Prime Minister Hale of New Zealand, President Kask of Estonia, and President Vega of Chile", "2014-03-08",
			"The President spoke separately with Prime Minister Tom Hale and President Luis Vega today about trade.\n\nThe President also spoke with President Janis Ozols, President Jaan Kask and President Ona Petraite on a conference call today.",
			[]string{"phone_call 2014-03-08 Barack Obama+Tom Hale", "phone_call 2014-03-08 Barack Obama+Luis Vega", "phone_call 2014-03-08 Barack Obama+Jaan Kask+Janis Ozols+Ona Petraite"}},
		{"a call the lead names without a day is dated by the next sentence", "Prime Minister's Office, 10 Downing Street", "", "PM phone call with President Vega: May 2014", "2014-05-26",
			"Following the phone call, a Downing Street spokesperson said:\n\nThe Prime Minister spoke to President Luis Vega of Chile yesterday evening ahead of seeing each other at the summit in Brussels next week.",
			[]string{"phone_call 2014-05-25 David Cameron+Luis Vega"}},
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

// TestBareOfficeAfterHomeHolder checks that a government's own readout
// that has named its principal with the office calls it by the bare office
// again, though a foreign holder of the same office was named since.
func TestBareOfficeAfterHomeHolder(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, source, title, published, body string
		want                                 []string // type date countries
	}{
		{"the bare office after a foreign holder is the site's own", "Prime Minister's Office of Japan (Kantei)", "Summit Meetings: Second Day", "2024-06-14",
			"On June 14, Prime Minister Kishida held informal talks with the Rt. Hon. Tom Hale, Prime Minister of New Zealand.\n\nAfterwards, the Prime Minister held informal talks with H.E. Mr. Luis Vega, President of the Republic of Chile.",
			[]string{"talks 2024-06-14 CL+JP", "talks 2024-06-14 JP+NZ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.Source = tt.source
			var got []string
			for _, e := range x.Extract(a).Engagements {
				c := append([]string(nil), e.Countries...)
				sort.Strings(c)
				got = append(got, string(e.Type)+" "+e.Date+" "+strings.Join(c, "+"))
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestHeadlineByname checks that a headline's name the body gave its person
// as a byname ("President Hendra “Endro” Santoso", whose name the office
// table has replaced) is that person, not another one.
func TestHeadlineByname(t *testing.T) {
	d := &doc{persons: []*person{{name: "Hendra Santoso", core: []string{"hendra", "santoso"}, country: "ID", aliases: []string{"Endro", "President Endro"}}}}
	if got := d.personLike(&person{name: "Endro", core: []string{"endro"}}); got != 0 {
		t.Errorf("personLike(Endro) = %d, want 0", got)
	}
	if got := d.personLike(&person{name: "Luis Vega", core: []string{"luis", "vega"}}); got != 1 {
		t.Errorf("personLike(Luis Vega) = %d, want a new person 1", got)
	}
}
