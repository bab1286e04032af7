package extract

import (
	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// ofCountryAfter reports whether a country span opening at toks[at] is
// the complement of the office ending at toks[end]: "of" right after the
// office, then the country, or "of the" and the country, as a country's
// formal or plural name takes the article ("President of the Republic of
// Uzbekistan", "Prime Minister of the Netherlands").
func (d *doc) ofCountryAfter(end, at int) bool {
	if end >= len(d.toks) || d.toks[end].fold != "of" {
		return false
	}
	return at == end+1 || at == end+2 && d.toks[end+1].fold == "the"
}

// headlineOfficeHolder returns the person who holds, on the text's day,
// the office a headline names for country c by office alone ("Meeting
// with the President of the Republic of Korea"), -1 when the table is not
// certain of one or the office is no leader's: the golds name the leader
// so met, not the country.
func (d *doc) headlineOfficeHolder(title *doc, c string) int {
	if title == nil || d.pub.IsZero() {
		return -1
	}
	for si := range title.spans {
		sp := &title.spans[si]
		if sp.kind != kTitle {
			continue
		}
		for _, o := range title.others {
			if o.i < 0 || o.kind != accord.Country || o.key != c || !title.ofCountryAfter(sp.j, o.i) && o.j != sp.i {
				continue
			}
			// A leader only: the golds name a head of state or government
			// met so, and code a minister met by office as the country.
			off := d.lx.k.Titles.Titles[sp.e.id].Office
			if cl := office.Class(off); cl != office.HeadOfState && cl != office.HeadOfGovernment {
				return -1
			}
			hd, ok := d.certainHolder(c, off)
			if !ok {
				return -1
			}
			return d.holderPerson(hd)
		}
	}
	return -1
}
