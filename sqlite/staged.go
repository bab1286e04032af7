package sqlite

import (
	"context"
	"database/sql"
	"os"
	"strconv"
)

// stagedRowsMax is how many key rows entity_keys_staged gathers before
// they move into entity_keys (migration 0024). A move writes each key's
// end of range in entity_keys once, with all the rows staged under it;
// staged rows are written into a table of their own size. A few tens of
// thousands of articles' rows: a move every few tens of saves, a staging
// table that stays about the size of entity_keys in a store that small.
// ACCORD_STAGED_ROWS sets it (tests and measurements).
var stagedRowsMax = stagedRowsFromEnv(250_000)

func stagedRowsFromEnv(def int) int {
	if n, err := strconv.Atoi(os.Getenv("ACCORD_STAGED_ROWS")); err == nil && n >= 0 {
		return n
	}
	return def
}

// stageKeys counts n rows just staged, and moves the staged rows into
// entity_keys once there are stagedRowsMax, within tx.
func stageKeys(ctx context.Context, tx *sql.Tx, n int) error {
	if n == 0 {
		return nil
	}
	var staged int
	err := tx.QueryRowContext(ctx, `UPDATE meta SET value = value + ? WHERE key = 'entity_keys_staged' RETURNING value`, n).Scan(&staged)
	if err != nil {
		return err
	}
	if staged < stagedRowsMax {
		return nil
	}
	return moveStaged(ctx, tx)
}

// moveStaged moves every staged key row into entity_keys, in key order.
func moveStaged(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`INSERT OR IGNORE INTO entity_keys (key, date, kind, id) SELECT key, date, kind, id FROM entity_keys_staged ORDER BY key, date, kind, id`,
		`DELETE FROM entity_keys_staged`,
		`UPDATE meta SET value = 0 WHERE key = 'entity_keys_staged'`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
