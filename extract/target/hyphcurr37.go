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
	if h := x.homeCurrency(rest); h != "" {
		c = h // "a 5-million-dollar grant" read in the outlet's country
	}
	if c == "" {
		return 0, ""
	}
	return s, c
}

// homeCurrency is the code a bare currency name ("dollar", "rupees")
// stands for in the outlet's country, or "" (then the name's own code
// holds, as after a spaced sum).
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
// hyphenated scale ("-U.S.-dollar", "-US-dollars"): the run of words and
// hyphens up to the next space, read as if spaced, must be a currency's
// name as a whole. It returns the end of the run and the code; 0 if none.
func (x *extractor) hyphenedCurrency(toks []token, i int) (int, string) {
	last := i
	for last+1 < len(toks) && !toks[last+1].sp && last-i < 6 {
		last++
	}
	name := strings.ReplaceAll(x.text[toks[i].s:toks[last].e], "-", " ")
	if name == x.text[toks[i].s:toks[last].e] {
		return 0, "" // no hyphen inside: read as written by the caller
	}
	sub := tokenize(name, 0, len(name), nil)
	end, c := x.l.currAfter.match(sub, 0)
	if end != len(sub) {
		return 0, ""
	}
	if h := x.homeCurrency(sub); h != "" {
		c = h
	}
	if c == "" {
		return 0, ""
	}
	return last + 1, c
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

// codeBracket returns the end of a bracket right after a sum that only
// spells its currency's code ("165,319 million Japanese Yen (JPY)"), so
// that a conversion bracket after it is read as the sum's; 0 if none.
func (x *extractor) codeBracket(toks []token, a amount) int {
	j := a.j
	if j+2 >= len(toks) || toks[j].f != "(" || toks[j+2].f != ")" {
		return 0
	}
	if end, c := x.l.currAfter.match(toks, j+1); end == j+2 && c == a.unit {
		return j + 3
	}
	return 0
}

// exchangeRate reports whether a sum is followed by "per" and a currency
// ("Tk 119.50 per dollar", "Rs 83 per US dollar"): an exchange rate told
// with a conversion, no sum of its own.
func (x *extractor) exchangeRate(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].f != "per" {
		return false
	}
	if end, _ := x.l.currAfter.match(toks, j+1); end > 0 {
		return true
	}
	_, ok := x.l.symbols[x.text[toks[j+1].s:toks[j+1].e]]
	return ok
}
