package area

import (
	"slices"
	"sync"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

var exchanges = sync.OnceValue(knowledge.AreaExchanges)

// WithExchanges adds to areas (sorted, as Extract returns them) the areas
// named by the contacts an article reports (data/areas.json "exchanges").
func WithExchanges(areas []string, es []accord.Engagement) []string {
	for id, x := range exchanges() {
		if slices.Contains(areas, id) {
			continue
		}
		for _, e := range es {
			if slices.Contains(x.Any, string(e.Type)) || (e.Bilateral() && slices.Contains(x.Bilateral, string(e.Type))) {
				areas = append(areas, id)
				break
			}
		}
	}
	slices.Sort(areas)
	return areas
}
