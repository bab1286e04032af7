package consolidatetest

import (
	"fmt"
	"math/rand/v2"

	accord "github.com/accordhq/accord"
)

var codes = []string{"US", "FR", "DE", "JP", "IN", "BR", "GB", "IT", "CA", "MX", "KE", "NG", "AU", "ID", "PH", "TH", "PL", "UA", "EG", "ZA"}

// Synthetic returns the facts of n made-up articles, one a day from 2021 on,
// between the first country of a fixed list and the others: each reports a
// call or a meeting of two leaders (a few per leader pair and month, so that
// reports merge), now and then a visit, a reference, an invitation or a
// trade target. The same n and seed give the same facts.
func Synthetic(n int, seed uint64) []*accord.ArticleFacts {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	start, out := mustDate("2021-01-01"), make([]*accord.ArticleFacts, 0, n)
	for i := range n {
		day := start.AddDate(0, 0, i*2/3)
		pub := day.Format("2006-01-02")
		other := codes[1+r.IntN(len(codes)-1)]
		d := NewDoc(fmt.Sprintf("s%05d.md", i), fmt.Sprintf("Readout %d", i), pub, "",
			fmt.Sprintf("The President met the leader of %s today in the capital (%d).", other, i),
			"They discussed trade, energy and security.",
			"They recalled the visit of last month.",
			"The leader invited the President to visit.",
			fmt.Sprintf("They aim to raise bilateral trade to US$%d billion by 2030.", 10*(1+r.IntN(3))))
		us := d.Person(fmt.Sprintf("Leader %s Alpha", codes[0]), codes[0], []string{"President"})
		them := d.Person(fmt.Sprintf("Leader %s Beta", other), other, []string{"Prime Minister"})
		d.Country(codes[0], codes[0])
		d.Country(other, other)
		typ := accord.Meeting
		if r.IntN(3) == 0 {
			typ = accord.PhoneCall
		}
		// Reports of one event come on its day or the next.
		date := day.AddDate(0, 0, -r.IntN(2)).Format("2006-01-02")
		countries := []string{codes[0], other}
		d.Held(E{Type: typ, Date: date, Participants: []string{us, them}, Countries: countries,
			Level: accord.LevelHeadOfState, Areas: []string{"trade", "energy"}, Sentence: 0})
		if r.IntN(10) == 0 {
			d.Held(E{Type: accord.Visit, Date: date[:7], PlaceCountry: other, Participants: []string{us, them},
				Countries: countries, Level: accord.LevelHeadOfState, Sentence: 0})
		}
		if r.IntN(5) == 0 {
			d.Ref(E{Type: accord.Visit, Date: day.AddDate(0, -1, 0).Format("2006-01"), Participants: []string{us},
				Countries: countries, Sentence: 2})
		}
		if r.IntN(8) == 0 {
			d.Invite(E{Type: accord.Visit, PlaceCountry: other, Participants: []string{us, them},
				Countries: countries, Sentence: 3})
		}
		if r.IntN(3) == 0 {
			d.Target(T{Metric: "bilateral trade", Value: float64(10*(1+r.IntN(3))) * 1e9, Unit: "USD",
				Deadline: "2030", Holders: countries, Sentence: 4})
		}
		d.Areas("trade", "energy", "security")
		out = append(out, d.Facts)
	}
	return out
}
