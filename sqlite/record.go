package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"

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
	return decodeRecord(raw)
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
			errs[i] = json.Unmarshal(e.data, &actors[i])
		case accord.KindEngagement:
			errs[i] = json.Unmarshal(e.data, &engagements[i])
		case accord.KindTarget:
			errs[i] = json.Unmarshal(e.data, &targets[i])
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
}

// SaveRecord applies a change in one transaction: Reset first, then the
// deletions, then the upserts, so that a change may delete an entity and
// write it anew.
func (db *DB) SaveRecord(ctx context.Context, c *accord.RecordChange) error {
	if c == nil {
		return accord.Errorf(accord.EINVALID, "no record change")
	}
	var ents []entity
	add := func(kind, id, status, date, where string, v any) error {
		if id == "" {
			return accord.ErrorAt(accord.EINVALID, where, "%s without id", kind)
		}
		b, err := json.Marshal(v)
		if err != nil {
			return accord.ErrorAt(accord.EINVALID, where, "%s %s: %v", kind, id, err)
		}
		ents = append(ents, entity{kind, id, status, date, b})
		return nil
	}
	for i := range c.Actors {
		a := &c.Actors[i]
		if err := add(accord.KindActor, a.ID, "", "", fmt.Sprintf("actors[%d]", i), a); err != nil {
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

	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return internal("save record", err)
	}
	defer tx.Rollback()
	if c.Reset {
		if _, err := tx.ExecContext(ctx, `DELETE FROM entities`); err != nil {
			return internal("save record: reset", err)
		}
	}
	if len(c.Deleted) > 0 {
		del, err := tx.PrepareContext(ctx, `DELETE FROM entities WHERE kind = ? AND id = ?`)
		if err != nil {
			return internal("save record", err)
		}
		defer del.Close()
		for _, d := range c.Deleted {
			if _, err := del.ExecContext(ctx, d.Kind, d.ID); err != nil {
				return internal("save record: delete "+d.Kind+" "+d.ID, err)
			}
		}
	}
	if len(ents) > 0 {
		up, err := tx.PrepareContext(ctx, `INSERT INTO entities (kind, id, status, date, data) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (kind, id) DO UPDATE SET status = excluded.status, date = excluded.date, data = excluded.data`)
		if err != nil {
			return internal("save record", err)
		}
		defer up.Close()
		for _, e := range ents {
			if _, err := up.ExecContext(ctx, e.kind, e.id, e.status, e.date, e.data); err != nil {
				return internal("save record: "+e.kind+" "+e.id, err)
			}
		}
	}
	if err := bump(ctx, tx); err != nil {
		return internal("save record", err)
	}
	if err := tx.Commit(); err != nil {
		return internal("save record", err)
	}
	return nil
}
