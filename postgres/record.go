package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// Record loads the consolidated record, each list in id order, from one
// snapshot.
func (db *DB) Record(ctx context.Context) (*accord.Record, error) {
	r := &accord.Record{
		Actors:      []accord.Actor{},
		Engagements: []accord.Engagement{},
		Pending:     []accord.Engagement{},
		Targets:     []accord.Target{},
	}
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := load(ctx, tx, `SELECT data::text FROM actors ORDER BY id`, func(b []byte) error {
			var a accord.Actor
			err := json.Unmarshal(b, &a)
			r.Actors = append(r.Actors, a)
			return err
		}); err != nil {
			return err
		}
		if err := load(ctx, tx, `SELECT data::text FROM engagements ORDER BY id`, func(b []byte) error {
			var e accord.Engagement
			if err := json.Unmarshal(b, &e); err != nil {
				return err
			}
			if e.Status == accord.StatusPending {
				r.Pending = append(r.Pending, e)
			} else {
				r.Engagements = append(r.Engagements, e)
			}
			return nil
		}); err != nil {
			return err
		}
		if err := load(ctx, tx, `SELECT data::text FROM targets ORDER BY id`, func(b []byte) error {
			var t accord.Target
			err := json.Unmarshal(b, &t)
			r.Targets = append(r.Targets, t)
			return err
		}); err != nil {
			return err
		}
		return fillActorKeys(ctx, tx, r.Actors)
	})
	if err != nil {
		return nil, internal("record", err)
	}
	return r, nil
}

func load(ctx context.Context, tx pgx.Tx, sql string, fn func([]byte) error) error {
	rows, err := tx.Query(ctx, sql)
	if err != nil {
		return err
	}
	var b []byte
	_, err = pgx.ForEachRow(rows, []any{&b}, func() error { return fn(b) })
	return err
}

// recordTables maps the entity kinds of the record to their tables.
var recordTables = map[string]string{
	accord.KindActor:      "actors",
	accord.KindEngagement: "engagements",
	accord.KindTarget:     "targets",
}

// SaveRecord applies a change to the record in one transaction. Record
// writers (the consolidation step may run in several processes) are
// serialised by a transaction-level advisory lock, so that a Reset and the
// upserts of another writer never interleave.
func (db *DB) SaveRecord(ctx context.Context, c *accord.RecordChange) error {
	if c == nil {
		return accord.ErrorAt(accord.EINVALID, "record change", "no change")
	}
	c, err := db.curated(ctx, c)
	if err != nil {
		return err
	}
	var ids [3][]string
	var data [3][]string
	var status []string
	add := func(i int, id, what string, v any) error {
		if id == "" {
			return accord.ErrorAt(accord.EINVALID, what, "no id")
		}
		b, err := json.Marshal(v)
		if err != nil {
			return accord.ErrorAt(accord.EINVALID, what+" "+id, "%v", err)
		}
		ids[i] = append(ids[i], id)
		data[i] = append(data[i], string(b))
		return nil
	}
	// Each entity's keys (accord.EntityKeys), as parallel arrays.
	var keyKind, keyID, keyKey, keyDate []string
	index := func(kind, id string, v any) {
		ks, d := accord.EntityKeys(v)
		for _, k := range ks {
			keyKind, keyID, keyKey, keyDate = append(keyKind, kind), append(keyID, id), append(keyKey, k), append(keyDate, d)
		}
	}
	var akKey, akActor []string // actors' article-local keys, in their own table
	for i := range c.Actors {
		a := c.Actors[i]
		for _, k := range a.Keys {
			akKey, akActor = append(akKey, k), append(akActor, a.ID)
		}
		a.Keys = nil
		if err := add(0, a.ID, "actor", &a); err != nil {
			return err
		}
		index(accord.KindActor, a.ID, &a)
	}
	for i := range c.Engagements {
		if err := add(1, c.Engagements[i].ID, "engagement", &c.Engagements[i]); err != nil {
			return err
		}
		index(accord.KindEngagement, c.Engagements[i].ID, &c.Engagements[i])
		status = append(status, c.Engagements[i].Status)
	}
	for i := range c.Targets {
		if err := add(2, c.Targets[i].ID, "target", &c.Targets[i]); err != nil {
			return err
		}
		index(accord.KindTarget, c.Targets[i].ID, &c.Targets[i])
	}
	for _, d := range c.Deleted {
		if recordTables[d.Kind] == "" {
			return accord.ErrorAt(accord.EINVALID, "deleted", "unknown kind %q", d.Kind)
		}
	}
	// Several entries for one id: the last wins, as with one upsert after
	// another (ON CONFLICT cannot touch a row twice in one statement).
	for i := range ids {
		ids[i], data[i], status = lastWins(ids[i], data[i], status, i == 1)
	}

	err = db.tx(ctx, func(tx pgx.Tx) error {
		// Per counted key (accord.Counted): rows inserted less rows deleted,
		// and the latest date inserted.
		counts := map[string]*accord.KeyCount{}
		count := func(key, date string, n int) {
			if !accord.Counted(key) {
				return
			}
			c := counts[key]
			if c == nil {
				c = &accord.KeyCount{Key: key}
				counts[key] = c
			}
			c.Count += n
			if n > 0 {
				c.Last = max(c.Last, date)
			}
		}
		gone := func(rows pgx.Rows, err error) error {
			if err != nil {
				return err
			}
			var k, d string
			_, err = pgx.ForEachRow(rows, []any{&k, &d}, func() error {
				count(k, d, -1)
				return nil
			})
			return err
		}
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey(db.schema+".record")); err != nil {
			return err
		}
		if c.Reset {
			if _, err := tx.Exec(ctx, `DELETE FROM actors; DELETE FROM engagements; DELETE FROM targets;
				TRUNCATE entity_keys, key_counts, actor_keys`); err != nil {
				return err
			}
		}
		for _, d := range c.Deleted {
			// The entity's row lists its rows of entity_keys (migration
			// 0015).
			var ks, ds []string
			switch err := tx.QueryRow(ctx, `DELETE FROM `+recordTables[d.Kind]+` WHERE id = $1 RETURNING keys, key_dates`, d.ID).Scan(&ks, &ds); {
			case errors.Is(err, pgx.ErrNoRows):
			case err != nil:
				return err
			case len(ks) != len(ds):
				return fmt.Errorf("keys of %s %s: %d keys, %d dates", d.Kind, d.ID, len(ks), len(ds))
			default:
				if err := gone(tx.Query(ctx, `DELETE FROM entity_keys WHERE (key, date, kind, id) IN
					(SELECT k, d, $3, $4 FROM unnest($1::text[], $2::text[]) AS u(k, d)) RETURNING key, date`, ks, ds, d.Kind, d.ID)); err != nil {
					return err
				}
			}
			if d.Kind == accord.KindActor {
				if _, err := tx.Exec(ctx, `DELETE FROM actor_keys WHERE actor = $1`, d.ID); err != nil {
					return err
				}
			}
		}
		// The keys anew: a merge may have changed the countries, the date
		// or the name an entity is found by. Only the rows that differ are
		// written: most keys of a merged engagement or target stay, and
		// deleting and inserting them all made SaveRecord most of the cost
		// of consolidating a batch.
		type row struct{ key, date, kind, id string }
		now := make(map[row]bool, len(keyKey))
		for i := range keyKey {
			now[row{keyKey[i], keyDate[i], keyKind[i], keyID[i]}] = true
		}
		// The rows an entity has are listed in its own row (migration
		// 0015), read by its primary key: a lookup of entity_keys by
		// entity needed an index of its own, which every key row written
		// updated besides.
		had := map[row]bool{}
		for i, kind := range []string{accord.KindActor, accord.KindEngagement, accord.KindTarget} {
			if len(ids[i]) == 0 || c.Reset {
				continue
			}
			rows, err := tx.Query(ctx, `SELECT id, keys, key_dates FROM `+recordTables[kind]+` WHERE id = ANY($1)`, ids[i])
			if err != nil {
				return err
			}
			var id string
			var ks, ds []string
			if _, err := pgx.ForEachRow(rows, []any{&id, &ks, &ds}, func() error {
				if len(ks) != len(ds) {
					return fmt.Errorf("keys of %s %s: %d keys, %d dates", kind, id, len(ks), len(ds))
				}
				for j := range ks {
					had[row{ks[j], ds[j], kind, id}] = true
				}
				return nil
			}); err != nil {
				return err
			}
		}
		var del, add [4][]string
		put := func(to *[4][]string, r row) {
			to[0], to[1], to[2], to[3] = append(to[0], r.key), append(to[1], r.date), append(to[2], r.kind), append(to[3], r.id)
		}
		for r := range had {
			if !now[r] {
				put(&del, r)
				count(r.key, r.date, -1)
			}
		}
		for r := range now {
			if !had[r] {
				put(&add, r)
				count(r.key, r.date, 1)
			}
		}
		if len(del[0]) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM entity_keys WHERE (key, date, kind, id) IN
				(SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]))`, del[0], del[1], del[2], del[3]); err != nil {
				return fmt.Errorf("entity keys: %w", err)
			}
		}
		if len(add[0]) > 0 {
			// No ON CONFLICT: the rows added are those the entities' own
			// lists lack, under the record lock, and a plain insert checks
			// the primary key once instead of twice.
			if _, err := tx.Exec(ctx, `INSERT INTO entity_keys (key, date, kind, id)
				SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`, add[0], add[1], add[2], add[3]); err != nil {
				return fmt.Errorf("entity keys: %w", err)
			}
		}
		// The counts of the keys lists are made of, in key order so that
		// writers take the rows' locks in one order.
		keys := make([]string, 0, len(counts))
		for k, c := range counts {
			if c.Count != 0 || c.Last != "" {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		if len(keys) > 0 {
			// One statement for all (a round trip per key made SaveRecord
			// most of a batch's consolidation), in key order.
			ns, lasts := make([]int64, len(keys)), make([]string, len(keys))
			for i, k := range keys {
				ns[i], lasts[i] = int64(counts[k].Count), counts[k].Last
			}
			if _, err := tx.Exec(ctx, `INSERT INTO key_counts (key, n, last)
				SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[]) AS u(key, n, last) ORDER BY key COLLATE "C"
				ON CONFLICT (key) DO UPDATE SET n = key_counts.n + excluded.n, last = greatest(key_counts.last, excluded.last)`, keys, ns, lasts); err != nil {
				return fmt.Errorf("key counts: %w", err)
			}
			if _, err := tx.Exec(ctx, `DELETE FROM key_counts WHERE key = ANY($1) AND n <= 0`, keys); err != nil {
				return fmt.Errorf("key counts: %w", err)
			}
		}
		if len(akKey) > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO actor_keys (key, actor)
				SELECT DISTINCT ON (key) * FROM unnest($1::text[], $2::text[]) AS u(key, actor)
				ON CONFLICT (key) DO UPDATE SET actor = excluded.actor`, akKey, akActor); err != nil {
				return fmt.Errorf("actor keys: %w", err)
			}
		}
		// Each entity's rows now, for the lists of its row: one text per
		// entity, split by the server (unnest cannot take arrays of
		// arrays of different lengths).
		type ent struct{ kind, id string }
		mine := map[ent][]row{}
		for r := range now {
			e := ent{r.kind, r.id}
			mine[e] = append(mine[e], r)
		}
		lists := func(kind string, ids []string) (ks, ds []string, err error) {
			ks, ds = make([]string, len(ids)), make([]string, len(ids))
			for j, id := range ids {
				rs := mine[ent{kind, id}]
				slices.SortFunc(rs, func(a, b row) int { return strings.Compare(a.key+keySep+a.date, b.key+keySep+b.date) })
				var k, d strings.Builder
				for _, r := range rs {
					if strings.Contains(r.key, keySep) || strings.Contains(r.date, keySep) {
						return nil, nil, fmt.Errorf("keys of %s %s: a key holds the separator: %q", kind, id, r.key)
					}
					k.WriteString(keySep + r.key)
					d.WriteString(keySep + r.date)
				}
				ks[j], ds[j] = k.String(), d.String()
			}
			return ks, ds, nil
		}
		for i, table := range []string{"actors", "engagements", "targets"} {
			if len(ids[i]) == 0 {
				continue
			}
			ks, ds, err := lists([]string{accord.KindActor, accord.KindEngagement, accord.KindTarget}[i], ids[i])
			if err != nil {
				return err
			}
			// Each element comes after a separator, so that one empty date
			// is an element and no row none: the split's first element,
			// always empty, is dropped.
			if table == "engagements" {
				_, err = tx.Exec(ctx, `
					INSERT INTO engagements (id, status, data, keys, key_dates)
					SELECT id, status, data::jsonb, (string_to_array(k, $6))[2:], (string_to_array(d, $6))[2:]
					FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, status, data, k, d)
					ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data, keys = excluded.keys, key_dates = excluded.key_dates`,
					ids[i], status, data[i], ks, ds, keySep)
			} else {
				_, err = tx.Exec(ctx, fmt.Sprintf(`
					INSERT INTO %s (id, data, keys, key_dates)
					SELECT id, data::jsonb, (string_to_array(k, $5))[2:], (string_to_array(d, $5))[2:]
					FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(id, data, k, d)
					ON CONFLICT (id) DO UPDATE SET data = excluded.data, keys = excluded.keys, key_dates = excluded.key_dates`, table),
					ids[i], data[i], ks, ds, keySep)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		return nil
	})
	if err != nil {
		return internal("save record", err)
	}
	return db.bump(ctx)
}

// keySep joins an entity's keys (or their dates) into one text for
// SaveRecord's upsert; no key holds it.
const keySep = "\x1e"

// lastWins drops all but the last entry of each id, keeping order; status
// follows the engagements (with is true) in step.
func lastWins(ids, data, status []string, with bool) ([]string, []string, []string) {
	last := make(map[string]int, len(ids))
	for i, id := range ids {
		last[id] = i
	}
	if len(last) == len(ids) {
		return ids, data, status
	}
	var i2, d2, s2 []string
	for i, id := range ids {
		if last[id] != i {
			continue
		}
		i2 = append(i2, id)
		d2 = append(d2, data[i])
		if with {
			s2 = append(s2, status[i])
		}
	}
	if !with {
		s2 = status
	}
	return i2, d2, s2
}

// Stats returns counts and the generation. Engagements counts held (and
// mentioned) engagements, not pending ones.
func (db *DB) Stats(ctx context.Context) (accord.Stats, error) {
	var s accord.Stats
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM actors),
		(SELECT count(*) FROM engagements WHERE status <> '`+accord.StatusPending+`'),
		(SELECT count(*) FROM targets),
		(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM generation)`).
		Scan(&s.Articles, &s.Actors, &s.Engagements, &s.Targets, &s.Generation)
	if err != nil {
		return s, internal("stats", err)
	}
	return s, nil
}

// Generation returns the store's generation without the counts of Stats
// (accord.GenerationReader).
func (db *DB) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := db.pool.QueryRow(ctx, `SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM generation`).Scan(&g)
	if err != nil {
		return 0, internal("generation", err)
	}
	return g, nil
}

// WithRecordLock runs fn holding a lock on the record of this store across
// processes and machines, so that a read-modify-write of the record (Record,
// merge, SaveRecord: what consolidation does after each ingest batch) never
// interleaves with another writer's and loses its change. SaveRecord alone
// needs no such lock. fn must not call WithRecordLock again.
func (db *DB) WithRecordLock(ctx context.Context, fn func(context.Context) error) error {
	_, err := db.recordLock(ctx, fn, true)
	return err
}

// recordLock runs fn under the record lock, waiting for it if wait is set,
// and reports whether fn ran.
func (db *DB) recordLock(ctx context.Context, fn func(context.Context) error, wait bool) (bool, error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return false, internal("record lock", err)
	}
	// A session lock, held on this connection while fn works on others.
	key := lockKey(db.schema + ".record.update")
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&got); err != nil {
		conn.Release()
		return false, internal("record lock", err)
	}
	if !got && !wait {
		conn.Release()
		return false, nil
	}
	if !got {
		// Say who holds it, then wait.
		holder := "another session"
		var pid int
		var since time.Time
		var client string
		if err := conn.QueryRow(ctx, `SELECT a.pid, coalesce(a.xact_start, a.backend_start), coalesce(a.application_name || ' ', '') || coalesce(host(a.client_addr), 'local')
			FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND (l.classid::bigint << 32 | l.objid::bigint) = $1 LIMIT 1`, key).Scan(&pid, &since, &client); err == nil {
			holder = fmt.Sprintf("server process %d (%s) since %s", pid, client, since.Local().Format("15:04:05"))
		}
		accord.LockWaitOf(ctx)(holder, true)
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
			conn.Release()
			return false, internal("record lock", err)
		}
		accord.LockWaitOf(ctx)("", false)
	}
	defer func() {
		var ok bool
		err := conn.QueryRow(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key).Scan(&ok)
		if err != nil || !ok {
			// Never return a connection that may still hold the lock.
			conn.Conn().Close(context.WithoutCancel(ctx))
		}
		conn.Release()
	}()
	return true, fn(ctx)
}
