// Command accordgen writes a synthetic corpus of diplomatic news as JSON
// Lines (id, title, published, url, text, source), deterministic for a seed,
// for load tests and search benchmarks:
//
//	accordgen -n 1000000 -seed 1 > big.jsonl
//
// Sentences come from the templates of data/corpus.txt, filled with the
// countries of extract/knowledge and with names, titles, areas, amounts and
// dates, so that word frequencies, phrases and facets look like those of
// real reports.
package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/accordhq/accord/extract/knowledge"
)

//go:embed data/corpus.txt
var corpusData string

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: accordgen [-n N] [-seed S] > corpus.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if err := generate(w, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "accordgen:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "accordgen:", err)
		os.Exit(1)
	}
}

// Item is one line of the corpus, in the JSON Lines shape package read takes.
type Item struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Text      string `json:"text"`
	Source    string `json:"source"`
}

// generate writes n items for a seed.
func generate(w io.Writer, n int, seed uint64) error {
	g, err := newGenerator(corpusData, seed)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range n {
		if err := enc.Encode(g.item(i)); err != nil {
			return err
		}
	}
	return nil
}

// generator fills templates from vocabulary lists with one random source.
type generator struct {
	r         *rand.Rand
	seed      uint64
	countries []knowledge.Country
	lists     map[string][]string
}

// sections every corpus file must have.
var sections = []string{"titles", "given", "family", "verbs", "areas", "places", "orgs", "agencies", "headlines", "sentences"}

func newGenerator(data string, seed uint64) (*generator, error) {
	g := &generator{
		r:     rand.New(rand.NewPCG(seed, 0xacc0)),
		seed:  seed,
		lists: map[string][]string{},
	}
	section := ""
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
		case section == "":
			return nil, fmt.Errorf("data/corpus.txt:%d: entry before any [section]", i+1)
		default:
			g.lists[section] = append(g.lists[section], line)
		}
	}
	for _, s := range sections {
		if len(g.lists[s]) == 0 {
			return nil, fmt.Errorf("data/corpus.txt: no [%s] entries", s)
		}
	}
	for _, c := range knowledge.Countries() {
		if len(c.Demonyms) > 0 {
			g.countries = append(g.countries, c)
		}
	}
	if len(g.countries) < 2 {
		return nil, fmt.Errorf("knowledge: fewer than two countries with demonyms")
	}
	return g, nil
}

func (g *generator) pick(list string) string {
	l := g.lists[list]
	return l[g.r.IntN(len(l))]
}

// epoch and span bound the publication dates: 2000 to 2026.
var (
	epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	span  = int(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC).Sub(epoch).Hours() / 24)
)

// item makes the i-th article: two countries, one person for each, a
// headline and 8 to 30 sentences.
func (g *generator) item(i int) Item {
	c1 := g.countries[g.r.IntN(len(g.countries))]
	c2 := c1
	for c2.Code == c1.Code {
		c2 = g.countries[g.r.IntN(len(g.countries))]
	}
	published := epoch.AddDate(0, 0, g.r.IntN(span))
	f1, f2 := g.pick("family"), g.pick("family")
	v := map[string]string{
		"C1": c1.Name, "C2": c2.Name,
		"D1": c1.Demonyms[0], "D2": c2.Demonyms[0],
		"P1": g.pick("titles") + " " + g.pick("given") + " " + f1,
		"P2": g.pick("titles") + " " + g.pick("given") + " " + f2,
		"N1": f1, "N2": f2,
	}
	fill := func(t string) string {
		var b strings.Builder
		for {
			open := strings.IndexByte(t, '{')
			end := strings.IndexByte(t, '}')
			if open < 0 || end < open {
				b.WriteString(t)
				return b.String()
			}
			b.WriteString(t[:open])
			b.WriteString(g.value(t[open+1:end], v, published))
			t = t[end+1:]
		}
	}
	title := fill(g.pick("headlines"))
	if r, n := utf8.DecodeRuneInString(title); unicode.IsLower(r) {
		title = string(unicode.ToUpper(r)) + title[n:]
	}
	var body strings.Builder
	k := 8 + g.r.IntN(23)
	for j := range k {
		if j > 0 {
			if g.r.IntN(4) == 0 {
				body.WriteString("\n\n")
			} else {
				body.WriteByte(' ')
			}
		}
		body.WriteString(fill(g.pick("sentences")))
	}
	source := g.pick("agencies")
	body.WriteString(" — " + source)
	id := fmt.Sprintf("gen-%d-%d", g.seed, i)
	return Item{
		ID:        id,
		Title:     title,
		Published: published.Format(time.DateOnly),
		URL:       "https://example.org/accordgen/" + id,
		Text:      body.String(),
		Source:    source,
	}
}

// value returns a placeholder's text.
func (g *generator) value(name string, v map[string]string, published time.Time) string {
	if s, ok := v[name]; ok {
		return s
	}
	switch name {
	case "VERB":
		return g.pick("verbs")
	case "AREA", "AREA2":
		return g.pick("areas")
	case "PLACE":
		return g.pick("places")
	case "ORG":
		return g.pick("orgs")
	case "AGENCY":
		return g.pick("agencies")
	case "DAY":
		d := published.AddDate(0, 0, -g.r.IntN(7))
		if g.r.IntN(2) == 0 {
			return "on " + d.Weekday().String()
		}
		return "on " + d.Format("January 2")
	case "YEAR":
		return fmt.Sprint(published.Year() + g.r.IntN(10))
	case "MONEY":
		units := []string{"million", "billion"}
		return fmt.Sprintf("US$%d.%d %s", 1+g.r.IntN(200), g.r.IntN(10), units[g.r.IntN(2)])
	case "PCT":
		return fmt.Sprintf("%d per cent", 1+g.r.IntN(30))
	case "COUNT":
		n := 2 + g.r.IntN(20000)
		if n >= 1000 {
			return fmt.Sprintf("%d,%03d", n/1000, n%1000)
		}
		return fmt.Sprint(n)
	}
	return "{" + name + "}"
}
