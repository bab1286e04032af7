package target

import (
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestCommits5 checks rules for restated goals and for several sums given in
// one release, written from how ministries' releases and readouts word them
// (sentences invented for the rules).
func TestCommits5(t *testing.T) {
	tests := []struct {
		name, home, published string
		gov                   bool
		sents                 []string
		countries             []string
		want                  []accord.Target // Metric is a word the metric must hold
	}{
		{"a goal stated after a list of examples names its own measure", "", "2021-05-04", false,
			[]string{"The minister asked Chile to open its market to Thai fruit, such as mangoes and lychees in the near future, helping to soon achieve the goal of increasing two-way business turnover to USD50 billion."},
			[]string{"TH", "CL"},
			[]accord.Target{{Metric: "turnover", Value: 50e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "TH"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.sents, "\n\n")
			var sents []sentence.Span
			for _, s := range tt.sents {
				i := strings.Index(text, s)
				sents = append(sents, sentence.Span{Start: i, End: i + len(s)})
			}
			got := ExtractIn("a1", text, sents, tt.published, tt.countries, Context{Home: tt.home, Government: tt.gov})
			checkTargets(t, got, tt.want)
		})
	}
}
