package exchange

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seedsExport is the export document of the five seed reports, built in
// memory by the same steps as accord ingest.
func seedsExport(t *testing.T) *accord.Export {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("../testdata/seeds/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("seeds: %v", err)
	}
	var facts []*accord.ArticleFacts
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts, errs := read.Parse(filepath.Base(p), data)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", p, errs)
		}
		for _, a := range arts {
			facts = append(facts, x.Extract(a))
		}
	}
	return view.ExportOf(consolidate.Build(facts), facts)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (-want +got); run with -update if the change is right:\n%s", path, d)
	}
}

// readBack parses CSV as a spreadsheet or pandas would and checks that it
// gives back the table: header, then every row with as many fields.
func readBack(t *testing.T, tb Table, data []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	recs, err := r.ReadAll() // also checks every record has the header's field count
	if err != nil {
		t.Fatalf("%s: reading back: %v", tb.Name, err)
	}
	want := append([][]string{tb.Header}, tb.Rows...)
	if d := cmp.Diff(want, recs); d != "" {
		t.Errorf("%s: read back differs (-written +read):\n%s", tb.Name, d)
	}
}

func TestSeedsCSV(t *testing.T) {
	doc := seedsExport(t)
	tables := Tables(doc)
	var got []string
	for _, tb := range tables {
		got = append(got, tb.Name)
		var b bytes.Buffer
		if err := tb.WriteCSV(&b); err != nil {
			t.Fatal(err)
		}
		if len(tb.Rows) == 0 {
			t.Errorf("%s: no rows from the seeds", tb.Name)
		}
		readBack(t, tb, b.Bytes())
		golden(t, "seeds/"+tb.Name+".csv", b.Bytes())
	}
	want := []string{"articles", "actors", "offices", "engagements", "participants", "reports", "targets", "target_statements"}
	if !slices.Equal(got, want) {
		t.Errorf("tables %v, want %v", got, want)
	}
}

// The JSON export of the seeds, as accord export writes it: the golden the
// CSV and PLOVER forms are read against (cmd/accord checks the command gives
// these same files).
func TestSeedsJSON(t *testing.T) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(seedsExport(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "seeds/export.json", b.Bytes())
}

func TestSeedsPLOVER(t *testing.T) {
	tb := PLOVERTable(seedsExport(t))
	var b bytes.Buffer
	if err := tb.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	readBack(t, tb, b.Bytes())
	golden(t, "seeds/plover.csv", b.Bytes())
}

// The coding rules of docs/plover.md, on made-up engagements between
// country A (actors a1, a2) and country B (b1).
func TestCode(t *testing.T) {
	n := names{
		"a1": {ID: "a1", Country: accord.NullString("VN")},
		"a2": {ID: "a2", Country: accord.NullString("VN")},
		"b1": {ID: "b1", Country: accord.NullString("KR")},
		"c1": {ID: "c1", Country: accord.NullString("JP")},
	}
	eng := func(typ accord.EngagementType, place string, ps ...string) accord.ExportEngagement {
		e := accord.ExportEngagement{Type: typ, Participants: ps, Place: accord.ExportPlace{Country: accord.NullString(place)}}
		for _, p := range ps {
			if c := countryOf(n, p); !slices.Contains(e.Countries, c) {
				e.Countries = append(e.Countries, c)
			}
		}
		return e
	}
	pending := eng(accord.Visit, "VN", "a1", "b1")
	pending.Status = accord.StatusPending
	pendingSign := eng(accord.Signing, "", "a1", "b1")
	pendingSign.Status = accord.StatusPending
	tests := []struct {
		name string
		e    accord.ExportEngagement
		want Coding
	}{
		{"phone call", eng(accord.PhoneCall, "", "a1", "b1"), Coding{Consult, ModePhone, "041", []string{"a1", "b1"}, nil}},
		{"video call", eng(accord.VideoCall, "", "b1", "a1"), Coding{Consult, ModePhone, "041", []string{"b1", "a1"}, nil}},
		{"talks in B: A visits", eng(accord.Talks, "KR", "a1", "a2", "b1"), Coding{Consult, ModeVisit, "042", []string{"a1", "a2"}, []string{"b1"}}},
		{"state visit to A", eng(accord.Visit, "VN", "a1", "b1"), Coding{Consult, ModeVisit, "042", []string{"b1"}, []string{"a1"}}},
		{"reception in A: A hosts", eng(accord.Reception, "VN", "a1", "b1"), Coding{Consult, ModeHost, "043", []string{"a1"}, []string{"b1"}}},
		{"meeting in a third country", eng(accord.Meeting, "JP", "a1", "b1"), Coding{Consult, ModeThirdParty, "044", []string{"a1", "b1"}, nil}},
		{"meeting, place unknown", eng(accord.Meeting, "", "a1", "b1"), Coding{Consult, "", "040", []string{"a1", "b1"}, nil}},
		{"summit of three", eng(accord.Summit, "JP", "a1", "b1", "c1"), Coding{Consult, ModeMultilateral, "040", []string{"a1", "b1", "c1"}, nil}},
		{"signing", eng(accord.Signing, "KR", "a1", "b1"), Coding{Agree, "", "057", []string{"a1", "b1"}, nil}},
		{"message", eng(accord.Message, "", "a1", "b1"), Coding{Support, "", "051", []string{"a1", "b1"}, nil}},
		{"invitation to visit", pending, Coding{Agree, "", "036", []string{"a1", "b1"}, nil}},
		{"signing planned", pendingSign, Coding{Agree, "", "030", []string{"a1", "b1"}, nil}},
	}
	for _, tt := range tests {
		if got := code(tt.e, n); !cmp.Equal(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// Fields with commas, quotes and line ends survive the round trip.
func TestCSVQuoting(t *testing.T) {
	tb := Table{Name: "x", Header: []string{"a", "b"}, Rows: [][]string{{`He said "yes", then left`, "line\nbreak"}, {"Hà Nội", ""}}}
	var b bytes.Buffer
	if err := tb.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	readBack(t, tb, b.Bytes()) // a line end written as CRLF reads back as "\n"
}

func TestContextOf(t *testing.T) {
	for _, c := range []struct {
		areas []string
		want  []string
	}{
		{nil, nil},
		{[]string{"trade", "investment", "defence"}, []string{"economic", "military"}},
		{[]string{"culture", "sports"}, nil},
		{[]string{"ai", "semiconductors", "climate"}, []string{"environment", "technology"}},
	} {
		if got := contextOf(c.areas); !slices.Equal(got, c.want) {
			t.Errorf("contextOf(%v) = %v, want %v", c.areas, got, c.want)
		}
	}
}
