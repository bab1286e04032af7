package office

import "testing"

// The foreign ministers of GB from 1997 and DE from 1998 (session 36): the
// snapshots hold the UK's earlier Foreign Secretaries only under the
// department's long name as ministers of another class, and Germany's not
// at all, so "the Foreign Secretary" on a gov.uk release before 2021 named
// no one. Real holders: the test is of the data.
func TestSupplement36ForeignMinisters(t *testing.T) {
	cases := []struct {
		country, office, day, want string
	}{
		{"GB", "Foreign Secretary", "1999-06-01", "Robin Cook"},
		{"GB", "Foreign Secretary", "2013-11-24", "William Hague"},
		{"GB", "Foreign Secretary", "2018-01-31", "Boris Johnson"},
		{"GB", "Foreign Minister", "2020-06-01", "Dominic Raab"},
		{"DE", "Foreign Minister", "2012-06-01", "Guido Westerwelle"},
		{"DE", "Minister of Foreign Affairs", "2019-06-01", "Heiko Maas"},
	}
	for _, c := range cases {
		hs := Holders(c.country, c.office, day(c.day))
		if len(hs) != 1 || hs[0].Name != c.want || !hs[0].Certain(day(c.day)) {
			t.Errorf("%s %s on %s: %v, want %s alone and certain", c.country, c.office, c.day, hs, c.want)
		}
	}
}
