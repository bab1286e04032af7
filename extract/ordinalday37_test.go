package extract

import (
	"testing"
	"time"
)

// TestOrdinalPartOfDay37 checks that "on the afternoon of the 21st (local
// time)" and "On the morning of the 23rd," read as the day of the month
// of the report (of the month before when still to come), as "on the
// 21st" does; a floor or a noun after the ordinal is no day.
func TestOrdinalPartOfDay37(t *testing.T) {
	x := newX(t)
	pub := time.Date(2031, 9, 22, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		{"On the afternoon of the 21st (local time), President A held a meeting", "2031-09-21"},
		{"On the morning of the 23rd, at the guesthouse, A met B", "2031-08-23"},
		{"held a summit on the evening of the 20th in Lakeport", "2031-09-20"},
		{"met on the 21st at the palace", "2031-09-21"},
		{"met on the morning of the 5th floor meeting", ""},
		{"the end of the 21st century", ""},
	} {
		toks := tokenize(tt.text, x.lx.abbr)
		ds := x.lx.dates(toks, 0, len(toks), pub)
		got := ""
		if len(ds) == 1 {
			got = ds[0].format()
		} else if len(ds) > 1 {
			t.Fatalf("%q: %d dates", tt.text, len(ds))
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOrdinalPartOfDayContact37 checks that a meeting told "On the
// afternoon of the 21st (local time)" in a report of the 22nd is of the
// 21st (names invented).
func TestOrdinalPartOfDayContact37(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"on the afternoon of the 21st", "News Agency", "", "2031-09-22",
			"On the afternoon of the 21st (local time), while visiting New York to attend the United Nations General Assembly, President Luis Vega of Peru held a bilateral meeting with Prime Minister Marta Rios of Chile.",
			[]string{"meeting 2031-09-21 Luis Vega+Marta Rios"}},
	})
}
