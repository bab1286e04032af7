package extract

import (
	"time"

	"github.com/accordhq/accord/extract/office"
)

// pastHomeLeader reports whether person p is a head of state or government
// of the home country the office table knows, who does not hold that
// office on the text's day while another holder certainly does: "starting
// on that first occasion with Prime Minister Howard" in a later Prime
// Minister's doorstop. A transcript recalls its country's earlier leaders
// by their title as they held it; the speaker of an office-only label
// ("PRIME MINISTER:") is the holder of the day, not the one recalled.
func (d *doc) pastHomeLeader(p int, country string) bool {
	if d.pub.IsZero() || country == "" {
		return false
	}
	past := false
	for _, hd := range office.Find(d.persons[p].name, time.Time{}) {
		if hd.Country != country || hd.Class != office.HeadOfState && hd.Class != office.HeadOfGovernment {
			continue
		}
		if hd.Holds(d.pub) {
			return false
		}
		if cur, ok := d.certainHolder(country, hd.Office); ok && cur.QID != hd.QID {
			past = true
		}
	}
	return past
}
