package extract

import "slices"

// attendeesSides finds, for a contact whose every person read was only present
// at it ("On the Russian side, the meeting was attended by A, B and C"), its
// two sides when the guest is named by office alone ("Meeting with Minister
// of External Affairs of India", "Russian-Turkish talks" on the Kremlin's
// site): the one person kept of the attendees' side, else the transcript's
// speaker of that side, and the guest's country. lead is -1 when the text
// tells no such pair.
func (d *doc) attendeesSides(e *eng, title *doc, keep, drop []int) (lead int, guest string) {
	c := ""
	for _, p := range drop {
		if pc := d.persons[p].country; pc != "" && c != "" && pc != c {
			return -1, ""
		} else if pc != "" {
			c = pc
		}
	}
	if c == "" || len(keep) > 1 || len(keep) == 1 && d.persons[keep[0]].country != c {
		return -1, ""
	}
	// The guest's country: the contact's own, else the one other than the
	// attendees' a headline pair names ("Russian-Turkish talks").
	var cands []string
	for _, x := range e.codes {
		if x != c && !slices.Contains(cands, x) {
			cands = append(cands, x)
		}
	}
	if len(cands) == 0 && title != nil {
		if p := title.pairNamed(); len(p) == 2 && slices.Contains(p, c) {
			for _, x := range p {
				if x != c {
					cands = append(cands, x)
				}
			}
		}
	}
	if len(cands) != 1 {
		return -1, ""
	}
	// "Russian-Turkish talks" over the President's remarks: the one person
	// kept is the attendees' own leader.
	if len(keep) == 1 {
		return keep[0], cands[0]
	}
	for _, m := range d.mentions {
		if m.person >= 0 && !slices.Contains(drop, m.person) && d.persons[m.person].country == c && d.speakerLabel(m) {
			return m.person, cands[0]
		}
	}
	return -1, ""
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
