package extract

import "testing"

// dayAfterMark is the byte test before stayLength: true wherever the regexp
// could match, in any case.
func TestDayAfterMark(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"a three-day visit to Elbonia", true},
		{"for two days in Ruritania", true},
		{"A TWO-DAY TRIP", true},
		{"on Tuesday and today", false},
		{"Daytime talks", false},
		{"", false},
	} {
		if got := dayAfterMark(c.text); got != c.want {
			t.Errorf("dayAfterMark(%q) = %v, want %v", c.text, got, c.want)
		}
		if c.want == false && stayLength.MatchString(c.text) {
			t.Errorf("%q: the gate turns away a text stayLength matches", c.text)
		}
	}
}

// commaAfterName is true where a comma stands two to four tokens after i
// with two tokens after it, as kinApposed needs.
func TestCommaAfterName(t *testing.T) {
	toks := func(ws ...string) []token {
		var out []token
		for _, w := range ws {
			out = append(out, token{text: w, fold: w})
		}
		return out
	}
	for _, c := range []struct {
		toks []token
		want bool
	}{
		{toks("Ana", "Bela", ",", "the", "daughter"), true},
		{toks("Ana", "Bela", "Cruz", "Dia", ",", "son", "of"), true},
		{toks("Ana", ",", "the", "daughter", "of"), false},                // one word before the comma
		{toks("Ana", "Bela", "Cruz", "Dia", "Eno", ",", "a", "b"), false}, // five
		{toks("Ana", "Bela", ",", "x"), false},                            // too near the end
	} {
		if got := commaAfterName(c.toks, 0); got != c.want {
			t.Errorf("commaAfterName(%v) = %v, want %v", c.toks, got, c.want)
		}
	}
}
