package extract

import (
	"slices"
	"testing"
)

// In a government's release, a quotation attributed to a named leader of
// another country speaks for that country: its "we" commits the speaker's
// side, from the sentence the quotation opens in to the one it closes in;
// the release's own voice resumes after it. A quotation of no named
// speaker, or of the publisher's own leader, changes nothing. Names and
// figures invented.
func TestQuoteTurnsHolders(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // holders of the targets, in text order
	}{
		{"guest quoted after", "Prime Minister Anna Holt met today with President Tomas Vidal of Peru in Wellington.\n\n" +
			"“Peru and New Zealand share a long friendship. We will invest $300 million in New Zealand ports over the next three years,” President Vidal said.\n\n" +
			"The Prime Minister announced that New Zealand will provide $20 million to support Peru's health system.",
			[]string{"PE", "NZ"}},
		{"guest quoted before", "Prime Minister Anna Holt met today with President Tomas Vidal of Peru in Wellington.\n\n" +
			"President Vidal said: “We will invest $300 million in New Zealand ports over the next three years.”\n\n" +
			"The Prime Minister announced that New Zealand will provide $20 million to support Peru's health system.",
			[]string{"PE", "NZ"}},
		{"own leader quoted", "Prime Minister Anna Holt met today with President Tomas Vidal of Peru in Wellington.\n\n" +
			"“We will provide $20 million to support Peru's health system,” Prime Minister Holt said.",
			[]string{"NZ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Prime Minister meets President of Peru", "2024-05-02", tt.body)
			a.URL = "https://www.beehive.govt.nz/release/pm-meets-president-peru"
			a.Source = "New Zealand Government"
			f := x.Extract(a)
			if got := targetHolders(f); !slices.Equal(got, tt.want) {
				t.Errorf("holders %v, want %v (targets %+v)", got, tt.want, f.Targets)
			}
		})
	}
}
