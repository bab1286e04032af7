package extract

import (
	"sort"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// sourcedCase is one article of a publisher and the engagements expected
// from it, as engagementSummary writes them.
type sourcedCase struct {
	name, source, title, published, body string
	want                                 []string
}

// runSourced extracts each case's article with its source and compares the
// engagements, in any order.
func runSourced(t *testing.T, tests []sourcedCase) {
	t.Helper()
	runSourcedBy(t, tests, "engagements", engagementSummary)
}

// runSourcedBy is runSourced comparing what summary gives of the facts.
func runSourcedBy(t *testing.T, tests []sourcedCase, what string, summary func(*accord.ArticleFacts) []string) {
	t.Helper()
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			a.Source = tt.source
			got := summary(x.Extract(a))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%s\n got %q\nwant %q", what, got, want)
			}
		})
	}
}
