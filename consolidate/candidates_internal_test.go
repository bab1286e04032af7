package consolidate

import (
	"fmt"
	"slices"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
)

func TestDateCode(t *testing.T) {
	for _, c := range []struct {
		date string
		want int32
	}{
		{"2031-04-07", 20310407},
		{"1999-12-31", 19991231},
		{"2031-04", -1},
		{"2031", -1},
		{"", -1},
		{"2031/04/07", -1},
		{"2031-04-0x", -1},
		{"20a1-04-07", -1},
		{"2031-04-077", -1},
	} {
		if got := dateCode(c.date); got != c.want {
			t.Errorf("dateCode(%q) = %d, want %d", c.date, got, c.want)
		}
	}
}

// TestDayFilters: the codes a filter lets through are those of the dates
// sameEvent (the same day, for what is not a visit) and dayLate (the day
// before or after) may match; a code of -1 always passes.
func TestDayFilters(t *testing.T) {
	for _, c := range []struct {
		name string
		f    dayFilter
		keep []int32
		drop []int32
	}{
		{"same day", sameDay("2031-04-07"), []int32{20310407, -1}, []int32{20310406, 20310408}},
		{"a month: all", sameDay("2031-04"), []int32{20310407, 20310501, -1}, nil},
		{"a malformed day: no day", sameDay("2031-04-3x"), []int32{-1}, []int32{20310430, 20310403}},
		{"next days across a month", nextDays("2031-03-01"), []int32{20310228, 20310302, -1}, []int32{20310301, 20310303}},
		{"next days in a leap year", nextDays("2032-03-01"), []int32{20320229, 20320302}, []int32{20320228, 20320301}},
		{"next days of no day", nextDays("2031-02-30"), []int32{-1}, []int32{20310301, 20310228, 20310229}},
	} {
		for _, code := range c.keep {
			if !c.f.keep(code) {
				t.Errorf("%s: %d dropped", c.name, code)
			}
		}
		for _, code := range c.drop {
			if c.f.keep(code) {
				t.Errorf("%s: %d kept", c.name, code)
			}
		}
	}
}

// TestCandidatesFollowDates: an engagement whose date, type or countries
// change is found under what it is now, never under what it was.
func TestCandidatesFollowDates(t *testing.T) {
	st := newState()
	talks := &accord.Engagement{ID: "e1", Type: accord.Talks, Status: accord.StatusHeld, Date: "2031-04-07", Countries: []string{"XA", "XB"}}
	visit := &accord.Engagement{ID: "e2", Type: accord.Visit, Status: accord.StatusHeld, Date: "2031-05-20", Countries: []string{"XA"}}
	vague := &accord.Engagement{ID: "e3", Type: accord.Meeting, Status: accord.StatusHeld, Date: "2031-04", Countries: []string{"XB"}}
	for _, e := range []*accord.Engagement{talks, visit, vague} {
		st.addHeld(e)
	}
	ids := func(e *accord.Engagement, f dayFilter) []string {
		var out []string
		for c := range st.candidatesFor(e, f) {
			if !slices.Contains(out, c.ID) {
				out = append(out, c.ID)
			}
		}
		slices.Sort(out)
		return out
	}
	report := func(date string, countries ...string) *accord.Engagement {
		return &accord.Engagement{Type: accord.Talks, Date: date, Countries: countries}
	}
	check := func(step string, e *accord.Engagement, f dayFilter, want ...string) {
		t.Helper()
		if got := ids(e, f); !slices.Equal(got, want) {
			t.Errorf("%s: candidates %v, want %v", step, got, want)
		}
	}
	check("same day", report("2031-04-07", "XA"), sameDay("2031-04-07"), "e1", "e2")
	check("another day", report("2031-04-08", "XA"), sameDay("2031-04-08"), "e2")
	check("a month's report", report("2031-04-08", "XB"), sameDay("2031-04-08"), "e3")
	st.setHeldDate(talks, "2031-04-08")
	check("moved: new day", report("2031-04-08", "XA"), sameDay("2031-04-08"), "e1", "e2")
	check("moved: old day", report("2031-04-07", "XA"), sameDay("2031-04-07"), "e2")
	check("the day after", report("2031-04-09", "XB"), nextDays("2031-04-09"), "e1", "e3")
	st.setHeldDate(talks, "2031-05-02")
	check("moved a month on", report("2031-05-02", "XB"), sameDay("2031-05-02"), "e1", "e3") // e3: a month, the month before
	check("left its month", report("2031-04-08", "XB"), sameDay("2031-04-08"), "e3")
	vague.Countries = append(vague.Countries, "XC")
	st.indexMC(vague)
	st.setHeldDate(vague, "2031-04-15")
	check("a day now", report("2031-04-15", "XC"), sameDay("2031-04-15"), "e3")
	check("not another", report("2031-04-16", "XC"), sameDay("2031-04-16"))
}

// TestVisitsOf: placeInVisit finds, among the visits of the five months
// about a day, those of a country, as they are now.
func TestVisitsOf(t *testing.T) {
	st := newState()
	v1 := &accord.Engagement{ID: "v1", Type: accord.Visit, Status: accord.StatusHeld, Date: "2031-04-07", Countries: []string{"XA", "XB"}}
	v2 := &accord.Engagement{ID: "v2", Type: accord.Visit, Status: accord.StatusHeld, Date: "2031-01-20", Countries: []string{"XA"}}
	v3 := &accord.Engagement{ID: "v3", Type: accord.Visit, Status: accord.StatusHeld, Date: "2031-06-30", Countries: []string{"XC"}}
	talks := &accord.Engagement{ID: "t1", Type: accord.Talks, Status: accord.StatusHeld, Date: "2031-04-07", Countries: []string{"XA"}}
	for _, e := range []*accord.Engagement{v1, v2, v3, talks} {
		st.addHeld(e)
	}
	ids := func(date, country string) []string {
		var out []string
		for v := range st.visitsOf(date, country) {
			if !slices.Contains(out, v.ID) {
				out = append(out, v.ID)
			}
		}
		slices.Sort(out)
		return out
	}
	check := func(step, date, country string, want ...string) {
		t.Helper()
		if got := ids(date, country); !slices.Equal(got, want) {
			t.Errorf("%s: visits %v, want %v", step, got, want)
		}
	}
	check("two months either side", "2031-03-10", "XA", "v1", "v2")
	check("too far", "2031-06-01", "XA", "v1")
	check("another country", "2031-04-07", "XC", "v3")
	st.setHeldDate(v2, "2031-03-02")
	check("moved in", "2031-05-10", "XA", "v1", "v2")
	st.setHeldDate(v1, "2031-09-01")
	check("moved out", "2031-04-10", "XA", "v2")
	v3.Countries = append(v3.Countries, "XA")
	st.indexVisit(v3)
	check("a country added", "2031-08-01", "XA", "v1", "v3")
}

// TestAddMonths: the arithmetic gives what time gives, for every month of
// a span of years and moves of several years either way.
func TestAddMonths(t *testing.T) {
	slow := func(m string, n int) string {
		tm, err := time.Parse("2006-01", m)
		if err != nil {
			return ""
		}
		return tm.AddDate(0, n, 0).Format("2006-01")
	}
	var months []string
	for y := 1998; y <= 2003; y++ {
		for mo := 1; mo <= 12; mo++ {
			months = append(months, fmt.Sprintf("%04d-%02d", y, mo))
		}
	}
	months = append(months, "0001-01", "0000-01", "0000-12", "9999-12", "2031-00", "2031-13", "2031-1x", "20311-2", "2031-4", "", "2031-04-07")
	for _, m := range months {
		for n := -30; n <= 30; n++ {
			if got, want := addMonths(m, n), slow(m, n); got != want {
				t.Errorf("addMonths(%q, %d) = %q, want %q", m, n, got, want)
			}
		}
	}
}
