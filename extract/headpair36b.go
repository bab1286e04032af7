package extract

import accord "github.com/accordhq/accord"

// titleContactPair returns the two countries of the contact a headline
// names by its sides ("Russia-Mongolia talks"), by its codes or by the
// countries of its two persons, or nil. "Following the talks, a package of documents
// was signed", opening such a report before any leader is named, is the
// signing of those two sides.
func (d *doc) titleContactPair(held []eng) []string {
	for k := len(held) - 1; k >= 0; k-- {
		h := held[k]
		if !h.fromTitle || h.typ == accord.Signing || h.typ == accord.Visit {
			continue
		}
		if len(h.persons) == 0 && len(h.codes) == 2 {
			return h.codes
		}
		if len(h.codes) == 0 && len(h.persons) == 2 {
			return d.twoCountries(h.persons)
		}
	}
	return nil
}
