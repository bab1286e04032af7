package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
)

// AddCorrection stores a correction; its ID and (when empty) Created are set.
func (db *DB) AddCorrection(ctx context.Context, c accord.Correction) (accord.Correction, error) {
	if c.Created == "" {
		c.Created = now()
	}
	arts, _ := json.Marshal(nonNilStrings(c.Articles))
	// A zero id is NULL: AUTOINCREMENT gives one.
	var id any
	if c.ID > 0 {
		id = c.ID
	}
	res, err := db.w.ExecContext(ctx, `INSERT INTO corrections (id, kind, target, other, value, articles, anchor, note, author, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, c.Kind, c.Target, c.Other, c.Value, string(arts), c.Anchor, c.Note, c.Author, c.Created)
	if err != nil {
		return c, internal("add correction", err)
	}
	if c.ID, err = res.LastInsertId(); err != nil {
		return c, internal("add correction", err)
	}
	return c, nil
}

// Corrections lists the corrections, oldest first.
func (db *DB) Corrections(ctx context.Context) ([]accord.Correction, error) {
	return corrections(ctx, db.r)
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func corrections(ctx context.Context, q querier) ([]accord.Correction, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, target, other, value, articles, anchor, note, author, created FROM corrections ORDER BY id`)
	if err != nil {
		return nil, internal("corrections", err)
	}
	defer rows.Close()
	var out []accord.Correction
	for rows.Next() {
		var c accord.Correction
		var arts string
		if err := rows.Scan(&c.ID, &c.Kind, &c.Target, &c.Other, &c.Value, &arts, &c.Anchor, &c.Note, &c.Author, &c.Created); err != nil {
			return nil, internal("corrections", err)
		}
		if err := json.Unmarshal([]byte(arts), &c.Articles); err != nil {
			return nil, internal("corrections", err)
		}
		if len(c.Articles) == 0 {
			c.Articles = nil
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("corrections", err)
	}
	return out, nil
}

// DeleteCorrection removes a correction, or returns ENOTFOUND.
func (db *DB) DeleteCorrection(ctx context.Context, id int64) error {
	res, err := db.w.ExecContext(ctx, `DELETE FROM corrections WHERE id = ?`, id)
	if err != nil {
		return internal("delete correction", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return accord.ErrorAt(accord.ENOTFOUND, "id", "no correction %d", id)
	}
	return nil
}

// curated returns c with the stored corrections applied (curate.Apply):
// the record is always written corrected.
func (db *DB) curated(ctx context.Context, c *accord.RecordChange) (*accord.RecordChange, error) {
	// From a reader, which sees every committed correction: read through
	// the one writer connection, a save waited for it twice, before and
	// again at its transaction, while a batch of articles was stored in
	// between (issue 10: 1.5 s in 8 at 900,000 stored, on the path the
	// next batch's merge waits for).
	corrs, err := corrections(ctx, db.r)
	if err != nil {
		return nil, err
	}
	if c, err = wholeCorrected(ctx, db.w, c, corrs); err != nil {
		return nil, internal("save record: corrected targets", err)
	}
	return curate.Apply(c, corrs), nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
