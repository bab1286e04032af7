package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
)

// Meta returns a bookkeeping value, or "" when there is none.
func (db *DB) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := db.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
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
		_, err = db.pool.Exec(ctx, `DELETE FROM meta WHERE key = $1`, key)
	} else {
		_, err = db.pool.Exec(ctx, `INSERT INTO meta (key, value) VALUES ($1, $2)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	}
	if err != nil {
		return internal("set meta", err)
	}
	return nil
}
