package accord

import "context"

// Source is a feed, sitemap or page that accord reads by URL, with what its
// last fetch gave. The store keeps it so that `accord sources` can report,
// and so that the next fetch is a conditional one.
type Source struct {
	URL  string `json:"url"`
	Name string `json:"name,omitempty"` // the outlet: the feed's title, or the sources file's name
	// Kind is what the URL gave last: rss, atom, json (JSON Feed), sitemap, page.
	Kind        string `json:"kind,omitempty"`
	LastFetch   string `json:"last_fetch,omitempty"`   // RFC 3339, UTC
	LastSuccess string `json:"last_success,omitempty"` // RFC 3339, UTC
	// Status of the last fetch: ok, not_modified or error.
	Status     string `json:"status,omitempty"`
	HTTPStatus int    `json:"http_status,omitempty"`
	Items      int    `json:"items"`  // items (or URLs) the source listed at its last change
	Stored     int    `json:"stored"` // articles stored or replaced from it, all fetches together
	Failures   int    `json:"failures,omitempty"`
	Error      string `json:"error,omitempty"` // the last fetch's error, or its items' first
	// Validators of the last response, for If-None-Match and If-Modified-Since.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Source statuses.
const (
	SourceOK          = "ok"
	SourceNotModified = "not_modified"
	SourceError       = "error"
)

// SourceStore is a store that keeps sources. Package sqlite implements it.
type SourceStore interface {
	// PutSource inserts or replaces a source, by URL.
	PutSource(ctx context.Context, s Source) error
	// Sources lists the sources by URL.
	Sources(ctx context.Context) ([]Source, error)
}
