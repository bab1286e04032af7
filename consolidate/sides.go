package consolidate

import (
	_ "embed"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// sided returns e with the countries its participants act for added to
// its own, as the record knows them now: each side's readout knows its own
// people's country and often not the other side's ("Chancellor Weber met
// President Otieno of Kenya" beside "President Otieno held talks with
// German Chancellor Weber"), so each report alone names a different half
// of the contact. The countries are compared as both halves; e itself is
// left as it is (fillCountries completes it once every article is in).
func (st *state) sided(e *accord.Engagement) *accord.Engagement {
	var add []string
	for _, p := range e.Participants {
		a := st.actors[p]
		if a == nil || a.Country == "" || a.Type != accord.Person && a.Type != accord.Country {
			continue
		}
		if !slices.Contains(e.Countries, a.Country) && !slices.Contains(add, a.Country) {
			add = append(add, a.Country)
		}
	}
	if len(add) == 0 {
		return e
	}
	c := *e
	c.Countries = union(e.Countries, slices.Sorted(slices.Values(add)))
	return &c
}

// courtesy reports whether two reports of one day may be the two sides'
// words for one courtesy call: the host's office writes that its leader
// received the visitor, the visitor's side that he met him. A reception
// and a meeting (not formal talks, not a welcome ceremony beside them) of
// the same persons, each side named by both, between two countries, from
// two articles: an article that reports both is of two events.
func (st *state) courtesy(a, b *accord.Engagement) bool {
	if a.Type == accord.Reception {
		a, b = b, a
	}
	if a.Type != accord.Meeting || b.Type != accord.Reception {
		return false
	}
	if !twoSides(a, b) || sameArticle(a, b) || occasion(b) {
		return false
	}
	pa, pb := persons(a.Participants), persons(b.Participants)
	if pa < 2 || pa != pb {
		return false
	}
	return st.matchedBy(a.Participants, b.Participants, st.nameForm) == pa &&
		st.matchedBy(b.Participants, a.Participants, st.nameForm) == pb
}

// namePrefix reports whether the shorter of two names' core words (two
// words at least) begins the longer: a patronymic name is written in full
// by one side and shortened by the other ("Mohammed bin Faisal" and
// "Mohammed bin Faisal bin Saud Al Nasser"), where the last words differ.
//
// A word of it may be spelled another way, as two sides transliterate a
// given name ("Mohamed bin Zayed" and "Mohammed bin Zayed Al Nahyan"),
// when two words at least are the same.
func namePrefix(w1, w2 []string) bool {
	if len(w1) > len(w2) {
		w1, w2 = w2, w1
	}
	if len(w1) < 2 {
		return false
	}
	same := 0
	for i, w := range w1 {
		switch {
		case w == w2[i]:
			same++
		case !transliterated(w, w2[i]):
			return false
		}
	}
	return same >= 2
}

// sideBlocks returns the query for the blocks a batch needs beyond q: those
// of the countries the record (loaded, its actors) gives the persons the
// batch names by full name and its articles do not (a readout that calls
// the other side's minister only by name), for the batch's months, so that
// the other side's readout already stored is a candidate, as in Build.
// The query is empty when there is nothing more to read.
func sideBlocks(facts []*accord.ArticleFacts, q accord.RecordQuery, loaded []accord.Actor) accord.RecordQuery {
	byName := map[string][]string{}
	for _, a := range loaded {
		if a.Type == accord.Person && a.Country != "" {
			n := accord.Fold(a.Name)
			byName[n] = append(byName[n], strings.ToUpper(a.Country))
		}
	}
	have := map[string]bool{}
	for _, k := range q.Keys {
		have[k] = true
	}
	more := accord.RecordQuery{Actors: true}
	for _, f := range facts {
		var countries []string
		for _, a := range f.Actors {
			if a.Type == accord.Person && strings.Contains(accord.Fold(a.Name), " ") {
				countries = append(countries, byName[accord.Fold(a.Name)]...)
			}
		}
		if len(countries) == 0 {
			continue
		}
		for _, m := range factMonths(f) {
			for d := -2; d <= 2; d++ {
				for _, c := range countries {
					if k := accord.BlockKey(c, addMonths(m, d)); !have[k] {
						have[k] = true
						more.Keys = append(more.Keys, k)
					}
				}
			}
		}
	}
	slices.Sort(more.Keys)
	return more
}

// transliterated reports whether two family names may be one name
// transliterated by two publishers ("Zelensky" and "Zelenskyy", "Tokaev"
// and "Tokayev", "Japarov" and "Zhaparov"): one edit apart, or two when
// both are of seven letters or more, or two letters side by side swapped,
// a typing slip an agency's copy makes ("Thoung" for "Thuong"). Short
// names are too close to tell.
func transliterated(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := min(len(ra), len(rb))
	switch {
	case n >= 7:
		return editDistance(ra, rb, 2) <= 2
	case n >= 5:
		return editDistance(ra, rb, 1) <= 1 || swapped(ra, rb)
	}
	return false
}

// swapped reports whether b is a with two neighbouring letters swapped.
func swapped(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
}

// editDistance returns the Levenshtein distance of a and b, or limit+1 as
// soon as it exceeds limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
			cur[j] = c
			low = min(low, c)
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit+1)
}

// summitMeeting reports whether a summit and a meeting or talks of one day
// may be one summit between two parties that one side calls its "summit
// meeting" ("the Japan-EU Summit Meeting" beside "the EU-Japan summit"):
// both of the same two countries and the same principals. A gathering of
// more countries is never a meeting of two (sameScope): a bilateral
// meeting on its margins stays apart. Two articles: one that reports a
// summit and a meeting has told them apart.
func (st *state) summitMeeting(a, b *accord.Engagement) bool {
	if a.Type == accord.Summit {
		a, b = b, a
	}
	if typeClass(a.Type) != accord.Talks || b.Type != accord.Summit {
		return false
	}
	if !a.Bilateral() || !slices.Equal(a.Countries, b.Countries) || sameArticle(a, b) {
		return false
	}
	return st.samePrincipals(a, b)
}

//go:embed data/occasion_words.txt
var occasionFile string

// occasionWords are the words of a reception held as a ceremony or a meal.
var occasionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(occasionFile, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}()

// occasion reports whether a reception's reports tell a ceremony or a
// meal ("hosted a welcome ceremony for A"): an event beside the talks of
// the day, not a courtesy call the guest's side calls a meeting.
func occasion(e *accord.Engagement) bool {
	for _, r := range e.Reports {
		for _, w := range strings.FieldsFunc(accord.Fold(r.Quote), func(c rune) bool { return c < 'a' || c > 'z' }) {
			if occasionWords[w] {
				return true
			}
		}
	}
	return false
}
