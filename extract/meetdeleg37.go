package extract

import "github.com/accordhq/accord"

// leadersDelegationMet reports whether reception trigger tr, of sides ps,
// is "A met with a delegation led by B" where B, the delegation's head,
// leads a country (a head of state or government): the two leaders'
// meeting, as "President A met Prime Minister B" is, not the reception a
// delegation's lower-ranked head gets (receptions keeps that rank rule).
// "received", "welcomed" and "greeted" say a reception whoever leads.
func (d *doc) leadersDelegationMet(tr trigger, ps []int) bool {
	if tr.typ != accord.Reception || tr.form != "received a delegation" || len(ps) != 2 {
		return false
	}
	if !d.lx.delegationMeetingVerbs[d.toks[tr.i].fold] {
		return false
	}
	head := d.ledByAfter(tr)
	if head < 0 || (head != ps[0] && head != ps[1]) || !d.leader(head) {
		return false
	}
	host := ps[0]
	if host == head {
		host = ps[1]
	}
	c := d.persons[head].country
	return c != "" && d.persons[host].country != "" && d.persons[host].country != c
}
