package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// RecordOf returns the entities q selects: by key from the entity_keys
// index, by id, and with q.Actors the actors they refer to, from one
// snapshot.
func (db *DB) RecordOf(ctx context.Context, q accord.RecordQuery) (*accord.Record, error) {
	r := &accord.Record{Actors: []accord.Actor{}, Engagements: []accord.Engagement{}, Pending: []accord.Engagement{}, Targets: []accord.Target{}}
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		byKind, err := selectKeys(ctx, tx, q)
		if err != nil {
			return err
		}
		for _, kind := range []string{accord.KindActor, accord.KindEngagement, accord.KindTarget} {
			ids := append(slices.Clone(byKind[kind]), q.IDs...)
			if err := loadByID(ctx, tx, r, kind, ids); err != nil {
				return err
			}
		}
		if !q.Actors {
			return nil
		}
		want := r.MissingActors()
		return loadByID(ctx, tx, r, accord.KindActor, want)
	})
	if err != nil {
		return nil, internal("record of", err)
	}
	for i := range r.Targets {
		accord.TrimStatements(&r.Targets[i], q.Statements)
	}
	r.SortParts()
	return r, nil
}

// selectKeys returns the ids of the entities under q.Keys (with every key
// of q.All), in q's date range, latest first, at most q.Limit, by kind.
func selectKeys(ctx context.Context, tx pgx.Tx, q accord.RecordQuery) (map[string][]string, error) {
	byKind := map[string][]string{}
	if len(q.Keys) > 0 {
		where := []string{`key = ANY($1)`}
		args := []any{q.Keys}
		if q.Kind != "" {
			args = append(args, q.Kind)
			where = append(where, `kind = $`+strconv.Itoa(len(args)))
		}
		if q.From != "" {
			args = append(args, q.From)
			n := strconv.Itoa(len(args))
			// A month-only date overlaps a range that starts within its month.
			where = append(where, `(date >= $`+n+` OR (date <> '' AND left($`+n+`, length(date)) = date))`)
		}
		if q.To != "" {
			args = append(args, q.To+"\uffff")
			where = append(where, `date <= $`+strconv.Itoa(len(args)))
		}
		for _, k := range q.All {
			args = append(args, k)
			where = append(where, `EXISTS (SELECT 1 FROM entity_keys x WHERE x.key = $`+strconv.Itoa(len(args))+` AND x.date = k.date AND x.kind = k.kind AND x.id = k.id)`)
		}
		sql := `SELECT DISTINCT kind, id, date FROM entity_keys k WHERE ` + strings.Join(where, " AND ")
		if q.Limit > 0 {
			sql = `SELECT kind, id, date FROM (` + sql + `) s ORDER BY date DESC, id DESC LIMIT ` + strconv.Itoa(q.Limit)
		}
		rows, err := tx.Query(ctx, sql, args...)
		if err != nil {
			return nil, err
		}
		var kind, id, date string
		seen := map[[2]string]bool{}
		if _, err := pgx.ForEachRow(rows, []any{&kind, &id, &date}, func() error {
			if k := [2]string{kind, id}; !seen[k] {
				seen[k] = true
				byKind[kind] = append(byKind[kind], id)
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return byKind, nil
}

// loadByID appends to r the entities of one kind with the given ids.
func loadByID(ctx context.Context, tx pgx.Tx, r *accord.Record, kind string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	rows, err := tx.Query(ctx, `SELECT data::text FROM `+recordTables[kind]+` WHERE id = ANY($1)`, ids)
	if err != nil {
		return err
	}
	var b []byte
	_, err = pgx.ForEachRow(rows, []any{&b}, func() error {
		switch kind {
		case accord.KindActor:
			var a accord.Actor
			err := json.Unmarshal(b, &a)
			r.Actors = append(r.Actors, a)
			return err
		case accord.KindEngagement:
			var e accord.Engagement
			if err := json.Unmarshal(b, &e); err != nil {
				return err
			}
			if e.Status == accord.StatusPending {
				r.Pending = append(r.Pending, e)
			} else {
				r.Engagements = append(r.Engagements, e)
			}
		case accord.KindTarget:
			var t accord.Target
			err := json.Unmarshal(b, &t)

			r.Targets = append(r.Targets, t)
			return err
		}
		return nil
	})
	return err
}

// KeyCounts lists the index's keys under a prefix with their counts.
func (db *DB) KeyCounts(ctx context.Context, q accord.KeyQuery) ([]accord.KeyCount, error) {
	order := `n DESC, key`
	if q.ByLast {
		order = `last DESC, n DESC, key`
	}
	sql := `SELECT key, n, last FROM key_counts WHERE key >= $1 AND key < $2 ORDER BY ` + order + ` OFFSET $3`
	args := []any{q.Prefix, q.Prefix + "\uffff", max(0, q.Offset)}
	if q.Limit > 0 {
		sql += ` LIMIT $4`
		args = append(args, q.Limit)
	}
	rows, err := db.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, internal("key counts", err)
	}
	out := []accord.KeyCount{}
	var k accord.KeyCount
	if _, err := pgx.ForEachRow(rows, []any{&k.Key, &k.Count, &k.Last}, func() error {
		out = append(out, k)
		return nil
	}); err != nil {
		return nil, internal("key counts", err)
	}
	return out, nil
}

// ActorKeys maps an article's actor keys to actor ids.
func (db *DB) ActorKeys(ctx context.Context, articleID string) (map[string]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT key, actor FROM actor_keys WHERE key >= $1 AND key < $2`, articleID+"/", articleID+"0")
	if err != nil {
		return nil, internal("actor keys", err)
	}
	out := map[string]string{}
	var k, a string
	if _, err := pgx.ForEachRow(rows, []any{&k, &a}, func() error {
		out[k] = a
		return nil
	}); err != nil {
		return nil, internal("actor keys", err)
	}
	return out, nil
}

// fillActorKeys sets the actors' Keys from the actor_keys table, sorted.
func fillActorKeys(ctx context.Context, tx pgx.Tx, actors []accord.Actor) error {
	if len(actors) == 0 {
		return nil
	}
	at := make(map[string]int, len(actors))
	for i := range actors {
		at[actors[i].ID] = i
	}
	rows, err := tx.Query(ctx, `SELECT key, actor FROM actor_keys ORDER BY actor, key`)
	if err != nil {
		return err
	}
	var k, id string
	_, err = pgx.ForEachRow(rows, []any{&k, &id}, func() error {
		if i, ok := at[id]; ok {
			actors[i].Keys = append(actors[i].Keys, k)
		}
		return nil
	})
	return err
}

// reindex fills the record's keys of a store made before they existed,
// once: each entity's EntityKeys, and the actors' article keys moved out of
// their rows.
func (db *DB) reindex(ctx context.Context) error {
	var need bool
	if err := db.pool.QueryRow(ctx, `SELECT (EXISTS (SELECT 1 FROM actors) OR EXISTS (SELECT 1 FROM engagements) OR EXISTS (SELECT 1 FROM targets))
		AND NOT EXISTS (SELECT 1 FROM entity_keys)`).Scan(&need); err != nil || !need {
		return err
	}
	rec, err := db.Record(ctx)
	if err != nil {
		return err
	}
	c := &accord.RecordChange{Actors: rec.Actors, Targets: rec.Targets}
	c.Engagements = append(slices.Clone(rec.Engagements), rec.Pending...)
	if err := db.SaveRecord(ctx, c); err != nil {
		return fmt.Errorf("index the record: %w", err)
	}
	return nil
}
