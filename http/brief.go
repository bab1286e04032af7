package http

import (
	"context"
	"fmt"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// brief is the state of a relationship in a few lines: what a reader needs
// before a meeting. (Package view may offer its own; this one is computed from
// the cached record so that it costs no store access.)
type brief struct {
	Countries   [2]string      `json:"countries"`
	Names       [2]string      `json:"names"`
	Engagements int            `json:"engagements"`
	First       string         `json:"first_contact,omitempty"`
	Last        string         `json:"last_contact,omitempty"`
	ByType      map[string]int `json:"by_type"`
	Areas       []areaCount    `json:"areas"`
	Recent      []briefContact `json:"recent"`
	Targets     []briefTarget  `json:"targets"`
	Pending     []briefContact `json:"pending"`
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
		Countries:   [2]string{d.A, d.B},
		Names:       [2]string{m.countryName(d.A), m.countryName(d.B)},
		Engagements: len(d.Engagements),
		Last:        d.Last,
		ByType:      map[string]int{},
		Areas:       []areaCount{},
		Recent:      []briefContact{},
		Targets:     []briefTarget{},
		Pending:     []briefContact{},
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
		bt := briefTarget{ID: t.ID, Metric: t.Metric, Value: formatTarget(t.Comparator, t.Value, t.Unit, t.Deadline, t.Period), Holders: strings.Join(t.Holders, ", "), Stated: len(t.Mentions)}
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

// Markdown renders the brief for people (GET /api/dyads/{a}/{b}/brief).
func (b *brief) Markdown() string {
	var s strings.Builder
	fmt.Fprintf(&s, "# %s – %s\n\n", b.Names[0], b.Names[1])
	if b.Engagements == 0 {
		s.WriteString("No engagements recorded.\n")
	} else {
		fmt.Fprintf(&s, "%d engagements from %s to %s", b.Engagements, b.First, b.Last)
		types := make([]string, 0, len(b.ByType))
		for _, t := range accord.EngagementTypes {
			if n := b.ByType[string(t)]; n > 0 {
				types = append(types, fmt.Sprintf("%d %s", n, typeLabel(string(t))))
			}
		}
		fmt.Fprintf(&s, " (%s).\n", strings.Join(types, ", "))
	}
	if len(b.Areas) > 0 {
		s.WriteString("\n## Areas\n\n")
		for _, a := range b.Areas {
			fmt.Fprintf(&s, "- %s: %d\n", areaLabel(a.Area), a.Count)
		}
	}
	if len(b.Recent) > 0 {
		s.WriteString("\n## Latest contacts\n\n")
		for _, c := range b.Recent {
			writeContact(&s, c)
		}
	}
	if len(b.Targets) > 0 {
		s.WriteString("\n## Targets\n\n")
		for _, t := range b.Targets {
			fmt.Fprintf(&s, "- **%s**: %s (%s; stated %d×, last %s)\n", t.Metric, t.Value, t.Holders, t.Stated, t.LastSaid)
			if t.Quote != "" {
				fmt.Fprintf(&s, "  > %s\n", t.Quote)
			}
		}
	}
	if len(b.Pending) > 0 {
		s.WriteString("\n## Pending\n\n")
		for _, c := range b.Pending {
			writeContact(&s, c)
		}
	}
	return s.String()
}

func writeContact(s *strings.Builder, c briefContact) {
	fmt.Fprintf(s, "- %s · %s", c.Date, c.Type)
	if len(c.Participants) > 0 {
		fmt.Fprintf(s, " · %s", strings.Join(c.Participants, ", "))
	}
	if c.Place != "" {
		fmt.Fprintf(s, " · %s", c.Place)
	}
	if c.Title != "" {
		fmt.Fprintf(s, " — %s", c.Title)
	}
	s.WriteString("\n")
}

// export builds the accord.export/v1 document from the store. (Package view
// owns the reference Export; this keeps package http free of it.)
func export(ctx context.Context, store accord.Store) (*accord.Export, error) {
	rec, err := store.Record(ctx)
	if err != nil {
		return nil, err
	}
	idx := rec.ActorIndex()
	x := &accord.Export{Schema: accord.ExportSchema, Articles: []accord.ExportArticle{}, Actors: []accord.ExportActor{}, Engagements: []accord.ExportEngagement{}, Targets: []accord.ExportTarget{}, Pending: []accord.ExportEngagement{}}
	err = store.EachFacts(ctx, func(f *accord.ArticleFacts) error {
		a := f.Article
		xa := accord.ExportArticle{ID: a.ID, File: a.File, Title: a.Title, URL: accord.NullString(a.URL), Published: a.Published, Dateline: accord.NullString(a.Dateline), Source: accord.NullString(a.Source), Actors: []string{}, Areas: nonNil(f.Areas)}
		for _, act := range f.Actors {
			id := act.ID
			if g := consolidate.ActorFor(idx, a.ID, act.ID); g != nil {
				id = g.ID
			}
			xa.Actors = append(xa.Actors, id)
		}
		xa.Actors = uniq(xa.Actors)
		x.Articles = append(x.Articles, xa)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, a := range rec.Actors {
		x.Actors = append(x.Actors, accord.ExportActor{ID: a.ID, Type: a.Type, Name: a.Name, Country: accord.NullString(a.Country), Roles: nonNil(a.Roles), Aliases: nonNil(a.Aliases), Offices: a.Offices})
	}
	conv := func(e accord.Engagement) accord.ExportEngagement {
		return accord.ExportEngagement{ID: e.ID, Type: e.Type, Date: e.Date, EndDate: e.EndDate, Place: accord.ExportPlace{Name: accord.NullString(e.Place.Name), Country: accord.NullString(e.Place.Country)}, Participants: nonNil(e.Participants), Countries: nonNil(e.Countries), Level: e.Level, Status: e.Status, Parent: e.Parent, Areas: e.Areas, Reports: nonNil(e.Reports), Refs: e.Refs, ClosedBy: e.ClosedBy}
	}
	for _, e := range rec.Engagements {
		x.Engagements = append(x.Engagements, conv(e))
	}
	for _, e := range rec.Pending {
		x.Pending = append(x.Pending, conv(e))
	}
	for _, t := range rec.Targets {
		x.Targets = append(x.Targets, accord.ExportTarget{ID: t.ID, Metric: t.Metric, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator, Deadline: accord.NullString(t.Deadline), Period: accord.NullString(t.Period), Qualifier: t.Qualifier, Holders: nonNil(t.Holders), Mentions: nonNil(t.Mentions), History: t.History})
	}
	return x, nil
}
