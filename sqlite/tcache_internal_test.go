package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/accordhq/accord"
)

// busyTarget is a target stated n times, the i-th statement worded by
// quote(i).
func busyTarget(n int, quote func(i int) string) accord.Target {
	tg := accord.Target{ID: "t_busy", Metric: "bilateral trade", Value: 1e10, Unit: "USD", Comparator: accord.Eq,
		Deadline: "2030", Holders: []string{"AA", "BB"}, Mentions: []accord.Evidence{}}
	for i := range n {
		ev := accord.Evidence{Article: fmt.Sprintf("a%05d", i), Published: fmt.Sprintf("2024-%02d-%02d", 1+i/28%12, 1+i%28), Quote: quote(i)}
		tg.Mentions = append(tg.Mentions, ev)
		tg.History = append(tg.History, accord.Restatement{Evidence: ev, Holders: []string{"AA", "BB"}, Value: tg.Value, Unit: "USD",
			Comparator: accord.Eq, Deadline: "2030", Changes: []string{"value"}})
	}
	return tg
}

func trade(int) string { return "trade of $10 billion by 2030" }

func openAt(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func saveTarget(t *testing.T, db *DB, tg accord.Target) {
	t.Helper()
	if err := db.SaveRecord(context.Background(), &accord.RecordChange{Targets: []accord.Target{tg}}); err != nil {
		t.Fatal(err)
	}
}

// checkTarget reads the target back, from a handle of its own (nothing
// remembered), and compares it with want.
func checkTarget(t *testing.T, path, step string, want accord.Target) {
	t.Helper()
	db := openAt(t, path)
	rec, err := db.RecordOf(context.Background(), accord.RecordQuery{IDs: []string{want.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Targets) != 1 || !reflect.DeepEqual(rec.Targets[0], want) {
		t.Errorf("%s: reads %+v, want %+v", step, rec.Targets, want)
	}
	db.Close()
}

// statementRowids identifies the writes of a target's statement rows:
// for each (list, i), the number of the last insert of it this handle
// made since its first call, 0 for a row written before. The table has no
// rowid (migration 0019): a temporary trigger on the writer's one
// connection numbers the inserts. A row written again gets a new number;
// a row appended to leaves the others as they were.
func statementRowids(t *testing.T, db *DB, id string) map[[2]int]int64 {
	t.Helper()
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS statement_writes (seq INTEGER PRIMARY KEY, target TEXT, list INTEGER, i INTEGER)`,
		`CREATE TEMP TRIGGER IF NOT EXISTS statement_written AFTER INSERT ON main.target_statements BEGIN
			INSERT INTO statement_writes (target, list, i) VALUES (new.target, new.list, new.i);
		END`,
	} {
		if _, err := db.w.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	rows, err := db.w.Query(`SELECT s.list, s.i, coalesce((SELECT max(w.seq) FROM statement_writes w
		WHERE w.target = s.target AND w.list = s.list AND w.i = s.i), 0) FROM target_statements s WHERE s.target = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[[2]int]int64{}
	for rows.Next() {
		var list, i int
		var r int64
		if err := rows.Scan(&list, &i, &r); err != nil {
			t.Fatal(err)
		}
		out[[2]int{list, i}] = r
	}
	return out
}

// TestTargetListsRemembered: what the writer remembers of the lists it
// stored never stands for what the store holds once they differ: lists
// changed by another writer, lists the caller changed in place after the
// save, a statement inserted before the last ones; each save then stores
// the lists as given.
func TestTargetListsRemembered(t *testing.T) {
	unstaged(t) // reads target_statements alone
	defer func(v int) { minSaved = v }(minSaved)
	minSaved = 0
	path := filepath.Join(t.TempDir(), "s.db")
	db, other := openAt(t, path), openAt(t, path)

	saveTarget(t, db, busyTarget(3, trade))
	// Another writer rewrites the lists with as many statements.
	reworded := busyTarget(3, func(i int) string { return fmt.Sprintf("statement %d worded otherwise", i) })
	saveTarget(t, other, reworded)
	four := busyTarget(4, func(i int) string { return fmt.Sprintf("statement %d worded otherwise", i) })
	saveTarget(t, db, four)
	checkTarget(t, path, "after another writer", four)

	// The caller changes the lists it saved, in place, then adds one.
	five := busyTarget(5, trade)
	saveTarget(t, db, five)
	five.History[1].Changes[0] = "deadline"
	five.History[2].Holders[1] = "CC"
	six := five
	extra := busyTarget(6, trade)
	six.Mentions = append(six.Mentions, extra.Mentions[5])
	six.History = append(six.History, extra.History[5])
	saveTarget(t, db, six)
	checkTarget(t, path, "after changes in place", six)

	// A statement published earlier sorts before the last ones.
	seven := busyTarget(7, trade)
	inserted := seven
	inserted.Mentions = append(append(append([]accord.Evidence{}, seven.Mentions[:3]...), seven.Mentions[6]), seven.Mentions[3:6]...)
	inserted.History = append(append(append([]accord.Restatement{}, seven.History[:3]...), seven.History[6]), seven.History[3:6]...)
	saveTarget(t, db, seven)
	saveTarget(t, db, inserted)
	checkTarget(t, path, "statement inserted", inserted)

	// Deleted, then written anew in one change.
	if err := db.SaveRecord(context.Background(), &accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindTarget, ID: "t_busy"}},
		Targets: []accord.Target{busyTarget(2, trade)}}); err != nil {
		t.Fatal(err)
	}
	checkTarget(t, path, "deleted and written anew", busyTarget(2, trade))
	saveTarget(t, db, busyTarget(3, trade))
	checkTarget(t, path, "then one more", busyTarget(3, trade))
}

// TestTargetListsUnhashed: lists stored without a hash (hash 0: moved by
// migration 0009) or with the hash of an earlier version are compared with
// the stored rows or their hash and appended to, not written again.
func TestTargetListsUnhashed(t *testing.T) {
	unstaged(t) // reads target_statements alone
	defer func(v int) { minSaved = v }(minSaved)
	minSaved = 0
	for _, tc := range []struct {
		name string
		hash func(tg accord.Target) int64
	}{
		{"hash 0", func(accord.Target) int64 { return 0 }},
		{"hash version 1", func(tg accord.Target) int64 {
			st, err := encodeStatements(&tg)
			if err != nil {
				t.Fatal(err)
			}
			return st.hash(len(st.m), len(st.h))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "s.db")
			db := openAt(t, path)
			three := busyTarget(3, trade)
			saveTarget(t, db, three)
			if _, err := db.w.Exec(`UPDATE target_parts SET hash = ?`, tc.hash(three)); err != nil {
				t.Fatal(err)
			}
			db.Close()
			db = openAt(t, path) // remembers nothing
			before := statementRowids(t, db, "t_busy")
			five := busyTarget(5, trade)
			saveTarget(t, db, five)
			after := statementRowids(t, db, "t_busy")
			for k, r := range before {
				if after[k] != r {
					t.Errorf("row %v written again (rowid %d, then %d): want the two statements appended", k, r, after[k])
				}
			}
			if len(after) != 10 {
				t.Errorf("%d rows, want 10", len(after))
			}
			checkTarget(t, path, "appended", five)
			// Stored rows that differ are written anew.
			if _, err := db.w.Exec(`UPDATE target_parts SET hash = 0`); err != nil {
				t.Fatal(err)
			}
			db.Close()
			db = openAt(t, path)
			reworded := busyTarget(6, func(i int) string { return fmt.Sprint("statement ", i) })
			saveTarget(t, db, reworded)
			checkTarget(t, path, "reworded", reworded)
		})
	}
}

// BenchmarkSaveBusyTarget: one more statement of a target stated 2,000
// times, saved: the cost of a save must not grow with the target's
// history.
func BenchmarkSaveBusyTarget(b *testing.B) {
	for _, n := range []int{100, 2000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			db, err := Open(context.Background(), filepath.Join(b.TempDir(), "s.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			all := busyTarget(n+b.N, trade)
			tg := all
			tg.Mentions, tg.History = all.Mentions[:n], all.History[:n]
			if err := db.SaveRecord(context.Background(), &accord.RecordChange{Targets: []accord.Target{tg}}); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := range b.N {
				tg.Mentions, tg.History = all.Mentions[:n+i+1], all.History[:n+i+1]
				if err := db.SaveRecord(context.Background(), &accord.RecordChange{Targets: []accord.Target{tg}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestTargetReportKeys: a target is found by the report key of every
// article that states it, and of none other, through appends, rewrites,
// another writer's save and its deletion, while its keys column does not
// grow with its mentions.
func TestTargetReportKeys(t *testing.T) {
	unstaged(t) // reads target_statements alone
	defer func(v int) { minSaved = v }(minSaved)
	minSaved = 0
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, other := openAt(t, path), openAt(t, path)
	// Some articles stored (their report keys are rows of report_keys),
	// some not (rows of entity_keys).
	var arts []*accord.ArticleFacts
	for i := range 40 {
		if i%2 == 0 {
			arts = append(arts, &accord.ArticleFacts{Article: &accord.Article{ID: fmt.Sprintf("a%05d", i), File: fmt.Sprintf("a%05d.txt", i), Title: "t", Body: "b", Published: "2024-01-01"}})
		}
	}
	if _, err := db.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	found := func(step string, want int) {
		t.Helper()
		for i := range 40 {
			rec, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyReport + fmt.Sprintf("a%05d", i)}})
			if err != nil {
				t.Fatal(err)
			}
			if got, wantOne := len(rec.Targets), i < want; got != 1 && wantOne || got != 0 && !wantOne {
				t.Errorf("%s: article %d finds %d targets, want stated %v", step, i, got, wantOne)
			}
		}
	}
	keysLen := func() int {
		var n int
		if err := db.w.QueryRow(`SELECT length(keys) FROM entities WHERE id = 't_busy'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	saveTarget(t, db, busyTarget(5, trade))
	found("five", 5)
	small := keysLen()
	saveTarget(t, db, busyTarget(30, trade))
	found("thirty", 30)
	if n := keysLen(); n != small {
		t.Errorf("keys column of %d bytes at 30 mentions, %d at 5: want no report key listed", n, small)
	}
	saveTarget(t, other, busyTarget(10, trade))
	found("ten by another writer", 10)
	saveTarget(t, db, busyTarget(12, trade))
	found("twelve", 12)
	reworded := busyTarget(8, func(i int) string { return fmt.Sprint("statement ", i) })
	saveTarget(t, db, reworded)
	found("eight reworded", 8)
	saveTarget(t, db, busyTarget(11, trade))
	found("eleven", 11)
	if err := db.SaveRecord(ctx, &accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindTarget, ID: "t_busy"}}}); err != nil {
		t.Fatal(err)
	}
	found("deleted", 0)
	var n int
	if err := db.w.QueryRow(`SELECT (SELECT count(*) FROM entity_keys WHERE id = 't_busy') + (SELECT count(*) FROM report_keys WHERE id = 't_busy')`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("deleted: %d key rows left", n)
	}
}

// TestSavedCacheBound: past maxSaved statements the writer forgets the
// targets no recent save touched, else all; short lists are not kept.
func TestSavedCacheBound(t *testing.T) {
	big := func() *savedLists { return &savedLists{ms: make([]accord.Evidence, maxSaved*2/3)} }
	var c savedCache
	c.commit(false, map[string]*savedLists{"short": {ms: make([]accord.Evidence, minSaved-1)}, "old": big()})
	for range staleSaves + 1 {
		c.commit(false, nil)
	}
	c.commit(false, map[string]*savedLists{"new": big()})
	if c.get("short") != nil || c.get("old") != nil || c.get("new") == nil || c.n != maxSaved*2/3 {
		t.Errorf("stale: short %v, old %v, new %v, %d held; want only new kept", c.get("short") != nil, c.get("old") != nil, c.get("new") != nil, c.n)
	}
	c.commit(false, map[string]*savedLists{"newer": big()})
	if c.get("new") != nil || c.get("newer") != nil || c.n != 0 {
		t.Errorf("both recent: %d held, want none", c.n)
	}
}
