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

func statementRowids(t *testing.T, db *DB, id string) map[[2]int]int64 {
	t.Helper()
	rows, err := db.w.Query(`SELECT list, i, rowid FROM target_statements WHERE target = ?`, id)
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
