package extract

import (
	"strings"

	"github.com/accordhq/accord/extract/office"
)

// titledFamilyHolder reports whether the one capitalised word toks[k],
// which ends the phrase after a title's "of" (toks[i:k]), is the family
// name of a holder, on the article's day, of the office the title and that
// phrase name: "Secretary of Foreign Affairs A", as a joint statement
// titles every minister by office and family name.
// One ordinary word after an office is rarely a name, so the office table
// must know the holder of that very office by that name.
func (d *doc) titledFamilyHolder(i, k int) bool {
	if d.pub.IsZero() || i < 2 || k <= i || k >= len(d.toks) || d.toks[i-1].fold != "of" || !d.inSpan(i-2) {
		return false
	}
	ts := d.spanOf(i - 2)
	if ts.kind != kTitle || ts.j != i-1 || ts.e.plural || ts.e.id < 0 || ts.e.id >= len(d.lx.k.Titles.Titles) {
		return false
	}
	w := office.Words(d.toks[k].text)
	if len(w) != 1 {
		return false
	}
	var b strings.Builder
	b.WriteString(d.lx.k.Titles.Titles[ts.e.id].Office)
	b.WriteString(" of")
	for _, t := range d.toks[i:k] {
		if !t.word {
			return false
		}
		b.WriteByte(' ')
		b.WriteString(t.text)
	}
	off := b.String()
	// Only a leader's or foreign minister's office: one holder at a time,
	// whom a joint statement's list of principals names ("Secretary of
	// Defense A" in such a list stays unread, as a side of the list's
	// other country would be lost to two of one country).
	if office.Class(off) == "" {
		return false
	}
	for _, h := range office.Find(d.toks[k].text, d.pub) {
		if d.familyWord(&h) == w[0] && h.Titled(off) {
			return true
		}
	}
	return false
}
