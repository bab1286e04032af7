package read

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accordhq/accord"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// whitehouse is the White House corpus, relative to this package.
const whitehouse = "../../shared/corpus/whitehouse"

// walkAll walks paths and returns every article and error.
func walkAll(t testing.TB, paths ...string) ([]*accord.Article, []error) {
	t.Helper()
	var arts []*accord.Article
	var errs []error
	err := Walk(context.Background(), paths, strings.NewReader(""), func(it Item) error {
		arts = append(arts, it.Articles...)
		errs = append(errs, it.Errs...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, errs
}

// golden compares got, as indented JSON, with testdata/name, or rewrites it
// with -update.
func golden(t *testing.T, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(b)); diff != "" {
		t.Errorf("%s differs (-want +got), rerun with -update if intended:\n%s", path, diff)
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file string
		want []accord.Article // fields checked: all but ID and Body
		errs []string         // substrings, one per expected error
	}{
		{file: "agency.txt", want: []accord.Article{{
			File: "agency.txt", Format: accord.FormatAgency, Published: "2024-11-05", Dateline: "Dar es Salaam", Source: "Xinhua",
			Title: "The foreign ministers of Tanzania and Norway met on Tuesday to review cooperation in energy, fisheries and education.",
		}}},
		{file: "remarks.md", want: []accord.Article{{
			File: "remarks.md", Format: accord.FormatMarkdown, Published: "2023-04-13", Dateline: "Port of Spain",
			URL:   "https://example.gov/briefing-room/remarks-before-bilateral-meeting/",
			Title: "Remarks by the President and the Prime Minister Before Bilateral Meeting | Port\u2011of\u2011Spain",
		}}},
		{file: "outlet.md", want: []accord.Article{{
			File: "outlet.md", Format: accord.FormatMarkdown, Published: "2024-04-18", URL: "https://mirror.example.com/partnership",
			Source: "New Zealand Government (release of the Prime Minister; verbatim mirror)",
			Title:  "Partnership the goal for two countries",
		}}},
		{file: "readout.md", want: []accord.Article{{
			File: "readout.md", Format: accord.FormatMarkdown, Published: "2024-03-12", URL: "https://example.org/readout",
			Title: "Readout of the Meeting with the Foreign Minister of Chile",
		}}},
		{file: "feed.jsonl", want: []accord.Article{
			{File: "https://news.example/a-1", URL: "https://news.example/a-1", Format: accord.FormatJSONL, Published: "2025-02-03", Dateline: "Nairobi", Title: "Ministers meet in Nairobi"},
			{File: "42", Format: accord.FormatJSONL, Published: "2025-02-04", Source: "AP", Title: "Leaders speak by phone"},
			{File: "feed.jsonl:6", Format: accord.FormatJSONL, Published: "2025-02-06", Dateline: "Lima", Source: "Reuters", Title: "No id or url"},
		}, errs: []string{"feed.jsonl:3: malformed JSON", "feed.jsonl:4: no publication date"}},
		{file: "page.html", want: []accord.Article{{
			File: "page.html", Format: accord.FormatHTML, Published: "2025-05-14", Dateline: "Athens",
			URL: "https://news.example/world/port-project", Title: "Foreign ministers agree on port project",
		}}},
		{file: "2025-03-03-washington.txt", want: []accord.Article{{
			File: "2025-03-03-washington.txt", Format: accord.FormatText, Published: "2025-03-03", Dateline: "Washington",
			Title: "Allies Agree on Arctic Research Council",
		}}},
		{file: "2024-07-30-hanoi.txt", want: []accord.Article{{
			// The dateline's day, the file name's year.
			File: "2024-07-30-hanoi.txt", Format: accord.FormatText, Published: "2024-01-05", Dateline: "Hanoi",
			Title: "Vietnam and Laos agreed to upgrade a border crossing, the two governments said in a joint statement on Friday.",
		}}},
		{file: "2019-12-01-notes.txt", want: []accord.Article{{
			File: "2019-12-01-notes.txt", Format: accord.FormatText, Published: "2019-12-01",
			Title: "The delegation arrived late in the evening and was received by the mayor.",
		}}},
		{file: "markup.md", want: []accord.Article{{
			File: "markup.md", Format: accord.FormatMarkdown, Published: "2025-06-02",
			URL: "https://example.org/statements/ocean-research", Title: "Joint Statement on Ocean Research Between Norway and Ghana",
		}}},
		{file: "undated.txt", errs: []string{"undated.txt: no publication date"}},
	}
	all := map[string][]*accord.Article{}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "formats", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			arts, errs := Parse(path, data)
			var got []accord.Article
			for _, a := range arts {
				if a.ID != accord.ArticleID(a.Published, a.Body) {
					t.Errorf("%s: id %s is not ArticleID of its content", a.File, a.ID)
				}
				if a.Body == "" || strings.Contains(a.Body, "\n\n\n") || strings.Contains(a.Body, "  ") {
					t.Errorf("%s: body not normalised: %q", a.File, a.Body)
				}
				c := *a
				c.ID, c.Body = "", ""
				got = append(got, c)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors: got %v, want %d matching %q", errs, len(tt.errs), tt.errs)
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tt.errs[i]) || accord.ErrorCode(e) != accord.EINVALID {
					t.Errorf("error %d: got %v (%s), want EINVALID containing %q", i, e, accord.ErrorCode(e), tt.errs[i])
				}
			}
			all[tt.file] = arts
		})
	}
	// The full articles, bodies included, so that any change of the text
	// (which moves evidence offsets downstream) shows.
	golden(t, "formats.golden.json", all)
}

// TestHTMLBoilerplate checks that menus, asides and footers stay out of an
// HTML page's body.
func TestHTMLBoilerplate(t *testing.T) {
	data, err := os.ReadFile("testdata/formats/page.html")
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := Parse("page.html", data)
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	body := arts[0].Body
	for _, junk := range []string{"Home", "Sport", "Subscribe", "Most read", "Celebrity", "All rights reserved", "Privacy", "Cookie"} {
		if strings.Contains(body, junk) {
			t.Errorf("body contains %q:\n%s", junk, body)
		}
	}
	for _, want := range []string{"container terminal at the port of Alexandria", "search and rescue"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if n := strings.Count(body, "\n\n"); n != 2 {
		t.Errorf("body has %d paragraph breaks, want 2:\n%s", n, body)
	}
}

type metaGold struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Dateline  string `json:"dateline"`
	Source    string `json:"source"`
}

func loadMetaGold(t *testing.T, name string) map[string]metaGold {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var list []metaGold
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatal(err)
	}
	m := map[string]metaGold{}
	for _, g := range list {
		m[g.File] = g
	}
	return m
}

func checkMeta(t *testing.T, want map[string]metaGold, arts []*accord.Article) {
	t.Helper()
	seen := map[string]bool{}
	for _, a := range arts {
		w, ok := want[a.File]
		if !ok {
			continue
		}
		seen[a.File] = true
		got := metaGold{File: a.File, Published: a.Published, Dateline: a.Dateline, Source: a.Source}
		if got != w {
			t.Errorf("%s: got %+v, want %+v", a.File, got, w)
		}
	}
	for f := range want {
		if !seen[f] {
			t.Errorf("%s: not read", f)
		}
	}
}

func TestSeeds(t *testing.T) {
	arts, errs := walkAll(t, "../testdata/seeds")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(arts) != 5 {
		t.Fatalf("got %d articles, want 5", len(arts))
	}
	checkMeta(t, loadMetaGold(t, "seeds.golden.json"), arts)
	for _, a := range arts {
		if a.Format != accord.FormatAgency || len(a.Title) > maxTitle || a.Title == "" {
			t.Errorf("%s: format %q, title %q", a.File, a.Format, a.Title)
		}
		if strings.HasPrefix(a.Body, "date") || strings.HasSuffix(a.Body, a.Source) || strings.Contains(a.Body, "HÀ NỘI —") {
			t.Errorf("%s: header, dateline or credit left in body: %.80q … %q", a.File, a.Body, a.Body[len(a.Body)-40:])
		}
	}
}

// TestWhitehouse walks the whole White House corpus: every Markdown document
// is an article, the three other files are errors, and the 14 documents of
// the dev gold have its dates and datelines.
func TestWhitehouse(t *testing.T) {
	if _, err := os.Stat(whitehouse); err != nil {
		t.Skip("White House corpus absent:", err)
	}
	var md int
	filepath.WalkDir(whitehouse, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "README.md" {
			md++
		}
		return nil
	})
	arts, errs := walkAll(t, whitehouse)
	if len(arts) != md {
		t.Errorf("got %d articles, want %d (the Markdown documents)", len(arts), md)
	}
	for _, e := range errs {
		base := filepath.Base(strings.SplitN(e.Error(), ":", 2)[0])
		switch base {
		case "README.md", "LICENSE", "INDEX.csv":
		default:
			t.Errorf("unexpected error: %v", e)
		}
	}
	if len(errs) != 3 {
		t.Errorf("got %d errors, want 3 (README.md, LICENSE, INDEX.csv): %v", len(errs), errs)
	}
	checkMeta(t, loadMetaGold(t, "whitehouse-dev.golden.json"), arts)
	for _, a := range arts {
		if a.Source != "" || a.Format != accord.FormatMarkdown || a.URL == "" || a.Title == "" {
			t.Errorf("%s: source %q, format %q, url %q, title %q", a.File, a.Source, a.Format, a.URL, a.Title)
		}
		for _, markup := range []string{"](", "\\#", "\\*", "**", "<s>", "<!--", "-->", "<span", "<sup", "<br", "<img", "[^", "\u00a0", "  ", "\n\n\n"} {
			if strings.Contains(a.Body, markup) {
				t.Errorf("%s: markup %q left in body", a.File, markup)
			}
		}
	}
}
