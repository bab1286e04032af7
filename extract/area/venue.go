package area

import (
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// A venue rule says when an area's keyword names the place or occasion of a
// meeting ("met on the sidelines of the G20 summit") rather than cooperation
// in that field: such a mention counts as a weak keyword, so the area needs
// a second mention.
type venue struct {
	before, at   [][]string      // cue phrases, folded words
	events, skip map[string]bool // folded words
}

// buildVenues reads the venue rules of the knowledge into a slice indexed by
// area and a mask of the areas that have one.
func buildVenues(ids []string) ([]*venue, uint64) {
	rules := knowledge.AreaVenues()
	out := make([]*venue, len(ids))
	var mask uint64
	for i, id := range ids {
		r, ok := rules[id]
		if !ok {
			continue
		}
		v := &venue{before: phrases(r.Before), at: phrases(r.At), events: set(r.Events), skip: set(r.Skip)}
		out[i], mask = v, mask|1<<i
	}
	return out, mask
}

func phrases(ps []string) [][]string {
	var out [][]string
	for _, p := range ps {
		if ws := strings.Fields(accord.Fold(p)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

func set(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		out[accord.Fold(w)] = true
	}
	return out
}

// is reports whether the keyword at words[i..j] names a venue: after a
// "before" cue, or after an "at" cue when the keyword is or precedes an
// event word ("at the G7 summit", "at the G7 Leaders' Summit"). Skipped
// words and numbers may stand between ("on the sidelines of the 70th session
// of the UN General Assembly").
func (v *venue) is(buf []byte, words []word, i, j int) bool {
	at := false
	for k := i - 1; k >= 0; k-- {
		if endsWith(buf, words, k, v.before) {
			return true
		}
		at = at || endsWith(buf, words, k, v.at)
		w := buf[words[k].fs:words[k].fe]
		if !v.skip[string(w)] && (w[0] < '0' || w[0] > '9') {
			break
		}
	}
	if !at {
		return false
	}
	word := func(k int) []byte { return buf[words[k].fs:words[k].fe] }
	switch {
	case v.events[string(word(j))]:
		return true
	case j+1 < len(words) && v.events[string(word(j+1))]:
		return true
	}
	return j+2 < len(words) && string(word(j+1)) == "leaders" && v.events[string(word(j+2))]
}

// endsWith reports whether one of the phrases ends at words[k].
func endsWith(buf []byte, words []word, k int, ps [][]string) bool {
next:
	for _, p := range ps {
		if len(p) > k+1 {
			continue
		}
		for n := range p {
			x := words[k-len(p)+1+n]
			if string(buf[x.fs:x.fe]) != p[n] {
				continue next
			}
		}
		return true
	}
	return false
}
