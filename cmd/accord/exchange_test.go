package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The exchange formats written by the command are the goldens of package
// exchange (built there in memory from the same seeds), and read back as CSV.
func TestExportFormats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	if out, stderr, code := accordCmd(t, "", "ingest", "--db", db, seeds); code != 0 {
		t.Fatalf("ingest exit %d: %s%s", code, out, stderr)
	}
	golden := "../../exchange/testdata/seeds"
	same := func(got, name string) {
		t.Helper()
		want, err := os.ReadFile(filepath.Join(golden, name))
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s/%s", name, golden, name)
		}
		if strings.HasSuffix(name, ".csv") {
			if _, err := csv.NewReader(strings.NewReader(got)).ReadAll(); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	out, stderr, code := accordCmd(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	same(out, "export.json")

	csvDir := filepath.Join(dir, "csv")
	if _, stderr, code := accordCmd(t, "", "export", "--db", db, "--format", "csv", "-o", csvDir); code != 0 {
		t.Fatalf("export csv: %s", stderr)
	}
	for _, name := range []string{"articles", "actors", "offices", "engagements", "participants", "reports", "targets", "target_statements"} {
		b, err := os.ReadFile(filepath.Join(csvDir, name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		same(string(b), name+".csv")
	}
	out, stderr, code = accordCmd(t, "", "export", "--db", db, "--format", "plover")
	if code != 0 {
		t.Fatalf("export plover: %s", stderr)
	}
	same(out, "plover.csv")

	if _, stderr, code := accordCmd(t, "", "export", "--db", db, "--format", "csv"); code != 2 || !strings.Contains(stderr, "-o DIR") {
		t.Errorf("csv to standard output: exit %d, %s", code, stderr)
	}
	if _, _, code := accordCmd(t, "", "export", "--db", db, "--format", "xml"); code != 2 {
		t.Errorf("unknown format: exit %d, want 2", code)
	}
}

// The list commands take --csv: a header and one row an item.
func TestListCSV(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if _, stderr, code := accordCmd(t, "", "ingest", "--db", db, seeds); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	for _, c := range []struct {
		cmd, header string
		rows        int
	}{{"events", "id,type,date", 7}, {"targets", "id,metric,value", 3}, {"actors", "id,type,name", 0}} {
		out, stderr, code := accordCmd(t, "", c.cmd, "--db", db, "--csv")
		if code != 0 {
			t.Fatalf("%s --csv: %s", c.cmd, stderr)
		}
		recs, err := csv.NewReader(bytes.NewReader([]byte(out))).ReadAll()
		if err != nil || len(recs) < 2 || !strings.HasPrefix(strings.Join(recs[0], ","), c.header) {
			t.Errorf("%s --csv: %v\n%s", c.cmd, err, out)
			continue
		}
		if c.rows > 0 && len(recs)-1 != c.rows {
			t.Errorf("%s --csv: %d rows, want %d", c.cmd, len(recs)-1, c.rows)
		}
	}
}
