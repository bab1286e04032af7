package extract

import "github.com/accordhq/accord/extract/office"

// mononymHolder reports whether the one capitalised word toks[k] after an
// office is the whole name of a holder of an office on the article's day
// (the office table): "Minister of Foreign Affairs Sugiono", as many
// Indonesians bear one name. One ordinary word after an office is rarely
// a name otherwise ("Minister of Foreign Affairs Trade").
func (d *doc) mononymHolder(k int) bool {
	if d.pub.IsZero() || k < 0 || k >= len(d.toks) {
		return false
	}
	w := office.Words(d.toks[k].text)
	if len(w) != 1 {
		return false
	}
	for _, h := range office.Find(d.toks[k].text, d.pub) {
		if nw := h.NameWords(); len(nw) == 1 && nw[0] == w[0] {
			return true
		}
	}
	return false
}
