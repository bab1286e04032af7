package postgres

import (
	"context"
	"encoding/json"
	"slices"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// GatheringLines is RecordOf with the gatherings q selects as their lines
// (accord.LineReader), from gathering_lines (migration 0014): a few
// hundred bytes each, not an engagement's row and its first report's
// article.
func (db *DB) GatheringLines(ctx context.Context, q accord.RecordQuery) (*accord.Record, map[string]*accord.Article, error) {
	r := &accord.Record{Actors: []accord.Actor{}, Engagements: []accord.Engagement{}, Pending: []accord.Engagement{}, Targets: []accord.Target{}}
	heads := map[string]*accord.Article{}
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		byKind, err := selectKeys(ctx, tx, q)
		if err != nil {
			return err
		}
		have := map[string]bool{}
		if ids := byKind[accord.KindEngagement]; len(ids) > 0 {
			rows, err := tx.Query(ctx, `SELECT id, status, date, end_date, type, place, place_country, countries::text, article,
				title, file, source, published FROM gathering_lines WHERE id = ANY($1)`, ids)
			if err != nil {
				return err
			}
			var e accord.Engagement
			var countries []byte
			var article string
			var title, file, source, published *string
			if _, err := pgx.ForEachRow(rows, []any{&e.ID, &e.Status, &e.Date, &e.EndDate, &e.Type, &e.Place.Name, &e.Place.Country,
				&countries, &article, &title, &file, &source, &published}, func() error {
				if err := json.Unmarshal(countries, &e.Countries); err != nil {
					return err
				}
				if article != "" {
					e.Reports = []accord.Evidence{{Article: article}}
					if title != nil {
						heads[article] = &accord.Article{ID: article, Title: *title, File: deref(file), Source: deref(source), Published: deref(published)}
					}
				}
				have[e.ID] = true
				if e.Status == accord.StatusPending {
					r.Pending = append(r.Pending, e)
				} else {
					r.Engagements = append(r.Engagements, e)
				}
				e = accord.Engagement{}
				return nil
			}); err != nil {
				return err
			}
		}
		// The rest as RecordOf reads them.
		for _, kind := range []string{accord.KindActor, accord.KindEngagement, accord.KindTarget} {
			var ids []string
			for _, id := range byKind[kind] {
				if kind != accord.KindEngagement || !have[id] {
					ids = append(ids, id)
				}
			}
			if err := loadByID(ctx, tx, r, kind, append(ids, slices.Clone(q.IDs)...)); err != nil {
				return err
			}
		}
		if !q.Actors {
			return nil
		}
		return loadByID(ctx, tx, r, accord.KindActor, r.MissingActors())
	})
	if err != nil {
		return nil, nil, internal("gathering lines", err)
	}
	for i := range r.Targets {
		accord.TrimStatements(&r.Targets[i], q.Statements)
	}
	r.SortParts()
	return r, heads, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
