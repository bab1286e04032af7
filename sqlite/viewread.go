package sqlite

import (
	"context"
	"encoding/json"

	"github.com/accordhq/accord"
)

// ArticleInfos returns articles without body by id, with the areas their
// facts name (from the search tags, sorted).
func (db *DB) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	out := make(map[string]*accord.ArticleInfo, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, internal("article infos", err)
	}
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("article infos", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, internal("article infos", err)
	}
	for rows.Next() {
		a := new(accord.ArticleInfo)
		if err := scanArticle(rows, &a.Article); err != nil {
			rows.Close()
			return nil, internal("article infos", err)
		}
		out[a.ID] = a
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internal("article infos", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT a.id, t.value FROM articles a JOIN article_tags t ON t.article = a.n AND t.kind = 'area'
		WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id, t.value`, string(list))
	if err != nil {
		return nil, internal("article infos", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, area string
		if err := rows.Scan(&id, &area); err != nil {
			return nil, internal("article infos", err)
		}
		if a := out[id]; a != nil {
			a.Areas = append(a.Areas, area)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, internal("article infos", err)
	}
	return out, nil
}

// EachEntity streams the record's entities of one kind: actors and targets
// by id, engagements by (date, id).
func (db *DB) EachEntity(ctx context.Context, q accord.EntityQuery, fn func(v any) error) error {
	switch q.Kind {
	case accord.KindActor, accord.KindEngagement, accord.KindTarget:
	default:
		return accord.Errorf(accord.EINVALID, "each entity: unknown kind %q", q.Kind)
	}
	query := `SELECT data FROM entities WHERE kind = ? ORDER BY id`
	args := []any{q.Kind}
	if q.Kind == accord.KindEngagement {
		cond := ""
		if len(q.Status) > 0 {
			b, _ := json.Marshal(q.Status)
			cond = ` AND status IN (SELECT value FROM json_each(?))`
			args = append(args, string(b))
		}
		query = `SELECT data FROM entities WHERE kind = ?` + cond + ` ORDER BY date, id`
	}
	rows, err := db.r.QueryContext(ctx, query, args...)
	if err != nil {
		return internal("each entity", err)
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return internal("each entity", err)
		}
		var v any
		switch q.Kind {
		case accord.KindActor:
			v = new(accord.Actor)
		case accord.KindEngagement:
			v = new(accord.Engagement)
		default:
			v = new(accord.Target)
		}
		if err := json.Unmarshal(data, v); err != nil {
			return internal("each entity", err)
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
	rows, err := db.r.QueryContext(ctx, `SELECT key FROM actor_keys WHERE actor = ? ORDER BY key`, actorID)
	if err != nil {
		return nil, internal("keys of", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, internal("keys of", err)
		}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("keys of", err)
	}
	return out, nil
}
