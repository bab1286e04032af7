package extract

// An office-only speaker label on a leader's own site ("PRIME MINISTER:",
// the form of the Australian Prime Minister's transcripts of 2015-2022)
// is the Prime Minister of the day even when the transcript names them
// nowhere: a doorstop abroad names its host and its guest, not the
// speaker. Without it, the speaker's "I" stayed unread and the speaker's
// contacts ("PRIME MINISTER: Today I had productive discussions with
// Indonesian President A") were lost or kept only the country (session
// 32, west32).

// leaderLabel returns the Prime Minister of the day for a label of
// toks[from:k] that is the words "Prime Minister" alone, on the site of a
// government led by a Prime Minister; -1 otherwise.
func (d *doc) leaderLabel(h home, from, k int) int {
	if h.office != "" && h.office != officeLeader {
		return -1
	}
	if from < k && d.toks[from].fold == "the" {
		from++
	}
	if k-from != 2 || d.toks[from].fold != "prime" || d.toks[from+1].fold != "minister" {
		return -1
	}
	g, ok := d.lx.outlets.govs[h.country]
	if !ok || g.offices["president"] || !g.offices["prime minister"] {
		return -1
	}
	hd, ok := d.certainHolder(h.country, "Prime Minister")
	if !ok {
		return -1
	}
	p := d.holderPerson(hd)
	if p >= 0 {
		d.labelLeader = p + 1
	}
	return p
}

// homeSideOnly returns the home country's side of a headline's pair of
// countries when the text names a person of the home country only (the
// speaker of an office label on its own site, leaderLabel), the other
// country no one;
// -1 otherwise.
func (d *doc) homeSideOnly(pair []string, principals []int, h home) int {
	if len(pair) != 2 || pair[0] == pair[1] || !h.government || h.country == "" || pair[0] != h.country && pair[1] != h.country {
		return -1
	}
	other := pair[0]
	if other == h.country {
		other = pair[1]
	}
	if d.countrySide(other, principals) >= 0 {
		return -1
	}
	if p := d.countrySide(h.country, principals); p >= 0 && p == d.labelLeader-1 {
		return p
	}
	return -1
}
