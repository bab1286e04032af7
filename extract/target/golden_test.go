package target

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGolden compares the targets of the seed articles with
// testdata/seeds.golden.json (go test -run TestGolden -update rewrites it).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	out := map[string]any{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := parseDoc(filepath.Base(f), string(raw))
		out[d.file] = Extract(d.file, d.body, split(d.body), d.published, []string{"VN", "KR"})
	}
	got, _ := json.MarshalIndent(out, "", "  ")
	got = append(got, '\n')
	golden := filepath.Join("testdata", "seeds.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("targets of the seeds differ from %s; run with -update and review the diff", golden)
	}
}
