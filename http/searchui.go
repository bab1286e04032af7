package http

// Search as an analyst reads it (issue 11): chips and facets by name, the
// top ten values of a facet, each hit's relationships and events. Country
// names in queries are expanded by view.ExpandCountries.

import (
	"context"

	accord "github.com/accordhq/accord"
)

// facetLabel is the name of a facet value: a country's name, not its code;
// "phone call", not phone_call.
func facetLabel(m *model, facet, value string) string {
	switch facet {
	case accord.FacetCountry:
		if m != nil {
			return m.countryName(value)
		}
	case accord.FacetType:
		return typeLabel(value)
	case accord.FacetArea:
		return areaLabel(value)
	}
	return value
}

// formParam is a parameter the search form sends as it is.
type formParam struct{ Name, Value string }

// facetTop is how many values of a facet show before "more".
const facetTop = 10

// hitLink is a link under a search hit.
type hitLink struct{ Label, Href string }

// hitContext is what a hit belongs to: the relationships and the events
// its article reports.
type hitContext struct {
	Pairs, Events []hitLink
}

// hitEventsMax bounds the events listed under one hit.
const hitEventsMax = 4

// hitContexts reads the engagements the page's articles report (one
// query, by the articles' report keys) and returns, per article, their
// relationships and events.
func (s *Server) hitContexts(ctx context.Context, m *model, ids []string) (map[string]*hitContext, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = accord.KeyReport + id
	}
	rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: keys, Kind: accord.KindEngagement})
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	out := map[string]*hitContext{}
	pairSeen := map[string]bool{}
	for _, es := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range es {
			e := &es[i]
			for _, ev := range e.Reports {
				if !want[ev.Article] {
					continue
				}
				hc := out[ev.Article]
				if hc == nil {
					hc = &hitContext{}
					out[ev.Article] = hc
				}
				if len(e.Countries) == 2 {
					a, b := e.Countries[0], e.Countries[1]
					if b < a {
						a, b = b, a
					}
					if k := ev.Article + "|" + a + "|" + b; !pairSeen[k] {
						pairSeen[k] = true
						hc.Pairs = append(hc.Pairs, hitLink{facetLabel(m, accord.FacetCountry, a) + " – " + facetLabel(m, accord.FacetCountry, b), "/dyads/" + a + "/" + b})
					}
				}
				if len(hc.Events) < hitEventsMax {
					label := typeLabel(string(e.Type))
					if e.Date != "" {
						label = e.Date + " " + label
					}
					if e.Status == accord.StatusPending {
						label += " (invitation)"
					}
					hc.Events = append(hc.Events, hitLink{label, "/engagements/" + e.ID})
				}
				break
			}
		}
	}
	return out, nil
}
