package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// TestMigrateStatementsByTarget: a store whose statements are the rowid
// table of migration 0009 keeps every statement after migration 0019, in
// a table keyed by (target, list, i) without rowids, reads its targets as
// before (whole and bounded) and appends their later statements.
func TestMigrateStatementsByTarget(t *testing.T) {
	unstaged(t) // reads target_statements alone
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db := openAt(t, path)
	seven := busyTarget(7, trade)
	saveTarget(t, db, seven)
	other := busyTarget(2, trade)
	other.ID = "t_other"
	saveTarget(t, db, other)
	// As the store was before migration 0019, with the same rows.
	for _, q := range []string{
		`CREATE TABLE old_statements (target TEXT NOT NULL, list INTEGER NOT NULL, i INTEGER NOT NULL, data BLOB NOT NULL)`,
		`INSERT INTO old_statements SELECT target, list, i, data FROM target_statements ORDER BY list DESC, i DESC`,
		`DROP TABLE target_statements`,
		`ALTER TABLE old_statements RENAME TO target_statements`,
		`CREATE UNIQUE INDEX target_statements_at ON target_statements (target, list, i)`,
		`DELETE FROM schema_version WHERE version >= 19`,
	} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	db = openAt(t, path)
	var schema string
	if err := db.r.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = 'target_statements'`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(schema, "WITHOUT ROWID") || !strings.Contains(schema, "PRIMARY KEY (target, list, i)") {
		t.Errorf("target_statements after the migration: %s", schema)
	}
	checkTarget(t, path, "migrated", seven)
	checkTarget(t, path, "migrated, the other target", other)
	rec, err := db.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_busy"}, Statements: 2})
	if err != nil || len(rec.Targets) != 1 {
		t.Fatalf("bounded read: %v, %v", rec, err)
	}
	if got := rec.Targets[0]; len(got.History) != 3 || got.History[0].Article != "a00000" || got.History[2].Article != "a00006" || got.Unlisted.History != 4 {
		t.Errorf("first and latest 2 of 7: %d statements, %+v", len(got.History), got.Unlisted)
	}
	before := statementRowids(t, db, "t_busy")
	nine := busyTarget(9, trade)
	saveTarget(t, db, nine)
	after := statementRowids(t, db, "t_busy")
	for k, r := range before {
		if after[k] != r {
			t.Errorf("row %v written again after the migration: want the two statements appended", k)
		}
	}
	if len(after) != 18 {
		t.Errorf("%d rows after two more statements, want 18", len(after))
	}
	checkTarget(t, path, "two more after the migration", nine)
}
