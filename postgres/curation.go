package postgres

import (
	"context"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
	"github.com/jackc/pgx/v5"
)

// AddCorrection stores a correction; its ID and (when empty) Created are set.
func (db *DB) AddCorrection(ctx context.Context, c accord.Correction) (accord.Correction, error) {
	if c.Created == "" {
		c.Created = time.Now().UTC().Format(time.RFC3339)
	}
	arts := c.Articles
	if arts == nil {
		arts = []string{}
	}
	if c.ID <= 0 {
		err := db.pool.QueryRow(ctx, `INSERT INTO corrections (kind, target, other, value, articles, anchor, note, author, created)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			c.Kind, c.Target, c.Other, c.Value, arts, c.Anchor, c.Note, c.Author, c.Created).Scan(&c.ID)
		if err != nil {
			return c, internal("add correction", err)
		}
		return c, nil
	}
	// A copy keeps the id; the identity then moves past it, so that no
	// later correction is given it.
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO corrections (id, kind, target, other, value, articles, anchor, note, author, created)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			c.ID, c.Kind, c.Target, c.Other, c.Value, arts, c.Anchor, c.Note, c.Author, c.Created); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `SELECT setval(s::regclass, greatest((SELECT max(id) FROM corrections), coalesce(pg_sequence_last_value(s::regclass), 0)))
			FROM pg_get_serial_sequence('corrections', 'id') AS s`)
		return err
	})
	if err != nil {
		return c, internal("add correction", err)
	}
	return c, nil
}

// Corrections lists the corrections, oldest first.
func (db *DB) Corrections(ctx context.Context) ([]accord.Correction, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, kind, target, other, value, articles, anchor, note, author, created FROM corrections ORDER BY id`)
	if err != nil {
		return nil, internal("corrections", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (accord.Correction, error) {
		var c accord.Correction
		err := row.Scan(&c.ID, &c.Kind, &c.Target, &c.Other, &c.Value, &c.Articles, &c.Anchor, &c.Note, &c.Author, &c.Created)
		if len(c.Articles) == 0 {
			c.Articles = nil
		}
		return c, err
	})
	if err != nil {
		return nil, internal("corrections", err)
	}
	return out, nil
}

// DeleteCorrection removes a correction, or returns ENOTFOUND.
func (db *DB) DeleteCorrection(ctx context.Context, id int64) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM corrections WHERE id = $1`, id)
	if err != nil {
		return internal("delete correction", err)
	}
	if tag.RowsAffected() == 0 {
		return accord.ErrorAt(accord.ENOTFOUND, "id", "no correction %d", id)
	}
	return nil
}

// curated returns c with the stored corrections applied (curate.Apply):
// the record is always written corrected.
func (db *DB) curated(ctx context.Context, c *accord.RecordChange) (*accord.RecordChange, error) {
	corrs, err := db.Corrections(ctx)
	if err != nil {
		return nil, err
	}
	return curate.Apply(c, corrs), nil
}
