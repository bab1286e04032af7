package sqlite

import (
	"context"
	"database/sql"
	"errors"
)

// Meta returns a bookkeeping value, or "" when there is none. It shares the
// meta table with the generation counter, under other keys.
func (db *DB) Meta(ctx context.Context, key string) (string, error) {
	var v string
	// Through the writer's connection: the pipeline reads its bookkeeping
	// after every write, and a reader connection would drop its page cache
	// for it (a cost that grows with the cache).
	err := db.w.QueryRowContext(ctx, `SELECT CAST(value AS TEXT) FROM meta WHERE key = ?`, "pipeline."+key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", internal("meta", err)
	}
	return v, nil
}

// SetMeta sets a bookkeeping value ("" deletes it), without a new generation.
func (db *DB) SetMeta(ctx context.Context, key, value string) error {
	var err error
	if value == "" {
		_, err = db.w.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, "pipeline."+key)
	} else {
		_, err = db.w.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, "pipeline."+key, value)
	}
	if err != nil {
		return internal("set meta", err)
	}
	return nil
}
