package consolidate

import (
	"testing"
	"time"
)

// days counts as time does: every day of two centuries against a few
// fixed days, and texts that are not days.
func TestDaysAsTime(t *testing.T) {
	start := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC)
	fixed := []string{"1900-02-28", "1900-03-01", "2000-02-29", "2024-12-31", "2101-01-01", "0001-01-01", "9999-12-31"}
	for d := start; d.Year() < 2102; d = d.AddDate(0, 0, 1) {
		a := d.Format(time.DateOnly)
		for _, b := range fixed {
			if got, want := days(a, b), daysByTime(a, b); got != want {
				t.Fatalf("days(%s, %s) = %d, time says %d", a, b, got, want)
			}
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"2023-02-29", "2023-03-01"}, // no such day
		{"2023-04-31", "2023-04-30"},
		{"2023-13-01", "2023-12-01"},
		{"2023-00-10", "2023-01-10"},
		{"0000-01-05", "0000-03-01"}, // year 0: left to time
		{"2023-1-05", "2023-01-05"},
		{"2023-01", "2023-01-05"},
		{"", "2023-01-05"},
		{"20x3-01-05", "2023-01-05"},
	} {
		if got, want := days(tc.a, tc.b), daysByTime(tc.a, tc.b); got != want {
			t.Errorf("days(%q, %q) = %d, time says %d", tc.a, tc.b, got, want)
		}
	}
}
