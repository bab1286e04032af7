package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestCorrect corrects the seeds' record from the command line: usage
// errors exit 2 naming the field, a correction shows in the events and the
// export and holds through a rebuild, and undo takes it back.
func TestCorrect(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if out, stderr, code := accordCmd(t, "", "ingest", "--db", db, seeds); code != 0 {
		t.Fatalf("ingest: exit %d: %s%s", code, out, stderr)
	}
	events := func() []accord.Engagement {
		t.Helper()
		out, stderr, code := accordCmd(t, "", "events", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("events: exit %d: %s", code, stderr)
		}
		var es []accord.Engagement
		if err := json.Unmarshal([]byte(out), &es); err != nil {
			t.Fatal(err)
		}
		return es
	}
	es := events()
	if len(es) < 2 {
		t.Fatalf("the seeds give %d events", len(es))
	}
	id := es[0].ID
	for _, tc := range []struct {
		args  []string
		field string
	}{
		{[]string{"redate-engagement", id, "2025-02-30", "--note", "x"}, "date:"},
		{[]string{"retype-engagement", id, "lunch", "--note", "x"}, "type:"},
		{[]string{"hide-engagement", "e_000000000000", "--note", "x"}, "engagement:"},
		{[]string{"hide-engagement", id}, "note:"},
		{[]string{"hide-target", "t_000000000000", "--note", "x"}, "target:"},
		{[]string{"merge-actors", "p_nobody", "p_none", "--note", "x"}, "actor:"},
		{[]string{"redate-engagement", id, "--note", "x"}, "date:"},
		{[]string{"rename-engagement", id, "--note", "x"}, "subcommand:"},
		{[]string{"undo", "42"}, "id:"},
		{[]string{"undo", "x"}, "id:"},
	} {
		args := append([]string{"correct", tc.args[0], "--db", db, "--author", "cli test"}, tc.args[1:]...)
		_, stderr, code := accordCmd(t, "", args...)
		if code != 2 || !strings.Contains(stderr, tc.field) {
			t.Errorf("accord %s: exit %d, stderr %q; want 2 naming %s", strings.Join(tc.args, " "), code, stderr, tc.field)
		}
	}

	out, stderr, code := accordCmd(t, "", "correct", "hide-engagement", id, "--db", db, "--note", "a duplicate", "--author", "cli test")
	if code != 0 || !strings.HasPrefix(out, "corrected: 1\t") {
		t.Fatalf("hide: exit %d: %s%s", code, out, stderr)
	}
	hidden := func() bool {
		for _, e := range events() {
			if e.ID == id {
				return false
			}
		}
		return true
	}
	if !hidden() {
		t.Errorf("hidden engagement %s still listed", id)
	}
	out, _, _ = accordCmd(t, "", "export", "--db", db)
	var doc accord.Export
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Corrections) != 1 || doc.Corrections[0].Note != "a duplicate" || doc.Corrections[0].Author != "cli test" {
		t.Errorf("export corrections %+v", doc.Corrections)
	}
	if _, stderr, code := accordCmd(t, "", "consolidate", "--db", db); code != 0 {
		t.Fatalf("consolidate: %s", stderr)
	}
	if !hidden() {
		t.Errorf("after a rebuild, hidden engagement %s is listed again", id)
	}
	out, _, code = accordCmd(t, "", "correct", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "hide_engagement\t"+id) || !strings.Contains(out, "a duplicate") {
		t.Errorf("list (exit %d):\n%s", code, out)
	}
	if out, stderr, code := accordCmd(t, "", "correct", "undo", "1", "--db", db); code != 0 || !strings.HasPrefix(out, "undone: 1\t") {
		t.Fatalf("undo: exit %d: %s%s", code, out, stderr)
	}
	if hidden() {
		t.Errorf("undone, engagement %s is still hidden", id)
	}
	if out, _, _ := accordCmd(t, "", "correct", "list", "--db", db, "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("list after undo: %s", out)
	}
}
