package target

import (
	"strings"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// projectList reads a sentence that lists the projects of the sum told just
// before, each sized in brackets: "The Government of Japan has committed an
// ODA loan of JPY 275.858 billion to India for four projects. … The projects
// include, “Metro Rail Project (Phase 3)” (JPY 102.480 billion), “Metro Line
// 11 Project” (JPY 92.400 billion) and …" (the finance ministry's house
// style). Each bracketed sum is a part of the loan, the same giver's, named
// by the project before it. It reports whether it read the sentence so.
func (x *extractor) projectList(sp sentence.Span, toks []token, ams []amount) bool {
	inc := projectsInclude(toks)
	if inc < 0 || len(x.out) == 0 {
		return false
	}
	last := x.out[len(x.out)-1]
	if !x.l.currencies[last.Unit] || len(last.Holders) == 0 || last.Mentions[0].Start < strings.LastIndex(x.text[:sp.Start], "\n\n") {
		return false // the sum listed must be of the same paragraph
	}
	read := false
	from := inc + 1
	for _, a := range ams {
		if a.ps <= from || toks[a.ps-1].f != "(" || a.pe >= len(toks) || toks[a.pe].f != ")" || !x.l.currencies[a.unit] {
			continue
		}
		name := projectName(x.text, toks, from, a.ps-1)
		from = a.pe + 1
		if name == "" {
			continue
		}
		x.add(accord.Target{
			Metric: name, Value: a.value, Unit: a.unit, Comparator: a.cmp, Holders: last.Holders,
			Mentions: []accord.Evidence{{Article: x.id, Quote: x.text[sp.Start:sp.End], Start: sp.Start, End: sp.End, Published: x.published}},
		})
		read = true
	}
	return read
}

// projectsInclude returns where "include" stands in a sentence opening "The
// projects include", "These projects include" or "The (four) loan agreements
// include", or -1.
func projectsInclude(toks []token) int {
	for i := 1; i < len(toks) && i <= 5; i++ {
		if f := toks[i].f; f != "include" && f != "includes" {
			continue
		}
		if toks[0].f != "the" && toks[0].f != "these" {
			return -1
		}
		if h := toks[i-1].f; h == "projects" || h == "agreements" && toks[i-2].f == "loan" {
			return i
		}
		return -1
	}
	return -1
}

// projectName is the name between from and the bracket at end: the quoted
// or capitalised words after the last comma or "and", without quotes.
func projectName(text string, toks []token, from, end int) string {
	if end > from {
		seg := strings.TrimRight(text[toks[from].s:toks[end-1].e], " ")
		if c := strings.LastIndex(seg, "”"); c >= 0 && c+len("”") == len(seg) {
			if o := strings.LastIndex(seg[:c], "“"); o >= 0 {
				return strings.TrimSpace(seg[o+len("“") : c]) // a quoted name may hold commas
			}
		}
	}
	s := from
	for i := end - 1; i >= from; i-- {
		if f := toks[i].f; f == "," || f == "and" || f == ";" {
			s = i + 1
			break
		}
	}
	if s >= end {
		return ""
	}
	name := strings.Trim(text[toks[s].s:toks[end-1].e], " “”\"'‘’")
	if name == "" || name[0] < 'A' || name[0] > 'Z' {
		return ""
	}
	return name
}
