package extract

import (
	"slices"
	"strings"
)

// peerHost returns the host a visit names when the text would otherwise
// leave its host a country: the one person of the host country who holds
// the visitor's own portfolio (a foreign minister's host is the foreign
// minister, a defence minister's the defence minister), else the one the
// text calls the visitor's counterpart. Protocol pairs peers, so of the
// several office holders a visitor met, or of those the text names beside
// a visit no contact tells, the peer is the counterpart. With no such
// person, or two, -1: the country stays the host.
func (d *doc) peerHost(met []int, t trip) int {
	if len(t.visitors) == 0 {
		return -1
	}
	mine := d.portfolios(t.visitors[0])
	pool := met
	if len(pool) == 0 {
		for pi, p := range d.persons {
			if p.country == t.host && p.count > 0 {
				pool = append(pool, pi)
			}
		}
	}
	peer, named := -1, -1
	for _, p := range pool {
		q := d.persons[p]
		if q.country != t.host || slices.Contains(t.visitors, p) || d.former(p) || d.addressedOnly(p) || d.briefer(p) {
			continue
		}
		// A leader's peer leads too: a chamber's or a firm's "President"
		// holds no head of state's office.
		if len(mine) > 0 && overlapStr(mine, d.portfolios(p)) && (!d.top(t.visitors[0]) || d.top(p)) {
			if peer >= 0 && peer != p {
				return -1
			}
			peer = p
		}
		if len(met) == 0 && d.calledCounterpart(p) {
			if named >= 0 && named != p {
				named = -2
			} else if named == -1 {
				named = p
			}
		}
	}
	if peer >= 0 {
		return peer
	}
	if named >= 0 {
		return named
	}
	return -1
}

// portfolios lists the offices person p holds by any title of theirs,
// each under its portfolio's one name, leaving out ranks ("Minister").
func (d *doc) portfolios(p int) []string {
	var out []string
	add := func(o string) {
		if o == "" || d.lx.parts.generic[o] {
			return
		}
		if g, ok := d.lx.parts.portfolio[o]; ok {
			o = g
		}
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	q := d.persons[p]
	add(q.office)
	for _, ti := range q.titles {
		add(d.lx.k.Titles.Titles[ti].Office)
	}
	for _, r := range q.roles {
		add(r)
		add(d.roleOffice(r))
	}
	return out
}

func overlapStr(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// roleOffice is the office a role names without its country, "for" read
// as "of" ("Minister for Foreign Affairs of Japan": Minister of Foreign
// Affairs), or of the longest title its words open.
func (d *doc) roleOffice(r string) string {
	if k := strings.LastIndex(r, " of "); k > 0 && d.lx.countryCode(r[k+4:]) != "" {
		r = r[:k]
	}
	r = strings.Replace(r, " for ", " of ", 1)
	if d.lx.parts.portfolio[r] != "" {
		return r
	}
	toks := tokenize(r, d.lx.abbr)
	best, n := r, 0
	for _, e := range d.lx.names.match(toks, 0) {
		if e.kind != kTitle {
			continue
		}
		if l := len(tokenize(e.form, d.lx.abbr)); l > n {
			best, n = d.lx.k.Titles.Titles[e.id].Office, l
		}
	}
	return best
}
