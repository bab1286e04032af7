package extract

import (
	"slices"
	"strconv"

	accord "github.com/accordhq/accord"
)

// Speeches tell the stay they are part of in the present: "we are
// delighted to be here now in C"; and name events of other years that
// are no occasion of it: "Tokyo's bid to host the 2020 Games", said in
// 2013.

// hereNowEnd skips the words of the present (knowledge here_now) after
// "to be here" from q: "here now in C", "here this week in C".
func (d *doc) hereNowEnd(q, to int) int {
	for n := 0; q < to && n < 3 && d.lx.hereNow[d.toks[q].fold]; n++ {
		q++
	}
	return q
}

// otherYearAt reports whether another year than the publication's is
// named with the gathering from start to k ("the bid to host the 2020
// summer Olympic Games", "to host the 2010 winter Olympics", said in
// 2013): a gathering to come or gone is not what a guest came for now.
func (d *doc) otherYearAt(start, k int) bool {
	if d.pub.IsZero() {
		return false
	}
	from := max(start-3, 0)
	for j := from; j < k; j++ {
		t := d.toks[j]
		if !t.num || len(t.text) != 4 || t.sent != d.toks[k].sent {
			continue
		}
		if y, err := strconv.Atoi(t.text); err == nil && y != d.pub.Year() {
			return true
		}
	}
	return false
}

// titledObjectEnd returns the end of a guest named by office alone after
// a welcome, from k: "the minister", "the President of France" (a title
// span or a leader noun, knowledge leader_nouns, then "of" and a
// country), or k when none starts there. The title alone is a person
// present, as a name would be.
func (d *doc) titledObjectEnd(k, to int) int {
	if k+1 >= to || d.toks[k].fold != "the" {
		return k
	}
	var j int
	n := k + 1
	if n+1 < to && d.toks[n].fold == "prime" {
		n++ // "the prime minister" written small
	}
	switch sp, ok := d.spanAt(k + 1); {
	case ok && sp.kind == kTitle && sp.j <= to:
		j = sp.j
	case d.lx.leaderNouns[d.toks[n].fold] && d.toks[n].fold != "guest":
		j = n + 1 // "the minister" written small
	default:
		return k
	}
	if j+1 < to && d.toks[j].fold == "of" {
		for _, o := range d.others {
			if o.i == j+1 && o.kind == accord.Country && o.j <= to {
				return o.j
			}
		}
	}
	return j
}

// partyVisitHost returns the one country of pair that a speech names as
// the destination of the addressee's trip (knowledge party_possessives:
// "your first visit to the European Union", "your visit to C today"),
// told neither as one gone nor as one ahead; "" otherwise.
func (d *doc) partyVisitHost(pair []string) string {
	found := ""
	for s := range d.sents {
		from, to := d.sentToks(s)
		for k := from + 1; k+2 < to; k++ {
			if f := d.toks[k].fold; f != "visit" && f != "trip" || d.toks[k+1].fold != "to" {
				continue
			}
			// The possessive, at most two words before: "your first official visit".
			own := false
			for j := k - 1; j >= from && j >= k-3; j-- {
				if d.lx.partyPossessives[d.toks[j].fold] {
					own = true
					break
				}
			}
			if !own || d.tripLateAt(k, from) || d.futureAfterTrip(k, to) {
				continue
			}
			c := d.pairSideAt(k+2, to, pair)
			if c == "" {
				continue
			}
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// pairSideAt returns the side of pair named at k ("the" skipped): a country,
// a place of it, or a union that is itself a side ("the European Union",
// whose code the pair holds); "" otherwise.
func (d *doc) pairSideAt(k, to int, pair []string) string {
	if c := d.countryAt(k, to); c != "" {
		if slices.Contains(pair, c) {
			return c
		}
		return ""
	}
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	for _, o := range d.others {
		if o.i == k && o.kind == accord.Organization && o.country != "" && slices.Contains(pair, o.country) {
			return o.country
		}
	}
	return ""
}
