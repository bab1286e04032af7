package sqlite

import (
	"context"
	"database/sql"
	"slices"

	"github.com/accordhq/accord"
)

// gatheringLinesSQL selects the lines of gatherings by id (a JSON array,
// jsonList; migration 0021).
const gatheringLinesSQL = `SELECT id, status, date, end_date, type, place, place_country, countries, article,
	title, file, source, published FROM gathering_lines WHERE id IN ` + jsonList

// GatheringLines is RecordOf with the gatherings q selects as their lines
// (accord.LineReader), from gathering_lines: a few hundred bytes each, where
// an engagement's row is a kilobyte of JSON decoded whole and its first
// report's title a lookup of the article by id besides.
func (db *DB) GatheringLines(ctx context.Context, q accord.RecordQuery) (*accord.Record, map[string]*accord.Article, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, internal("gathering lines", err)
	}
	defer tx.Rollback()
	refs, err := selectKeys(ctx, tx, q, db.ns)
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	seen := map[string]bool{}
	for _, r := range refs {
		if r.kind == accord.KindEngagement && !seen[r.id] {
			seen[r.id] = true
			ids = append(ids, r.id)
		}
	}
	lines := &accord.Record{}
	heads := map[string]*accord.Article{}
	have := map[string]bool{}
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		if err := readLines(ctx, tx, part, lines, heads, have); err != nil {
			return nil, nil, internal("gathering lines", err)
		}
	}
	// The rest as RecordOf reads them: engagements of two countries,
	// other kinds, ids asked for.
	rest := q
	rest.Keys, rest.All, rest.IDs = nil, nil, slices.Clone(q.IDs)
	for _, r := range refs {
		if !have[r.id] || r.kind != accord.KindEngagement {
			rest.IDs = append(rest.IDs, r.id)
		}
	}
	var rec *accord.Record
	if len(rest.IDs) > 0 {
		if rec, err = recordOf(ctx, tx, rest, db.ns, db.heads); err != nil {
			return nil, nil, err
		}
	} else {
		rec = &accord.Record{}
	}
	rec.Engagements = append(rec.Engagements, lines.Engagements...)
	rec.Pending = append(rec.Pending, lines.Pending...)
	rec.SortParts()
	return rec, heads, nil
}

func readLines(ctx context.Context, tx *sql.Tx, ids []string, rec *accord.Record, heads map[string]*accord.Article, have map[string]bool) error {
	rows, err := tx.QueryContext(ctx, gatheringLinesSQL, jsonArray(ids))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e accord.Engagement
		var countries []byte
		var article string
		var title, file, source, published sql.NullString
		if err := rows.Scan(&e.ID, &e.Status, &e.Date, &e.EndDate, &e.Type, &e.Place.Name, &e.Place.Country, &countries, &article,
			&title, &file, &source, &published); err != nil {
			return err
		}
		if err := unmarshal(countries, &e.Countries); err != nil {
			return err
		}
		if article != "" {
			e.Reports = []accord.Evidence{{Article: article}}
			if title.Valid {
				heads[article] = &accord.Article{ID: article, Title: title.String, File: file.String, Source: source.String, Published: published.String}
			}
		}
		have[e.ID] = true
		if e.Status == accord.StatusPending {
			rec.Pending = append(rec.Pending, e)
		} else {
			rec.Engagements = append(rec.Engagements, e)
		}
	}
	return rows.Err()
}
