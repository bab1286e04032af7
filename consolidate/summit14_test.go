package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// summitReport is one member's report of a summit of codes: its own
// leader by name, the other members as countries.
func summitReport(file, date, leader, own string, codes []string) *accord.ArticleFacts {
	d := ct.NewDoc(file, file, date, "", "The leaders met at the summit, said report "+file+".")
	parts := []string{d.Person(leader, own, nil)}
	for _, c := range codes {
		if c != own {
			parts = append(parts, d.Country(c, "Land "+c))
		}
	}
	d.Held(ct.E{Type: accord.Summit, Date: date, Participants: parts, Countries: codes})
	return d.Facts
}

// TestSummitReports checks that members' reports of one summit, each
// naming its own leader and dated to a different day of it, are one
// summit, and that a summit of other countries, or a month later, is not.
func TestSummitReports(t *testing.T) {
	seven := []string{"AA", "BB", "CC", "DD", "EE", "FF", "GG"}
	tests := []struct {
		name string
		a, b *accord.ArticleFacts
		same bool
	}{
		{"two members' reports, a day apart",
			summitReport("a", "2024-06-13", "Ann Lake", "AA", seven), summitReport("b", "2024-06-14", "Tom Hill", "BB", seven), true},
		{"two members' reports, the same day",
			summitReport("a", "2024-06-13", "Ann Lake", "AA", seven), summitReport("b", "2024-06-13", "Tom Hill", "BB", seven), true},
		{"other countries",
			summitReport("a", "2024-06-13", "Ann Lake", "AA", seven), summitReport("b", "2024-06-14", "Tom Hill", "BB", []string{"AA", "BB", "HH"}), false},
		{"a week later",
			summitReport("a", "2024-06-13", "Ann Lake", "AA", seven), summitReport("b", "2024-06-20", "Tom Hill", "BB", seven), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMerged(t, tt.a, tt.b, tt.same) })
	}
}
