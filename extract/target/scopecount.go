package target

import (
	"slices"
	"strings"

	"github.com/accordhq/accord/extract/sentence"
)

// scopeCount reports whether the count ams[k] counts what a sum of the
// sentence is for: "a loan of JPY 232 billion for nine (09) projects",
// "loans worth 242 billion yen for 5 infrastructure projects", "the loan
// agreement for the following five projects totaling INR 15,000 crore". The
// projects are the sum's scope, told to size it, not things given or built
// of their own (the references code the sum alone); "will fund 42 new
// projects", with no sum, is still read.
func (x *extractor) scopeCount(toks []token, ams []amount, k int) bool {
	a := ams[k]
	if a.unit != "count" || a.ce <= a.cs || a.ce > len(toks) || !x.l.scopeNouns[toks[a.ce-1].f] {
		return false
	}
	i := a.ps - 1
	for i >= 0 && (toks[i].f == "the" || toks[i].f == "following") {
		i--
	}
	if i < 0 || toks[i].f != "for" {
		return false
	}
	for j, b := range ams {
		if j == k || !x.l.currencies[b.unit] {
			continue
		}
		if b.pe <= i {
			return true // the sum, then what it is for
		}
		if j == k+1 && b.ps > a.ce && b.ps-a.ce <= 3 && sizing[toks[a.ce].f] {
			return true // "for the following five projects totaling INR 15,000 crore"
		}
	}
	return false
}

// sizing words put a sum after what it sizes.
var sizing = map[string]bool{"totaling": true, "totalling": true, "worth": true, "amounting": true, "valued": true}

// unmarkedItem reports whether the paragraph starting at start is an item
// of a list set out without marks, one paragraph each, under a lead ending
// in a colon: "The ODA loan assistance has been committed to:", then "The
// Project for X (JPY 23.7 billion)", "The Project for Y (JPY 16.21 billion);
// and". An item is a paragraph of one line that holds a number and ends
// without a full stop; a paragraph of sentences, or a heading, ends the list.
func (x *extractor) unmarkedItem(start int) bool {
	text := x.text
	line, rest := text[start:], ""
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line, rest = line[:i], line[i+1:]
	}
	line = strings.TrimRight(line, " \t\r")
	if line == "" || len(line) > 300 || !x.mayHoldAmount(line) {
		return false // a heading ("Building Back Better") ends the list
	}
	if r := strings.TrimLeft(rest, " \t\r"); r != "" && r[0] != '\n' {
		return false // the first line of a wrapped paragraph
	}
	switch line[len(line)-1] {
	case '!', '?', ':':
		return false
	case '.':
		return lastItem(text, start) // "…; and" then "Four counter-artillery radars."
	}
	return true
}

// lastItem reports whether the paragraph before start ends as an item
// that another follows: with ";" or "; and".
func lastItem(text string, start int) bool {
	before := strings.TrimRight(text[:start], " \t\r\n")
	return strings.HasSuffix(before, ";") || strings.HasSuffix(before, "; and") || strings.HasSuffix(before, "; or")
}

// lastGiver is the holder of the sum read last, for a list whose lead names
// no one: "Japan has committed an ODA loan of JPY 232 billion … The ODA loan
// assistance has been committed to:" — the items are the same giver's.
func (x *extractor) lastGiver() []string {
	if n := len(x.out); n > 0 && x.l.currencies[x.out[n-1].Unit] {
		return x.out[n-1].Holders
	}
	return nil
}

// itemName is the name a list item's line opens with, "The Project for
// the Construction of a Ring Road (Phase 2) (JPY 49.85 billion)" → "Project
// for the Construction of a Ring Road", "The Road Project (Phase 3): Dhubri
// bridge (JPY 34.54 billion)" → "Road Project"; "" when the line opens with
// no capitalised name. (Only items whose sum stands in brackets are named
// so: "Access to Capital: Build a $75 million fund" says its metric itself.)
func (x *extractor) itemName(start int) string {
	line := x.text[lineStart(x.text, start):]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimLeft(line, "-*•–+ \t0123456789.)(")
	line = strings.TrimPrefix(line, "The ")
	line = strings.TrimLeft(line, "“\"'")
	if line == "" || line[0] < 'A' || line[0] > 'Z' {
		return ""
	}
	if i := strings.IndexAny(line, "(:;”\""); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	if strings.Count(line, " ") < 1 || strings.Count(line, " ") > 20 || strings.ContainsAny(line, "$€£¥") {
		return ""
	}
	return line
}

// bracketedSum reports whether a sum of the sentence stands in brackets of
// its own, "(JPY 16.21 billion)": an item that names a project and sizes it.
func bracketedSum(toks []token, ams []amount) bool {
	for _, a := range ams {
		if a.ps > 0 && toks[a.ps-1].f == "(" && a.pe < len(toks) && toks[a.pe].f == ")" {
			return true
		}
	}
	return false
}

// lineStart is where the line holding i starts.
func lineStart(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// freshObject reports whether the object after a perfect verb is new: "India
// has extended a new Line of Credit for INR 487.60 crore" tells of a credit
// just given, not of one given before, as "has extended eight Lines of
// Credit amounting to $1.85 billion" does.
func freshObject(toks []token, i, end int) bool {
	return i+1 < end && (toks[i].f == "a" || toks[i].f == "an") && (toks[i+1].f == "new" || toks[i+1].f == "fresh")
}

// yearEnd reports whether "year-end" or "year end" ("the year-end") starts
// at i.
func yearEnd(toks []token, i int) bool {
	if i < len(toks) && toks[i].f == "the" {
		i++
	}
	if i+1 < len(toks) && toks[i].f == "year" && toks[i+1].f == "end" {
		return true
	}
	return i+2 < len(toks) && toks[i].f == "year" && toks[i+1].f == "-" && toks[i+2].f == "end" || i < len(toks) && toks[i].f == "year-end"
}

// levelPair is pairNamed for a level that is a pair's (pairLevel), nil
// otherwise: the previous sentence is tokenized and read only when its
// answer is used.
func (x *extractor) levelPair(pairLevel bool, toks []token, prev sentence.Span) []string {
	if !pairLevel {
		return nil
	}
	return x.pairNamed(toks, prev)
}

// pairNamed returns the two countries the sentence of a bare level and the
// one before, whose measure it takes up, name between them, when they name
// exactly two: the pair whose trade it is, which need not be the article's
// first two ("After his visit to Japan, Lula arrived in Hanoi … bilateral
// trade [with Vietnam] has grown … The shared goal is to reach USD 15
// billion by 2030").
func (x *extractor) pairNamed(toks []token, prev sentence.Span) []string {
	var codes []string
	add := func(ts []token) {
		for _, m := range x.mentions(ts) {
			if m.code != "" && !m.firm && !m.program && !slices.Contains(codes, m.code) {
				codes = append(codes, m.code)
			}
		}
	}
	add(toks)
	if prev.End > prev.Start {
		add(tokenize(x.text, prev.Start, prev.End, nil))
	}
	if len(codes) != 2 {
		return nil
	}
	return sorted(codes)
}

// setApartOf reports whether the comma at i sets amount a apart as the size
// of what the clause before names: ", of up to $450 million", ", of $2
// billion". What that clause reports ("since August 2021" counting
// drawdowns) is not the sum's.
func setApartOf(toks []token, i int, a amount) bool {
	j := i + 1
	if j >= a.ps || toks[j].f != "of" {
		return false
	}
	for j++; j < a.ps; j++ {
		switch toks[j].f {
		case "up", "to", "about", "around", "approximately", "nearly", "some", "over", "more", "than":
		default:
			return false
		}
	}
	return true
}

// capitalRun reports whether the n words from j (hyphens and the short
// words of a hyphened name, "Surface-to-Air", aside) are all capitalised:
// a proper name, as of a weapon system.
func (x *extractor) capitalRun(toks []token, j, n int) bool {
	for k := j; k < len(toks) && n > 0; k++ {
		t := toks[k]
		if t.f == "-" || k > j && toks[k-1].f == "-" && !t.sp {
			continue
		}
		if t.k != word || !x.capital(t) {
			return false
		}
		n--
	}
	return n == 0
}

// sinceTotal reports whether the clause of amount a opens with a time
// since which a perfect verb of pledging counts: "Since 2014, the United
// States has committed more than $8.8 billion in security assistance",
// "Since the start of the war, A has pledged …": a running total, as "has
// committed … since 2014" after the sum is.
func (x *extractor) sinceTotal(toks []token, cs int, a amount) bool {
	s := cs
	if s < len(toks) && toks[s].f == "and" {
		s++
	}
	if s+1 >= a.ps || toks[s].f != "since" {
		return false
	}
	n := toks[s+1]
	switch {
	case year(n) > 0, x.l.months[n.f], n.f == "last":
	case n.f == "the" && s+2 < a.ps && (toks[s+2].f == "beginning" || toks[s+2].f == "start" || toks[s+2].f == "outbreak" || toks[s+2].f == "launch" || toks[s+2].f == "onset"):
	default:
		return false
	}
	for i := s + 2; i+1 < a.ps; i++ {
		if (toks[i].f == "has" || toks[i].f == "have") && x.l.perfectCues[toks[i+1].f] {
			return true
		}
		if i+2 < a.ps && (toks[i].f == "has" || toks[i].f == "have") && (toks[i+1].f == "now" || toks[i+1].f == "already" || toks[i+1].f == "collectively") && x.l.perfectCues[toks[i+2].f] {
			return true
		}
	}
	return false
}
