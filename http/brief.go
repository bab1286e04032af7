package http

import (
	"github.com/accordhq/accord/view"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// brief is the state of a relationship in a few lines: what a reader needs
// before a meeting. (Package view may offer its own; this one is computed from
// the cached record so that it costs no store access.)
type brief struct {
	Countries   [2]string `json:"countries"`
	Names       [2]string `json:"names"`
	Engagements int       `json:"engagements"` // bilateral
	// Multilateral counts the gatherings of more countries both attended.
	Multilateral int            `json:"multilateral"`
	First        string         `json:"first_contact,omitempty"`
	Last         string         `json:"last_contact,omitempty"`
	ByType       map[string]int `json:"by_type"`
	Areas        []areaCount    `json:"areas"`
	Recent       []briefContact `json:"recent"`
	Targets      []briefTarget  `json:"targets"`
	Pending      []briefContact `json:"pending"`
	// Window, on a busy relationship, says that the brief covers only the
	// latest contacts (view.PairPart).
	Window *view.PairWindow `json:"window,omitempty"`
}

type areaCount struct {
	Area  string `json:"area"`
	Count int    `json:"count"`
}

type briefContact struct {
	ID           string   `json:"id"`
	Date         string   `json:"date"`
	Type         string   `json:"type"`
	Place        string   `json:"place,omitempty"`
	Participants []string `json:"participants"`
	Article      string   `json:"article,omitempty"`
	Title        string   `json:"title,omitempty"`
}

type briefTarget struct {
	ID       string `json:"id"`
	Metric   string `json:"metric"`
	Value    string `json:"value"`
	Holders  string `json:"holders"`
	Stated   int    `json:"stated"`
	LastSaid string `json:"last_stated,omitempty"`
	Quote    string `json:"quote,omitempty"`
}

const briefRecent = 8

func (m *model) contact(e *accord.Engagement) briefContact {
	c := briefContact{ID: e.ID, Date: e.Date, Type: typeLabel(string(e.Type)), Place: e.Place.Name, Participants: []string{}}
	for _, p := range e.Participants {
		c.Participants = append(c.Participants, m.actorName(p))
	}
	if len(e.Reports) > 0 {
		c.Article = e.Reports[0].Article
		c.Title = m.articles[c.Article].Title
	}
	return c
}

func (m *model) brief(d *dyad) *brief {
	b := &brief{
		Countries:    [2]string{d.A, d.B},
		Names:        [2]string{m.countryName(d.A), m.countryName(d.B)},
		Engagements:  len(d.Engagements),
		Multilateral: max(d.gatherings, len(d.Multilateral)),
		Last:         d.Last,
		ByType:       map[string]int{},
		Areas:        []areaCount{},
		Recent:       []briefContact{},
		Targets:      []briefTarget{},
		Pending:      []briefContact{},
		Window:       m.window,
	}
	if len(d.Engagements) > 0 {
		b.First = d.Engagements[0].Date
	}
	areas := map[string]int{}
	for _, e := range d.Engagements {
		b.ByType[string(e.Type)]++
		for _, a := range m.engagementAreas(e) {
			areas[a]++
		}
	}
	for a, n := range areas {
		b.Areas = append(b.Areas, areaCount{a, n})
	}
	slices.SortFunc(b.Areas, func(x, y areaCount) int {
		if x.Count != y.Count {
			return y.Count - x.Count
		}
		return strings.Compare(x.Area, y.Area)
	})
	for i := len(d.Engagements) - 1; i >= 0 && len(b.Recent) < briefRecent; i-- {
		b.Recent = append(b.Recent, m.contact(d.Engagements[i]))
	}
	for _, e := range d.Pending {
		if e.ClosedBy == "" {
			b.Pending = append(b.Pending, m.contact(e))
		}
	}
	for _, t := range d.Targets {
		bt := briefTarget{ID: t.ID, Metric: t.Metric, Value: formatTarget(t.Comparator, t.Value, t.Unit, t.Deadline, t.Period), Holders: strings.Join(t.Holders, ", "), Stated: t.Stated()}
		if n := len(t.Mentions); n > 0 {
			last := t.Mentions[n-1]
			for _, ev := range t.Mentions {
				if ev.Published >= last.Published {
					last = ev
				}
			}
			bt.LastSaid, bt.Quote = last.Published, last.Quote
		}
		b.Targets = append(b.Targets, bt)
	}
	return b
}
