package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// keep returns tg's lists bounded as a consolidation keeps them: the first
// statement and those from from on.
func keep(tg accord.Target, from int) accord.Target {
	out := tg
	out.Mentions = append(tg.Mentions[:1:1], tg.Mentions[from:]...)
	out.History = append(tg.History[:1:1], tg.History[from:]...)
	out.Unlisted = accord.Unlisted{Mentions: from - 1, History: from - 1}
	return out
}

// TestBoundedTargetSave: a target whose lists leave out stored statements
// is saved by appending those after the stored ones (by a writer that
// remembers the lists' hashes, and by one that does not), stands for the
// lists whole afterwards, is refused when the statements it keeps are not
// those stored, and is read whole where a correction changes its lists.
func TestBoundedTargetSave(t *testing.T) {
	unstaged(t) // reads target_statements alone
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	db := openAt(t, path)
	saveTarget(t, db, busyTarget(40, trade))
	before := statementRowids(t, db, "t_busy")

	// 5 new statements after the stored 40, 36 of those left out.
	saveTarget(t, db, keep(busyTarget(45, trade), 37))
	checkTarget(t, path, "appended", busyTarget(45, trade))
	after := statementRowids(t, db, "t_busy")
	for k, r := range before {
		if after[k] != r {
			t.Errorf("statement %v rewritten", k)
		}
	}
	rec, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyReport + "a00044"}})
	if err != nil || len(rec.Targets) != 1 {
		t.Errorf("the new statement's article finds %d targets (%v)", len(rec.Targets), err)
	}
	db.Close()

	// A writer that remembers nothing: the hashes from the rows, which a
	// save of the lists whole then finds its prefix by.
	db = openAt(t, path)
	saveTarget(t, db, keep(busyTarget(48, trade), 44))
	db.Close()
	db = openAt(t, path)
	before = statementRowids(t, db, "t_busy")
	saveTarget(t, db, busyTarget(50, trade))
	after = statementRowids(t, db, "t_busy")
	for k, r := range before {
		if after[k] != r {
			t.Errorf("statement %v rewritten after a save by a writer that remembered nothing", k)
		}
	}
	checkTarget(t, path, "appended whole", busyTarget(50, trade))

	// Kept statements that are not the stored ones.
	bad := keep(busyTarget(52, trade), 47)
	bad.History = append([]accord.Restatement(nil), bad.History...)
	bad.History[1].Quote = "another wording"
	if err := db.SaveRecord(ctx, &accord.RecordChange{Targets: []accord.Target{bad}}); err == nil || !strings.Contains(err.Error(), "not the one stored") {
		t.Errorf("kept statements not stored: err %v", err)
	}
	checkTarget(t, path, "refused", busyTarget(50, trade))

	// A correction detaching a statement left out.
	if _, err := db.AddCorrection(ctx, accord.Correction{Kind: accord.CorrectDetachStatement, Target: "t_busy", Articles: []string{"a00020"}}); err != nil {
		t.Fatal(err)
	}
	saveTarget(t, db, keep(busyTarget(51, trade), 46))
	rec, err = db.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_busy"}})
	if err != nil || len(rec.Targets) != 1 {
		t.Fatalf("corrected: %v", err)
	}
	got := rec.Targets[0]
	if len(got.Mentions) != 50 || got.Curation == nil || reflect.DeepEqual(got.Mentions[20], busyTarget(51, trade).Mentions[20]) {
		t.Errorf("corrected: %d mentions, curation %v", len(got.Mentions), got.Curation)
	}
}
