package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// ArticleInfos returns articles without body by id, with the areas their
// facts name (from the search tags, sorted).
func (db *DB) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	return db.articleInfos(ctx, ids, true)
}

// ArticleHeads returns articles without body or areas by id
// (accord.HeadReader): half the reads of ArticleInfos. A view's store
// gives those its targets' statements brought (statementHeads) as they
// came: id, title, file, source and published only.
func (db *DB) ArticleHeads(ctx context.Context, ids []string) (map[string]*accord.Article, error) {
	out := make(map[string]*accord.Article, len(ids))
	if db.heads != nil {
		ids = db.heads.take(ids, out)
	}
	infos, err := db.articleInfos(ctx, ids, false)
	if err != nil {
		return nil, err
	}
	for id, a := range infos {
		out[id] = &a.Article
	}
	return out, nil
}

// infoColumns are articleColumns of the articles_info side (i) of a join.
var infoColumns = "i." + strings.ReplaceAll(articleColumns, ", ", ", i.")

// articleInfoSQL selects articles by n (a JSON array, jsonList; the keys
// from the narrow index on id, articleNs) without their bodies: the
// columns from articles_info, keyed by n (migration 0016), read in n
// order: consecutive lookups share the index's interior pages (its entries
// are wide, five levels at a million articles), a sixth fewer pages read
// than in id order.
var articleInfoSQL = `SELECT ` + infoColumns + `, i.n FROM articles i INDEXED BY articles_info
	WHERE i.n IN ` + jsonList

// articleRowInfoSQL is articleInfoSQL from the articles' rows, for a store
// that shows one view (OpenView): with its page cache of 1 MB, a lookup in
// articles_info reads some of its 4,793 interior pages at a million
// articles (wide entries, five levels) besides the leaf, where the table's
// interior is a third of that (rowids only) and the columns come before the
// body, in the row's first page. A busy pair's brief or timeline reads 5 to
// 9 % fewer pages; a server's cache of 32 MB holds the index's interior,
// and its leaves hold fifteen articles to the table's one.
var articleRowInfoSQL = `SELECT ` + infoColumns + `, i.n FROM articles i NOT INDEXED
	WHERE i.n IN ` + jsonList

func (db *DB) articleInfos(ctx context.Context, ids []string, areas bool) (map[string]*accord.ArticleInfo, error) {
	out := make(map[string]*accord.ArticleInfo, len(ids))
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(ids) == 0 {
		return out, nil
	}
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("article infos", err)
	}
	defer tx.Rollback()
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		arts, err := db.ns.lookup(ctx, tx, part)
		if err != nil {
			return nil, internal("article infos", err)
		}
		if len(arts) == 0 {
			continue
		}
		query := articleInfoSQL
		if db.view {
			query = articleRowInfoSQL
		}
		rows, err := tx.QueryContext(ctx, query, jsonArray(arts))
		if err != nil {
			return nil, internal("article infos", err)
		}
		byN := map[int64]*accord.ArticleInfo{}
		var ns []int64
		for rows.Next() {
			a := new(accord.ArticleInfo)
			var n int64
			if err := scanArticle(rows, &a.Article, &n); err != nil {
				rows.Close()
				return nil, internal("article infos", err)
			}
			out[a.ID] = a
			byN[n] = a
			ns = append(ns, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal("article infos", err)
		}
		if len(ns) == 0 || !areas {
			continue
		}
		// The areas from the article's facets row (migration 0006: its
		// tags but actors, one short row keyed by n), not its range of
		// article_tags (ten rows or more, in a table of wide keys): a
		// third fewer pages.
		rows, err = tx.QueryContext(ctx, `SELECT n, tags FROM article_facets WHERE n IN `+jsonList, jsonArray(ns))
		if err != nil {
			return nil, internal("article infos", err)
		}
		for rows.Next() {
			var n int64
			var tags string
			if err := rows.Scan(&n, &tags); err != nil {
				rows.Close()
				return nil, internal("article infos", err)
			}
			if a := byN[n]; a != nil {
				a.Areas = facetAreas(tags)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal("article infos", err)
		}
	}
	return out, nil
}

// facetAreas returns the areas among an article_facets row's tags, sorted
// and each once (as article_tags gives them); nil when none.
func facetAreas(tags string) []string {
	var out []string
	for t := range strings.SplitSeq(tags, facetSep) {
		if v, ok := strings.CutPrefix(t, "area:"); ok {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// EachEntity streams the record's entities of one kind: actors by id,
// engagements by (date, id), targets by (deadline, id).
func (db *DB) EachEntity(ctx context.Context, q accord.EntityQuery, fn func(v any) error) error {
	switch q.Kind {
	case accord.KindActor, accord.KindEngagement, accord.KindTarget:
	default:
		return accord.Errorf(accord.EINVALID, "each entity: unknown kind %q", q.Kind)
	}
	query := `SELECT data FROM entities WHERE kind = ? ORDER BY id`
	if q.Kind == accord.KindTarget {
		query = `SELECT data FROM entities WHERE kind = ? ORDER BY date, id` // (deadline, id)
	}
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
	if q.Kind == accord.KindTarget {
		return db.eachTarget(ctx, query, args, q.Curated, fn)
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

// eachTarget streams targets: their rows first (without their lists, they
// are small), then each with its statements, in one read transaction so
// that the two agree.
func (db *DB) eachTarget(ctx context.Context, query string, args []any, curated bool, fn func(v any) error) error {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return internal("each entity", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return internal("each entity", err)
	}
	var ts []accord.Target
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			rows.Close()
			return internal("each entity", err)
		}
		var t accord.Target
		if err := json.Unmarshal(data, &t); err != nil {
			rows.Close()
			return internal("each entity", err)
		}
		ts = append(ts, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return internal("each entity", err)
	}
	for i := range ts {
		t := ts[i]
		ts[i] = accord.Target{} // fn may keep t; this copy can go
		if err := attachOne(ctx, tx, &t, 0, nil); err != nil {
			return internal("each entity: target statements "+t.ID, err)
		}
		if !curated && accord.Curated(&t) {
			continue // hidden or merged away by a correction
		}
		if err := fn(&t); err != nil {
			return err
		}
	}
	return nil
}
