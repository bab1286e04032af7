// Command accordgen writes a synthetic corpus of diplomatic news as JSON
// Lines (id, title, published, url, text, source), deterministic for a seed,
// for load tests, benchmarks and order tests:
//
//	accordgen -n 1000000 -seed 1 > big.jsonl
//	accordgen -n 100000 -seed 1 -shuffle > shuffled.jsonl
//
// The articles report the events of an invented world (world.go): the
// countries of data/countries.txt, each with a head of state, a head of
// government and a foreign minister who change over the years (a few hundred
// recurring leaders with invented names from data/names.txt, some moving
// from one office to another); country pairs of very unequal activity; and
// a trade target per pair, restated year after year and sometimes revised.
// Events are phone and video calls, meetings, visits with talks, signings
// and calls on other leaders, summits with meetings on their sidelines, and
// messages. Most events are reported by several articles of different
// outlets, worded differently, on the day or the day after (events.go,
// data/events.txt).
//
// Articles come in roughly ascending order of publication, over 2019 to
// mid-2026; -shuffle writes the same articles in a random order.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	shuffle := flag.Bool("shuffle", false, "write the same articles in a random order (fixed by the seed)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: accordgen [-n N] [-seed S] [-shuffle] > corpus.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if err := generate(w, *n, *seed, *shuffle); err != nil {
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

// generate writes n items for a seed, in publication order or shuffled.
func generate(w io.Writer, n int, seed uint64, shuffle bool) error {
	return generateHead(w, n, n, seed, shuffle)
}

// generateHead writes the first n items of the corpus of of items (as
// dense in time as that corpus: `accordgen -n of | head -n N`), in
// publication order or those n shuffled.
func generateHead(w io.Writer, n, of int, seed uint64, shuffle bool) error {
	wd, err := newWorld(seed)
	if err != nil {
		return err
	}
	c := newCorpus(wd, max(n, of))
	c.n = n
	return c.write(w, shuffle)
}
