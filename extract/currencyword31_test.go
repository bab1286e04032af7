package extract

import (
	"slices"
	"testing"
)

// TestCurrencyWord31: a country's name before "dollar(s)" names a currency
// ("900 billion US dollars", "Singapore dollars"), not a country taking
// part; the country named for itself still counts, and a one-country goal
// stays that country's alone.
func TestCurrencyWord31(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // actor keys that must be found
		absent     []string // actor keys that must not be found
		holders    []string // holders of the first target, when one is expected
	}{
		{"US dollars after a goal",
			"Chilean Minister of Foreign Trade Aldo Ferrante on Wednesday set a target for the country's foreign trade volume at 900 billion US dollars by the year 2031, triple the current figures.",
			[]string{"country:CL"}, []string{"country:US"}, []string{"CL"}},
		{"US dollars, the minister's country before",
			"Chile's Minister of Foreign Trade Aldo Ferrante on Wednesday set a target for the country's foreign trade volume at 900 billion US dollars by the year 2031.",
			[]string{"country:CL"}, []string{"country:US"}, []string{"CL"}},
		{"U.S. dollars in brackets",
			"Peru will spend 40 billion soles (12 million U.S. dollars) on 88 rural projects, the ministry said.",
			[]string{"country:PE"}, []string{"country:US"}, nil},
		{"another country's dollars",
			"Norway will provide 30 million Singapore dollars to the fund, Minister Oda Lunde said.",
			[]string{"country:NO"}, []string{"country:SG"}, nil},
		{"USA dollars",
			"By the end of 2019, the stock of Chilean investment in Peru had reached 11 billion USA dollars.",
			[]string{"country:CL", "country:PE"}, []string{"country:US"}, nil},
		{"the country itself stays",
			"The United States will provide 20 million US dollars to Chile for flood relief.",
			[]string{"country:US", "country:CL"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", "2025-05-05", tt.body))
			var got []string
			for _, a := range f.Actors {
				got = append(got, a.ID)
			}
			for _, k := range tt.want {
				if !slices.Contains(got, k) {
					t.Errorf("no actor %s in %v", k, got)
				}
			}
			for _, k := range tt.absent {
				if slices.Contains(got, k) {
					t.Errorf("actor %s found in %q", k, tt.body)
				}
			}
			if tt.holders != nil {
				if len(f.Targets) == 0 {
					t.Fatalf("no target in %q", tt.body)
				}
				if h := f.Targets[0].Holders; !slices.Equal(h, tt.holders) {
					t.Errorf("holders %v, want %v", h, tt.holders)
				}
			}
		})
	}
}
