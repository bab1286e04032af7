package extract

import (
	"strings"

	"github.com/accordhq/accord/extract/office"
)

// askedHolder returns the person who holds the office of title span sp,
// the office a parliamentary question is put to, or -1. A minister who holds
// two offices is asked by both ("asked the Tánaiste and Minister for Foreign
// Affairs", "the Deputy Prime Minister and Minister of Foreign Affairs"):
// when the first office has no certain holder in the table (a deputy head
// of government's is not kept), the second names the answerer, in the first
// office's country when its own title gives none (ie33).
func (d *doc) askedHolder(sp *span, to int, h home) int {
	country := ""
	for n := 0; n < 2; n++ {
		ti := d.lx.k.Titles.Titles[sp.e.id]
		off, end := d.askedPortfolio(ti.Office, sp.j, to)
		c := ti.Country
		if c == "" {
			c = country
		}
		if c == "" {
			c = h.country
		}
		if c != "" {
			if hd, ok := d.certainHolder(c, off); ok {
				return d.holderPerson(hd)
			}
		}
		if country == "" {
			country = ti.Country
		}
		// "the A and B": B a title of the same person, not a second office
		// asked ("the Minister and the Minister of State" names two).
		if end+1 >= to || d.toks[end].fold != "and" {
			return -1
		}
		next, ok := d.spanAt(end + 1)
		if !ok || next.kind != kTitle || next.e.plural {
			return -1
		}
		sp = next
	}
	return -1
}

// askedPortfolio returns the office a bare title names with the portfolio
// after it ("Minister" then "for Foreign Affairs"), and the token after
// the office: the portfolio's capitalised words up to "and" or any other
// word, taken only when the whole names an office of the table's classes.
func (d *doc) askedPortfolio(off string, k, to int) (string, int) {
	if k+1 >= to || d.toks[k].fold != "for" && d.toks[k].fold != "of" {
		return off, k
	}
	words := []string{off, d.toks[k].fold}
	j := k + 1
	for ; j < to && d.toks[j].word && d.toks[j].cap; j++ {
		words = append(words, d.toks[j].text)
	}
	if j == k+1 {
		return off, k
	}
	full := strings.Join(words, " ")
	if office.Class(full) == "" {
		return off, k
	}
	return full, j
}
