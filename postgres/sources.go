package postgres

import (
	"context"

	accord "github.com/accordhq/accord"
)

var _ accord.SourceStore = (*DB)(nil)

// PutSource inserts or replaces a source, by URL.
func (db *DB) PutSource(ctx context.Context, s accord.Source) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO sources (url, name, kind, last_fetch, last_success, status, http_status,
		items, stored, failures, error, etag, last_modified) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
		ON CONFLICT (url) DO UPDATE SET name = excluded.name, kind = excluded.kind, last_fetch = excluded.last_fetch,
		last_success = excluded.last_success, status = excluded.status, http_status = excluded.http_status,
		items = excluded.items, stored = excluded.stored, failures = excluded.failures, error = excluded.error,
		etag = excluded.etag, last_modified = excluded.last_modified`,
		s.URL, s.Name, s.Kind, s.LastFetch, s.LastSuccess, s.Status, s.HTTPStatus, s.Items, s.Stored, s.Failures, s.Error, s.ETag, s.LastModified)
	if err != nil {
		return internal("put source", err)
	}
	return nil
}

// Sources lists the sources by URL.
func (db *DB) Sources(ctx context.Context) ([]accord.Source, error) {
	rows, err := db.pool.Query(ctx, `SELECT url, name, kind, last_fetch, last_success, status, http_status,
		items, stored, failures, error, etag, last_modified FROM sources ORDER BY url COLLATE "C"`)
	if err != nil {
		return nil, internal("sources", err)
	}
	defer rows.Close()
	out := []accord.Source{}
	for rows.Next() {
		var s accord.Source
		if err := rows.Scan(&s.URL, &s.Name, &s.Kind, &s.LastFetch, &s.LastSuccess, &s.Status, &s.HTTPStatus,
			&s.Items, &s.Stored, &s.Failures, &s.Error, &s.ETag, &s.LastModified); err != nil {
			return nil, internal("sources", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("sources", err)
	}
	return out, nil
}
