package extract

import (
	"strings"
	"testing"
)

// TestEngagementProtocol checks engagement rules for protocol phrasing of
// ministry summaries and leaders' transcripts, in sentences written for
// the test.
func TestEngagementProtocol(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, published, body string
		want                         []string // type date participants-count
		url                          string
	}{
		{"meetings held respectively with several leaders are one meeting each",
			"Summit of the Pacific Leaders and Other Events: First Day", "2019-03-05",
			"On March 4, Prime Minister Kenji Sato visited Lima to attend the Pacific Economic Leaders’ Meeting and other events.\n\nThe next day, on March 5, Prime Minister Sato held meetings, respectively, with H.E. Mr. Luis Vega, President of the Republic of Chile; the Rt. Hon. Tom Hale, Prime Minister of New Zealand; and H.E. Mr. Ivan Petrov, President of the Russian Federation.",
			[]string{"meeting 2019-03-05 2", "meeting 2019-03-05 2", "meeting 2019-03-05 2"}, ""},
		{"a working dinner is a meeting", "", "2022-04-02",
			"On April 2, Mr. SATO Kenji, Prime Minister of Japan, held a working dinner with the Rt Hon Tom Hale MP, Prime Minister of the United Kingdom.",
			[]string{"meeting 2022-04-02 2"}, ""},
		{"a working lunch is a meeting", "", "2022-04-02",
			"Prime Minister Kenji Sato held a working lunch with President Luis Vega of Chile today.",
			[]string{"meeting 2022-04-02 2"}, ""},
		{"calls made separately are one call each", "", "2022-04-02",
			"Today Prime Minister Kenji Sato spoke by phone separately with President Luis Vega of Chile and Prime Minister Tom Hale of New Zealand.",
			[]string{"phone_call 2022-04-02 2", "phone_call 2022-04-02 2"}, ""},
		{"a session named a working lunch is no contact", "", "2022-04-02",
			"Afterwards, Prime Minister Kenji Sato and President Luis Vega of Chile attended Session 5 (Working Lunch) on Energy and Food Security.",
			nil, ""},
		{"last night in a transcript is the day before it",
			"", "2021-06-14",
			"Prime Minister Tom Hale met President Luis Vega of Chile last night in Lima.",
			[]string{"meeting 2021-06-13 2"}, ""},
		{"a leaders meeting of four countries is their summit", "", "2021-06-14",
			"Yesterday I convened the second Pacific Four leaders meeting here in Lima, and I thank President Luis Vega of Chile, Prime Minister Tom Hale of New Zealand and President Ivan Petrov of Russia for the way in which we had a discussion.",
			[]string{"summit 2021-06-13 3"}, ""},
		{"a leaders' meeting held with one leader is a meeting", "", "2021-06-14",
			"Prime Minister Kenji Sato of Japan held a leaders’ meeting with President Luis Vega of Chile.",
			[]string{"meeting 2021-06-14 2"}, ""},
		{"a visit recalled earlier this year is no visit now", "", "2024-07-20",
			"Prime Minister Tom Hale welcomed President Luis Vega of Chile to Wellington. Recalling Prime Minister Hale's visit to Santiago earlier this year, the leaders emphasized the deep ties between the two countries.",
			[]string{"meeting 2024-07-20 2"}, ""}, // the welcome to a city is a meeting (TestWelcomeAndI)
		{"a contact a sentence builds on is recalled", "", "2024-07-20",
			"President Luis Vega of Chile met Prime Minister Tom Hale today. Building on Prime Minister Hale's visit to Santiago, the leaders agreed to deepen trade.",
			[]string{"meeting 2024-07-20 2"}, ""},
		{"a leader's press conference regarding a call is no joint press conference",
			"Press Conference by the Prime Minister regarding a Telephone Talk with President Ivan Petrov of Russia", "2021-10-07",
			"I have just had a summit telephone talk with President Ivan Petrov of Russia. We agreed to keep in close contact.",
			// The leader's own, one side (session 22).
			[]string{"phone_call 2021-10-07 2", "press_conference 2021-10-07 1"}, "https://japan.kantei.go.jp/101_kishida/statement/202110/07kaiken.html"},
		{"a call with someone unnamed is no call with the guest", "Remarks by President Biden and President Luis Vega of Chile Before Bilateral Meeting", "2023-08-29",
			"THE PRESIDENT: Mr. President, welcome. I spoke with the governor last night about the fires.\n\nPRESIDENT VEGA: Thank you.",
			[]string{"meeting 2023-08-29 2"}, "https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/08/29/remarks/"},
		{"a headline's meeting the body reports as a summit is that summit",
			"Readout of Vice President Ana Cruz's Meeting with Pacific Leaders on Chile's Missile Launch", "2022-11-18",
			"Vice President Ana Cruz convened today Pacific leaders on the margins of the Pacific Leaders Meeting in Lima. In addition to the Vice President, the meeting included: Prime Minister Kenji Sato of Japan, Prime Minister Tom Hale of New Zealand, and President Ivan Petrov of Russia.",
			[]string{"summit 2022-11-18 4"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.URL = tt.url
			f := x.Extract(a)
			var got []string
			for _, e := range f.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+itoa(len(e.Participants)))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements %q, want %q", got, tt.want)
			}
		})
	}
}
