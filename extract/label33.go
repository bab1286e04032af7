package extract

// homeLeaderNamed returns the one leader of the publishing government's
// country the text names anywhere, when the guest of a headline's joint
// press conference ("Joint press conference with Prime Minister A" on the
// host's site) is a leader too: the host's side, which a stored copy
// keeping only the guest's first turn names in the guest's words ("The
// Australian Prime Minister and I had a very friendly discussion"), after
// the sentences the principals come from. -1 when there is none, or more
// than one, or the guest is no leader.
func (d *doc) homeLeaderNamed(h home, guest int) int {
	if !h.government || h.country == "" || h.office != "" && h.office != officeLeader || !d.leader(guest) {
		return -1
	}
	found := -1
	for p := range d.persons {
		if p == guest || d.persons[p].country != h.country || !d.leader(p) || d.former(p) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = p
	}
	return found
}

// hostGerundMe reports whether toks[j] opens "welcoming me", "receiving
// us", "inviting me": what a host did for the speaker, thanked for at the
// speaker's own press conference abroad ("I would like to thank President
// A for welcoming me warmly"), as "for the warm welcome" is (jpc33.go).
func (d *doc) hostGerundMe(j, to int) bool {
	if j+1 >= to {
		return false
	}
	switch d.toks[j].fold {
	case "welcoming", "receiving", "inviting":
	default:
		return false
	}
	o := d.toks[j+1].fold
	return o == "me" || o == "us"
}
