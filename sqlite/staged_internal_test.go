package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestSelectKeysStaged checks that key rows read the same wherever they are
// (migration 0024): all in entity_keys, all staged, split between the two,
// or in both (a row staged again before its move); by key, in a date
// range, with a limit, and with every key of q.All.
func TestSelectKeysStaged(t *testing.T) {
	ctx := context.Background()
	type row struct{ key, date, id string }
	var rows []row
	for d := 0; d < 40; d++ {
		date := fmt.Sprintf("2024-%02d-%02d", 1+d/28, 1+d%28)
		id := fmt.Sprintf("e_%03d", d)
		rows = append(rows, row{"c:CL", date, id})
		if d%3 == 0 {
			rows = append(rows, row{"a:CL", date, id})
		}
		if d%4 == 0 {
			rows = append(rows, row{"b:CL|PE", date, id})
		}
	}
	queries := []accord.RecordQuery{
		{Keys: []string{"c:CL"}, Kind: accord.KindEngagement},
		{Keys: []string{"a:CL", "c:CL"}, Kind: accord.KindEngagement, Limit: 5},
		{Keys: []string{"c:CL"}, Limit: 9},
		{Keys: []string{"c:CL"}, Kind: accord.KindEngagement, From: "2024-01-10", To: "2024-02"},
		{Keys: []string{"c:CL"}, Kind: accord.KindEngagement, All: []string{"a:CL", "b:CL|PE"}},
		{Keys: []string{"a:CL", "b:CL|PE"}, Kind: accord.KindEngagement, All: []string{"c:CL"}, Limit: 3},
	}
	read := func(where func(i int) []string) [][]ref {
		t.Helper()
		db, err := Open(ctx, filepath.Join(t.TempDir(), "k.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for i, r := range rows {
			for _, table := range where(i) {
				if _, err := db.w.ExecContext(ctx, `INSERT INTO `+table+` (key, date, kind, id) VALUES (?, ?, ?, ?)`, r.key, r.date, accord.KindEngagement, r.id); err != nil {
					t.Fatal(err)
				}
			}
		}
		tx, err := db.w.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		var out [][]ref
		for _, q := range queries {
			got, err := selectKeys(ctx, tx, q, nil)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortFunc(got, func(a, b ref) int { return cmpRef(a, b) })
			out = append(out, got)
		}
		return out
	}
	want := read(func(int) []string { return []string{"entity_keys"} })
	for name, where := range map[string]func(i int) []string{
		"staged": func(int) []string { return []string{"entity_keys_staged"} },
		"split": func(i int) []string {
			return [][]string{{"entity_keys"}, {"entity_keys_staged"}}[i%2]
		},
		"both": func(i int) []string {
			if i%3 == 0 {
				return []string{"entity_keys", "entity_keys_staged"}
			}
			return []string{"entity_keys_staged"}
		},
	} {
		got := read(where)
		for i := range queries {
			if !slices.Equal(got[i], want[i]) {
				t.Errorf("%s, query %d: %v, want %v", name, i, got[i], want[i])
			}
		}
	}
	if len(want[0]) != 40 || len(want[1]) != 5 || len(want[4]) != 4 {
		t.Errorf("unexpected reference results: %d, %d, %d", len(want[0]), len(want[1]), len(want[4]))
	}
}

func cmpRef(a, b ref) int {
	return cmpStrings(a.date+"\x00"+a.kind+"\x00"+a.id, b.date+"\x00"+b.kind+"\x00"+b.id)
}

func cmpStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestStoreStagedMoves runs the store's tests with the staged key rows
// moved into entity_keys after every few rows: rows then move in the middle
// of every test's saves, rewrites and deletions.
func TestStoreStagedMoves(t *testing.T) {
	for _, n := range []int{1, 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			defer func(a, b int) { stagedKeys.max, stagedStatements.max = a, b }(stagedKeys.max, stagedStatements.max)
			stagedKeys.max, stagedStatements.max = n, n
			storetest.Run(t, func(t *testing.T) accord.Store {
				db, err := Open(context.Background(), filepath.Join(t.TempDir(), "accord.db"))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				return db
			})
		})
	}
}

// TestMoveStaged checks a move: every staged row in entity_keys once, none
// left staged, the count back to zero, and the rows found as before.
func TestMoveStaged(t *testing.T) {
	ctx := context.Background()
	defer func(a, b int) { stagedKeys.max, stagedStatements.max = a, b }(stagedKeys.max, stagedStatements.max)
	stagedKeys.max = 1 << 30
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ev := []accord.Evidence{{Article: "0123456789abcdef", Published: "2025-09-20"}}
	save := func(c *accord.RecordChange) {
		t.Helper()
		if err := db.SaveRecord(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	save(&accord.RecordChange{Engagements: []accord.Engagement{
		{ID: "e_one", Type: accord.Talks, Date: "2025-09-20", Countries: []string{"QX", "QZ"}, Status: accord.StatusHeld, Reports: ev},
	}})
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.w.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(q, err)
		}
		return n
	}
	staged := count(`SELECT count(*) FROM entity_keys_staged`)
	if staged == 0 || count(`SELECT count(*) FROM entity_keys`) != 0 || count(`SELECT value FROM meta WHERE key = 'entity_keys_staged'`) != staged {
		t.Fatalf("after a save: %d staged, %d in entity_keys, count %d", staged, count(`SELECT count(*) FROM entity_keys`), count(`SELECT value FROM meta WHERE key = 'entity_keys_staged'`))
	}
	// The next save crosses the bound: both saves' rows move.
	stagedKeys.max = staged + 1
	save(&accord.RecordChange{Engagements: []accord.Engagement{
		{ID: "e_two", Type: accord.Talks, Date: "2025-09-21", Countries: []string{"QX", "QZ"}, Status: accord.StatusHeld, Reports: ev},
	}})
	if n := count(`SELECT count(*) FROM entity_keys_staged`); n != 0 {
		t.Errorf("after the move: %d rows staged", n)
	}
	if n := count(`SELECT value FROM meta WHERE key = 'entity_keys_staged'`); n != 0 {
		t.Errorf("after the move: count %d", n)
	}
	if n := count(`SELECT count(*) FROM entity_keys`); n != 2*staged {
		t.Errorf("after the move: %d rows in entity_keys, want %d", n, 2*staged)
	}
	// A row moved goes when its entity does.
	save(&accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindEngagement, ID: "e_one"}}})
	r, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.PairKey("QX", "QZ")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Engagements) != 1 || r.Engagements[0].ID != "e_two" {
		t.Errorf("pair after the deletion: %v", r.Engagements)
	}
	if n := count(`SELECT count(*) FROM entity_keys WHERE id = 'e_one'`); n != 0 {
		t.Errorf("rows of the deleted entity left: %d", n)
	}
}

// unstaged has every save move its staged rows at once, for the duration
// of t: for tests of what target_statements holds after a save.
func unstaged(t *testing.T) {
	a, b := stagedKeys.max, stagedStatements.max
	stagedKeys.max, stagedStatements.max = 0, 0
	t.Cleanup(func() { stagedKeys.max, stagedStatements.max = a, b })
}
