package accord

import "context"

// ViewReader reads what views need beside parts of the record: a few
// articles' titles and areas, and the record streamed entity by entity, so
// that no view loads every article or the whole record.
type ViewReader interface {
	// ArticleInfos returns the stored articles among ids, without bodies,
	// each with the areas its facts name (sorted); ids not stored are left
	// out.
	ArticleInfos(ctx context.Context, ids []string) (map[string]*ArticleInfo, error)
	// EachEntity calls fn with every entity of the record that q selects
	// (*Actor, *Engagement or *Target), streaming: actors by id,
	// engagements by (date, id), targets by (deadline, id). An error from
	// fn stops the walk and is returned as is. Actors come without Keys
	// (see KeysOf).
	EachEntity(ctx context.Context, q EntityQuery, fn func(v any) error) error
	// KeysOf returns the article-local keys merged into an actor (its
	// Keys, as Record fills them), sorted.
	KeysOf(ctx context.Context, actorID string) ([]string, error)
}

// ArticleInfo is an article without body and the areas its facts name:
// what lists of reports show.
type ArticleInfo struct {
	Article
	Areas []string `json:"areas"`
}

// EntityQuery selects entities for EachEntity.
type EntityQuery struct {
	Kind string // KindActor, KindEngagement or KindTarget
	// Status, when set, keeps the engagements with one of these statuses
	// ("" is a held engagement stored without one).
	Status []string
	// Curated, when set, keeps the entities corrections hide (hidden, or
	// actors merged into others), which are left out otherwise.
	Curated bool
}

// StatusHeldAll lists the statuses of held engagements, for EntityQuery.
var StatusHeldAll = []string{"", StatusHeld}

// HeadReader is a ViewReader that also reads articles without their areas:
// a timeline lists its reports' titles and dates only, and the areas are
// as many reads again (a lookup of each article's tags). Views use it when
// the store has it, ArticleInfos when not.
type HeadReader interface {
	// ArticleHeads returns the stored articles among ids, without bodies
	// or areas; ids not stored are left out. A store may give only what
	// views cite an article by: its id, title, file, source and published.
	ArticleHeads(ctx context.Context, ids []string) (map[string]*Article, error)
}

// LineReader is a ViewReader that also reads gatherings as lines: a
// relationship's timeline lists the gatherings both countries attended one
// a line (date, type, place, the number of countries, the first report's
// title), and a busy pair attended hundreds, each a kilobyte of record and
// an article besides. Views use it when the store has it, RecordOf when not.
type LineReader interface {
	// GatheringLines is RecordOf, but that the engagements of more than
	// two countries among those q selects come as their lines: ID, Type,
	// Date, EndDate, Place, Countries, Status and their first report's
	// article (Reports[0].Article) only. heads gives the stored articles
	// among those first reports, as ArticleHeads may (id, title, file,
	// source and published).
	GatheringLines(ctx context.Context, q RecordQuery) (rec *Record, heads map[string]*Article, err error)
}
