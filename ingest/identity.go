package ingest

import (
	"context"
	"strings"

	accord "github.com/accordhq/accord"
)

// Identity is how Identify keyed a named stream's articles.
type Identity struct {
	// Reused is set when an earlier, different article carries the name and
	// was kept (no replace): the new one is stored beside it.
	Reused bool `json:"name_reused,omitempty"`
	// Replaced names the earlier article's key when replace took its place.
	Replaced string `json:"replaces,omitempty"`
}

// Identify gives the articles of a stream that has a name but no path (an
// upload, standard input) their identity in the store. A name says nothing
// about content: two uploads called report.txt are two documents, so each
// article is known by its content id (origin:ID) and never silently
// replaces an earlier one. With replace, an article takes the place of the
// latest one stored under its name, as a changed file replaces its older
// version. Articles that carry their own identity (a feed item's url or id)
// keep it.
func Identify(ctx context.Context, s accord.Store, arts []*accord.Article, origin, name string, replace bool) (Identity, error) {
	var id Identity
	base := name
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	for _, a := range arts {
		if a.Path != "" || (a.File != base && !strings.HasPrefix(a.File, base+":")) {
			continue
		}
		old, err := s.ArticleByFile(ctx, a.File)
		switch {
		case accord.ErrorCode(err) == accord.ENOTFOUND:
			old = nil
		case err != nil:
			return id, err
		}
		a.Path = origin + ":" + a.ID
		switch {
		case old == nil || old.ID == a.ID:
		case replace:
			a.Path = old.Key()
			id.Replaced = old.Key()
		default:
			id.Reused = true
		}
	}
	return id, nil
}
