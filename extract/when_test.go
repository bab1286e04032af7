package extract

import (
	"strings"
	"testing"
	"time"
)

// TestWhenRules checks when an engagement took place and whether it did:
// a date stated once dates what follows it, relative days resolve against
// publication, recalled and planned contacts are not engagements of the
// day. Sentences are written for the test, with invented names.
func TestWhenRules(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, published, body string
		want                         []string // type date participants-count
	}{
		{"a sub-heading's day dates the meetings under it", "Minister Ruiz concludes trip to Lima", "2024-05-03",
			"Foreign Minister Ana Ruiz of Chile concluded her travel to Lima, Peru, today.\n\n" +
				"Minister Ruiz's Meetings on Thursday, May 2\n\n" +
				"Minister Ruiz met bilaterally with Foreign Minister Ivan Petrov of Russia to discuss trade.\n\n" +
				"Minister Ruiz also met bilaterally with Foreign Minister Kenji Sato of Japan to discuss fisheries.",
			[]string{"meeting 2024-05-02 2", "meeting 2024-05-02 2"}},
		{"a paragraph opener's day dates the headline's meeting", "Chile-Japan Foreign Ministers' Meeting (Summary)", "2024-05-03",
			"On May 2, Foreign Minister Ana Ruiz of Chile and Foreign Minister Kenji Sato of Japan held discussions for approximately 45 minutes in Lima. The summary is as follows.\n\n" +
				"The Ministers reaffirmed that they would strengthen cooperation in fisheries.",
			[]string{"meeting 2024-05-02 2"}},
		{"the body's day of a call the headline names, after an anaphor", "PM phone call with President Ruiz: May 2014", "2014-05-26",
			"Following the phone call, a Downing Street spokesperson said:\n\n" +
				"Prime Minister Tom Hale spoke to President Ana Ruiz of Chile yesterday evening ahead of seeing each other at the G7 meeting in Brussels next week.",
			[]string{"phone_call 2014-05-25 2"}},
		{"a sub-heading's weekday may be a name's", "Joint Statement by President Ana Ruiz and Prime Minister Tom Hale", "2021-03-17",
			"On March 17, President Ana Ruiz hosted Prime Minister Tom Hale for a virtual bilateral meeting.\n\n" +
				"Supporting the Good Friday Agreement\n\nThe leaders also welcomed the signing of a Memorandum of Understanding between the two national libraries.",
			[]string{"video_call 2021-03-17 2", "signing 2021-03-17 2"}},
		{"a meeting someone took the initiative to organize today is held", "Remarks by President Ana Ruiz and Prime Minister Tom Hale Before Virtual Meeting", "2022-04-11",
			"PRESIDENT RUIZ: Prime Minister, it's always good to see you.\n\nPRIME MINISTER HALE: I also appreciate your initiative to organize today's virtual meeting.",
			[]string{"video_call 2022-04-11 2"}},
		{"a call with someone who will travel tomorrow is held", "", "2023-03-25",
			"President Ana Ruiz spoke with Prime Minister Tom Hale of Canada, who will travel to Chile tomorrow to discuss fisheries.",
			[]string{"phone_call 2023-03-25 2"}},
		{"a meeting told in a when clause is recalled", "Press conference - Lima", "2023-10-24",
			"PRIME MINISTER TOM HALE: When I met with President Ana Ruiz in Santiago in May, we signed the Fisheries Compact. We are here today to announce new funding.",
			nil},
		{"a call the report's call follows is recalled", "", "2017-08-31",
			"On August 30, President Ana Ruiz held a telephone talk with Prime Minister Tom Hale of Canada.\n\n1. President Ruiz explained that, following the Chile-Canada summit telephone talk on August 29, she had consulted partners.",
			[]string{"phone_call 2017-08-30 2"}},
		{"a visit to a third country is no contact of the two named", "", "2019-06-14",
			"President Ana Ruiz of Chile held a telephone talk with Prime Minister Tom Hale of Canada. President Ruiz expressed appreciation for the Prime Minister's visit to Iran.",
			[]string{"phone_call 2019-06-14 2"}},
		{"a country that is the first stop of a trip is visited", "", "2021-06-29",
			"Foreign Minister Ana Ruiz of Chile had a meeting with Foreign Minister Kenji Sato of Japan in Japan, the first stop during her trip to East Asia, on June 23 to discuss bilateral cooperation.",
			[]string{"meeting 2021-06-23 2", "visit 2021-06 2"}},
		{"a meeting to be hosted tomorrow is ahead", "Minister Ruiz meets with French counterpart", "2022-01-20",
			"Foreign Minister Ana Ruiz of Chile met yesterday with Paul Girard, France's Minister for Foreign Affairs.\n\n" +
				"The ministers also discussed the foreign ministers' meeting on fisheries, which will be hosted by Minister Ruiz on January 21, 2022.",
			[]string{"meeting 2022-01-19 2"}},
		{"a call of a month before the report's month is recalled", "", "2023-04-15",
			"Secretary of State John Miller met with Chilean Foreign Minister Ana Ruiz today in Santiago. The Secretary noted the progress the two countries have made and discussed how the two nations can build on the momentum from President Luis Mora’s call with General Secretary Tran in March to strengthen the bilateral relationship.",
			[]string{"meeting 2023-04-15 2"}},
		{"a summit where earlier decisions were confirmed is recalled", "", "2024-05-02",
			"On May 2, Defense Minister Kenji Sato of Japan met with Defense Minister Ana Ruiz of Chile in Lima. The Ministers affirmed the initiatives which were confirmed at the Japan-Chile Summit Meeting in April this year.",
			[]string{"meeting 2024-05-02 2"}},
		{"a visit during which agreements were announced is recalled", "", "2024-05-03",
			"Secretary Ana Ruiz also met bilaterally in Lima with Japanese Minister of Defense Kenji Sato. The two officials discussed ongoing efforts to implement agreements announced during Prime Minister Taro Ito's Official Visit to Washington.",
			[]string{"meeting 2024-05-03 2"}},
		{"the latest summit talks are recalled", "Foreign Minister Holds Telephone Conversation with her Japanese Counterpart", "2017-07-28",
			"Foreign Minister Ana Ruiz of Chile had a telephone conversation with Foreign Minister Kenji Sato of Japan on July 27. The Ministers noted that the latest bilateral summit talks had helped build trust between the two Presidents.",
			[]string{"phone_call 2017-07-27 2"}},
		{"a visit the ministers agreed to realize is ahead", "", "2014-12-29",
			"Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Kenji Sato of Japan in Tokyo today.\n\n◦ The two Ministers, taking note of active high-level exchanges between the two countries of late, agreed to realize Prime Minister Taro Ito’s visit to Chile, Speaker Luis Mora’s visit to Japan and dialogue between the security chiefs at a mutually convenient time in 2015.",
			[]string{"talks 2014-12-29 2"}},
		{"a visit planned together with a meeting is ahead", "", "2013-04-29",
			"President Ivan Petrov had a telephone conversation with President of Chile Ana Ruiz. Ivan Petrov and Ana Ruiz confirmed their agreement to meet this year at the G8 summit in mid-June and during the President of Chile's visit to St Petersburg prior to the G20 summit.",
			[]string{"phone_call 2013-04-29 2"}},
		{"a trip to attend a gathering is no visit of its host", "", "2013-09-28",
			"Foreign Minister Ana Ruiz of Chile, during her visit to New York to attend the 68th Session of the UN General Assembly, held a meeting with Foreign Minister Kenji Sato of Japan on September 27.",
			[]string{"meeting 2013-09-27 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article(tt.title, tt.published, tt.body))
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

// TestWhenOnGovernmentSites checks the day of a headline's contact on a
// government's own site, whose headline names its own minister by office.
func TestWhenOnGovernmentSites(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, title, published, body string
		want                              []string // type date participants-count
	}{
		{"the two ministers' call on a day dates the headline's call", "https://www.mofa.go.jp/press/release/call.html",
			"Foreign Minister holds phone conversation with RoK counterpart", "2022-07-14",
			"Foreign Minister Kenji Sato and the Republic of Korea (RoK)’s new Foreign Minister Kim Do-yun pledged to raise trade.\n\n" +
				"The two diplomats held a phone conversation on July 13 on the occasion of the anniversary of ties.",
			[]string{"phone_call 2022-07-13 2"}},
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

// TestWeekdayBeforeDate checks that a weekday written before its date
// ("Tuesday, August 29") is that date, not the last such weekday before
// publication.
func TestWeekdayBeforeDate(t *testing.T) {
	x := newX(t)
	pub := time.Date(2023, 8, 23, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct{ text, want string }{
		{"On Tuesday, August 29, the President will host", "2023-08-29"},
		{"on Friday 4 August the ministers met", "2023-08-04"},
		{"The ministers met on Tuesday in Lima", "2023-08-22"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, x.lx.abbr)
		var got []string
		for _, d := range x.lx.dates(toks, 0, len(toks), pub) {
			got = append(got, d.format())
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: dates %q, want %s", tt.text, got, tt.want)
		}
	}
}
