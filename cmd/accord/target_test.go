package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// TestTargetAll: accord target lists a busy target's first statement and
// its latest 50, saying how many it leaves out; --all and --json every one.
func TestTargetAll(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	tg := accord.Target{ID: "t_trade", Metric: "bilateral trade", Value: 100, Unit: "USD billion", Deadline: "2030", Holders: []string{"AA", "BB"}}
	for i := range 60 {
		ev := accord.Evidence{Article: fmt.Sprintf("a%03d", i), Quote: fmt.Sprintf("Statement %d.", i), Published: fmt.Sprintf("20%02d-01-01", 10+i/12)}
		tg.Mentions = append(tg.Mentions, ev)
		tg.History = append(tg.History, accord.Restatement{Evidence: ev, Holders: tg.Holders, Value: tg.Value, Unit: tg.Unit, Deadline: tg.Deadline})
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Targets: []accord.Target{tg}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, c := range []struct {
		args []string
		n    int
		note bool
	}{
		{[]string{"target", "t_trade"}, 51, true},
		{[]string{"target", "--all", "t_trade"}, 60, false},
		{[]string{"target", "--json", "t_trade"}, 120, false}, // mentions and history
	} {
		out, stderr, code := accordCmd(t, "", append(c.args, "--db", path)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		if n := strings.Count(out, "Statement "); n != c.n {
			t.Errorf("%v: %d statements, want %d", c.args, n, c.n)
		}
		if note := strings.Contains(out, "nine later restatements not listed (--all lists every one)"); note != c.note {
			t.Errorf("%v: note %v, want %v:\n%s", c.args, note, c.note, out)
		}
	}
}
