package extract

import (
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// homeLeaderNamed returns the one leader of the publishing government's
// country the text names anywhere, when the guest of a headline's joint
// press conference ("Joint press conference with Prime Minister A" on the
// host's site) is a leader too: the host's side, which a stored copy
// keeping only the guest's first turn names in the guest's words ("The
// Australian Prime Minister and I had a very friendly discussion"), after
// the sentences the principals come from. -1 when there is none, or more
// than one, or the guest is no leader.
func (d *doc) homeLeaderNamed(h home, guest int) int {
	if !h.government || h.country == "" || h.office != "" && h.office != officeLeader || !d.leader(guest) {
		return -1
	}
	found := -1
	for p := range d.persons {
		if p == guest || d.persons[p].country != h.country || !d.leader(p) || d.former(p) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = p
	}
	return found
}

// hostGerundMe reports whether toks[j] opens "welcoming me", "receiving
// us", "inviting me": what a host did for the speaker, thanked for at the
// speaker's own press conference abroad ("I would like to thank President
// A for welcoming me warmly"), as "for the warm welcome" is (jpc33.go).
func (d *doc) hostGerundMe(j, to int) bool {
	if j+1 >= to {
		return false
	}
	switch d.toks[j].fold {
	case "welcoming", "receiving", "inviting":
	default:
		return false
	}
	o := d.toks[j+1].fold
	return o == "me" || o == "us"
}

// surnameLabelPerson returns the person a speaker's label of one family
// name alone stands for ("BUSH:", "KISHIDA:", as agencies and newspapers
// label the turns of a joint press conference they print): the one holder,
// on the text's day, of a head of state's, head of government's or foreign
// minister's office who bears that family name, when the text names that
// holder's country or its capital. -1 when the label is no such word, the table knows
// none or several, or the country goes unnamed.
func (d *doc) surnameLabelPerson(from, k int) int {
	if k != from+1 || d.pub.IsZero() {
		return -1
	}
	t := &d.toks[from]
	if !t.word || !t.upper && !t.cap || len(t.text) < 3 || d.inSpan(from) {
		return -1
	}
	found, ok := d.leaderOfFamilyNameText(t.text, t.fold, true)
	if !ok {
		return -1
	}
	p := d.holderPerson(found)
	if d.persons[p].level == "" {
		d.persons[p].level = classLevel(found.Class)
	}
	return p
}

// leaderOfFamilyName returns the one head of state, head of government or
// foreign minister on the article's day whose family name is the folded
// word, when the text names their country or its capital; with firstToo,
// a name's first word counts too (a label in family-name-first order,
// "KISHIDA:").
func (d *doc) leaderOfFamilyName(fold string, firstToo bool) (office.Holder, bool) {
	return d.leaderOfFamilyNameText(fold, fold, firstToo)
}

// leaderOfFamilyNameText is leaderOfFamilyName looking the table up by
// text as written (a label's capitals) and comparing name words by fold.
func (d *doc) leaderOfFamilyNameText(text, fold string, firstToo bool) (office.Holder, bool) {
	found, ok := onlyLeaderOfFamilyName(text, fold, firstToo, d.pub)
	if !ok || !d.countryOrCapitalNamed(found.Country) {
		return office.Holder{}, false
	}
	return found, true
}

// onlyLeaderOfFamilyName returns the one head of state, head of government
// or foreign minister on day whose family name (with firstToo, or first
// name word) is fold, wherever they serve; the callers check the text
// names their side.
func onlyLeaderOfFamilyName(text, fold string, firstToo bool, day time.Time) (office.Holder, bool) {
	var found office.Holder
	n := 0
	for _, h := range office.Find(text, day) {
		if h.Class != office.HeadOfState && h.Class != office.HeadOfGovernment && h.Class != office.ForeignMinister {
			continue
		}
		ws := h.NameWords()
		if len(ws) == 0 || ws[len(ws)-1] != fold && !(firstToo && ws[0] == fold) {
			continue // a family name, not a given one
		}
		if n > 0 && h.QID == found.QID {
			continue
		}
		found = h
		n++
	}
	return found, n == 1
}

// classLevel is the level of an office table class.
func classLevel(class string) string {
	switch class {
	case office.HeadOfState:
		return accord.LevelHeadOfState
	case office.HeadOfGovernment:
		return accord.LevelHeadOfGovernment
	case office.ForeignMinister:
		return accord.LevelMinister
	}
	return ""
}

// countryOrCapitalNamed reports whether the text names country code or its
// capital ("advice from Washington").
func (d *doc) countryOrCapitalNamed(code string) bool {
	for _, o := range d.others {
		if o.key == code && o.kind == accord.Country || o.capital && o.country == code {
			return true
		}
	}
	return false
}
