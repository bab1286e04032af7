package extract

import (
	"strings"
	"testing"
)

// TestOfficeOfCountryWithoutArticle checks that a counterpart named only by
// an office of a country, without the article agency English often drops
// ("a phone conversation with Prime Minister of Japan, on the occasion of
// …", a title chain's "… and Prime Minister of Japan"), is that office's
// holder on the day, while a name after the office is still the holder's
// own mention (the subject invented; the holder is the office table's).
func TestOfficeOfCountryWithoutArticle(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"after with, a comma and a lower-case word",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with Prime Minister of Japan, on the occasion of the new year.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Shinzō Abe"}},
		{"after a title chain's and",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with President of the Liberal Democratic Party and Prime Minister of Japan, on the occasion of the new year.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Shinzō Abe"}},
		{"with the article and a comma",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with the Prime Minister of Japan, on the occasion of the new year.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Shinzō Abe"}},
		{"a name after the comma is the holder's own mention",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with Prime Minister of Japan, Taro Hoshino.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Taro Hoshino"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("Estonian PM holds phone talks", "2019-01-08", tt.body))
			if got := engagementSummary(f); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("engagements\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
