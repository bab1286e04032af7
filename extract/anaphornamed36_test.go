package extract

import "testing"

// TestAnaphorNamed36 checks that a definite mention naming one side of a
// plural lead ("held meetings with A and B … The talks with President A on
// Monday were warm") dates that side's contact, and only it. Names invented.
func TestAnaphorNamed36(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the named side of a plural lead takes the day", "", "", "2024-03-13",
			"Prime Minister Tomas Arvelo of Chile held meetings with President Jonas Kettunen of Finland and President Amira Haddad of Tunisia on the margins of the summit in Geneva.\n\nThe talks with President Kettunen on Monday were warm and cordial.",
			[]string{"meeting 2024-03-11 Jonas Kettunen+Tomas Arvelo", "meeting 2024-03-13 Amira Haddad+Tomas Arvelo"}},
		{"the last side named takes the day as before", "", "", "2024-03-13",
			"Prime Minister Tomas Arvelo of Chile held meetings with President Jonas Kettunen of Finland and President Amira Haddad of Tunisia on the margins of the summit in Geneva.\n\nThe talks with President Haddad on Monday were warm and cordial.",
			[]string{"meeting 2024-03-11 Amira Haddad+Tomas Arvelo", "meeting 2024-03-13 Jonas Kettunen+Tomas Arvelo"}},
	})
}
