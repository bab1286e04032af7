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
	}{
		{"meetings held respectively with several leaders are one meeting each",
			"Summit of the Pacific Leaders and Other Events: First Day", "2019-03-05",
			"On March 4, Prime Minister Kenji Sato visited Lima to attend the Summit of the Pacific Leaders.\n\nThe next day, on March 5, Prime Minister Sato held meetings, respectively, with H.E. Mr. Luis Vega, President of the Republic of Chile; the Rt. Hon. Tom Hale, Prime Minister of New Zealand; and H.E. Mr. Ivan Petrov, President of the Russian Federation.",
			[]string{"meeting 2019-03-05 2", "meeting 2019-03-05 2", "meeting 2019-03-05 2"}},
		{"a working dinner is a meeting", "", "2022-04-02",
			"On April 2, Mr. SATO Kenji, Prime Minister of Japan, held a working dinner with the Rt Hon Tom Hale MP, Prime Minister of the United Kingdom.",
			[]string{"meeting 2022-04-02 2"}},
		{"a working lunch is a meeting", "", "2022-04-02",
			"Prime Minister Kenji Sato held a working lunch with President Luis Vega of Chile today.",
			[]string{"meeting 2022-04-02 2"}},
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
