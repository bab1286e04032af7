package extract

import (
	"slices"
	"testing"

	"github.com/accordhq/accord"
)

// TestPortfolioLeadIsNoName37 checks that the words between a title and
// the "for" or "of" of its portfolio ("Minister Responsible for Youth
// Affairs A", "Minister in charge of Trade B", "Minister Delegate for
// Cooperation C") are the office's: the name after the portfolio is the
// person, a side of the contact.
func TestPortfolioLeadIsNoName37(t *testing.T) {
	for _, lead := range []string{"Minister Responsible for Youth Affairs", "Minister responsible for Youth Affairs", "Minister in charge of Youth Affairs", "Minister Delegate for Youth Affairs", "Minister Delegate in charge of Youth Affairs"} {
		runSourced(t, []sourcedCase{
			{lead, "", "Foreign Minister receives Norwegian minister", "2023-06-12",
				"On 12 June, Foreign Minister Tam Rell of Estonia received Norway's " + lead + " Kari Lund in Tallinn.",
				[]string{"reception 2023-06-12 Kari Lund+Tam Rell"}},
		})
	}
}

// TestHEAbbreviationKeepsTheName37 checks that "HE." (His Excellency)
// before a name ends no sentence: the name after it stays the side of the
// contact before it.
func TestHEAbbreviationKeepsTheName37(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"met HE. A", "", "Foreign Minister holds meetings", "2023-06-12",
			"On 12 June, Foreign Minister Tam Rell of Estonia received Ambassador Karim Zidane of Morocco in Tallinn. Later, Minister Rell met with HE. Omar Fassi, who heads the delegation.",
			[]string{"reception 2023-06-12 Karim Zidane+Tam Rell", "meeting 2023-06-12 Omar Fassi+Tam Rell"}},
	})
}

// TestRegnalNameIsNoShortForm37 checks that a regnal name ("King Mohammed
// VI") stays its own person and joins no later person whose given name is
// spelt alike ("Mohamed A").
func TestRegnalNameIsNoShortForm37(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct{ name, body, want, notWant string }{
		{"a namesake spelt another way", "On 12 June, Foreign Minister Tam Rell of Estonia received Ambassador Karim Zidane of Morocco in Tallinn. The ambassador conveyed the greetings of King Mohammed VI. Later, Minister Rell met Ambassador Mohamed Alaoui of Tunisia.",
			"Mohammed VI|MA", ""},
	} {
		a := &accord.Article{ID: "t", Published: "2023-06-12", URL: "https://www.mofa.example.gov/news/x", Title: "Foreign Minister meets ambassadors", Body: tc.body}
		got := personCountries(x.Extract(a))
		if !slices.Contains(got, tc.want) || tc.notWant != "" && slices.Contains(got, tc.notWant) {
			t.Errorf("%s: got %q, want %q and not %q", tc.name, got, tc.want, tc.notWant)
		}
	}
}
