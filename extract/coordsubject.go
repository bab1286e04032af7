package extract

// coordinatedSubject is the subject of the first contact held in the
// sentence of trs[n], when trs[n] is coordinated after it: the one person
// of that contact whom the sentence does not name after its first
// contact verb (named before it, or described: "the Vietnamese leader");
// -1 when not one.
func (d *doc) coordinatedSubject(held []eng, trs []trigger, n int) int {
	tr := trs[n]
	first := n
	for first > 0 && trs[first-1].sent == tr.sent {
		first--
	}
	k := -1
	for i := range held {
		if held[i].sent == tr.sent && len(held[i].persons) == 2 {
			k = i
			break
		}
	}
	if k < 0 {
		return -1
	}
	out := -1
	for _, p := range held[k].persons {
		if d.personWithin(p, tr.sent, trs[first].i, tr.i) {
			continue
		}
		if out >= 0 {
			return -1
		}
		out = p
	}
	return out
}
