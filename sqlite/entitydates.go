package sqlite

import (
	"context"
	"slices"

	"github.com/accordhq/accord"
)

var _ accord.DateReader = (*DB)(nil)

// entityStatusSQL selects the status of entities of one kind by id (a
// JSON array, jsonList): from the index beside their ids (migration 0020),
// not their rows.
const entityStatusSQL = `SELECT id, status FROM entities WHERE kind = ? AND id IN ` + jsonList

// EntityDates lists the entities q selects by key with their index dates
// and statuses (accord.DateReader): the key index, and each entity's
// status from the index of statuses by id (migration 0020), so that no
// row is read (a kilobyte of JSON or more, over several pages for a
// gathering) or decoded. A store with corrections says ok = false: a correction may key
// an engagement under another date than its own.
func (db *DB) EntityDates(ctx context.Context, q accord.RecordQuery) ([]accord.EntityDate, bool, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, false, internal("entity dates", err)
	}
	defer tx.Rollback()
	var corrected bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM corrections)`).Scan(&corrected); err != nil {
		return nil, false, internal("entity dates", err)
	}
	if corrected {
		return nil, false, nil
	}
	refs, err := selectKeys(ctx, tx, q, db.ns)
	if err != nil {
		return nil, false, err
	}
	byKind := map[string][]string{}
	for _, r := range refs {
		byKind[r.kind] = append(byKind[r.kind], r.id)
	}
	status := map[[2]string]string{}
	for kind, ids := range byKind {
		ids = slices.Compact(slices.Sorted(slices.Values(ids)))
		for len(ids) > 0 {
			part := ids[:min(chunk, len(ids))]
			ids = ids[len(part):]
			rows, err := tx.QueryContext(ctx, entityStatusSQL, kind, jsonArray(part))
			if err != nil {
				return nil, false, internal("entity dates", err)
			}
			for rows.Next() {
				var id, st string
				if err := rows.Scan(&id, &st); err != nil {
					rows.Close()
					return nil, false, internal("entity dates", err)
				}
				status[[2]string{kind, id}] = st
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, false, internal("entity dates", err)
			}
		}
	}
	seen := map[[2]string]bool{}
	var out []accord.EntityDate
	for _, r := range refs {
		k := [2]string{r.kind, r.id}
		st, ok := status[k]
		if !ok || seen[k] {
			continue // an index row without its entity: RecordOf gives none
		}
		seen[k] = true
		out = append(out, accord.EntityDate{Kind: r.kind, ID: r.id, Date: r.date, Status: st})
	}
	return out, true, nil
}
