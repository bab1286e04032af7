// Package accord holds the domain of accord: the articles it reads, the facts it
// extracts from them (actors, engagements, targets, areas) and the consolidated
// record of relations between countries, with the interfaces between the parts.
//
// It imports nothing of the project; every other package imports it.
// The data flow is read → extract → consolidate → Store → views.
package accord

import "context"

// Store persists articles, their extracted facts and the consolidated record.
// Implementations: package sqlite (embedded default) and package postgres.
// Nothing above the store speaks SQL.
//
// Every method returns *Error values with a Code for expected failures
// (ENOTFOUND for a missing article, EINVALID for a bad query).
type Store interface {
	// PutArticles stores a batch of articles with their facts in one transaction.
	// It is idempotent: an article whose ID is stored already is Unchanged and
	// nothing is written for it; an article whose input (Article.Key: its Path,
	// else its File) is stored under another ID (the file changed) replaces that
	// older version (Replaced). Results are in batch order.
	PutArticles(ctx context.Context, batch []*ArticleFacts) ([]PutResult, error)

	// Article returns one article (with body) by id, or ENOTFOUND.
	Article(ctx context.Context, id string) (*Article, error)
	// ArticleByFile returns the article stored for a file name or URL, or ENOTFOUND.
	ArticleByFile(ctx context.Context, file string) (*Article, error)
	// Articles lists articles (without body) in (published, id) order.
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)
	// Facts returns what was extracted from one article, or ENOTFOUND.
	Facts(ctx context.Context, articleID string) (*ArticleFacts, error)
	// EachFacts calls fn for every stored article's facts in (published, id)
	// order, streaming, so memory does not grow with the corpus.
	EachFacts(ctx context.Context, fn func(*ArticleFacts) error) error

	// Search runs a full-text query over titles and bodies.
	Search(ctx context.Context, q SearchQuery) (*SearchResults, error)

	// Record loads the consolidated record, whole: for exports and
	// rebuilds of small stores. Views and consolidation read parts of it
	// through RecordReader.
	Record(ctx context.Context) (*Record, error)
	RecordReader
	ViewReader
	// SaveRecord applies a change to the consolidated record in one transaction.
	SaveRecord(ctx context.Context, c *RecordChange) error

	// Stats returns counts and the store's generation, which changes on every
	// write, so that readers can cache derived views.
	Stats(ctx context.Context) (Stats, error)

	// Meta returns a value the pipeline keeps in the store under key, or ""
	// when there is none. Values are bookkeeping, not data: SetMeta does not
	// change the generation.
	Meta(ctx context.Context, key string) (string, error)
	// SetMeta sets a value ("" deletes it).
	SetMeta(ctx context.Context, key, value string) error

	Close() error
}

// RecordLocker is implemented by stores that several processes may write at
// once (PostgreSQL; SQLite files through a lock file). fn runs while no other
// process holds the lock: consolidation (read the record, merge, save) runs
// under it, so that two processes never merge into the same old record.
type RecordLocker interface {
	WithRecordLock(ctx context.Context, fn func(context.Context) error) error
}

// LockWait is told when a writer starts waiting for a lock another process
// holds (waiting true, with who holds it and since when, as far as the store
// knows), and when it gets it (waiting false). Stores call it through the
// context (WithLockWait), so that waiting is never silent.
type LockWait func(holder string, waiting bool)

type lockWaitKey struct{}

// WithLockWait returns ctx carrying f.
func WithLockWait(ctx context.Context, f LockWait) context.Context {
	return context.WithValue(ctx, lockWaitKey{}, f)
}

// LockWaitOf returns the LockWait of ctx, or one that does nothing.
func LockWaitOf(ctx context.Context) LockWait {
	if f, ok := ctx.Value(lockWaitKey{}).(LockWait); ok && f != nil {
		return f
	}
	return func(string, bool) {}
}

// PutOutcome says what PutArticles did with one article.
type PutOutcome string

const (
	Stored    PutOutcome = "stored"    // new article
	Unchanged PutOutcome = "unchanged" // same id stored already: nothing written
	Replaced  PutOutcome = "replaced"  // the file's older version was replaced
)

// PutResult is the outcome for one article of a PutArticles batch.
type PutResult struct {
	ID      string
	Outcome PutOutcome
	// ReplacedID is the id of the older version removed, with Replaced.
	ReplacedID string
}

// ArticleFilter selects articles for Store.Articles.
type ArticleFilter struct {
	From, To string // published, YYYY-MM-DD, inclusive; empty for open
	Source   string
	Limit    int // 0: no limit
	Offset   int
}

// Stats describes a store.
type Stats struct {
	Articles    int   `json:"articles"`
	Actors      int   `json:"actors"`
	Engagements int   `json:"engagements"`
	Targets     int   `json:"targets"`
	Generation  int64 `json:"generation"`
}
