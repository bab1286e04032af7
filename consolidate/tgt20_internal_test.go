package consolidate

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestMatchScoreEndsAlike20 checks that a deadline and a period ending in
// its year count as one time when a statement picks among the targets it
// may restate: "up to €200 billion between 2021 and 2027" and "up to €200
// billion by 2027" are one sum at one time (sums invented).
func TestMatchScoreEndsAlike20(t *testing.T) {
	tests := []struct {
		name string
		h, r accord.Restatement
		want int
	}{
		{"period, then deadline of its last year", accord.Restatement{Value: 200e9, Period: "2021-2027"}, accord.Restatement{Value: 200e9, Deadline: "2027"}, 3},
		{"deadline, then period", accord.Restatement{Value: 200e9, Deadline: "2027"}, accord.Restatement{Value: 200e9, Period: "2021-2027"}, 3},
		{"a deadline before the period's end", accord.Restatement{Value: 200e9, Period: "2021-2027"}, accord.Restatement{Value: 200e9, Deadline: "2025"}, 1},
		{"a period's first year is no deadline", accord.Restatement{Value: 200e9, Period: "2027-2030"}, accord.Restatement{Value: 200e9, Deadline: "2027"}, 1},
	}
	for _, tt := range tests {
		if got := matchScore(tt.h, tt.r); got != tt.want {
			t.Errorf("%s: matchScore = %d, want %d", tt.name, got, tt.want)
		}
	}
}
