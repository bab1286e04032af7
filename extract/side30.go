package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// attendeesSides finds, for a contact whose persons read were, but for one
// at most, only present at it ("On the Russian side, the meeting was
// attended by A, B and C"), its two sides when the guest is named by office
// alone ("Meeting with Minister of External Affairs of India", "Russian-
// Turkish talks" on the Kremlin's site): the one person kept of the
// attendees' side, else the transcript's speaker of that side, and the
// guest's country. lead is -1 when the text tells no such pair.
func (d *doc) attendeesSides(e *eng, title *doc, keep, drop []int) (lead int, guest string) {
	// The attendees' side: their country where their titles give one
	// ("Foreign Minister A" may give none).
	c := ""
	for _, p := range drop {
		if pc := d.persons[p].country; pc != "" && c != "" && pc != c {
			return -1, ""
		} else if pc != "" {
			c = pc
		}
	}
	// The sides the contact or its headline names by country: its own,
	// else the headline's pair ("Russian-Turkish talks").
	sides := slices.Clone(e.codes)
	if title != nil {
		if p := title.pairNamed(); len(p) == 2 && (len(sides) == 0 || c != "" && slices.Contains(p, c)) {
			sides = append(sides, p...)
		}
	}
	if len(keep) == 1 {
		if c == "" {
			c = d.persons[keep[0]].country
		}
		if c == "" || d.persons[keep[0]].country != c {
			return -1, ""
		}
		lead = keep[0]
	} else {
		// The transcript's speaker of the attendees' side, or, where their
		// titles tell none, of a side the contact names.
		lead = -1
		for _, m := range d.mentions {
			if m.person < 0 || slices.Contains(drop, m.person) || !d.speakerLabel(m) {
				continue
			}
			if pc := d.persons[m.person].country; pc != "" && (pc == c || c == "" && slices.Contains(sides, pc)) {
				lead, c = m.person, pc
				break
			}
		}
		if lead < 0 {
			return -1, ""
		}
	}
	var others []string
	for _, x := range sides {
		if x != c && !slices.Contains(others, x) {
			others = append(others, x)
		}
	}
	if len(others) != 1 {
		return -1, ""
	}
	return lead, others[0]
}

// present drops from principals the persons the text names only as present
// at a contact (after an attendance phrase): "Meeting with Minister of
// External Affairs of India" over "On the Russian side, the meeting was
// attended by Foreign Minister A" leaves the host's side to its speaker.
func (d *doc) present(principals []int) []int {
	in := d.attendees()
	if in == nil {
		return principals
	}
	return slices.DeleteFunc(slices.Clone(principals), func(p int) bool { return d.onlyAttending(p, -1, in) })
}

// hostSpeakerOf returns the first transcript speaker of country c, or -1.
func (d *doc) hostSpeakerOf(c string) int {
	for _, m := range d.mentions {
		if m.person >= 0 && d.persons[m.person].country == c && d.speakerLabel(m) {
			return m.person
		}
	}
	return -1
}

// talksPairIn returns the two persons of the talks held reads in sentence s,
// the one talks of two persons there, or nil.
func talksPairIn(held []eng, s int) []int {
	var out []int
	for _, h := range held {
		if h.sent == s && h.typ == accord.Talks && len(h.persons) == 2 && len(h.codes) == 0 {
			if out != nil {
				return nil
			}
			out = h.persons
		}
	}
	return out
}

// officeAndSpouse returns the title of "the Prime Minister and Mrs B" for
// the mention "Mrs B" (B's office, said once for the couple), or -1.
func (d *doc) officeAndSpouse(m *pmention) int {
	k := m.ni - 1
	if k >= 0 && d.toks[k].text == "." {
		k--
	}
	if k < 2 || !d.lx.spouseHonorifics[d.toks[k].fold] || d.toks[k-1].fold != "and" {
		return -1
	}
	if sp, ok := d.spanEndingAt(k - 1); ok && sp.kind == kTitle && d.toks[sp.i].sent == d.toks[m.ni].sent {
		return sp.e.id
	}
	return -1
}

// titledNamesake returns the one person of core c a mention titled t named
// ("Prime Minister A B" for "the Prime Minister and Mrs B"), or -1.
func (d *doc) titledNamesake(c []string, t int) int {
	found := -1
	for pi, p := range d.persons {
		if !sameName(c, p.core) || !slices.Contains(p.titles, t) && (p.office == "" || p.office != d.lx.k.Titles.Titles[t].Office) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = pi
	}
	return found
}
