package extract

import (
	"net/url"
	"strings"

	accord "github.com/accordhq/accord"
)

// Whose office a government publisher is (home.office).
const (
	officeLeader   = "leader"   // the head of state's or government's office
	officeMinister = "minister" // a minister's office other than foreign affairs
)

// publisherOffice is one group of outlets.json's publisher_offices, its
// words folded.
type publisherOffice struct {
	office string
	words  []string // folded words joined by one space, padded with spaces
	hosts  set
}

// publisherOffice says whose office a government publisher is: the
// leader's, a foreign ministry's (the office of that name) or another
// minister's, by the words of its name, else by the first label of its
// host (mofa.go.jp); "" when neither tells. A ministry's release or
// transcript speaks for its minister, not for the head of government.
func (x *outletIndex) publisherOffice(a *accord.Article) string {
	if a.Source != "" {
		joined := " " + strings.Join(creditWords(a.Source), " ") + " "
		for _, g := range x.pubOffices {
			for _, w := range g.words {
				if strings.Contains(joined, w) {
					return g.office
				}
			}
		}
	}
	if a.URL == "" {
		return ""
	}
	u, err := url.Parse(a.URL)
	if err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	first, _, ok := strings.Cut(host, ".")
	if !ok {
		return ""
	}
	for _, g := range x.pubOffices {
		if g.hosts[first] {
			return g.office
		}
	}
	return ""
}
