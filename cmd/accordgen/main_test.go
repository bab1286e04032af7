package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/extract/knowledge"
)

// items generates and decodes a corpus.
func items(t testing.TB, n int, seed uint64, shuffle bool) ([]Item, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := generate(&buf, n, seed, shuffle); err != nil {
		t.Fatal(err)
	}
	var out []Item
	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("line %d: %v", len(out)+1, err)
		}
		out = append(out, it)
	}
	return out, buf.Bytes()
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		seed    uint64
		shuffle bool
	}{
		{"none", 0, 1, false},
		{"one", 1, 1, false},
		{"in order", 500, 1, false},
		{"another seed", 500, 7, false},
		{"shuffled", 500, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			its, raw := items(t, tt.n, tt.seed, tt.shuffle)
			if len(its) != tt.n {
				t.Fatalf("%d items, want %d", len(its), tt.n)
			}
			_, again := items(t, tt.n, tt.seed, tt.shuffle)
			if !bytes.Equal(raw, again) {
				t.Error("same seed, different corpus")
			}
			ids := map[string]bool{}
			var days []string
			for i, it := range its {
				if ids[it.ID] {
					t.Errorf("item %d: id %s again", i, it.ID)
				}
				ids[it.ID] = true
				p, err := time.Parse(time.DateOnly, it.Published)
				if err != nil || p.Before(start) || p.After(start.AddDate(0, 0, span+7)) {
					t.Errorf("item %d: published %q out of the span", i, it.Published)
				}
				days = append(days, it.Published)
				for _, s := range []string{it.Title, it.Text} {
					if s == "" || strings.ContainsAny(s, "{}") || strings.Contains(s, "  ") {
						t.Errorf("item %d: empty, unfilled or badly spaced text %q", i, s)
					}
				}
				if it.URL == "" || it.Source == "" || strings.Contains(it.Text, " a official") || strings.Contains(it.Text, " a state visit of") {
					t.Errorf("item %d: url %q, source %q, text %q", i, it.URL, it.Source, it.Text)
				}
			}
			// In order, each article is within a week of the sorted order.
			if !tt.shuffle && len(days) > 1 {
				sorted := slices.Clone(days)
				sort.Strings(sorted)
				for i := range days {
					a, _ := time.Parse(time.DateOnly, days[i])
					b, _ := time.Parse(time.DateOnly, sorted[i])
					if d := a.Sub(b); d > 7*24*time.Hour || d < -7*24*time.Hour {
						t.Errorf("item %d published %s, %v from its place in date order", i, days[i], d)
						break
					}
				}
			}
		})
	}
}

// TestShuffle checks that -shuffle writes the same articles, ids included,
// in another order.
func TestShuffle(t *testing.T) {
	ordered, raw := items(t, 300, 3, false)
	shuffled, _ := items(t, 300, 3, true)
	lines := func(b []byte) []string {
		s := strings.Split(strings.TrimSpace(string(b)), "\n")
		sort.Strings(s)
		return s
	}
	_, rawShuffled := items(t, 300, 3, true)
	if !slices.Equal(lines(raw), lines(rawShuffled)) {
		t.Error("shuffled corpus holds other articles")
	}
	same := 0
	for i := range ordered {
		if ordered[i].ID == shuffled[i].ID {
			same++
		}
	}
	if same > 30 {
		t.Errorf("%d of 300 articles in the same place after shuffling", same)
	}
}

// TestExtracted runs the extractor on a generated corpus: the generator is
// only useful if accord reads in it the persons with their countries, the
// engagements and the targets it writes.
func TestExtracted(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	its, _ := items(t, 600, 1, false)
	persons, withCountry := map[string]bool{}, map[string]bool{}
	types := map[accord.EngagementType]int{}
	multilateral, trade := 0, 0
	for _, it := range its {
		f := x.Extract(&accord.Article{ID: it.ID, Title: it.Title, Published: it.Published, URL: it.URL, Source: it.Source, Body: it.Text})
		for _, a := range f.Actors {
			if a.Type == accord.Person {
				persons[a.Name] = true
				if a.Country != "" {
					withCountry[a.Name] = true
				}
			}
		}
		for _, e := range f.Engagements {
			types[e.Type]++
			if e.Multilateral() {
				multilateral++
			}
		}
		for _, tg := range f.Targets {
			if strings.Contains(tg.Metric, "trade") && len(tg.Holders) == 2 && tg.Unit == "USD" && tg.Deadline != "" {
				trade++
			}
		}
	}
	tests := []struct {
		name     string
		got, min int
	}{
		{"persons", len(persons), 100},
		{"persons with a country", len(withCountry), len(persons) * 98 / 100},
		{"phone calls", types[accord.PhoneCall], 20},
		{"meetings and receptions", types[accord.Meeting] + types[accord.Reception], 20},
		{"visits", types[accord.Visit], 20},
		{"talks", types[accord.Talks], 20},
		{"signings", types[accord.Signing], 10},
		{"summits", types[accord.Summit], 3},
		{"messages", types[accord.Message], 10},
		{"multilateral engagements", multilateral, 3},
		{"bilateral trade targets", trade, 20},
	}
	for _, tt := range tests {
		if tt.got < tt.min {
			t.Errorf("%s: %d, want at least %d", tt.name, tt.got, tt.min)
		}
	}
	if t.Failed() {
		t.Logf("engagement types %v", types)
	}
}

// TestWorld checks the world's shape: a few hundred leaders, some of whom
// change office; pairs of very unequal weight; trade targets restated with
// new values or deadlines.
func TestWorld(t *testing.T) {
	w, err := newWorld(1)
	if err != nil {
		t.Fatal(err)
	}
	promoted := 0
	for ci := range w.countries {
		fms := map[*person]bool{}
		for _, tm := range w.terms[ci][foreignMinister] {
			fms[tm.p] = true
		}
		for _, o := range []int{headOfState, headOfGovernment} {
			for _, tm := range w.terms[ci][o] {
				if fms[tm.p] {
					promoted++
				}
			}
		}
	}
	weights := make([]float64, len(w.pairs))
	for i := range w.pairs {
		weights[i] = w.pairCum[i]
		if i > 0 {
			weights[i] -= w.pairCum[i-1]
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(weights)))
	top := 0.0
	for _, x := range weights[:len(weights)/20] {
		top += x
	}
	revised := 0
	for _, p := range w.pairs {
		for i := 1; i < len(p.trade); i++ {
			if p.trade[i].value != p.trade[i-1].value || p.trade[i].by != p.trade[i-1].by {
				revised++
			}
		}
	}
	tests := []struct {
		name          string
		got, min, max float64
	}{
		{"leaders", float64(w.persons), 200, 1000},
		{"foreign ministers promoted", float64(promoted), 5, 200},
		{"weight of the top 5% of pairs", top / w.pairCum[len(w.pairCum)-1], 0.3, 0.9},
		{"trade target revisions", float64(revised), 100, 1e9},
	}
	for _, tt := range tests {
		if tt.got < tt.min || tt.got > tt.max {
			t.Errorf("%s: %v, want %v to %v", tt.name, tt.got, tt.min, tt.max)
		}
	}
	// Every day has a holder of every office.
	for ci := range w.countries {
		for o := range offices {
			for _, day := range []int{0, span / 2, span - 1} {
				if p, title := w.holder(ci, o, day); p == nil || title == "" {
					t.Errorf("%s office %d day %d: no holder", w.countries[ci].code, o, day)
				}
			}
		}
	}
}

// TestData checks the data files against the extractor's knowledge: every
// country is one it knows by the name written, none is known only after
// "of", and no leader's short name ("President Vasko") is a word of the
// name of a real leader in office since 2018 (the extractor would take the
// person for the real leader).
func TestData(t *testing.T) {
	w, err := newWorld(1)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range w.countries {
		k, ok := knowledge.CountryByCode(c.code)
		if !ok {
			t.Errorf("%s: not a country of extract/knowledge", c.code)
			continue
		}
		name := strings.TrimPrefix(c.name, "the ")
		if !slices.Contains(append([]string{k.Name}, k.Aliases...), name) && !slices.Contains(append([]string{k.Name}, k.Aliases...), c.name) || slices.Contains(k.Weak, name) {
			t.Errorf("%s: %q is not a name of %s the extractor reads everywhere", c.code, c.name, k.Name)
		}
	}
	tsv, err := os.ReadFile("../../extract/office/data/offices.tsv")
	if err != nil {
		t.Fatal(err)
	}
	real := map[string]bool{}
	for _, line := range strings.Split(string(tsv), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 7 || f[1] != "hos" && f[1] != "hog" && f[1] != "fm" || f[6] != "" && f[6] < "2018" {
			continue
		}
		for _, word := range strings.Fields(f[4]) {
			real[word] = true
		}
	}
	months := map[string]bool{}
	for m := time.January; m <= time.December; m++ {
		months[m.String()] = true
	}
	cultures, err := parseNames(namesData)
	if err != nil {
		t.Fatal(err)
	}
	// Every short name a culture can give: the last word of a family name,
	// the first when the family name comes first and is the short form, the
	// last word of a given name when the family name comes first but the
	// short form is the last word (Vietnamese).
	for name, c := range cultures {
		for _, f := range c.family {
			ws := strings.Fields(f)
			short := ws[len(ws)-1]
			switch {
			case c.familyFirst && c.shortFirst:
				short = ws[0]
			case c.familyFirst:
				continue
			}
			if real[short] || months[short] {
				t.Errorf("[%s] short name %q is a word of a real leader's name, or a month", name, short)
			}
		}
		if c.familyFirst && !c.shortFirst {
			for _, g := range c.given {
				ws := strings.Fields(g)
				if short := ws[len(ws)-1]; real[short] || months[short] {
					t.Errorf("[%s] short name %q is a word of a real leader's name, or a month", name, short)
				}
			}
		}
	}
}

func TestBuildWorldInvalid(t *testing.T) {
	tests := []struct {
		name                    string
		countries, names, event string
	}{
		{"no countries", "", namesData, eventsData},
		{"short country line", "US | the United States | American", namesData, eventsData},
		{"unknown names", strings.Replace(countriesData, "| anglo |", "| nowhere |", 1), namesData, eventsData},
		{"bad weight", strings.Replace(countriesData, "| Washington | 10", "| Washington | x", 1), namesData, eventsData},
		{"names without key", countriesData, "[anglo]\nAndrew", eventsData},
		{"events: entry before section", countriesData, namesData, "word\n[outlets]\nx"},
		{"events: missing section", countriesData, namesData, "[outlets]\nx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := buildWorld(1, tt.countries, tt.names, tt.event); err == nil {
				t.Error("no error")
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := generate(&buf, 1000, 1, false); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "articles/s")
}
