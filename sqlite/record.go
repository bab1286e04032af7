package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

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
	r := new(accord.Record)
	for rows.Next() {
		var kind, id, status string
		var data []byte
		if err := rows.Scan(&kind, &id, &status, &data); err != nil {
			return nil, internal("record", err)
		}
		switch kind {
		case accord.KindActor:
			r.Actors = append(r.Actors, accord.Actor{})
			err = json.Unmarshal(data, &r.Actors[len(r.Actors)-1])
		case accord.KindEngagement:
			var e accord.Engagement
			err = json.Unmarshal(data, &e)
			if status == accord.StatusPending {
				r.Pending = append(r.Pending, e)
			} else {
				r.Engagements = append(r.Engagements, e)
			}
		case accord.KindTarget:
			r.Targets = append(r.Targets, accord.Target{})
			err = json.Unmarshal(data, &r.Targets[len(r.Targets)-1])
		}
		if err != nil {
			return nil, internal(fmt.Sprintf("record: %s %s", kind, id), err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, internal("record", err)
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
