package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/accordhq/accord"
)

// TestTargetStatements: a target's lists are rows; a save that only adds
// statements after the stored ones appends them (the stored rows stay as
// they are), any other change writes the lists anew, and every read gives
// the target as it was saved (null and empty mentions apart).
func TestTargetStatements(t *testing.T) {
	unstaged(t) // reads target_statements alone
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	target := func(n int, first string) accord.Target {
		tg := accord.Target{ID: "t_1", Metric: "bilateral trade", Value: 1e10, Unit: "USD", Comparator: accord.Eq,
			Deadline: "2030", Holders: []string{"KR", "VN"}, Mentions: []accord.Evidence{}}
		for i := range n {
			ev := accord.Evidence{Article: fmt.Sprintf("a%03d", i), Published: fmt.Sprintf("2024-01-%02d", i+1), Quote: "trade of $10 billion by 2030"}
			if i == 0 && first != "" {
				ev.Quote = first
			}
			tg.Mentions = append(tg.Mentions, ev)
			tg.History = append(tg.History, accord.Restatement{Evidence: ev, Holders: tg.Holders, Value: tg.Value, Unit: "USD", Comparator: accord.Eq, Deadline: "2030"})
		}
		return tg
	}
	rowids := func() map[string]int64 {
		out := map[string]int64{}
		for k, v := range statementRowids(t, db, "t_1") {
			out[fmt.Sprint(k[0], "/", k[1])] = v
		}
		return out
	}
	rowids() // numbers the writes from here
	check := func(step string, want accord.Target) {
		t.Helper()
		rec, err := db.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_1"}})
		if err != nil {
			t.Fatal(err)
		}
		whole, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var each []accord.Target
		if err := db.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindTarget}, func(v any) error {
			each = append(each, *v.(*accord.Target))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for name, got := range map[string][]accord.Target{"RecordOf": rec.Targets, "Record": whole.Targets, "EachEntity": each} {
			if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
				t.Errorf("%s: %s gives %+v, want %+v", step, name, got, want)
			}
		}
	}
	save := func(tg accord.Target) {
		t.Helper()
		if err := db.SaveRecord(ctx, &accord.RecordChange{Targets: []accord.Target{tg}}); err != nil {
			t.Fatal(err)
		}
	}

	three := target(3, "")
	save(three)
	check("three statements", three)
	before := rowids()
	if len(before) != 6 {
		t.Fatalf("three statements: %d rows, want 6", len(before))
	}

	five := target(5, "")
	save(five)
	check("two more", five)
	after := rowids()
	for k, id := range before {
		if after[k] != id {
			t.Errorf("two more: row %s was written again (rowid %d, then %d): want it appended to", k, id, after[k])
		}
	}
	if len(after) != 10 {
		t.Errorf("two more: %d rows, want 10", len(after))
	}

	// A busy target: its lists whole, or their first and latest 50.
	many := target(600, "")
	save(many)
	check("600 statements", many)
	rec, err := db.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_1"}, Statements: 50})
	if err != nil {
		t.Fatal(err)
	}
	bounded := many
	bounded.Mentions, bounded.History = slices.Clone(many.Mentions), slices.Clone(many.History)
	accord.TrimStatements(&bounded, 50)
	if len(rec.Targets) != 1 || !reflect.DeepEqual(rec.Targets[0], bounded) {
		t.Errorf("600 statements, the first and latest 50: got %d mentions %d history %+v, want %d %d %+v", len(rec.Targets[0].Mentions), len(rec.Targets[0].History), rec.Targets[0].Unlisted,
			len(bounded.Mentions), len(bounded.History), bounded.Unlisted)
	}
	// Room for the 51 read of each list, not the 600.
	if got := rec.Targets[0]; cap(got.Mentions) > 51 || cap(got.History) > 51 {
		t.Errorf("600 statements, 51 read: room for %d mentions and %d history entries", cap(got.Mentions), cap(got.History))
	}

	changed := target(5, "a first statement worded otherwise")
	save(changed)
	check("first statement changed", changed)
	if again := rowids(); again["0/4"] == after["0/4"] {
		t.Error("first statement changed: the lists were not written anew")
	}

	fewer := target(2, "")
	save(fewer)
	check("fewer statements", fewer)
	if n := len(rowids()); n != 4 {
		t.Errorf("fewer statements: %d rows, want 4", n)
	}

	null := target(0, "")
	null.Mentions, null.History = nil, nil
	save(null)
	check("null mentions", null)

	if err := db.SaveRecord(ctx, &accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindTarget, ID: "t_1"}}}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.w.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM target_statements) + (SELECT count(*) FROM target_parts)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("deleted target: %d rows left of its statements", n)
	}
}
