package target

import (
	"sync"

	"github.com/accordhq/accord/extract/knowledge"
)

// listedAfterPrep reports whether the country named at toks[m.s:m.e]
// is an item of a list of names that a preposition opens, the list
// running on past names the reading does not take for countries or
// items with an article: "£18 million will support programmes in Chad,
// Mali, the Central African Republic, Somalia and Yemen" (every item is
// where the money goes, none gives it). The item must be followed by list
// punctuation or the sentence's end ("in Ottawa, Canada will provide"
// has a verb after the name: a subject), and an earlier item must be a
// country the sentence names.
func (x *extractor) listedAfterPrep(toks []token, m mention, countries []mention) bool {
	if m.e < len(toks) {
		switch toks[m.e].f {
		case ",", "and", "or", ".", ";", ")":
		default:
			return false
		}
	}
	i := m.s - 1
	if i >= 0 && toks[i].f == "the" {
		i--
	}
	if i < 0 || toks[i].f != "," && toks[i].f != "and" && toks[i].f != "or" {
		return false
	}
	capital := func(t token) bool {
		c := x.text[t.s]
		return t.k == word && 'A' <= c && c <= 'Z'
	}
	named := false // a name before this item in the list: "for the Pacific and Timor-Leste"
	for n := 0; i >= 0 && n < 40; i, n = i-1, n+1 {
		t := toks[i]
		switch {
		case t.f == "," || t.f == "and" || t.f == "or" || t.f == "the":
		case t.f == "of" && i > 0 && capital(toks[i-1]):
			// inside a name: "Republic of Congo"
		case preposition[t.f]:
			if named && (m.e == len(toks) || toks[m.e].f == "." || toks[m.e].f == ")") {
				return true // the list's last item, a region before it
			}
			for _, c := range countries {
				if c.s > i && c.e < m.s {
					return true
				}
			}
			return false
		case capital(t):
			named = true
		default:
			return false
		}
	}
	return false
}

// gappedRecipient reports whether the country named at m shares the verb
// of receiving of a country before it, the verb left out: "Papua New
// Guinea will get a $20.5 million package and the Solomon Islands and
// Vanuatu $13 million".
func gappedRecipient(toks []token, m mention, countries []mention) bool {
	i := m.s - 1
	if i >= 0 && toks[i].f == "the" {
		i--
	}
	if i < 0 || toks[i].f != "," && toks[i].f != "and" {
		return false
	}
	for _, c := range countries {
		if c.e <= i && receivingSubject(toks, c) {
			return true
		}
	}
	return false
}

// bareApostrophe returns the index after the apostrophe that makes the
// name at toks[m.s:m.e] a possessor when the name ends in "s" and takes
// no second one ("the United States' $550 million in assistance", "the
// Philippines' pledge"), or -1.
func bareApostrophe(toks []token, m mention) int {
	if m.e >= len(toks) || m.e == m.s || toks[m.e].f != "'" || toks[m.e].sp {
		return -1
	}
	if m.e+1 < len(toks) && toks[m.e+1].f == "s" && !toks[m.e+1].sp {
		return -1 // "'s": the usual possessor
	}
	if last := toks[m.e-1].f; last == "" || last[len(last)-1] != 's' {
		return -1
	}
	return m.e + 1
}

var (
	recvOnce      sync.Once
	recvVerbs     map[string]bool
	recvAuxiliary map[string]bool
)

// receivingSubject reports whether the country named at m is the subject
// of a verb of receiving, perhaps after "will", "is set to" and the like:
// "Papua New Guinea will receive the most assistance, at $20.5 million",
// "Tonga will get a $5 million package". It names where money goes, not
// who gives it.
func receivingSubject(toks []token, m mention) bool {
	recvOnce.Do(func() {
		r := knowledge.TargetRecipients()
		recvVerbs, recvAuxiliary = set(r.ReceiveVerbs), set(r.ReceiveAux)
	})
	k := m.e
	for n := 0; k < len(toks) && n < 4 && recvAuxiliary[toks[k].f]; n++ {
		k++
	}
	return k > m.e-1 && k < len(toks) && recvVerbs[toks[k].f]
}
