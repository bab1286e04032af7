// Package area finds the cooperation areas an article names, from the keyword
// phrases of the embedded knowledge (data/areas.json).
package area

import (
	"math/bits"
	"slices"
	"strings"
	"sync"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/reading"
	"github.com/accordhq/accord/extract/internal/wordfilter"
	"github.com/accordhq/accord/extract/knowledge"
)

// A node is one word of a trie of keyword phrases over folded words.
type node struct {
	next map[string]*node
	ends []end // the areas whose keyword ends at this word
	leaf bool  // a keyword or shadow phrase ends at this word
	soft bool  // the phrase's own comma stands before this word
}

// end says that a keyword of area ends at a node; upper keywords (AI, UN)
// match only words written in capitals; weak ones count only when repeated;
// item ones only as an item of a list of fields (listItem).
type end struct {
	area  int
	upper bool
	weak  bool
	item  bool
}

type matcher struct {
	ids  []string // area ids in data order
	root *node
	// firstIdx numbers the root's words and firstKids holds their nodes by
	// number: most words of a text start no keyword and the index's filter
	// turns them away; a word that passes costs no second hash (the root
	// holds common words, "for", "as", "all", that a map would hash again).
	firstIdx  *wordfilter.Index
	firstKids []*node
	venues    []*venue   // per area, nil for none
	venue     uint64     // the areas that have a venue rule
	office    [][]string // heads of office titles, folded words ("minister", "of")
	after     [][]string // per area, the words after which a list item may stand
}

var (
	once sync.Once
	m    *matcher
	pool = sync.Pool{New: func() any { return new(scratch) }}
)

type scratch struct {
	buf   []byte
	words []word
}

func build() *matcher {
	areas := knowledge.Areas()
	if len(areas) > 64 {
		panic("area: more than 64 areas") // the set of found areas is a uint64
	}
	latin = buildLatin()
	m := &matcher{root: &node{}}
	for i, a := range areas {
		m.ids = append(m.ids, a.ID)
		for _, k := range a.Keywords {
			m.addEnd(k, end{area: i, upper: strings.ToUpper(k) == k})
		}
		for _, k := range a.Weak {
			m.addEnd(k, end{area: i, upper: strings.ToUpper(k) == k, weak: true})
		}
		for _, w := range a.AfterDemonyms {
			for _, c := range knowledge.Countries() {
				for _, d := range c.Demonyms {
					m.addEnd(d+" "+w, end{area: i})
				}
			}
		}
		for _, c := range knowledge.Countries() {
			for _, n := range append([]string{c.Name}, c.Aliases...) {
				if strings.ToUpper(n) == n {
					continue // "US", "DPRK": capitals-only names do not fold into a phrase
				}
				for _, w := range a.AroundCountries.Before {
					m.addEnd(w+" "+n, end{area: i})
				}
				for _, w := range a.AroundCountries.After {
					m.addEnd(n+" "+w, end{area: i})
				}
			}
		}
		for _, k := range a.Items {
			m.addEnd(k, end{area: i, upper: strings.ToUpper(k) == k, item: true})
		}
		var after []string
		for _, w := range a.ItemsAfter {
			after = append(after, accord.Fold(w))
		}
		m.after = append(m.after, after)
	}
	for _, k := range knowledge.AreaShadows() {
		m.add(k)
	}
	m.venues, m.venue = buildVenues(m.ids)
	m.office = phrases(knowledge.AreaOffices())
	m.indexFirst()
	return m
}

// indexFirst numbers the root's words (firstIdx, firstKids).
func (m *matcher) indexFirst() {
	ids := make(map[string]int32, len(m.root.next))
	m.firstKids = make([]*node, 1, len(m.root.next)+1) // numbers start at 1
	for w, c := range m.root.next {
		ids[w] = int32(len(m.firstKids))
		m.firstKids = append(m.firstKids, c)
	}
	m.firstIdx = wordfilter.NewIndex(ids)
}

// addEnd adds a keyword of an area, once: a keyword listed twice (in the
// lists and again in a refinement) must not count as two mentions.
func (m *matcher) addEnd(k string, e end) {
	if n := m.add(k); n != nil && !slices.Contains(n.ends, e) {
		n.ends = append(n.ends, e)
	}
}

// add inserts a phrase into the trie and returns its last node.
func (m *matcher) add(phrase string) *node {
	n := m.root
	buf, words := split(phrase, nil, nil)
	for k, fw := range words {
		w := string(buf[fw.fs:fw.fe])
		if n.next == nil {
			n.next = make(map[string]*node)
		}
		c := n.next[w]
		if c == nil {
			c = &node{}
			n.next[w] = c
		}
		c.soft = c.soft || k > 0 && fw.broken
		n = c
	}
	if n == m.root {
		return nil
	}
	n.leaf = true
	return n
}

// Extract returns the area ids of SCHEMA.md (shared/SCHEMA.md beside the project) that the title or
// text names, sorted. Keywords match whole words, without regard to case or
// diacritics (except the all-capital ones), in one pass over the text.
func Extract(title, text string) []string {
	return ExtractSpans(title, nil, text, nil)
}

// ExtractSpans is Extract given the words the extract package's reading
// found in the title and the text: a plain word (reading.Plain) is taken as
// that reading folded it, not read again byte by byte.
func ExtractSpans(title string, titleSpans []reading.Word, text string, textSpans []reading.Word) []string {
	once.Do(func() { m = build() })
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	var h hits
	s.buf, s.words = splitSpans(title, titleSpans, s.buf[:0], s.words[:0])
	m.scan(s.buf, s.words, &h)
	s.buf, s.words = splitSpans(text, textSpans, s.buf[:0], s.words[:0])
	m.scan(s.buf, s.words, &h)
	found := h.strong | h.weak2
	out := make([]string, 0, bits.OnesCount64(found))
	for i, id := range m.ids {
		if found&(1<<i) != 0 {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// hits are the sets of areas a text names: by a keyword, by a weak keyword
// once, and by weak keywords twice or more.
type hits struct {
	strong, weak1, weak2 uint64
}

// scan walks the trie from every word and adds the areas found to h.
// The longest phrase starting at a word wins and its words are not read
// again, so "energy security" is energy, not security, and a shadow such as
// "National Security Advisor" names nothing.
func (m *matcher) scan(buf []byte, words []word, h *hits) {
	for i := 0; i < len(words); {
		best, bestUpper, bestEnd := m.longest(buf, words, i)
		if best == nil {
			i++
			continue
		}
		if len(best.ends) > 0 && m.inOffice(buf, words, i, bestEnd) {
			i = bestEnd + 1
			continue
		}
		for _, e := range best.ends {
			if e.upper && !bestUpper {
				continue
			}
			bit := uint64(1) << e.area
			if e.item {
				if listItem(buf, words, i, bestEnd, m.after[e.area]) {
					h.strong |= bit
				}
				continue
			}
			if e.weak || m.venue&bit != 0 && m.venues[e.area].is(buf, words, i, bestEnd) {
				h.weak2 |= h.weak1 & bit
				h.weak1 |= bit
			} else {
				h.strong |= bit
			}
		}
		i = bestEnd + 1
	}
}

// listItem reports whether the phrase at words[i:j+1] is an item of a list
// ("cooperation in trade, development and defence"): after a comma and
// before a mark, "and", "or" or the text's end; or after one of the words
// after (folded: "and", "in") and before a comma ("health and technology,
// the sides said"); or last in a list, after "and" or "or" that follows an
// item opened by a comma ("housing, education and technology."). A bare
// field word elsewhere is most often something else: a country's
// development, a company's technology.
func listItem(buf []byte, words []word, i, j int, after []string) bool {
	is := func(k int, w string) bool { return string(buf[words[k].fs:words[k].fe]) == w }
	last := j+1 == len(words)
	if words[i].comma {
		return last || words[j+1].broken || is(j+1, "and") || is(j+1, "or")
	}
	if i == 0 || words[i].broken || !slices.ContainsFunc(after, func(w string) bool { return is(i-1, w) }) {
		return false
	}
	if !last && words[j+1].comma {
		return true
	}
	conj := is(i-1, "and") || is(i-1, "or")
	return conj && i >= 2 && words[i-2].comma && !words[i-1].broken && (last || words[j+1].broken)
}

// officeChain is how many capitalised words and "and"s may stand between an
// office's head and a keyword of its name ("Minister of Communications and
// Digital"). No mark may: after a full stop a capital starts a sentence.
const officeChain = 4

// inOffice reports whether the keyword at words[i:end+1] is part of the
// capitalised name of an office or body ("Minister of Higher Education",
// "Ministry for Climate Change"): the keyword's words are capitalised, and
// before them, through capitalised words and "and", stands a capitalised
// office head such as "Minister of". Such a name says who came, not what the
// sides discussed.
func (m *matcher) inOffice(buf []byte, words []word, i, end int) bool {
	if len(m.office) == 0 {
		return false
	}
	for k := i; k <= end; k++ {
		if !words[k].title && !words[k].upper {
			return false
		}
	}
	j := i // words[j] is the first word of the name read so far
	for n := 0; ; n++ {
		for _, h := range m.office {
			if m.headBefore(buf, words, j, h) {
				return true
			}
		}
		if n == officeChain || j == 0 {
			return false
		}
		p := words[j-1]
		w := string(buf[p.fs:p.fe])
		if words[j].broken || !(p.title || p.upper || w == "and") {
			return false
		}
		j--
	}
}

// headBefore reports whether the words before words[j] are the office head h,
// its first word capitalised, with no mark between it and words[j].
func (m *matcher) headBefore(buf []byte, words []word, j int, h []string) bool {
	s := j - len(h)
	if s < 0 || !words[s].title {
		return false
	}
	for k, hw := range h {
		w := words[s+k]
		if string(buf[w.fs:w.fe]) != hw || k > 0 && w.broken {
			return false
		}
	}
	return !words[j].broken
}

// longest finds the longest keyword or shadow starting at words[i]: its trie
// node (nil for none), whether all its words were in capitals, and the index
// of its last word. A shadow ends before a comma or full stop in the text
// unless the shadow itself has one there.
func (m *matcher) longest(buf []byte, words []word, i int) (best *node, upper bool, end int) {
	n, allUpper, crossed := m.root, true, false
	end = i
	var h uint32
	if i < len(words) {
		if h = wordfilter.HashBytes(buf[words[i].fs:words[i].fe]); !m.firstIdx.MayHave(h) {
			return nil, true, i // most words: no keyword starts with them
		}
	}
	for j := i; j < len(words); j++ {
		w := words[j]
		var c *node
		if j == i {
			_, id := m.firstIdx.GetHashed(buf[w.fs:w.fe], h)
			c = m.firstKids[id] // nil for 0: no keyword starts with the word
		} else {
			c = n.next[string(buf[w.fs:w.fe])]
		}
		if c == nil {
			break
		}
		crossed = crossed || j > i && w.broken && !c.soft
		allUpper = allUpper && w.upper
		if c.leaf && !(crossed && len(c.ends) == 0) {
			best, upper, end = c, allUpper, j
		}
		n = c
	}
	return best, upper, end
}
