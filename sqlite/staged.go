package sqlite

import (
	"context"
	"database/sql"
	"os"
	"strconv"
)

// staged is a table whose new rows SaveRecord writes into a staging table
// of the same columns and key, moved into it in key order once max rows
// are staged (migrations 0024 and 0025, issue 10). The big table is
// clustered by a key whose new rows land in the middle of the tree (the
// end of each key's range): once it has more leaves than a save has keys,
// every row costs a page written. A move writes each key's end once with
// all the rows staged under it, and the staging table stays the size of
// the big one in a store of a few tens of thousands of articles. A row is
// in one table or the other: readers read both, deleters delete from both.
// meta counts the rows staged since the last move.
type staged struct {
	table, cols string
	max         int
}

var (
	// About 6.5 key rows an article: a move every 40,000 articles.
	stagedKeys = &staged{"entity_keys", "key, date, kind, id", stagedRowsFromEnv("ACCORD_STAGED_ROWS", 250_000)}
	// About 0.55 statements an article: a move every 45,000 articles.
	stagedStatements = &staged{"target_statements", "target, list, i, data, title, file, source, published", stagedRowsFromEnv("ACCORD_STAGED_STATEMENTS", 25_000)}
)

// stagedRowsFromEnv is def unless the environment variable env gives
// another bound (tests and measurements).
func stagedRowsFromEnv(env string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(env)); err == nil && n >= 0 {
		return n
	}
	return def
}

// stageRows counts n rows just staged for s, and moves the staged rows once
// there are s.max, within tx.
func stageRows(ctx context.Context, tx *sql.Tx, s *staged, n int) error {
	if n == 0 {
		return nil
	}
	var count int
	err := tx.QueryRowContext(ctx, `UPDATE meta SET value = value + ? WHERE key = ? RETURNING value`, n, s.table+"_staged").Scan(&count)
	if err != nil {
		return err
	}
	if count < s.max {
		return nil
	}
	return moveStaged(ctx, tx, s)
}

// moveStaged moves every staged row of s into its table, in key order.
func moveStaged(ctx context.Context, tx *sql.Tx, s *staged) error {
	for _, q := range []string{
		`INSERT OR IGNORE INTO ` + s.table + ` (` + s.cols + `) SELECT ` + s.cols + ` FROM ` + s.table + `_staged ORDER BY ` + s.cols,
		`DELETE FROM ` + s.table + `_staged`,
		`UPDATE meta SET value = 0 WHERE key = '` + s.table + `_staged'`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
