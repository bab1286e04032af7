package postgres

import (
	"strings"

	"github.com/accordhq/accord"
)

// Tag kinds of article_tags: the filters and facets of search that come from
// an article's facts. Source and year come from the article itself.
const (
	tagCountry = accord.FacetCountry
	tagArea    = accord.FacetArea
	tagType    = accord.FacetType
	tagActor   = "actor" // not a facet: for finding an actor's articles
)

type tag struct{ kind, value string }

// tags returns the distinct tags of an article's facts, as package sqlite
// derives them: the countries of its actors, its areas, the types of the
// engagements it reports, and the ids of its actors.
func tags(f *accord.ArticleFacts) []tag {
	seen := make(map[tag]bool)
	var out []tag
	add := func(kind, value string) {
		t := tag{kind, value}
		if value == "" || seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
	}
	for _, a := range f.Actors {
		c := a.Country
		if c == "" && a.Type == accord.Country {
			c = strings.TrimPrefix(a.ID, string(accord.Country)+":")
		}
		add(tagCountry, c)
		add(tagActor, a.ID)
	}
	for _, area := range f.Areas {
		add(tagArea, area)
	}
	for _, e := range f.Engagements {
		add(tagType, string(e.Type))
	}
	return out
}
