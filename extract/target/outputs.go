package target

import (
	"sync"

	"github.com/accordhq/accord/extract/knowledge"
)

type outputLex struct {
	heads, skip, verbs, report map[string]bool
}

var (
	outOnce sync.Once
	outLex  *outputLex
)

func outputWords() *outputLex {
	outOnce.Do(func() {
		o := knowledge.TargetOutputs()
		outLex = &outputLex{heads: set(o.ProjectHeads), skip: set(o.SubjectSkip), verbs: set(o.ProjectVerbs), report: set(o.ReportVerbs)}
	})
	return outLex
}

// projectOutput reports whether amount a, counted or measured rather than
// money, is what a project's money buys: the sentence's subject is the
// project, grant, loan or funding itself and the amount follows its verb
// ("The project envisages replacing 100 km of pipeline", "The grant will
// be used for 375 classrooms", "Additional funding for the Coastal
// Project will expand the island's land by 6 per cent"). Aid releases
// tell the scope of a gift already counted in money; no side commits to a
// further goal. A goal word in the sentence ("The programme aims to …")
// keeps it.
func (x *extractor) projectOutput(toks []token, a amount) bool {
	if x.l.currencies[a.unit] {
		return false
	}
	w := outputWords()
	i := max(introClause(toks), x.placeOpener(toks))
	if i > 0 {
		i++ // past the comma
	}
	// "The government says funding will help …": the speaker's words.
	for k := i; k < len(toks) && k < i+6; k++ {
		if w.report[toks[k].f] {
			i = k + 1
			if i < len(toks) && toks[i].f == "that" {
				i++
			}
			break
		}
	}
	for i < len(toks) && w.skip[toks[i].f] {
		i++
	}
	head := -1
	for k := i; k < len(toks) && k < i+5; k++ {
		if w.heads[toks[k].f] {
			head = k
			break
		}
		if toks[k].k != word || w.verbs[toks[k].f] || x.l.subjVerbs[toks[k].f] {
			return false
		}
	}
	if head < 0 {
		return false
	}
	// The verb after the subject and any phrase naming it ("for the
	// Coastal Adaptation Project"); the amount comes after it.
	verb := -1
	for k := head + 1; k < len(toks) && k < head+12 && k < a.ps; k++ {
		if w.verbs[toks[k].f] {
			verb = k
			break
		}
		if toks[k].k == punct && toks[k].f != "-" {
			return false
		}
	}
	if verb < 0 || verb >= a.ps {
		return false
	}
	e := estimateWords()
	for _, t := range toks {
		if e.goals[t.f] {
			return false
		}
	}
	return true
}
