package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// titleMeetingsEach reads a headline that names one holder's plural
// contacts with several guests: "Readout of Secretary A's Meetings with
// President B and Cabinet Secretary C", "Minister A's discussions with B
// and C". The plural says each guest was met on his own (as "held meetings
// with B and C" does in the body), so the headline gives one contact of
// the holder with each guest, not one of them all, which would absorb the
// body's separate meetings into one of three. Returns nil when the
// headline is not of that form ("joint", "trilateral" meetings are one).
func (d *doc) titleMeetingsEach(title *doc, e eng) []eng {
	if class(e.typ) != "talks" || e.typ == accord.PhoneCall || e.typ == accord.VideoCall || len(e.persons) < 3 {
		return nil
	}
	with := -1
	for k, t := range title.toks {
		if title.lx.together[t.fold] {
			return nil
		}
		if with < 0 && title.lx.pluralContactNouns[t.fold] && k+1 < len(title.toks) && title.toks[k+1].fold == "with" {
			with = k + 1
		}
	}
	if with < 0 {
		return nil
	}
	holder := -1
	var guests []int
	for _, m := range title.mentions {
		if m.person < 0 || m.former {
			continue
		}
		pi := d.personLike(title.persons[m.person])
		if pi < 0 || !slices.Contains(e.persons, pi) {
			return nil
		}
		switch {
		case m.j <= with-1 && (holder < 0 || holder == pi):
			holder = pi
		case m.j <= with-1:
			return nil // two holders: "A and B's meetings with C and D"
		case m.i > with:
			guests = appendInt(guests, pi)
		}
	}
	if holder < 0 || len(guests) < 2 || slices.Contains(guests, holder) || len(guests)+1 != len(e.persons) {
		return nil
	}
	out := oneWithEach(e, holder, guests)
	for k := range out {
		out[k].sent = d.firstSentenceWith(out[k].persons)
	}
	return out
}
