package extract

import (
	"slices"

	"github.com/accordhq/accord"
)

// hostsAndHead adds a delegation's head to a reception whose subject is two
// hosts of one country ("A and B received a delegation led by C", "A and B
// welcomed the delegation" after "A delegation led by C visited"): without
// it the two hosts alone were read as the sides (meet34). One reception of
// all, as "A and B received C" is read (recv32b); "separately" splits it.
func (d *doc) hostsAndHead(tr trigger, ps []int) []int {
	if tr.typ != accord.Reception || tr.form != "received a delegation" || len(ps) < 2 {
		return ps
	}
	// The hosts are of one country read (a host of none would be told
	// apart from the others as a guest: splitGuests).
	home := d.persons[ps[0]].country
	for _, p := range ps {
		if c := d.persons[p].country; c == "" || c != home {
			return ps
		}
	}
	heads := tr.heads
	if len(heads) == 0 {
		if h := d.ledByAfter(tr); h >= 0 {
			heads = []int{h}
		}
	}
	out := ps
	for _, h := range heads {
		if !slices.Contains(out, h) && d.persons[h].country != home {
			out = append(slices.Clone(out), h)
		}
	}
	return out
}

// ledByAfter returns the person named right after "led by"/"headed by"
// following reception trigger tr in its sentence, or -1.
func (d *doc) ledByAfter(tr trigger) int {
	_, to := d.sentToks(tr.sent)
	for k := tr.j; k+1 < to; k++ {
		if f := d.toks[k].fold; (f == "led" || f == "headed") && d.toks[k+1].fold == "by" {
			for _, m := range d.mentions {
				if m.person >= 0 && m.sent == tr.sent && m.i > k+1 && m.i <= k+12 {
					return m.person
				}
			}
			return -1
		}
	}
	return -1
}
