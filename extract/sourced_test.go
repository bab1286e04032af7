package extract

import (
	"slices"
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

// runTyped is runSourced over the engagements of the given types only (the
// other contacts the texts tell are other rules'); a source that is an
// address is the article's URL, as a site's own page.
func runTyped(t *testing.T, tests []sourcedCase, what string, types ...string) {
	t.Helper()
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, tt.published, tt.body)
			if strings.HasPrefix(tt.source, "http") {
				a.URL = tt.source
			} else {
				a.Source = tt.source
			}
			var got []string
			for _, e := range engagementSummary(x.Extract(a)) {
				if typ, _, _ := strings.Cut(e, " "); slices.Contains(types, typ) {
					got = append(got, e)
				}
			}
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%s %q, want %q", what, got, want)
			}
		})
	}
}
