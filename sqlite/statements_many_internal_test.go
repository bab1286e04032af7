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

// TestStatementsOfManyTargets: the statements of several targets read at
// once (their queries prepared once, as a brief reads forty targets) are
// each target's own, whole or bounded, as when read one by one, through
// the reader and within a transaction.
func TestStatementsOfManyTargets(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var all []accord.Target
	for k, n := range []int{0, 1, 3, 9, 70} {
		tg := accord.Target{ID: fmt.Sprintf("t_%d", k), Metric: "bilateral trade", Value: float64(n), Unit: "USD", Comparator: accord.Eq,
			Deadline: "2040", Holders: []string{"QX", "QY"}, Mentions: []accord.Evidence{}}
		for i := range n {
			ev := accord.Evidence{Article: fmt.Sprintf("a%d_%03d", k, i), Published: fmt.Sprintf("2038-01-%02d", 1+i%28), Quote: fmt.Sprintf("trade of $%d billion", i)}
			tg.Mentions = append(tg.Mentions, ev)
			tg.History = append(tg.History, accord.Restatement{Evidence: ev, Holders: tg.Holders, Value: float64(i), Unit: "USD", Comparator: accord.Eq})
		}
		all = append(all, tg)
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Targets: all}); err != nil {
		t.Fatal(err)
	}
	// Each target alone, as stored (its lists emptied first).
	bare := func() []accord.Target {
		ts := slices.Clone(all)
		for i := range ts {
			ts[i].Mentions, ts[i].History = nil, nil
		}
		return ts
	}
	for _, n := range []int{0, 1, 2, 50} {
		var want []accord.Target
		for _, tg := range bare() {
			if err := attachOne(ctx, db.r, &tg, n, nil); err != nil {
				t.Fatal(err)
			}
			want = append(want, tg)
		}
		tx, err := db.r.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		for name, q := range map[string]querier{"reader": db.r, "transaction": tx} {
			got := bare()
			if err := attachStatements(ctx, q, got, n, nil); err != nil {
				t.Fatal(name, n, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, statements %d: got %+v, want %+v", name, n, got, want)
			}
		}
		tx.Rollback()
	}
}
