package sqlite

import (
	"context"
	"sync"
)

// articleNs finds stored articles' keys (articles.n) by id, in the narrow
// unique index on id: a lookup reads a leaf at a random place of it (ids
// are hashes). Queries by article then go by n, in the store's order.
//
// A process that shows one view (OpenView) remembers what it found: a
// relationship's brief looks up the same reporting articles twice, for the
// targets stated in them (their report keys) and for their titles and
// areas, five hundred of them for a busy pair. Other stores look up each
// time (m nil): a server's store changes under it, and an article deleted
// and stored again takes another n.
type articleNs struct {
	mu sync.Mutex
	m  map[string]int64 // -1: not stored
}

// articleNsSQL selects (id, n) of articles by id (a JSON array, jsonList).
const articleNsSQL = `SELECT id, n FROM articles WHERE id IN ` + jsonList

// lookup returns the keys of the stored articles among ids, in no order;
// an id not stored has none.
func (c *articleNs) lookup(ctx context.Context, q querier, ids []string) ([]int64, error) {
	var ns []int64
	ask := ids
	if c != nil {
		c.mu.Lock()
		ask = nil
		for _, id := range ids {
			n, ok := c.m[id]
			switch {
			case !ok:
				ask = append(ask, id)
			case n >= 0:
				ns = append(ns, n)
			}
		}
		c.mu.Unlock()
	}
	if len(ask) == 0 {
		return ns, nil
	}
	rows, err := q.QueryContext(ctx, articleNsSQL, jsonArray(ask))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	found := map[string]int64{}
	for rows.Next() {
		var id string
		var n int64
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		ns = append(ns, n)
		found[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if c != nil {
		c.mu.Lock()
		for _, id := range ask {
			n, ok := found[id]
			if !ok {
				n = -1
			}
			c.m[id] = n
		}
		c.mu.Unlock()
	}
	return ns, nil
}
