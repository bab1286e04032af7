package main

import (
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	//go:embed data/countries.txt
	countriesData string
	//go:embed data/names.txt
	namesData string
	//go:embed data/events.txt
	eventsData string
)

// The world's time: events from start, for span days (2019 to mid-2026,
// all in the past, so that ingest takes every publication date).
var (
	start = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	span  = int(time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
)

// Offices of a country, as indexes of country.titles and world.terms.
const (
	headOfState = iota
	headOfGovernment
	foreignMinister
	offices
)

// country is one line of data/countries.txt.
type country struct {
	code, name, dem, names, capital string
	titles                          [offices]string // "" when the head of state leads the government
	weight                          int
}

// ceremonial reports whether the head of state does not lead the
// government's foreign relations: a monarch or governor-general beside a
// head of government.
func (c *country) ceremonial() bool {
	switch c.titles[headOfState] {
	case "King", "Emperor", "Governor-General":
		return c.titles[headOfGovernment] != ""
	}
	return false
}

// forLife reports whether the head of state holds office for life.
func (c *country) forLife() bool {
	switch c.titles[headOfState] {
	case "King", "Emperor", "Amir", "Sultan":
		return true
	}
	return false
}

// culture is one section of data/names.txt.
type culture struct {
	given, family []string
	familyFirst   bool
	shortFirst    bool
}

// person is one leader.
type person struct {
	name  string // full name as written
	short string // the word a later mention uses: "Vasko"
}

// term is a person's time in an office, from day from (days since start,
// possibly negative) until the next term's.
type term struct {
	from int
	p    *person
}

// step is a pair's trade target from day from on: value billion US dollars
// by year by.
type step struct {
	from  int
	value float64
	by    int
}

// pair is two countries (indexes) and their trade target's history.
type pair struct {
	a, b  int
	trade []step
}

// summit is a recurring multilateral summit.
type summit struct {
	name  string
	first int // the year of its first edition
}

// world is everything the articles report on, fixed by the seed.
type world struct {
	seed      uint64
	countries []country
	terms     [][offices][]term // per country and office, by date
	persons   int
	pairs     []pair
	pairCum   []float64 // cumulative pair weights
	countCum  []float64 // cumulative country weights
	summits   []summit
	lists     map[string][]string // sections of data/events.txt
}

// sections data/events.txt must have.
var eventSections = []string{
	"outlets", "mention", "call.title", "call.lead", "video.lead", "meeting.title", "meeting.lead",
	"visit.arrive.title", "visit.arrive", "visit.welcome", "visit.talks.title", "visit.talks", "visit.signing",
	"visit.call.title", "visit.call", "summit.title", "summit.lead", "summit.more", "sideline.title", "sideline.lead",
	"message.title", "message.lead", "trade", "pledge", "filler", "filler.visit", "areas", "summits",
}

// newWorld builds the world of a seed from the embedded data.
func newWorld(seed uint64) (*world, error) {
	return buildWorld(seed, countriesData, namesData, eventsData)
}

func buildWorld(seed uint64, countriesText, namesText, eventsText string) (*world, error) {
	w := &world{seed: seed}
	var err error
	if w.lists, err = sections("data/events.txt", eventsText); err != nil {
		return nil, err
	}
	for _, s := range eventSections {
		if len(w.lists[s]) == 0 {
			return nil, fmt.Errorf("data/events.txt: no [%s] entries", s)
		}
	}
	cultures, err := parseNames(namesText)
	if err != nil {
		return nil, err
	}
	if w.countries, err = parseCountries(countriesText); err != nil {
		return nil, err
	}
	for _, c := range w.countries {
		if _, ok := cultures[c.names]; !ok {
			return nil, fmt.Errorf("data/countries.txt: %s: no [%s] in data/names.txt", c.code, c.names)
		}
	}
	if len(w.countries) < 4 {
		return nil, fmt.Errorf("data/countries.txt: %d countries, want 4 or more", len(w.countries))
	}
	r := rand.New(rand.NewPCG(seed, 0))
	w.leaders(r, cultures)
	w.makePairs(r)
	for _, name := range w.lists["summits"] {
		w.summits = append(w.summits, summit{name: name, first: 1995 + r.IntN(20)})
	}
	return w, nil
}

// sections splits a data file into its [sections] of entries.
func sections(file, text string) (map[string][]string, error) {
	m := map[string][]string{}
	section := ""
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
		case section == "":
			return nil, fmt.Errorf("%s:%d: entry before any [section]", file, i+1)
		default:
			m[section] = append(m[section], line)
		}
	}
	return m, nil
}

func parseNames(text string) (map[string]*culture, error) {
	secs, err := sections("data/names.txt", text)
	if err != nil {
		return nil, err
	}
	cs := map[string]*culture{}
	for name, lines := range secs {
		c := &culture{}
		for _, l := range lines {
			key, val, ok := strings.Cut(l, ":")
			if !ok {
				return nil, fmt.Errorf("data/names.txt: [%s]: %q is not key: value", name, l)
			}
			var list []string
			for _, v := range strings.Split(val, ",") {
				if v = strings.TrimSpace(v); v != "" {
					list = append(list, v)
				}
			}
			switch strings.TrimSpace(key) {
			case "given":
				c.given = list
			case "family":
				c.family = list
			case "order":
				c.familyFirst = strings.TrimSpace(val) == "family-first"
			case "short":
				c.shortFirst = strings.TrimSpace(val) == "first"
			default:
				return nil, fmt.Errorf("data/names.txt: [%s]: unknown key %q", name, key)
			}
		}
		if len(c.given) < 4 || len(c.family) < 4 {
			return nil, fmt.Errorf("data/names.txt: [%s]: want 4 or more given and family names", name)
		}
		cs[name] = c
	}
	return cs, nil
}

func parseCountries(text string) ([]country, error) {
	var out []country
	seen := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 9 {
			return nil, fmt.Errorf("data/countries.txt:%d: %d fields, want 9", i+1, len(f))
		}
		for k := range f {
			f[k] = strings.TrimSpace(f[k])
		}
		wt, err := strconv.Atoi(f[8])
		if err != nil || wt < 1 {
			return nil, fmt.Errorf("data/countries.txt:%d: weight %q", i+1, f[8])
		}
		c := country{code: f[0], name: f[1], dem: f[2], names: f[3], titles: [offices]string{f[4], f[5], f[6]}, capital: f[7], weight: wt}
		if c.titles[headOfGovernment] == "-" {
			c.titles[headOfGovernment] = ""
		}
		if seen[c.code] || c.titles[headOfState] == "" || c.titles[foreignMinister] == "" {
			return nil, fmt.Errorf("data/countries.txt:%d: %s twice or without offices", i+1, c.code)
		}
		seen[c.code] = true
		out = append(out, c)
	}
	return out, nil
}

// leaders fills every office of every country with terms from before the
// start to the end. A new head of government (or president, where there is
// no head of government) is now and then the foreign minister of the day,
// who is then succeeded by a new one.
func (w *world) leaders(r *rand.Rand, cultures map[string]*culture) {
	used := map[string]bool{}
	newPerson := func(c *culture) *person {
		for {
			g, f := c.given[r.IntN(len(c.given))], c.family[r.IntN(len(c.family))]
			name := g + " " + f
			if c.familyFirst {
				name = f + " " + g
			}
			if used[name] {
				continue
			}
			used[name] = true
			w.persons++
			ws := strings.Fields(name)
			short := ws[len(ws)-1]
			if c.shortFirst {
				short = ws[0]
			}
			return &person{name: name, short: short}
		}
	}
	w.terms = make([][offices][]term, len(w.countries))
	for ci := range w.countries {
		c := &w.countries[ci]
		cu := cultures[c.names]
		for o := range offices {
			if c.titles[o] == "" {
				continue
			}
			day := -r.IntN(4 * 365)
			if o == headOfState && c.forLife() {
				w.terms[ci][o] = []term{{from: day - 3650, p: newPerson(cu)}}
				continue
			}
			for day < span {
				w.terms[ci][o] = append(w.terms[ci][o], term{from: day, p: newPerson(cu)})
				day += 2*365 + r.IntN(4*365)
			}
		}
		// Promotions: the foreign minister becomes the head of government.
		top := headOfGovernment
		if c.titles[top] == "" {
			if c.forLife() {
				continue
			}
			top = headOfState
		}
		for k := 1; k < len(w.terms[ci][top]); k++ {
			t := &w.terms[ci][top][k]
			if r.IntN(3) != 0 || t.from < 0 {
				continue
			}
			fms := w.terms[ci][foreignMinister]
			i := sort.Search(len(fms), func(i int) bool { return fms[i].from > t.from }) - 1
			if i < 0 {
				continue
			}
			t.p = fms[i].p
			w.terms[ci][foreignMinister] = slices.Insert(fms, i+1, term{from: t.from, p: newPerson(cu)})
		}
	}
}

// holder returns the holder of an office of country ci on a day, and the
// title: the head of state stands in for a missing head of government.
func (w *world) holder(ci, office, day int) (*person, string) {
	c := &w.countries[ci]
	if c.titles[office] == "" {
		office = headOfState
	}
	ts := w.terms[ci][office]
	i := sort.Search(len(ts), func(i int) bool { return ts[i].from > day }) - 1
	return ts[max(i, 0)].p, c.titles[office]
}

// makePairs weighs every pair of countries: the product of the countries'
// weights and a log-normal affinity, so that a few pairs make much of the
// news. Each pair gets a trade target history.
func (w *world) makePairs(r *rand.Rand) {
	total := 0.0
	for i := range w.countries {
		for j := i + 1; j < len(w.countries); j++ {
			a, b := &w.countries[i], &w.countries[j]
			wt := float64(a.weight*b.weight) * math.Exp(1.3*r.NormFloat64())
			total += wt
			w.pairs = append(w.pairs, pair{a: i, b: j, trade: tradeHistory(r, a.weight*b.weight)})
			w.pairCum = append(w.pairCum, total)
		}
	}
	total = 0
	for _, c := range w.countries {
		total += float64(c.weight)
		w.countCum = append(w.countCum, total)
	}
}

// tradeHistory is a pair's trade target over the years: set some time in
// the first half of the span, then now and then raised for the same
// deadline, given a later deadline, or, near its deadline, replaced by a
// larger target for a later year.
func tradeHistory(r *rand.Rand, size int) []step {
	day := r.IntN(span / 2)
	v := roundValue(float64(size) * (0.2 + r.Float64()))
	s := step{from: day, value: v, by: start.AddDate(0, 0, day).Year() + 3 + r.IntN(5)}
	out := []step{s}
	for {
		day += 300 + r.IntN(700)
		if day >= span {
			return out
		}
		year := start.AddDate(0, 0, day).Year()
		switch {
		case s.by <= year+1:
			s = step{value: roundValue(s.value * (1.5 + r.Float64())), by: year + 4 + r.IntN(4)}
		case r.IntN(2) == 0:
			s.value = roundValue(s.value * (1.2 + 0.6*r.Float64()))
		default:
			s.by += 2 + r.IntN(3)
		}
		s.from = day
		out = append(out, s)
	}
}

// roundValue rounds billions as news states them: 1.5, 12, 150.
func roundValue(v float64) float64 {
	switch {
	case v < 10:
		return math.Max(0.5, math.Round(v*2)/2)
	case v < 100:
		return math.Round(v)
	}
	return math.Round(v/10) * 10
}

// tradeAt returns a pair's trade target in effect on a day, if any and if
// its deadline is still ahead.
func (p *pair) tradeAt(day int) (step, bool) {
	i := sort.Search(len(p.trade), func(i int) bool { return p.trade[i].from > day }) - 1
	if i < 0 || p.trade[i].by <= start.AddDate(0, 0, day).Year() {
		return step{}, false
	}
	return p.trade[i], true
}

// pickPair draws a pair by weight.
func (w *world) pickPair(r *rand.Rand) int {
	x := r.Float64() * w.pairCum[len(w.pairCum)-1]
	return min(sort.SearchFloat64s(w.pairCum, x), len(w.pairs)-1)
}

// pickCountry draws a country by weight.
func (w *world) pickCountry(r *rand.Rand) int {
	x := r.Float64() * w.countCum[len(w.countCum)-1]
	return min(sort.SearchFloat64s(w.countCum, x), len(w.countries)-1)
}
