package postgres

import (
	"context"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// ArticleInfos returns articles without body by id, with the areas their
// facts name (from the search tags, sorted).
func (db *DB) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	return db.articleInfos(ctx, ids, true)
}

// ArticleHeads returns articles without body or areas by id
// (accord.HeadReader).
func (db *DB) ArticleHeads(ctx context.Context, ids []string) (map[string]*accord.Article, error) {
	infos, err := db.articleInfos(ctx, ids, false)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*accord.Article, len(infos))
	for id, a := range infos {
		out[id] = &a.Article
	}
	return out, nil
}

func (db *DB) articleInfos(ctx context.Context, ids []string, areas bool) (map[string]*accord.ArticleInfo, error) {
	out := make(map[string]*accord.ArticleInfo, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ANY($1)`, ids)
		if err != nil {
			return err
		}
		var a accord.Article
		if _, err := pgx.ForEachRow(rows, fields(&a), func() error {
			out[a.ID] = &accord.ArticleInfo{Article: *unkey(&a)}
			a = accord.Article{}
			return nil
		}); err != nil {
			return err
		}
		if !areas {
			return nil
		}
		rows, err = tx.Query(ctx, `SELECT article_id, value FROM article_tags WHERE kind = 'area' AND article_id = ANY($1)
			ORDER BY article_id, value COLLATE "C"`, ids)
		if err != nil {
			return err
		}
		var id, area string
		_, err = pgx.ForEachRow(rows, []any{&id, &area}, func() error {
			if a := out[id]; a != nil {
				a.Areas = append(a.Areas, area)
			}
			return nil
		})
		return err
	})
	if err != nil {
		return nil, internal("article infos", err)
	}
	return out, nil
}

// EachEntity streams the record's entities of one kind: actors by id,
// engagements by (date, id), targets by (deadline, id).
func (db *DB) EachEntity(ctx context.Context, q accord.EntityQuery, fn func(v any) error) error {
	table := recordTables[q.Kind]
	if table == "" {
		return accord.Errorf(accord.EINVALID, "each entity: unknown kind %q", q.Kind)
	}
	query := `SELECT data::text FROM ` + table + ` ORDER BY id COLLATE "C"`
	if q.Kind == accord.KindTarget {
		query = `SELECT data::text FROM targets ORDER BY coalesce(data->>'deadline', '') COLLATE "C", id COLLATE "C"`
	}
	var args []any
	if q.Kind == accord.KindEngagement {
		cond := ""
		if len(q.Status) > 0 {
			cond = ` WHERE status = ANY($1)`
			args = append(args, q.Status)
		}
		query = `SELECT data::text FROM engagements` + cond + ` ORDER BY coalesce(data->>'date', '') COLLATE "C", id COLLATE "C"`
	}
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return internal("each entity", err)
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return internal("each entity", err)
		}
		v, err := accord.DecodeEntity(q.Kind, data)
		if err != nil {
			return internal("each entity", err)
		}
		if !q.Curated && accord.Curated(v) {
			continue // hidden or merged away by a correction
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return internal("each entity", err)
	}
	return nil
}

// KeysOf returns an actor's article-local keys, sorted.
func (db *DB) KeysOf(ctx context.Context, actorID string) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT key FROM actor_keys WHERE actor = $1 ORDER BY key COLLATE "C"`, actorID)
	if err != nil {
		return nil, internal("keys of", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, internal("keys of", err)
	}
	return out, nil
}
