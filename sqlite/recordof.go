package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/accordhq/accord"
)

// chunk is the number of values bound in one IN list.
const chunk = 400

// RecordOf returns the entities q selects: by key from the entity_keys
// index, by id from the entities table, and with q.Actors the actors they
// refer to. One read transaction, so that the parts agree.
func (db *DB) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("record of", err)
	}
	defer tx.Rollback()
	return recordOf(ctx, tx, q, db.ns, db.heads)
}

type ref struct{ kind, id, date string }

func recordOf(ctx context.Context, tx *sql.Tx, q accord.RecordQuery, ns *articleNs, heads *statementHeads) (*accord.Record, error) {
	refs, err := selectKeys(ctx, tx, q, ns)
	if err != nil {
		return nil, err
	}
	byKind := map[string][]string{}
	seen := map[[2]string]bool{}
	for _, r := range refs {
		if k := [2]string{r.kind, r.id}; !seen[k] {
			seen[k] = true
			byKind[r.kind] = append(byKind[r.kind], r.id)
		}
	}
	var raw []rawEntity
	load := func(kind string, ids []string) error {
		rs, err := entitiesByID(ctx, tx, kind, ids)
		raw = append(raw, rs...)
		return err
	}
	for _, kind := range []string{accord.KindActor, accord.KindEngagement, accord.KindTarget} {
		ids := byKind[kind]
		for _, id := range q.IDs {
			if k := [2]string{kind, id}; !seen[k] {
				ids = append(ids, id) // an id may name any kind: ask each
			}
		}
		if err := load(kind, ids); err != nil {
			return nil, err
		}
	}
	rec, err := decodeRecord(raw)
	if err != nil {
		return nil, err
	}
	if err := attachStatements(ctx, tx, rec.Targets, q.Statements, heads); err != nil {
		return nil, err
	}
	if q.Actors {
		want := rec.MissingActors()
		rs, err := entitiesByID(ctx, tx, accord.KindActor, want)
		if err != nil {
			return nil, err
		}
		more, err := decodeRecord(rs)
		if err != nil {
			return nil, err
		}
		rec.Actors = append(rec.Actors, more.Actors...)
	}
	rec.SortParts()
	return rec, nil
}

// selectKeys returns the entities under q.Keys (with every key of q.All),
// in q's date range, latest first, at most q.Limit; ns finds the articles
// of report keys.
func selectKeys(ctx context.Context, tx *sql.Tx, q accord.RecordQuery, ns *articleNs) ([]ref, error) {
	keys := slices.Compact(slices.Sorted(slices.Values(q.Keys)))
	if len(keys) == 0 {
		return nil, nil
	}
	var where []string
	var args []any
	switch q.Kind {
	case "":
	case accord.KindActor:
		// Actors are indexed without a date (EntityKeys): key, date and
		// kind are a prefix of the primary key, where "+kind" would walk
		// every engagement of a country's key to find its few persons.
		where = append(where, `date = '' AND kind = ?`)
		args = append(args, q.Kind)
	default:
		where = append(where, `+kind = ?`) // "+": the key index, not the kind one
		args = append(args, q.Kind)
	}
	if q.From != "" {
		// A month-only date overlaps a range that starts within its month.
		where = append(where, `(date >= ? OR (date != '' AND substr(?, 1, length(date)) = date))`)
		args = append(args, q.From, q.From)
	}
	if q.To != "" {
		where = append(where, `date <= ?`)
		args = append(args, q.To+"\uffff")
	}
	var repWhere []string // the same conditions on the report_keys side (r)
	var repArgs []any
	switch q.Kind {
	case "":
	default:
		repWhere = append(repWhere, `r.kind = ?`)
		repArgs = append(repArgs, q.Kind)
	}
	for _, k := range q.All {
		// In entity_keys or among the rows staged for it (migration 0024).
		exists := `(EXISTS (SELECT 1 FROM entity_keys x WHERE x.key = ? AND x.date = %[1]s AND x.kind = %[2]s AND x.id = %[3]s)
			OR EXISTS (SELECT 1 FROM entity_keys_staged x WHERE x.key = ? AND x.date = %[1]s AND x.kind = %[2]s AND x.id = %[3]s))`
		if id, ok := strings.CutPrefix(k, accord.KeyReport); ok {
			// Or among the report keys (migration 0017), which carry no date.
			exists = `(` + exists + ` OR %[1]s = '' AND EXISTS (SELECT 1 FROM articles xa JOIN report_keys xr ON xr.article = xa.n
				WHERE xa.id = ? AND xr.kind = %[2]s AND xr.id = %[3]s))`
			where = append(where, fmt.Sprintf(exists, "k.date", "k.kind", "k.id"))
			args = append(args, k, k, id)
			repWhere = append(repWhere, fmt.Sprintf(exists, "''", "r.kind", "r.id"))
			repArgs = append(repArgs, k, k, id)
			continue
		}
		where = append(where, fmt.Sprintf(exists, "k.date", "k.kind", "k.id"))
		args = append(args, k, k)
		repWhere = append(repWhere, fmt.Sprintf(exists, "''", "r.kind", "r.id"))
		repArgs = append(repArgs, k, k)
	}
	cond := ""
	if len(where) > 0 {
		cond = " AND " + strings.Join(where, " AND ")
	}
	limit := ""
	if q.Limit > 0 {
		limit = " ORDER BY date DESC, id DESC LIMIT " + strconv.Itoa(q.Limit)
	}
	var out []ref
	// The latest N of several keys (a country's own key and its
	// participant key) are read key by key: each walks its index from the
	// newest and stops at N, where "key IN (…)" with DISTINCT and ORDER BY
	// reads every row of every key (a busy country's 46,000: 240 ms against
	// under 1 ms). The union is made distinct below.
	perKey := q.Limit > 0 && len(keys) > 1
	for len(keys) > 0 {
		part := keys[:min(chunk, len(keys))]
		if perKey {
			part = keys[:1]
		}
		keys = keys[len(part):]
		a := make([]any, 0, len(part)+len(args))
		list := "(" + marks(len(part)) + ")"
		if len(part) > 8 {
			// Many keys (an article's each, for the targets stated in a
			// busy pair's 500 reports) as one JSON array; a few as
			// placeholders, which keep "key IN (?)" an equality that walks
			// its index in date order (LIMIT).
			list = jsonList
			a = append(a, jsonArray(part))
		} else {
			for _, k := range part {
				a = append(a, k)
			}
		}
		a = append(a, args...)
		// entity_keys and the rows staged for it (migration 0024), made
		// distinct by the union; with a limit, merged in date order, each
		// side walking its index from the newest.
		arm := func(table string) string {
			return `SELECT kind, id, date FROM ` + table + ` k WHERE key IN ` + list + cond
		}
		rows, err := tx.QueryContext(ctx, arm(`entity_keys`)+` UNION `+arm(`entity_keys_staged`)+limit, append(a, a...)...)
		if err != nil {
			return nil, internal("record of", err)
		}
		for rows.Next() {
			var r ref
			if err := rows.Scan(&r.kind, &r.id, &r.date); err != nil {
				rows.Close()
				return nil, internal("record of", err)
			}
			out = append(out, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal("record of", err)
		}
	}
	// Report keys of stored articles (migration 0017): rows without a
	// date, which a range from a date leaves out.
	var reports []string
	for _, k := range slices.Compact(slices.Sorted(slices.Values(q.Keys))) {
		if id, ok := strings.CutPrefix(k, accord.KeyReport); ok {
			reports = append(reports, id)
		}
	}
	if q.From != "" {
		reports = nil
	}
	repCond := ""
	if len(repWhere) > 0 {
		repCond = " AND " + strings.Join(repWhere, " AND ")
	}
	for len(reports) > 0 {
		part := reports[:min(chunk, len(reports))]
		reports = reports[len(part):]
		arts, err := ns.lookup(ctx, tx, part)
		if err != nil {
			return nil, internal("record of", err)
		}
		if len(arts) == 0 {
			continue
		}
		a := append([]any{jsonArray(arts)}, repArgs...)
		rows, err := tx.QueryContext(ctx, reportKeysSQL(repCond), a...)
		if err != nil {
			return nil, internal("record of", err)
		}
		for rows.Next() {
			var r ref
			if err := rows.Scan(&r.kind, &r.id); err != nil {
				rows.Close()
				return nil, internal("record of", err)
			}
			out = append(out, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal("record of", err)
		}
	}
	if perKey {
		seen := make(map[ref]bool, len(out))
		out = slices.DeleteFunc(out, func(r ref) bool {
			if seen[r] {
				return true
			}
			seen[r] = true
			return false
		})
	}
	if perKey || q.Limit > 0 && len(out) > q.Limit {
		slices.SortFunc(out, func(a, b ref) int {
			if a.date != b.date {
				return strings.Compare(b.date, a.date)
			}
			return strings.Compare(b.id, a.id)
		})
		out = out[:min(len(out), q.Limit)]
	}
	return out, nil
}

// entityRowsSQL selects the rows of entities of one kind by id (a JSON
// array, jsonList), in seq order, not id order: consecutive rows share the
// table's interior pages (and rows stored together come together), a
// tenth fewer pages read than looking each id up in turn.
const entityRowsSQL = `SELECT kind, id, status, data FROM entities
	WHERE seq IN (SELECT seq FROM entities WHERE kind = ? AND id IN ` + jsonList + `)`

// reportKeysSQL selects the distinct (kind, id) under the report keys of
// articles by n (a JSON array, jsonList; articleNs), with cond on the
// report_keys row r: by n in order (the list's set is walked sorted), so
// that consecutive lookups share report_keys' interior pages.
func reportKeysSQL(cond string) string {
	return `SELECT DISTINCT r.kind, r.id FROM report_keys r
		WHERE r.article IN ` + jsonList + cond
}

// jsonList is a list of values bound as one JSON array (jsonArray), for
// "x IN jsonList": the statement is the same whatever their number, where
// a placeholder each (up to 400) made it longer to parse and bind than to
// run; the view of a busy pair reads thousands of rows by id.
const jsonList = `(SELECT value FROM json_each(?))`

// jsonArray is vs as a JSON array, for jsonList.
func jsonArray[T any](vs []T) string {
	b, _ := json.Marshal(vs) // strings and integers: no error
	return string(b)
}

// entitiesByID reads the rows of entities of one kind.
func entitiesByID(ctx context.Context, tx *sql.Tx, kind string, ids []string) ([]rawEntity, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	var out []rawEntity
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		rows, err := tx.QueryContext(ctx, entityRowsSQL, kind, jsonArray(part))
		if err != nil {
			return nil, internal("record of", err)
		}
		for rows.Next() {
			var e rawEntity
			if err := rows.Scan(&e.kind, &e.id, &e.status, &e.data); err != nil {
				rows.Close()
				return nil, internal("record of", err)
			}
			out = append(out, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal("record of", err)
		}
	}
	return out, nil
}

// KeyCounts lists the index's keys under a prefix with their counts.
func (db *DB) KeyCounts(ctx context.Context, q accord.KeyQuery) ([]accord.KeyCount, error) {
	order := `n DESC, key`
	if q.ByLast {
		order = `last DESC, n DESC, key`
	}
	limit := -1
	if q.Limit > 0 {
		limit = q.Limit
	}
	rows, err := db.r.QueryContext(ctx, `SELECT key, n, last FROM key_counts WHERE key >= ? AND key < ? ORDER BY `+order+` LIMIT ? OFFSET ?`,
		q.Prefix, q.Prefix+"\uffff", limit, max(0, q.Offset))
	if err != nil {
		return nil, internal("key counts", err)
	}
	defer rows.Close()
	out := []accord.KeyCount{}
	for rows.Next() {
		var k accord.KeyCount
		if err := rows.Scan(&k.Key, &k.Count, &k.Last); err != nil {
			return nil, internal("key counts", err)
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// ActorKeys maps an article's actor keys to actor ids.
func (db *DB) ActorKeys(ctx context.Context, articleID string) (map[string]string, error) {
	// By the article's n (migration 0017), or -1 when it is not stored.
	rows, err := db.r.QueryContext(ctx, `SELECT key, actor FROM actor_keys
		WHERE article IN (coalesce((SELECT n FROM articles WHERE id = ?1), -1), -1) AND key >= ?2 AND key < ?3`, articleID, articleID+"/", articleID+"0")
	if err != nil {
		return nil, internal("actor keys", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, a string
		if err := rows.Scan(&k, &a); err != nil {
			return nil, internal("actor keys", err)
		}
		out[k] = a
	}
	return out, rows.Err()
}

// reindex fills the record's keys of a store made before they existed:
// each entity's EntityKeys, and the actors' article keys moved out of
// their rows. It runs once, when the index is empty and the record is not.
func (db *DB) reindex(ctx context.Context) error {
	var need bool
	err := db.w.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM entity_keys) AND NOT EXISTS (SELECT 1 FROM entity_keys_staged)`).Scan(&need)
	if err != nil || !need {
		return err
	}
	rows, err := db.w.QueryContext(ctx, `SELECT kind, id, status, data FROM entities`)
	if err != nil {
		return err
	}
	var ents []entity
	var vs []any
	var actorKeys [][2]string
	for rows.Next() {
		var e entity
		if err := rows.Scan(&e.kind, &e.id, &e.status, &e.data); err != nil {
			rows.Close()
			return err
		}
		var v any
		switch e.kind {
		case accord.KindActor:
			var a accord.Actor
			if err := json.Unmarshal(e.data, &a); err != nil {
				rows.Close()
				return err
			}
			for _, k := range a.Keys {
				actorKeys = append(actorKeys, [2]string{k, a.ID})
			}
			a.Keys = nil
			e.data, _ = json.Marshal(&a)
			v = &a
		case accord.KindEngagement:
			var x accord.Engagement
			err = json.Unmarshal(e.data, &x)
			e.date, v = x.Date, &x
		case accord.KindTarget:
			var x accord.Target
			err = json.Unmarshal(e.data, &x)
			e.date, v = x.Deadline, &x
		}
		if err != nil {
			rows.Close()
			return err
		}
		ents = append(ents, e)
		vs = append(vs, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i, v := range vs {
		if t, ok := v.(*accord.Target); ok {
			// Its lists, which its keys are made of, are rows of their own.
			if err := attachOne(ctx, db.w, t, 0, nil); err != nil {
				return err
			}
		}
		ents[i].keys, ents[i].keyDate = accord.EntityKeys(v)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Keys only: no target's lists are written (ents carry none).
	if _, err := saveEntities(ctx, tx, nil, ents, actorKeys, nil, false); err != nil {
		return err
	}
	return tx.Commit()
}

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }
