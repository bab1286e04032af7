package sqlite

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/accordhq/accord"
)

// Record loads the consolidated record: actors by id, engagements by
// (date, id), targets by (deadline, id).
func (db *DB) Record(ctx context.Context) (*accord.Record, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT kind, id, status, data FROM entities ORDER BY kind, date, id`)
	if err != nil {
		return nil, internal("record", err)
	}
	defer rows.Close()
	var raw []rawEntity
	for rows.Next() {
		var e rawEntity
		if err := rows.Scan(&e.kind, &e.id, &e.status, &e.data); err != nil {
			return nil, internal("record", err)
		}
		raw = append(raw, e)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("record", err)
	}
	r, err := decodeRecord(raw)
	if err != nil {
		return nil, err
	}
	if err := attachStatements(ctx, db.r, r.Targets, 0, nil); err != nil {
		return nil, err
	}
	return r, db.fillActorKeys(ctx, r.Actors)
}

// fillActorKeys sets the actors' Keys from the actor_keys table, sorted.
func (db *DB) fillActorKeys(ctx context.Context, actors []accord.Actor) error {
	if len(actors) == 0 {
		return nil
	}
	at := make(map[string]int, len(actors))
	for i := range actors {
		at[actors[i].ID] = i
	}
	rows, err := db.r.QueryContext(ctx, `SELECT key, actor FROM actor_keys ORDER BY actor, key`)
	if err != nil {
		return internal("record: actor keys", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, id string
		if err := rows.Scan(&k, &id); err != nil {
			return internal("record: actor keys", err)
		}
		if i, ok := at[id]; ok {
			actors[i].Keys = append(actors[i].Keys, k)
		}
	}
	return rows.Err()
}

// rawEntity is an entity row before its JSON is decoded.
type rawEntity struct {
	kind, id, status string
	data             []byte
}

// decodeRecord decodes entity rows into a record, in their order. Decoding
// JSON is most of the cost of loading a record (which consolidating one more
// article starts with), and rows decode independently: one worker a core.
func decodeRecord(raw []rawEntity) (*accord.Record, error) {
	actors := make([]accord.Actor, len(raw))
	engagements := make([]accord.Engagement, len(raw))
	targets := make([]accord.Target, len(raw))
	errs := make([]error, len(raw))
	decode := func(i int) {
		e := raw[i]
		switch e.kind {
		case accord.KindActor:
			errs[i] = unmarshal(e.data, &actors[i])
		case accord.KindEngagement:
			errs[i] = unmarshal(e.data, &engagements[i])
		case accord.KindTarget:
			errs[i] = unmarshal(e.data, &targets[i])
		}
	}
	workers := min(runtime.GOMAXPROCS(0), 1+len(raw)/256)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(raw); i += workers {
				decode(i)
			}
		}()
	}
	wg.Wait()
	r := new(accord.Record)
	for i, e := range raw {
		if errs[i] != nil {
			return nil, internal(fmt.Sprintf("record: %s %s", e.kind, e.id), errs[i])
		}
		switch e.kind {
		case accord.KindActor:
			r.Actors = append(r.Actors, actors[i])
		case accord.KindEngagement:
			if e.status == accord.StatusPending {
				r.Pending = append(r.Pending, engagements[i])
			} else {
				r.Engagements = append(r.Engagements, engagements[i])
			}
		case accord.KindTarget:
			r.Targets = append(r.Targets, targets[i])
		}
	}
	return r, nil
}

// entity is one row of the entities table.
type entity struct {
	kind, id, status, date string
	data                   []byte
	keys                   []string // accord.EntityKeys
	keyDate                string
	target                 *accord.Target // a target's lists, kept apart from data
	// reportsApart: keys lack the target's report keys, which its keys
	// column stands for with the reportsApart row.
	reportsApart bool
}

// SaveRecord applies a change in one transaction: Reset first, then the
// deletions, then the upserts, so that a change may delete an entity and
// write it anew.
func (db *DB) SaveRecord(ctx context.Context, c *accord.RecordChange) error {
	if c == nil {
		return accord.Errorf(accord.EINVALID, "no record change")
	}
	c, err := db.curated(ctx, c)
	if err != nil {
		return err
	}
	var ents []entity
	add := func(kind, id, status, date, where string, v any) error {
		if id == "" {
			return accord.ErrorAt(accord.EINVALID, where, "%s without id", kind)
		}
		row, sts := v, (*accord.Target)(nil)
		if t, ok := v.(*accord.Target); ok {
			head := targetHead(t)
			row, sts = &head, t
			if err := finite(t); err != nil {
				return accord.ErrorAt(accord.EINVALID, where, "%s %s: %v", kind, id, err)
			}
		}
		b, err := json.Marshal(row)
		if err != nil {
			return accord.ErrorAt(accord.EINVALID, where, "%s %s: %v", kind, id, err)
		}
		var keys []string
		var kd string
		apart := false
		if t, ok := v.(*accord.Target); ok && t.Curation == nil {
			// Its report keys are counted apart (reportsApart): the keys
			// of its head, dated by its latest mention as EntityKeys does.
			head := targetHead(t)
			keys, _ = accord.EntityKeys(&head)
			for i := range t.Mentions {
				kd = max(kd, t.Mentions[i].Published)
			}
			apart = true
		} else {
			keys, kd = accord.EntityKeys(v)
		}
		ents = append(ents, entity{kind, id, status, date, b, keys, kd, sts, apart})
		return nil
	}
	var actorKeys [][2]string // article-local key, actor id
	for i := range c.Actors {
		a := c.Actors[i] // a copy: its Keys go to their own table
		for _, k := range a.Keys {
			actorKeys = append(actorKeys, [2]string{k, a.ID})
		}
		a.Keys = nil
		if err := add(accord.KindActor, a.ID, "", "", fmt.Sprintf("actors[%d]", i), &a); err != nil {
			return err
		}
	}
	for i := range c.Engagements {
		e := &c.Engagements[i]
		if err := add(accord.KindEngagement, e.ID, e.Status, e.Date, fmt.Sprintf("engagements[%d]", i), e); err != nil {
			return err
		}
	}
	for i := range c.Targets {
		t := &c.Targets[i]
		if err := add(accord.KindTarget, t.ID, "", t.Deadline, fmt.Sprintf("targets[%d]", i), t); err != nil {
			return err
		}
	}
	for i, d := range c.Deleted {
		switch d.Kind {
		case accord.KindActor, accord.KindEngagement, accord.KindTarget:
		default:
			return accord.ErrorAt(accord.EINVALID, fmt.Sprintf("deleted[%d]", i), "unknown kind %q", d.Kind)
		}
	}

	t := time.Now()
	tx, err := db.w.BeginTx(ctx, nil)
	db.times.since(recordWait, t)
	if err != nil {
		return internal("save record", err)
	}
	held := time.Now()
	defer db.times.since(recordHeld, held)
	defer tx.Rollback()
	if c.Reset {
		for _, q := range []string{`DELETE FROM entities`, `DELETE FROM entity_keys`, `DELETE FROM entity_keys_staged`, `UPDATE meta SET value = 0 WHERE key = 'entity_keys_staged'`, `DELETE FROM report_keys`, `DELETE FROM key_counts`, `DELETE FROM actor_keys`,
			`DELETE FROM target_statements`, `DELETE FROM target_statements_staged`, `UPDATE meta SET value = 0 WHERE key = 'target_statements_staged'`, `DELETE FROM target_parts`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return internal("save record: reset", err)
			}
		}
	}
	// What the writer remembers of target lists is shared with what the
	// transaction adds: a transaction that fails forgets it all.
	committed := false
	defer func() {
		if !committed {
			db.saved.commit(true, nil)
		}
	}()
	saved, err := saveEntities(ctx, tx, c.Deleted, ents, actorKeys, &db.saved, c.Reset)
	if err != nil {
		return err
	}
	if err := bump(ctx, tx); err != nil {
		return internal("save record", err)
	}
	t = time.Now()
	err = tx.Commit()
	db.times.since(recordCommit, t)
	if err != nil {
		return internal("save record", err)
	}
	committed = true
	db.saved.commit(c.Reset, saved)
	return nil
}

// saveEntities deletes and upserts entities with their keys, and adds
// actors' article-local keys, within tx.
// It returns the target lists it stored, for savedCache.commit.
func saveEntities(ctx context.Context, tx *sql.Tx, deleted []accord.EntityRef, ents []entity, actorKeys [][2]string, cache *savedCache, reset bool) (map[string]*savedLists, error) {
	ts, err := prepareStatements(ctx, tx, cache, reset)
	if err != nil {
		return nil, internal("save record", err)
	}
	defer ts.close()
	if err := saveRows(ctx, tx, deleted, ents, actorKeys, ts); err != nil {
		return nil, err
	}
	if err := stageRows(ctx, tx, stagedStatements, ts.staged); err != nil {
		return nil, internal("save record: statements", err)
	}
	return ts.changed, nil
}

func saveRows(ctx context.Context, tx *sql.Tx, deleted []accord.EntityRef, ents []entity, actorKeys [][2]string, ts *statementStmts) error {
	stmts := map[string]*sql.Stmt{}
	for name, q := range map[string]string{
		// An entity's rows in entity_keys are listed in its own row
		// (migration 0016): read where it is rewritten or deleted.
		"del":           `DELETE FROM entities WHERE kind = ? AND id = ? RETURNING keys`,
		"keys":          `SELECT keys FROM entities WHERE kind = ? AND id = ?`,
		"delAKey":       `DELETE FROM actor_keys WHERE actor = ?`,
		"delOrphanAKey": `DELETE FROM actor_keys WHERE article = -1 AND key = ?`,
		// An entity is updated by id, and inserted when no row has it:
		// entities have one index by id, entities_id_status, not unique
		// (migration 0023), and this is the only writer.
		"up":  `UPDATE entities SET status = ?, date = ?, data = ?, keys = ? WHERE kind = ? AND id = ?`,
		"ins": `INSERT INTO entities (kind, id, status, date, data, keys) VALUES (?, ?, ?, ?, ?, ?)`,
		// A stored entity whose status and date stay (most merges add a
		// report): an upsert sets them all the same, and SQLite then takes
		// the row's entries out of entities_status and entities_id_status
		// and puts them back, a seek and a page written in each; the
		// second is in id order, a random page of an index that outgrows
		// the writer's cache (issue 10).
		"upData": `UPDATE entities SET data = ?, keys = ? WHERE kind = ? AND id = ?`,
		"count": `INSERT INTO key_counts (key, n, last) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET n = n + excluded.n, last = max(last, excluded.last)`,
		"countGone": `DELETE FROM key_counts WHERE n <= 0`,
	} {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return internal("save record", err)
		}
		defer st.Close()
		stmts[name] = st
	}
	var ins, del []keyRow
	for _, d := range deleted {
		had, err := entityKeys(ctx, stmts["del"], d.Kind, d.ID)
		if err != nil {
			return internal("save record: delete "+d.Kind+" "+d.ID, err)
		}
		if d.Kind == accord.KindTarget {
			// Its report keys are read from its mentions before they go.
			if err := ts.expandReports(ctx, d.ID, had); err != nil {
				return internal("save record: delete "+d.Kind+" "+d.ID, err)
			}
			if err := ts.delete(ctx, d.ID); err != nil {
				return internal("save record: delete "+d.Kind+" "+d.ID, err)
			}
		}
		for k := range had {
			del = append(del, keyRow{k[0], k[1], d.Kind, d.ID})
		}
		if d.Kind == accord.KindActor {
			if _, err := stmts["delAKey"].ExecContext(ctx, d.ID); err != nil {
				return internal("save record: delete "+d.Kind+" "+d.ID, err)
			}
		}
	}
	// The key lists of the entities saved, a chunk of them a query (after
	// the deletions: an entity deleted and written anew has none).
	lists, err := keyLists(ctx, tx, ents)
	if err != nil {
		return internal("save record: keys", err)
	}
	read := make(map[string]bool, len(ents))
	for _, e := range ents {
		// The keys that changed: a merge may have changed the countries,
		// the date or the name an entity is found by, but mostly adds one
		// report, so that rewriting every key would be most of the cost.
		had := map[[2]string]bool{}
		ref := e.kind + "\x00" + e.id
		stored, ok := lists[ref]
		same := ok && !read[ref] && stored.status == e.status && stored.date == e.date
		switch {
		case read[ref]: // saved twice: the second reads what the first wrote
			had, err = entityKeys(ctx, stmts["keys"], e.kind, e.id)
		case ok:
			had, err = decodeKeys(e.kind, e.id, stored.keys)
		}
		read[ref] = true
		if err != nil {
			return internal("save record: "+e.kind+" "+e.id, err)
		}
		if e.target != nil && bounded(e.target) && !had[reportsApart] {
			// Its row lists its report keys (written before they were
			// kept apart): its lists read whole, saved as before.
			if e.target, err = whole(ctx, tx, e.target); err != nil {
				return internal("save record: statements of "+e.id, err)
			}
		}
		var repIns, repDel []string
		if e.reportsApart {
			repIns, repDel, err = ts.reportKeys(ctx, e.id, e.target, had)
		} else {
			err = ts.expandReports(ctx, e.id, had)
		}
		if err != nil {
			return internal("save record: "+e.kind+" "+e.id, err)
		}
		for _, k := range repIns {
			ins = append(ins, keyRow{k, "", e.kind, e.id})
		}
		for _, k := range repDel {
			del = append(del, keyRow{k, "", e.kind, e.id})
		}
		rows := make([][2]string, 0, len(e.keys)+1)
		seen := make(map[[2]string]bool, len(e.keys))
		for _, k := range e.keys {
			r := [2]string{k, rowDate(k, e.keyDate)}
			if seen[r] {
				continue
			}
			seen[r] = true
			rows = append(rows, r)
			if had[r] {
				delete(had, r)
				continue
			}
			ins = append(ins, keyRow{r[0], r[1], e.kind, e.id})
		}
		for k := range had {
			del = append(del, keyRow{k[0], k[1], e.kind, e.id})
		}
		if e.reportsApart {
			rows = append(rows, reportsApart)
		}
		list, err := json.Marshal(rows)
		if err != nil {
			return internal("save record: "+e.kind+" "+e.id, err)
		}
		switch {
		case same && bytes.Equal(stored.data, e.data) && bytes.Equal(stored.keys, list):
			// Unchanged: most are actors named again, whose article keys
			// go to actor_keys, not to their rows.
		case same:
			_, err = stmts["upData"].ExecContext(ctx, e.data, list, e.kind, e.id)
		default:
			err = upsert(ctx, stmts["up"], stmts["ins"], e, list)
		}
		if err != nil {
			return internal("save record: "+e.kind+" "+e.id, err)
		}
		if e.target != nil {
			if err := ts.save(ctx, e.id, e.target); err != nil {
				return internal("save record: statements of "+e.id, err)
			}
		}
	}
	// In index order: neighbouring rows share pages.
	for _, list := range [][]keyRow{del, ins} {
		slices.SortFunc(list, func(a, b keyRow) int { return cmp.Compare(a.key+"\x00"+a.date, b.key+"\x00"+b.date) })
	}
	// Report keys of stored articles are rows of report_keys (migration
	// 0017).
	// Actor keys too: "article id/key".
	ids := append(reportArticles(del), reportArticles(ins)...)
	for _, k := range actorKeys {
		if id, _, ok := strings.Cut(k[0], "/"); ok {
			ids = append(ids, id)
		}
	}
	ns, err := articleKeys(ctx, tx, ids)
	if err != nil {
		return internal("save record: report keys", err)
	}
	delRest, delReports := splitReports(del, ns)
	insRest, insReports := splitReports(ins, ns)
	// The rows that go, many a statement, from either table (migration
	// 0024).
	args := make([]any, 0, 4*len(delRest))
	for _, k := range delRest {
		args = append(args, k.key, k.date, k.kind, k.id)
	}
	for _, table := range []string{`entity_keys`, `entity_keys_staged`} {
		delKeys := newMultiOr(tx, `DELETE FROM `+table, `key = ? AND date = ? AND kind = ? AND id = ?`, 4)
		defer delKeys.close()
		if err := delKeys.exec(ctx, args); err != nil {
			return internal("save record: keys", err)
		}
	}
	delReps := newMultiOr(tx, `DELETE FROM report_keys`, `article = ? AND kind = ? AND id = ?`, 3)
	defer delReps.close()
	args = make([]any, 0, 3*len(delReports))
	for _, r := range delReports {
		args = append(args, r.article, r.kind, r.id)
	}
	if err := delReps.exec(ctx, args); err != nil {
		return internal("save record: report keys", err)
	}
	// The new keys, many rows a statement, in order, staged (migration
	// 0024); moved into entity_keys once enough are.
	keys := newMultiRow(tx, `INSERT OR IGNORE INTO entity_keys_staged (key, date, kind, id)`, "", 4)
	defer keys.close()
	args = make([]any, 0, 4*len(insRest))
	for _, k := range insRest {
		args = append(args, k.key, k.date, k.kind, k.id)
	}
	if err := keys.exec(ctx, args); err != nil {
		return internal("save record: keys", err)
	}
	if err := stageRows(ctx, tx, stagedKeys, len(insRest)); err != nil {
		return internal("save record: keys", err)
	}
	reports := newMultiRow(tx, `INSERT OR IGNORE INTO report_keys (article, kind, id)`, "", 3)
	defer reports.close()
	args = make([]any, 0, 3*len(insReports))
	for _, r := range insReports {
		args = append(args, r.article, r.kind, r.id)
	}
	if err := reports.exec(ctx, args); err != nil {
		return internal("save record: report keys", err)
	}
	// Actor keys under their article's n (migration 0017), -1 when it is
	// not stored. A key written before its article was stored moves.
	var orphans bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM actor_keys WHERE article = -1)`).Scan(&orphans); err != nil {
		return internal("save record: actor keys", err)
	}
	akeys := newMultiRow(tx, `INSERT INTO actor_keys (article, key, actor)`, ` ON CONFLICT (article, key) DO UPDATE SET actor = excluded.actor`, 3)
	defer akeys.close()
	args = make([]any, 0, 3*len(actorKeys))
	for _, k := range actorKeys {
		n := int64(-1)
		if id, _, ok := strings.Cut(k[0], "/"); ok {
			if v, ok := ns[id]; ok {
				n = v
				if orphans {
					if _, err := stmts["delOrphanAKey"].ExecContext(ctx, k[0]); err != nil {
						return internal("save record: actor keys", err)
					}
				}
			}
		}
		args = append(args, n, k[0], k[1])
	}
	if err := akeys.exec(ctx, args); err != nil {
		return internal("save record: actor keys", err)
	}
	// The counts of the keys lists are made of, one row a key a change.
	for _, c := range countChanges(ins, del) {
		if _, err := stmts["count"].ExecContext(ctx, c.Key, c.Count, c.Last); err != nil {
			return internal("save record: count "+c.Key, err)
		}
	}
	if len(del) > 0 {
		if _, err := stmts["countGone"].ExecContext(ctx); err != nil {
			return internal("save record: counts", err)
		}
	}
	return nil
}

// upsert writes entity e's row (with its key list): an update of the row of
// its kind and id, or an insert when there is none.
func upsert(ctx context.Context, up, ins *sql.Stmt, e entity, list []byte) error {
	res, err := up.ExecContext(ctx, e.status, e.date, e.data, list, e.kind, e.id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	_, err = ins.ExecContext(ctx, e.kind, e.id, e.status, e.date, e.data, list)
	return err
}

// countChanges sums, per counted key (accord.Counted), the rows inserted
// less those deleted, with the latest date inserted, in key order.
func countChanges(ins, del []keyRow) []accord.KeyCount {
	m := map[string]*accord.KeyCount{}
	add := func(r keyRow, n int) {
		if !accord.Counted(r.key) {
			return
		}
		c := m[r.key]
		if c == nil {
			c = &accord.KeyCount{Key: r.key}
			m[r.key] = c
		}
		c.Count += n
		if n > 0 {
			c.Last = max(c.Last, r.date)
		}
	}
	for _, r := range ins {
		add(r, 1)
	}
	for _, r := range del {
		add(r, -1)
	}
	out := make([]accord.KeyCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b accord.KeyCount) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

type keyRow struct{ key, date, kind, id string }

// rowDate is the date an entity's row under key k carries. An article's key
// (accord.KeyReport) carries none: it is only ever looked up, never ranged
// by date, and a target's date (its latest statement) moves with every
// restatement, so that dated rows would all be rewritten each time, as many
// as the target has statements.
func rowDate(k, date string) string {
	if strings.HasPrefix(k, accord.KeyReport) {
		return ""
	}
	return date
}

// entityKeys returns the (key, date) rows of one entity in entity_keys,
// from the list its row keeps (st returns the keys column of the entity
// of kind and id, no row when there is none).
func entityKeys(ctx context.Context, st *sql.Stmt, kind, id string) (map[[2]string]bool, error) {
	var list []byte
	switch err := st.QueryRowContext(ctx, kind, id).Scan(&list); {
	case errors.Is(err, sql.ErrNoRows):
		return map[[2]string]bool{}, nil
	case err != nil:
		return nil, err
	}
	return decodeKeys(kind, id, list)
}

// decodeKeys decodes the keys column of an entity.
func decodeKeys(kind, id string, list []byte) (map[[2]string]bool, error) {
	var rows [][2]string
	if err := json.Unmarshal(list, &rows); err != nil {
		return nil, fmt.Errorf("keys of %s %s: %w", kind, id, err)
	}
	out := make(map[[2]string]bool, len(rows))
	for _, r := range rows {
		out[r] = true
	}
	return out, nil
}

// storedEntity is what SaveRecord reads of a stored entity before it
// rewrites it: its keys column, data, status and date.
type storedEntity struct {
	keys, data   []byte
	status, date string
}

// keyLists returns the keys column, data, status and date of the stored
// entities among ents, by kind and id ("kind\x00id"); an entity not stored
// has none.
func keyLists(ctx context.Context, tx *sql.Tx, ents []entity) (map[string]storedEntity, error) {
	byKind := map[string][]string{}
	for _, e := range ents {
		byKind[e.kind] = append(byKind[e.kind], e.id)
	}
	out := make(map[string]storedEntity, len(ents))
	for kind, ids := range byKind {
		ids = slices.Compact(slices.Sorted(slices.Values(ids)))
		for len(ids) > 0 {
			part := ids[:min(chunk, len(ids))]
			ids = ids[len(part):]
			args := make([]any, 0, 1+len(part))
			args = append(args, kind)
			for _, id := range part {
				args = append(args, id)
			}
			rows, err := tx.QueryContext(ctx, `SELECT id, keys, status, date, data FROM entities WHERE kind = ? AND id IN (`+marks(len(part))+`)`, args...)
			if err != nil {
				return nil, err
			}
			for rows.Next() {
				var id string
				var st storedEntity
				if err := rows.Scan(&id, &st.keys, &st.status, &st.date, &st.data); err != nil {
					rows.Close()
					return nil, err
				}
				out[kind+"\x00"+id] = st
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// reportRow is a row of report_keys: an entity under the report key of the
// stored article of key n.
type reportRow struct {
	article  int64
	kind, id string
}

// reportArticles returns the article ids of the report keys among rows.
func reportArticles(rows []keyRow) []string {
	var ids []string
	for _, r := range rows {
		if id, ok := strings.CutPrefix(r.key, accord.KeyReport); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// splitReports returns the rows of report keys of the articles in ns as
// report_keys rows, in their order, and the other rows.
func splitReports(rows []keyRow, ns map[string]int64) ([]keyRow, []reportRow) {
	var rest []keyRow
	var reps []reportRow
	for _, r := range rows {
		if id, ok := strings.CutPrefix(r.key, accord.KeyReport); ok {
			if n, ok := ns[id]; ok {
				reps = append(reps, reportRow{n, r.kind, r.id})
				continue
			}
		}
		rest = append(rest, r)
	}
	slices.SortFunc(reps, func(a, b reportRow) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.kind, b.kind), cmp.Compare(a.id, b.id))
	})
	return rest, reps
}

// articleKeys returns the keys (n) of the stored articles among ids.
func articleKeys(ctx context.Context, q querier, ids []string) (map[string]int64, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	out := make(map[string]int64, len(ids))
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := q.QueryContext(ctx, `SELECT id, n FROM articles WHERE id IN (`+marks(len(part))+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			var n int64
			if err := rows.Scan(&id, &n); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
