package extract

import "testing"

// TestGluedTitles18 checks words whose spaces a page lost: a title or a
// country the lexicon knows ("PrimeMinister", "NewZealand") is read as
// such; a name with an inner capital ("McKenzie") stays one word.
func TestGluedTitles18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"glued title and country", "", "PMs deepen ties", "2025-03-17",
			"PrimeMinister Anna Holm of NewZealand and Finnish PrimeMinister Tomas Berg held productive talks in Helsinki today.",
			[]string{"talks 2025-03-17 Anna Holm+Tomas Berg"}},
		{"a name with an inner capital stays", "", "Leaders meet", "2025-03-17",
			"Prime Minister Sean McKenzie of Ireland held talks with President Tomas Berg of Finland in Helsinki today.",
			[]string{"talks 2025-03-17 Sean McKenzie+Tomas Berg"}},
	})
	x := newX(t)
	got := personCountries(x.Extract(article("PMs deepen ties", "2025-03-17", "PrimeMinister Anna Holm of NewZealand met Finnish PrimeMinister Tomas Berg in Helsinki today.")))
	if want := []string{"Anna Holm|NZ", "Tomas Berg|FI"}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("persons %q, want %q", got, want)
	}
}
