package extract

import (
	"slices"

	accord "github.com/accordhq/accord"
)

// withoutSigningBriefer drops from a signing's persons one who only tells
// of it after the clause ("Chile and Peru signed eight MoUs on Tuesday,
// Foreign Secretary A said"; "Chile has signed 8 MoUs with Peru, A said
// during a press briefing"): named in the text only as the subject of a
// reporting verb (givesAccount), after the signing's verb, while the
// clause names the two countries that signed as its subject or as the
// subject and its "with" partner. The briefer kept, the signing took
// the briefer for a side and lost the countries (or paired the briefer
// with a leader of the day). withoutSigningNarrators (sign34.go) does the
// same for a signing of three persons or more.
func (d *doc) withoutSigningBriefer(tr trigger, ps []int) []int {
	if tr.typ != accord.Signing || len(ps) == 0 || len(ps) > 2 {
		return ps
	}
	briefer := func(p int) bool {
		if !d.givesAccount(p) {
			return false
		}
		for _, m := range d.mentions {
			if m.person == p && m.sent == tr.sent && m.i > tr.i {
				return true
			}
		}
		return false
	}
	// The cheap test first: most signings name no briefer.
	if !slices.ContainsFunc(ps, briefer) {
		return ps
	}
	countries := len(d.signerCountries(tr.i)) >= 2
	if !countries && (tr.form == "signed" || tr.form == "exchanged") {
		countries = len(d.signsWith(tr.i, tr.j)) >= 1
	}
	if !countries {
		return ps
	}
	return slices.DeleteFunc(slices.Clone(ps), briefer)
}
