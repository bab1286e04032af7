package consolidate

import (
	"math"
	"math/rand/v2"
	"testing"

	accord "github.com/accordhq/accord"
)

// A target's summary rules out a statement only when restates would:
// every case of restates, met by an invented donor's grants, and many
// random targets and statements of few values, times and days.
func TestSummaryRulesOutOnlyWhatRestatesDoes(t *testing.T) {
	st := func(v float64, dl, per, pub, cmp string) accord.Restatement {
		return accord.Restatement{Value: v, Deadline: dl, Period: per, Comparator: cmp, Evidence: accord.Evidence{Published: pub}}
	}
	cases := []struct {
		name    string
		hist    []accord.Restatement
		left    []accord.Restatement
		r       accord.Restatement
		restate bool
	}{
		{"no statement", nil, nil, st(7, "", "", "2031-05-01", ""), true},
		{"same value", []accord.Restatement{st(40e6, "", "", "2030-01-02", "")}, nil, st(40e6, "", "", "2031-05-01", ""), true},
		{"same value left out", []accord.Restatement{st(40e6, "", "", "2030-01-02", "")}, []accord.Restatement{st(40e6, "2033", "", "2030-06-02", "")}, st(40e6, "", "", "2031-05-01", ""), true},
		{"undated restates the latest timed", []accord.Restatement{st(15e9, "2034", "", "2030-01-02", ""), st(20e9, "2034", "", "2030-03-02", "")}, nil, st(20e9, "", "", "2031-05-01", ""), true},
		{"rounded within a month", []accord.Restatement{st(36.2e9, "", "", "2031-04-20", "")}, nil, st(36e9, "", "", "2031-05-01", ""), true},
		{"bounded within a month", []accord.Restatement{st(800e6, "", "", "2031-04-20", accord.Gte)}, nil, st(825e6, "", "", "2031-05-01", accord.Lte), true},
		{"revised for the same year", []accord.Restatement{st(150e9, "2036", "", "2030-01-02", "")}, nil, st(200e9, "2036", "", "2031-05-01", ""), true},
		{"another sum, years apart", []accord.Restatement{st(2e6, "", "", "2029-01-02", "")}, nil, st(9.6e9, "", "", "2031-05-01", ""), false},
		{"another sum, timed", []accord.Restatement{st(2e6, "2030", "", "2029-01-02", "")}, nil, st(9.6e9, "2030", "", "2031-05-01", ""), false},
		{"first read long before", []accord.Restatement{st(2e6, "", "", "2020-01-02", ""), st(36.2e9, "", "", "2031-04-20", "")}, nil, st(36e9, "", "", "2031-05-01", ""), false},
	}
	for _, c := range cases {
		tg := &accord.Target{History: c.hist}
		if got := restates(tg, c.left, c.r); got != c.restate {
			t.Fatalf("%s: restates %v, want %v", c.name, got, c.restate)
		}
		s := summarize(tg, c.left)
		rs := sumOfStatement(&c.r)
		if c.restate && !s.mayRestate(&rs) {
			t.Errorf("%s: ruled out by the summary", c.name)
		}
		if c.name == "another sum, years apart" && s.mayRestate(&rs) {
			t.Errorf("%s: not ruled out by the summary", c.name)
		}
	}

	rng := rand.New(rand.NewPCG(30, 1))
	values := []float64{0, 1, 2, 3, 10, 12, 36, 36.2, 40, 100, 300, 301, -5, 1e9, 1e9 + 0.5, math.Inf(1), math.NaN()}
	times := []string{"", "", "2030", "2035"}
	days := []string{"2031-01-01", "2031-01-20", "2031-02-01", "2031-02-02", "2031-03-05", "2032-01-01", "", "2031-1-5"}
	cmps := []string{"", accord.Gte, accord.Lte}
	pick := func() accord.Restatement {
		return st(values[rng.IntN(len(values))], times[rng.IntN(len(times))], times[rng.IntN(len(times))],
			days[rng.IntN(len(days))], cmps[rng.IntN(len(cmps))])
	}
	ruled, held := 0, 0
	for range 200_000 {
		var hist, left []accord.Restatement
		for range rng.IntN(4) {
			hist = append(hist, pick())
		}
		for range rng.IntN(3) {
			left = append(left, pick())
		}
		r := pick()
		tg := &accord.Target{History: hist}
		s := summarize(tg, left)
		rs := sumOfStatement(&r)
		may := s.mayRestate(&rs)
		if !may {
			ruled++
		}
		if restates(tg, left, r) {
			held++
		}
		if !may && restates(tg, left, r) {
			t.Fatalf("ruled out, but restates: history %+v left %+v statement %+v", hist, left, r)
		}
	}
	if ruled == 0 || held == 0 {
		t.Fatalf("the summary ruled out %d, restates held for %d", ruled, held)
	}
	t.Logf("ruled out %d, restates held for %d", ruled, held)
}
