package target

import "strings"

// Xinhua and the Chinese, Japanese and Indian papers that follow its style
// write a sum as one hyphenated adjective: "a 100-million-yuan loan", "the
// 46.3-billion-yen loan", "a 10-million-U.S.-dollar grant". The tokenizer
// keeps "million-yuan" as one word (a hyphen before a lower-case letter is
// inside a word) and splits "U.S.-dollar" at the hyphen, so neither the
// scale nor the currency is seen where amounts looks for them.

// scaleCurrencyWord reads a word "million-yuan" (a scale, a hyphen, a
// currency's name) as its scale and currency; 0 if it is not one.
func (x *extractor) scaleCurrencyWord(w token) (float64, string) {
	if w.k != word {
		return 0, ""
	}
	h := strings.IndexByte(w.f, '-')
	if h <= 0 || h == len(w.f)-1 {
		return 0, ""
	}
	s := x.l.scales[w.f[:h]]
	if s == 0 {
		return 0, ""
	}
	// The currency's name, read as the words it is written with (only
	// here, at a scale hyphenated to a word: rare).
	rest := tokenize(x.text, w.s+h+1, w.e, nil)
	end, c := x.l.currAfter.match(rest, 0)
	if end != len(rest) {
		return 0, ""
	}
	if c == "" {
		c = x.homeCurrency(rest)
	}
	if c == "" {
		return 0, ""
	}
	return s, c
}

// homeCurrency is the code a bare currency name ("dollar", "rupees")
// stands for in the outlet's country, or "".
func (x *extractor) homeCurrency(name []token) string {
	if len(name) != 1 {
		return ""
	}
	if f := name[0].f; f == "dollar" || f == "dollars" {
		return x.l.homeDollar[x.home]
	}
	return x.l.sharedHome[name[0].f][x.home]
}

// hyphenedCurrency reads a currency's name written with hyphens after a
// hyphenated scale ("-U.S.-dollar", "-U.S.-dollars"): the name's words
// joined by glued hyphens, matched as if spaced. It returns the end of
// the name and its code; 0 if none.
func (x *extractor) hyphenedCurrency(toks []token, i int) (int, string) {
	var buf [6]token
	idx := [6]int{}
	n := 0
	for k := i; k < len(toks) && n < len(buf); k++ {
		if k > i && toks[k].sp {
			break // the adjective ends at a space
		}
		if toks[k].f == "-" {
			continue
		}
		buf[n], idx[n] = toks[k], k
		n++
	}
	if n < 2 {
		return 0, ""
	}
	end, c := x.l.currAfter.match(buf[:n], 0)
	if end < 2 || c == "" {
		return 0, ""
	}
	return idx[end-1] + 1, c
}

// dottedSymbol reports whether a word is a currency sign written as an
// abbreviation, so that a period may follow it: "Rs. 500 crore",
// "Rs.1165 crore" (units.json symbols that are words).
func (x *extractor) dottedSymbol(w token) bool {
	if w.k != word {
		return false
	}
	_, ok := x.l.symbols[x.text[w.s:w.e]]
	return ok
}
