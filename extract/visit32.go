package extract

// Visits told by their end (session 32, eval/read/visit32): the way home
// after a visit, a trip's several stops told as "visits to A and B", and
// an airport named for a titled person.

// buildingAfter reports whether a capitalised building word of the name's
// sentence follows at nj, past qualifiers: "King A International Airport",
// "Sheikh B Air Base" name a place, not a person.
func (d *doc) buildingAfter(nj int) bool {
	k := nj
	for k < len(d.toks) && k < nj+2 && d.toks[k].cap && d.toks[k].sent == d.toks[nj-1].sent && d.lx.buildingQualifiers[d.toks[k].fold] {
		k++
	}
	return k < len(d.toks) && d.toks[k].cap && d.toks[k].sent == d.toks[nj-1].sent && d.lx.buildingWords[d.toks[k].fold]
}

// returnAfter reports whether the "after" (or "following", "from") at j
// closes a clause of the visitor's way home: "returned home on Monday after
// a three-day visit to C", "landed in Delhi after his visit to C", "returned
// to Warsaw from her visit to A and B". The visit after it is the one the
// text reports ending, not one before it.
func (d *doc) returnAfter(j int) bool {
	if j < 0 || j >= len(d.toks) {
		return false
	}
	if f := d.toks[j].fold; f != "after" && f != "following" && f != "from" {
		return false
	}
	from, _ := d.sentToks(d.toks[j].sent)
	for k := j - 1; k >= from && k >= j-10; k-- {
		t := d.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if d.lx.returnWords[t.fold] {
			return true
		}
	}
	return false
}

// returnAfterTrip reports whether the trip word at k follows, within a
// few words, an "after" of the visitor's way home (returnAfter).
func (d *doc) returnAfterTrip(k, from int) bool {
	for j := k - 1; j >= from && j >= k-8; j-- {
		if d.toks[j].text == "," {
			return false
		}
		if d.returnAfter(j) {
			return true
		}
	}
	return false
}

// visitsToAt reports whether the country at i follows "visits to", "visit
// to" or "trip to" (or "… to the"): "concluding visits to A, B and C", "after
// a nine-day visit to A and B" list the stops of one trip, a visit to each
// (tripStops).
func (d *doc) visitsToAt(i, from int) bool {
	k := i - 1
	if k > from && d.toks[k].fold == "the" {
		k--
	}
	if k-1 < from || d.toks[k].fold != "to" {
		return false
	}
	f := d.toks[k-1].fold
	return f == "visits" || f == "visit" || f == "trip"
}

// arrivedAtAirportIn returns the end of a trigger "arrived" when it tells
// an arrival by the airport of a place: "arrived at the A International
// Airport in New Delhi", "landed at B Air Base in Islamabad" (knowledge
// arrival_verbs, greeting_places). The place after "in" is where the
// visitor came, as "arrived in New Delhi" says it. 0 when not.
func (d *doc) arrivedAtAirportIn(i int) int {
	if f := d.toks[i].fold; !d.lx.arrivalGate.may(f) || !d.lx.arrivalVerbs[f] || i+2 >= len(d.toks) {
		return 0
	}
	_, to := d.sentToks(d.toks[i].sent)
	// "arrived last night at", "landed on Tuesday at": the time between.
	at := i + 1
	for at < to && at <= i+3 && d.arrivalTimeWord(d.toks[at].fold) {
		at++
	}
	if at >= to || d.toks[at].fold != "at" {
		return 0
	}
	airport := false
	for k := at + 1; k < to && k <= at+8; k++ {
		f := d.toks[k].fold
		if f == "," || f == "." || f == ";" {
			return 0
		}
		if d.lx.greetingPlaces[f] || f == "base" && d.toks[k-1].fold == "air" {
			airport = true
			continue
		}
		if airport && (f == "in" || f == "at") && d.countryAt(k+1, to) != "" {
			return i + 1
		}
	}
	return 0
}

// arrivalTimeWord reports whether f may stand between an arrival verb and
// its place as the time of it: "last night", "on Tuesday", "this morning".
func (d *doc) arrivalTimeWord(f string) bool {
	if _, ok := d.lx.weekdays[f]; ok {
		return true
	}
	return f == "last" || f == "night" || f == "on" || d.lx.fillers[f]
}
