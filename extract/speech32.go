package extract

import "strconv"

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
