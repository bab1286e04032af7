package extract

import (
	"slices"
	"time"

	"github.com/accordhq/accord"
)

// tripSentenceMonth is the month the trip's own sentence dates it by,
// "" when it gives none or several: "In July 2024, A visited Berlin",
// "On 12 July, A visited C", "A visited C on 12 July". A report published
// after the trip is dated by the trip, not by its publication. A date of
// another clause ("Following the talks on 20 May, A travelled to C") is
// not the trip's, nor one after publication (a trip ahead).
func (d *doc) tripSentenceMonth(s int) string {
	if s < 0 || s >= len(d.sents) {
		return ""
	}
	from, to := d.sentToks(s)
	trip := d.firstTripWord(from, to)
	if trip < 0 {
		return ""
	}
	month := ""
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec != precDay && de.prec != precMonth {
			continue
		}
		if !d.pub.IsZero() && de.last().After(d.pub.Add(24*time.Hour)) {
			return ""
		}
		if !d.tripOwnDate(de, from, trip) {
			continue
		}
		m := de.t.Format("2006-01")
		if month != "" && m != month {
			return ""
		}
		month = m
	}
	return month
}

// tripOwnDate reports whether a date is the trip word's: opening the
// sentence ("On 12 July, …", "In July 2024, …") or following the trip
// word in its clause ("visited C on 12 July").
func (d *doc) tripOwnDate(de dateExpr, from, trip int) bool {
	if de.tok < trip {
		for k := from; k < de.tok; k++ {
			if f := d.toks[k].fold; d.toks[k].word && f != "on" && f != "in" {
				return false
			}
		}
		return true
	}
	if de.tok-trip > 8 {
		return false
	}
	for k := trip + 1; k < de.tok; k++ {
		if t := d.toks[k].text; t == "," || t == ";" {
			return false
		}
	}
	return true
}

// recalledTakenUp reports whether a definite mention with no date of its
// own ("During the meeting, they discussed …") takes up the contact of its
// kind the sentence before told as of another time within the month before
// publication ("In July 2024, A met B in C", read in a report of August as
// recalled), where no contact of that kind is held: the text goes on about
// that contact, not a new one of the publication's day (nor the
// headline's, dated only by publication).
func (d *doc) recalledTakenUp(held, refs []eng, tr trigger) bool {
	// (A headline's contact dated only by publication is no report of the
	// body: "Japan-Germany Summit Meeting" over a lead of July.)
	if k := lastOfClass(held, tr.typ); k >= 0 && !(held[k].fromTitle && held[k].datePub) {
		return false
	}
	r := lastOfClass(refs, tr.typ)
	return r >= 0 && refs[r].status == accord.StatusMentioned && refs[r].sent == tr.sent-1 && len(refs[r].persons) >= 2 && !refs[r].datePub && d.recent(refs[r].date)
}

// recalledHeadline drops a headline's contact dated only by publication
// ("Japan-Germany Summit Meeting") whose body first tells that contact as
// of an earlier month ("In July 2024, A visited Berlin for a summit
// meeting with B", in a feature of August), where the body holds none of
// its kind: the headline names the contact its lead dates, as it does one
// the body dates ahead (the invites rule before).
func (d *doc) recalledHeadline(held, refs []eng) []eng {
	if d.pub.IsZero() {
		return held
	}
	pubMonth := d.pub.Format("2006-01")
	for k := 0; k < len(held); k++ {
		h := held[k]
		if !h.fromTitle || !h.datePub || len(h.persons) < 2 {
			continue
		}
		if slices.ContainsFunc(held, func(e eng) bool { return !e.fromTitle && class(e.typ) == class(h.typ) && overlap(h.persons, e.persons) }) {
			continue
		}
		// The body's first report of the kind, of the headline's persons.
		r := slices.IndexFunc(refs, func(e eng) bool { return class(e.typ) == class(h.typ) })
		if r >= 0 && subset(h.persons, refs[r].persons) && !refs[r].datePub && len(refs[r].date) >= 7 && refs[r].date[:7] < pubMonth && d.recent(refs[r].date) {
			held = slices.Delete(held, k, k+1)
			k--
		}
	}
	return held
}

// tripSentenceRefs are the contacts the trip's own sentence tells as of
// another time than the report's ("In July 2024, A visited Berlin … for a
// summit meeting with Chancellor B", read as recalled in August): whom the
// visitor met there hosts the trip, as a held contact's party does.
func tripSentenceRefs(refs []eng, t trip) []eng {
	var out []eng
	for _, r := range refs {
		if r.sent == t.sent && t.sent >= 0 && r.typ != accord.Visit && r.status == accord.StatusMentioned && overlap(r.persons, t.visitors) {
			out = append(out, r)
		}
	}
	return out
}

// scheduledGathering reports whether date de, after contact tr, is the
// day a gathering named between them is scheduled for: "held talks with A
// on preparations for the regional summit scheduled for June 14",
// "invited B during phone talks to take part in the Vaccine Summit slated
// for June 4". The contact was held; the day is the gathering's.
func (d *doc) scheduledGathering(tr trigger, de dateExpr) bool {
	gathering := false
	for k := tr.j; k+1 < de.tok; k++ {
		f := d.toks[k].fold
		// "will meet A at the summit scheduled for June 14": a contact
		// held at the gathering has its day.
		if f == "at" || f == "during" || f == "sidelines" || f == "margins" || f == "margin" {
			return false
		}
		if d.lx.gatheringNouns[f] {
			gathering = true
			continue
		}
		if gathering && (f == "scheduled" || f == "slated" || f == "set" || f == "planned" || f == "due") {
			switch d.toks[k+1].fold {
			case "for", "on", "to":
				return true
			}
		}
	}
	return false
}

// firstTripWord returns the first trip word ("visited", "trip") in tokens
// from..to, or -1.
func (d *doc) firstTripWord(from, to int) int {
	for k := from; k < to; k++ {
		if d.lx.is(&d.toks[k], fTripWords) {
			return k
		}
	}
	return -1
}
