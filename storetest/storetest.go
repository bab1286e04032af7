// Package storetest is the test suite every accord.Store must pass, with
// constructors of test articles and facts that tests and benchmarks share.
//
// A backend's test calls Run with a function that opens a fresh, empty store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) accord.Store { ... })
//	}
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Run runs the store test suite against stores made by open (each call: a
// fresh empty store). Stores are closed by Run.
func Run(t *testing.T, open func(t *testing.T) accord.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s accord.Store)
	}{
		{"PutArticles", testPutArticles},
		{"PutArticlesBatch", testPutArticlesBatch},
		{"Replace", testReplace},
		{"ReplaceByPath", testReplaceByPath},
		{"NotFound", testNotFound},
		{"Articles", testArticles},
		{"Facts", testFacts},
		{"EachFacts", testEachFacts},
		{"OddText", testOddText},
		{"Search", testSearch},
		{"SearchRank", testSearchRank},
		{"SearchFilters", testSearchFilters},
		{"SearchFacets", testSearchFacets},
		{"SearchPaging", testSearchPaging},
		{"SearchInvalid", testSearchInvalid},
		{"SearchHostile", testSearchHostile},
		{"SearchBounds", testSearchBounds},
		{"Record", testRecord},
		{"RecordInvalid", testRecordInvalid},
		{"RecordOf", testRecordOf},
		{"RecordOfStatements", testRecordOfStatements},
		{"GatheringLines", testGatheringLines}, // lines.go
		{"ArticleInfos", testArticleInfos},
		{"EachEntity", testEachEntity},
		{"Stats", testStats},
		{"Meta", testMeta},
		{"Sources", testSources},
		{"Concurrent", testConcurrent},
		{"Curation", testCuration}, // curation.go
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tt.fn(t, s)
		})
	}
}

func put(t *testing.T, s accord.Store, batch ...*accord.ArticleFacts) []accord.PutResult {
	t.Helper()
	res, err := s.PutArticles(context.Background(), batch)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	if len(res) != len(batch) {
		t.Fatalf("PutArticles: %d results for %d articles", len(res), len(batch))
	}
	return res
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := accord.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

// withoutBody returns a copy of a without its body, as lists return it.
func withoutBody(a *accord.Article) *accord.Article {
	c := *a
	c.Body = ""
	return &c
}

func testPutArticles(t *testing.T, s accord.Store) {
	ctx := context.Background()
	a := Article("a.md", "2024-03-01", "VNA", "Leaders meet", "Leaders met in Hà Nội. They talked.")
	b := Article("b.md", "2024-03-02", "VNA", "Ministers meet", "Ministers met in Seoul.")
	res := put(t, s, Facts(a, []string{"VN"}, nil), Facts(b, []string{"KR"}, nil))
	want := []accord.PutResult{{ID: a.ID, Outcome: accord.Stored}, {ID: b.ID, Outcome: accord.Stored}}
	if d := cmp.Diff(want, res); d != "" {
		t.Errorf("first put (-want +got):\n%s", d)
	}
	// The same article again, even under another file name, is unchanged.
	again := *a
	again.File = "copy-of-a.md"
	res = put(t, s, Facts(&again, []string{"VN"}, nil))
	if d := cmp.Diff([]accord.PutResult{{ID: a.ID, Outcome: accord.Unchanged}}, res); d != "" {
		t.Errorf("second put (-want +got):\n%s", d)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a, got); d != "" {
		t.Errorf("Article after unchanged put (-want +got):\n%s", d)
	}
	if got, err := s.ArticleByFile(ctx, "b.md"); err != nil || got.ID != b.ID || got.Body != b.Body {
		t.Errorf("ArticleByFile(b.md) = %+v, %v", got, err)
	}
	if res := put(t, s); len(res) != 0 {
		t.Errorf("empty batch: %v", res)
	}
}

func testPutArticlesBatch(t *testing.T, s accord.Store) {
	ctx := context.Background()
	a := Article("a.md", "2024-03-01", "VNA", "One", "First text.")
	a2 := Article("a.md", "2024-03-01", "VNA", "One", "First text, corrected.")
	b := Article("b.md", "2024-03-02", "VNA", "Two", "Second text.")
	// Within one batch: a duplicate id is unchanged, a second version of a
	// file replaces the first.
	res := put(t, s, Facts(a, nil, nil), Facts(b, nil, nil), Facts(b, nil, nil), Facts(a2, nil, nil))
	want := []accord.PutResult{
		{ID: a.ID, Outcome: accord.Stored},
		{ID: b.ID, Outcome: accord.Stored},
		{ID: b.ID, Outcome: accord.Unchanged},
		{ID: a2.ID, Outcome: accord.Replaced, ReplacedID: a.ID},
	}
	if d := cmp.Diff(want, res); d != "" {
		t.Errorf("results (-want +got):\n%s", d)
	}
	if _, err := s.Article(ctx, a.ID); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("replaced article in the same batch: err %v, want not found", err)
	}

	// A batch with an invalid article is refused whole.
	c := Article("c.md", "2024-03-03", "VNA", "Three", "Third text.")
	bad := Article("", "2024-03-03", "VNA", "No file", "Text.")
	_, err := s.PutArticles(ctx, []*accord.ArticleFacts{Facts(c, nil, nil), Facts(bad, nil, nil)})
	wantCode(t, "batch with an article without file", err, accord.EINVALID)
	noID := Article("d.md", "2024-03-03", "VNA", "No id", "Text.")
	noID.ID = ""
	_, err = s.PutArticles(ctx, []*accord.ArticleFacts{Facts(c, nil, nil), Facts(noID, nil, nil)})
	wantCode(t, "batch with an article without id", err, accord.EINVALID)
	_, err = s.PutArticles(ctx, []*accord.ArticleFacts{Facts(c, nil, nil), {}})
	wantCode(t, "batch with facts without article", err, accord.EINVALID)
	_, err = s.PutArticles(ctx, []*accord.ArticleFacts{Facts(c, nil, nil), nil})
	wantCode(t, "batch with nil facts", err, accord.EINVALID)
	if _, err := s.Article(ctx, c.ID); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("article of a refused batch: err %v, want not found", err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 {
		t.Errorf("Stats.Articles = %d, want 2", st.Articles)
	}
}

func testReplace(t *testing.T, s accord.Store) {
	ctx := context.Background()
	old := Article("report.md", "2024-03-01", "VNA", "Talks on fisheries", "The ministers discussed fisheries and aquaculture.")
	other := Article("other.md", "2024-03-01", "WH", "Talks on trade", "The ministers discussed trade.")
	put(t, s, Facts(old, []string{"VN", "JP"}, []string{"agriculture"}, accord.Talks), Facts(other, []string{"US"}, []string{"trade"}, accord.Meeting))
	if r, err := s.Search(ctx, accord.SearchQuery{Query: "aquaculture"}); err != nil || r.Total != 1 {
		t.Fatalf("before replacing: %+v, %v", r, err)
	}

	nu := Article("report.md", "2024-03-02", "VNA", "Talks on forestry", "The ministers discussed forestry.")
	res := put(t, s, Facts(nu, []string{"KR"}, []string{"climate"}, accord.Summit))
	if d := cmp.Diff([]accord.PutResult{{ID: nu.ID, Outcome: accord.Replaced, ReplacedID: old.ID}}, res); d != "" {
		t.Errorf("results (-want +got):\n%s", d)
	}
	_, err := s.Article(ctx, old.ID)
	wantCode(t, "Article(old)", err, accord.ENOTFOUND)
	_, err = s.Facts(ctx, old.ID)
	wantCode(t, "Facts(old)", err, accord.ENOTFOUND)
	if got, err := s.ArticleByFile(ctx, "report.md"); err != nil || got.ID != nu.ID {
		t.Errorf("ArticleByFile = %+v, %v; want the new version", got, err)
	}
	r, err := s.Search(ctx, accord.SearchQuery{Query: "aquaculture"})
	if err != nil || r.Total != 0 || len(r.Hits) != 0 {
		t.Errorf("search for the old text: %+v, %v; want nothing", r, err)
	}
	r, err = s.Search(ctx, accord.SearchQuery{Query: "ministers", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 2 {
		t.Errorf("Total = %d, want 2", r.Total)
	}
	wantFacets := map[string][]accord.FacetCount{
		accord.FacetCountry: {{Value: "KR", Count: 1}, {Value: "US", Count: 1}},
		accord.FacetArea:    {{Value: "climate", Count: 1}, {Value: "trade", Count: 1}},
		accord.FacetType:    {{Value: "meeting", Count: 1}, {Value: "summit", Count: 1}},
		accord.FacetSource:  {{Value: "VNA", Count: 1}, {Value: "WH", Count: 1}},
		accord.FacetYear:    {{Value: "2024", Count: 2}},
	}
	if d := cmp.Diff(wantFacets, r.Facets); d != "" {
		t.Errorf("facets after replacing (-want +got):\n%s", d)
	}
	var n int
	if err := s.EachFacts(ctx, func(*accord.ArticleFacts) error { n++; return nil }); err != nil || n != 2 {
		t.Errorf("EachFacts: %d facts, %v; want 2", n, err)
	}
}

// testReplaceByPath: an input is known by its Path when it has one. Two files
// with one base name in two folders are two inputs, both kept; the same path
// with new content replaces its older version.
func testReplaceByPath(t *testing.T, s accord.Store) {
	ctx := context.Background()
	a := Article("readout.md", "2024-03-01", "", "Call with Kenya", "The two presidents spoke by phone.")
	a.Path = "/corpus/statements/readout.md"
	b := Article("readout.md", "2024-03-01", "", "Call with Chile", "The two ministers spoke by phone.")
	b.Path = "/corpus/remarks/readout.md"
	res := put(t, s, Facts(a, nil, nil), Facts(b, nil, nil))
	want := []accord.PutResult{{ID: a.ID, Outcome: accord.Stored}, {ID: b.ID, Outcome: accord.Stored}}
	if d := cmp.Diff(want, res); d != "" {
		t.Errorf("two paths, one base name (-want +got):\n%s", d)
	}
	got, err := s.Article(ctx, b.ID)
	if err != nil || got.Path != b.Path || got.File != "readout.md" {
		t.Errorf("Article(b) = %+v, %v; want its path and file kept", got, err)
	}
	if got, err := s.ArticleByFile(ctx, a.Path); err != nil || got.ID != a.ID {
		t.Errorf("ArticleByFile(path) = %+v, %v; want a", got, err)
	}
	// Again: nothing changes.
	res = put(t, s, Facts(a, nil, nil), Facts(b, nil, nil))
	want = []accord.PutResult{{ID: a.ID, Outcome: accord.Unchanged}, {ID: b.ID, Outcome: accord.Unchanged}}
	if d := cmp.Diff(want, res); d != "" {
		t.Errorf("second put (-want +got):\n%s", d)
	}
	// The file at a's path changed.
	a2 := Article("readout.md", "2024-03-02", "", "Call with Kenya", "The two presidents spoke by phone again.")
	a2.Path = a.Path
	res = put(t, s, Facts(a2, nil, nil))
	want = []accord.PutResult{{ID: a2.ID, Outcome: accord.Replaced, ReplacedID: a.ID}}
	if d := cmp.Diff(want, res); d != "" {
		t.Errorf("changed file (-want +got):\n%s", d)
	}
	if _, err := s.Article(ctx, b.ID); err != nil {
		t.Errorf("the other folder's file went: %v", err)
	}
}

func testNotFound(t *testing.T, s accord.Store) {
	ctx := context.Background()
	a := Article("100%_done.md", "2024-03-01", "VNA", "Title", "Body.")
	put(t, s, Facts(a, nil, nil))
	_, err := s.Article(ctx, "0000000000000000")
	wantCode(t, "Article", err, accord.ENOTFOUND)
	_, err = s.Article(ctx, "")
	wantCode(t, "Article(empty)", err, accord.ENOTFOUND)
	_, err = s.Facts(ctx, "0000000000000000")
	wantCode(t, "Facts", err, accord.ENOTFOUND)
	// File names are matched exactly, never as patterns.
	for _, f := range []string{"missing.md", "%", "100%", "100__done.md", "100%_DONE.md", "*"} {
		_, err = s.ArticleByFile(ctx, f)
		wantCode(t, fmt.Sprintf("ArticleByFile(%q)", f), err, accord.ENOTFOUND)
	}
	if got, err := s.ArticleByFile(ctx, a.File); err != nil || got.ID != a.ID {
		t.Errorf("ArticleByFile(%q) = %+v, %v", a.File, got, err)
	}
}

func testArticles(t *testing.T, s accord.Store) {
	ctx := context.Background()
	// Stored out of order; two on one day, ordered by id.
	a := Article("a.md", "2024-05-01", "VNA", "A", "Alpha.")
	b := Article("b.md", "2024-01-15", "WH", "B", "Bravo.")
	c := Article("c.md", "2024-05-01", "WH", "C", "Charlie.")
	d := Article("d.md", "2023-12-31", "VNA", "D", "Delta.")
	e := Article("e.md", "2025-02-01", "VNA", "E", "Echo.")
	put(t, s, Facts(a, nil, nil), Facts(b, nil, nil), Facts(c, nil, nil))
	put(t, s, Facts(d, nil, nil), Facts(e, nil, nil))
	sameDay := []*accord.Article{a, c}
	if c.ID < a.ID {
		sameDay = []*accord.Article{c, a}
	}
	all := append([]*accord.Article{d, b}, append(sameDay, e)...)

	tests := []struct {
		name string
		f    accord.ArticleFilter
		want []*accord.Article
	}{
		{"all", accord.ArticleFilter{}, all},
		{"from", accord.ArticleFilter{From: "2024-05-01"}, all[2:]},
		{"to", accord.ArticleFilter{To: "2024-05-01"}, all[:4]},
		{"from to", accord.ArticleFilter{From: "2024-01-01", To: "2024-12-31"}, all[1:4]},
		{"source", accord.ArticleFilter{Source: "WH"}, []*accord.Article{b, c}},
		{"limit", accord.ArticleFilter{Limit: 2}, all[:2]},
		{"offset", accord.ArticleFilter{Limit: 2, Offset: 2}, all[2:4]},
		{"offset no limit", accord.ArticleFilter{Offset: 3}, all[3:]},
		{"past the end", accord.ArticleFilter{Offset: 10}, nil},
		{"none", accord.ArticleFilter{Source: "nobody"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := s.Articles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			f := tt.f
			f.Limit, f.Offset = 0, 0
			full, _, err := s.Articles(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if total != len(full) {
				t.Errorf("total = %d, want %d (all matches, before limit and offset)", total, len(full))
			}
			var want []*accord.Article
			for _, a := range tt.want {
				want = append(want, withoutBody(a))
			}
			if d := cmp.Diff(want, got, cmp.Comparer(func(x, y []*accord.Article) bool {
				return len(x) == 0 && len(y) == 0 || cmp.Equal(x, y)
			})); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func testFacts(t *testing.T, s accord.Store) {
	ctx := context.Background()
	a := Article("rich.md", "2025-10-30", "VNA/VNS", "General Secretary receives delegation",
		"HÀ NỘI — General Secretary Tô Lâm received the delegation in Hà Nội on Thursday. Both sides aimed at US$150 billion in trade by 2030.")
	a.Dateline = "Hà Nội"
	a.Format = accord.FormatAgency
	want := Rich(a)
	plain := Facts(Article("plain.md", "2025-10-30", "", "Plain", "Nothing extracted."), nil, nil)
	put(t, s, want, plain)
	got, err := s.Facts(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Facts round trip (-want +got):\n%s", d)
	}
	got, err = s.Facts(ctx, plain.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(plain, got); d != "" {
		t.Errorf("Facts round trip of empty facts (-want +got):\n%s", d)
	}
}

func testEachFacts(t *testing.T, s accord.Store) {
	ctx := context.Background()
	var batch []*accord.ArticleFacts
	for i, day := range []string{"2024-05-01", "2023-01-09", "2024-05-01", "2025-11-30", "2024-05-01", "2020-02-29"} {
		a := Article(fmt.Sprintf("f%d.md", i), day, "VNA", fmt.Sprintf("Article %d", i), fmt.Sprintf("Text number %d. More.", i))
		batch = append(batch, Facts(a, []string{"VN", "JP"}, []string{"trade"}, accord.Meeting))
	}
	put(t, s, batch[:3]...)
	put(t, s, batch[3:]...)
	want := slices.Clone(batch)
	slices.SortFunc(want, func(x, y *accord.ArticleFacts) int {
		if c := cmpString(x.Article.Published, y.Article.Published); c != 0 {
			return c
		}
		return cmpString(x.Article.ID, y.Article.ID)
	})
	var got []*accord.ArticleFacts
	if err := s.EachFacts(ctx, func(f *accord.ArticleFacts) error {
		got = append(got, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("EachFacts (-want +got):\n%s", d)
	}

	// An error from fn stops the walk and is returned.
	stop := errors.New("stop")
	n := 0
	err := s.EachFacts(ctx, func(*accord.ArticleFacts) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("EachFacts with a failing fn: %d calls, err %v; want 2 calls and the fn's error", n, err)
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func testOddText(t *testing.T, s accord.Store) {
	ctx := context.Background()
	bodies := []string{
		`<script>alert("x")</script> & <b>bold</b> &amp; </body>`,
		`He said: "it's done" — ‘quoted’ «guillemets» ` + "`backticks`" + ` \backslash\ \n not a newline`,
		"'); DROP TABLE articles; -- and SELECT * FROM x WHERE y LIKE '%_%'",
		"Line one\r\nLine two\ttabbed\u2028separator\u2029paragraph\u00a0nbsp",
		"Emoji 🇻🇳🤝🇰🇷 👩🏽‍💻, zero\u200bwidth, RTL مرحبا שלום, CJK 越南 대한민국 日本",
		"Decomposed Vie\u0323\u0302t Nam vs composed Việt Nam; \uFEFF BOM; \U0010FFFD private",
		"FTS syntax: NEAR(a b) \"unbalanced AND OR NOT * ^ : + - ( )",
	}
	for i, body := range bodies {
		a := Article(fmt.Sprintf("odd-%d.md", i), "2024-01-01", "", fmt.Sprintf("Odd «%d» <i>", i), body)
		a.Dateline = "Ōsaka"
		f := Facts(a, []string{"VN"}, []string{fmt.Sprintf("area-%d", i)})
		f.Actors[1].Name = body
		put(t, s, f)
		got, err := s.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(a, got); d != "" {
			t.Errorf("body %d (-want +got):\n%s", i, d)
		}
		gotf, err := s.Facts(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(f, gotf); d != "" {
			t.Errorf("facts %d (-want +got):\n%s", i, d)
		}
	}
}

// corpus is the search test corpus: five short articles.
func corpus() (all []*accord.ArticleFacts, a, b, c, d, e *accord.Article) {
	a = Article("a.md", "2024-03-01", "VNA", "Leaders agree to deepen ties",
		"HÀ NỘI — Leaders of Việt Nam and Japan met in Hà Nội on Friday and agreed to expand cooperation in semiconductor research and green energy.")
	b = Article("b.md", "2024-05-10", "WH", "Readout of a phone call",
		"The President spoke by phone with the Prime Minister of Japan about semiconductor supply chains and regional security.")
	c = Article("c.md", "2025-01-20", "VNA", "Trade target reaffirmed in Seoul",
		"Việt Nam and the Republic of Korea aimed to raise two-way trade to 150 billion USD by 2030. Officials also discussed energy security.")
	d = Article("d.md", "2025-06-01", "WH", "Semiconductor summit opens",
		"Delegates from the United States and the Republic of Korea gathered for the opening session on chips and climate.")
	e = Article("e.md", "2025-09-15", "VNA", "Ha Noi hosts energy forum",
		"Ministers met in Ha Noi to discuss green energy and trade with partners from Japan.")
	all = []*accord.ArticleFacts{
		Facts(a, []string{"VN", "JP"}, []string{"technology", "energy"}, accord.Talks, accord.Signing),
		Facts(b, []string{"US", "JP"}, []string{"technology", "security"}, accord.PhoneCall),
		Facts(c, []string{"VN", "KR"}, []string{"trade", "energy"}, accord.Meeting),
		Facts(d, []string{"US", "KR"}, []string{"technology"}, accord.Summit),
		Facts(e, []string{"VN", "JP"}, []string{"energy", "trade"}, accord.Meeting),
	}
	return
}

func hitIDs(r *accord.SearchResults) []string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.Article.ID)
	}
	return ids
}

func sorted(ids ...string) []string {
	s := slices.Clone(ids)
	sort.Strings(s)
	return s
}

func search(t *testing.T, s accord.Store, q accord.SearchQuery) *accord.SearchResults {
	t.Helper()
	r, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return r
}

func testSearch(t *testing.T, s accord.Store) {
	all, a, b, c, d, e := corpus()
	put(t, s, all...)
	tests := []struct {
		query string
		want  []*accord.Article
	}{
		{"semiconductor", []*accord.Article{a, b, d}},
		{"SEMICONDUCTOR", []*accord.Article{a, b, d}},
		{"energy trade", []*accord.Article{c, e}},
		{"trade energy", []*accord.Article{c, e}},
		{`"green energy"`, []*accord.Article{a, e}},
		{`"energy green"`, nil},
		{`"energy security"`, []*accord.Article{c}},
		{`japan "green energy"`, []*accord.Article{a, e}},
		// An unclosed quote runs to the end: searched as typed, no error.
		{`"green energy`, []*accord.Article{a, e}},
		{`japan "green energy`, []*accord.Article{a, e}},
		{"chips OR phone", []*accord.Article{b, d}},
		{"chips OR phone OR forum", []*accord.Article{b, d, e}},
		{`semiconductor -japan`, []*accord.Article{d}},
		{`semiconductor -"supply chains"`, []*accord.Article{a, d}},
		{`semiconductor -"chains supply"`, []*accord.Article{a, b, d}},
		{"Viet Nam", []*accord.Article{a, c}},
		{"viet nam", []*accord.Article{a, c}},
		{"Việt Nam", []*accord.Article{a, c}},
		{`"Ha Noi"`, []*accord.Article{a, e}},
		{"Hà Nội", []*accord.Article{a, e}},
		{"HÀ NỘI", []*accord.Article{a, e}},
		{"Korea", []*accord.Article{c, d}},
		{"nothing-like-this", nil},
		{"xylophone", nil},
		// Words match by their stems, the same in every store.
		{"semiconductors", []*accord.Article{a, b, d}},
		{"chip", []*accord.Article{d}},
		{"discussing", []*accord.Article{c, e}},
		{"gathering", []*accord.Article{d}},
		{"agreeing expanded", []*accord.Article{a}},
		{`"green energies"`, []*accord.Article{a, e}},
		{"phones -calls", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := search(t, s, accord.SearchQuery{Query: tt.query})
			var want []string
			for _, a := range tt.want {
				want = append(want, a.ID)
			}
			if d := cmp.Diff(sorted(want...), sorted(hitIDs(r)...)); d != "" {
				t.Errorf("hits (-want +got):\n%s", d)
			}
			if r.Total != len(want) {
				t.Errorf("Total = %d, want %d", r.Total, len(want))
			}
			newestFirst(t, r)
			r = search(t, s, accord.SearchQuery{Query: tt.query, Sort: accord.SortRelevance})
			if d := cmp.Diff(sorted(want...), sorted(hitIDs(r)...)); d != "" {
				t.Errorf("hits by relevance (-want +got):\n%s", d)
			}
			for i, h := range r.Hits {
				if i > 0 && h.Score > r.Hits[i-1].Score {
					t.Errorf("hit %d scores %v, above hit %d (%v)", i, h.Score, i-1, r.Hits[i-1].Score)
				}
			}
		})
	}

	// By relevance, a title match outranks body matches.
	r := search(t, s, accord.SearchQuery{Query: "semiconductor", Sort: accord.SortRelevance})
	if len(r.Hits) == 0 || r.Hits[0].Article.ID != d.ID {
		t.Errorf("semiconductor: hits %v, want %s (title match) first", hitIDs(r), d.ID)
	}
	r = search(t, s, accord.SearchQuery{Query: "energy", Sort: accord.SortRelevance})
	if len(r.Hits) == 0 || r.Hits[0].Article.ID != e.ID {
		t.Errorf("energy: hits %v, want %s (title match) first", hitIDs(r), e.ID)
	}

	// Hits carry the article without its body, and a snippet with marks.
	byID := map[string]*accord.Article{a.ID: a, b.ID: b, c.ID: c, d.ID: d, e.ID: e}
	for _, q := range []string{"semiconductor", "Viet Nam", `"green energy"`} {
		r := search(t, s, accord.SearchQuery{Query: q})
		for _, h := range r.Hits {
			if d := cmp.Diff(withoutBody(byID[h.Article.ID]), h.Article); d != "" {
				t.Errorf("%s: hit article (-want +got):\n%s", q, d)
			}
			marked := marks(h.Snippet)
			if h.Article.ID == d.ID && q == "semiconductor" {
				continue // a title match: the snippet may have no mark
			}
			if len(marked) == 0 {
				t.Errorf("%s: snippet %q has no marked match", q, h.Snippet)
			}
			for _, m := range marked {
				if f := accord.Fold(m); !containsAny(accord.Fold(q), f) {
					t.Errorf("%s: snippet %q marks %q", q, h.Snippet, m)
				}
			}
		}
	}
}

// marks returns the texts between MarkStart and MarkEnd in a snippet.
func marks(snippet string) []string {
	var out []string
	for {
		_, after, ok := strings.Cut(snippet, accord.MarkStart)
		if !ok {
			return out
		}
		m, rest, ok := strings.Cut(after, accord.MarkEnd)
		if !ok {
			return append(out, "<unclosed>"+after)
		}
		out = append(out, m)
		snippet = rest
	}
}

// containsAny reports whether the folded mark m is one of the folded query's
// words or a run of them.
func containsAny(query, m string) bool {
	for _, w := range strings.Fields(m) {
		if !slices.Contains(strings.Fields(query), w) {
			return false
		}
	}
	return m != ""
}

func testSearchRank(t *testing.T, s accord.Store) {
	// One mention in a title outranks two in a body of the same length.
	x := Article("x.md", "2024-01-01", "VNA", "Annual report on cooperation between partners across the region and fisheries",
		"The report covers agriculture, forestry, aquaculture, shipping, ports, customs, logistics and tourism in the coastal provinces over the year.")
	y := Article("y.md", "2024-01-02", "VNA", "Update", "Fisheries officials met port operators, customs officers and logistics firms to review fisheries rules in the coastal provinces.")
	z := Article("z.md", "2024-01-03", "VNA", "Another update", "Ports, customs and logistics.")
	put(t, s, Facts(x, nil, nil), Facts(y, nil, nil), Facts(z, nil, nil))
	r := search(t, s, accord.SearchQuery{Query: "fisheries", Sort: accord.SortRelevance})
	if d := cmp.Diff([]string{x.ID, y.ID}, hitIDs(r)); d != "" {
		t.Errorf("ranking, title match first (-want +got):\n%s", d)
	}
	// Newest first unless asked.
	r = search(t, s, accord.SearchQuery{Query: "fisheries"})
	if d := cmp.Diff([]string{y.ID, x.ID}, hitIDs(r)); d != "" {
		t.Errorf("default order, newest first (-want +got):\n%s", d)
	}
}

func hitDates(r *accord.SearchResults) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Article.Published)
	}
	return out
}

// newestFirst checks that hits come by publication date, newest first.
func newestFirst(t *testing.T, r *accord.SearchResults) {
	t.Helper()
	for i := 1; i < len(r.Hits); i++ {
		if a, b := r.Hits[i-1].Article, r.Hits[i].Article; a.Published < b.Published {
			t.Errorf("hit %d (%s, %s) is older than hit %d (%s, %s)", i-1, a.ID, a.Published, i, b.ID, b.Published)
		}
	}
}

func testSearchFilters(t *testing.T, s accord.Store) {
	all, a, b, c, d, e := corpus()
	put(t, s, all...)
	tests := []struct {
		name string
		q    accord.SearchQuery
		want []*accord.Article
	}{
		{"from", accord.SearchQuery{Query: "energy", From: "2025-01-01"}, []*accord.Article{c, e}},
		{"from inclusive", accord.SearchQuery{Query: "energy", From: "2025-01-20"}, []*accord.Article{c, e}},
		{"to", accord.SearchQuery{Query: "energy", To: "2024-12-31"}, []*accord.Article{a}},
		{"to inclusive", accord.SearchQuery{Query: "energy", To: "2025-01-20"}, []*accord.Article{a, c}},
		{"from to", accord.SearchQuery{Query: "energy", From: "2024-03-02", To: "2025-09-14"}, []*accord.Article{c}},
		{"source", accord.SearchQuery{Query: "semiconductor", Source: "WH"}, []*accord.Article{b, d}},
		{"country", accord.SearchQuery{Query: "energy", Countries: []string{"JP"}}, []*accord.Article{a, e}},
		{"countries all", accord.SearchQuery{Query: "energy", Countries: []string{"VN", "KR"}}, []*accord.Article{c}},
		{"countries none", accord.SearchQuery{Query: "energy", Countries: []string{"JP", "KR"}}, nil},
		{"area", accord.SearchQuery{Query: "energy", Areas: []string{"trade"}}, []*accord.Article{c, e}},
		{"areas all", accord.SearchQuery{Query: "semiconductor", Areas: []string{"technology", "security"}}, []*accord.Article{b}},
		{"type", accord.SearchQuery{Query: "semiconductor", Types: []string{"summit"}}, []*accord.Article{d}},
		{"types any", accord.SearchQuery{Query: "semiconductor", Types: []string{"talks", "summit"}}, []*accord.Article{a, d}},
		{"everything", accord.SearchQuery{Query: "energy", From: "2025-01-01", Source: "VNA", Countries: []string{"VN"}, Areas: []string{"trade"}, Types: []string{"meeting"}}, []*accord.Article{c, e}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := search(t, s, tt.q)
			var want []string
			for _, a := range tt.want {
				want = append(want, a.ID)
			}
			if d := cmp.Diff(sorted(want...), sorted(hitIDs(r)...)); d != "" {
				t.Errorf("hits (-want +got):\n%s", d)
			}
			if r.Total != len(want) {
				t.Errorf("Total = %d, want %d", r.Total, len(want))
			}
			newestFirst(t, r)
		})
	}
}

func testSearchFacets(t *testing.T, s accord.Store) {
	all, _, _, _, _, _ := corpus()
	put(t, s, all...)
	r := search(t, s, accord.SearchQuery{Query: "semiconductor", Facets: true, Limit: 1})
	// Counts over all matches (not the page), most frequent first, then by value.
	want := map[string][]accord.FacetCount{
		accord.FacetCountry: {{Value: "JP", Count: 2}, {Value: "US", Count: 2}, {Value: "KR", Count: 1}, {Value: "VN", Count: 1}},
		accord.FacetArea:    {{Value: "technology", Count: 3}, {Value: "energy", Count: 1}, {Value: "security", Count: 1}},
		accord.FacetType:    {{Value: "phone_call", Count: 1}, {Value: "signing", Count: 1}, {Value: "summit", Count: 1}, {Value: "talks", Count: 1}},
		accord.FacetSource:  {{Value: "WH", Count: 2}, {Value: "VNA", Count: 1}},
		accord.FacetYear:    {{Value: "2024", Count: 2}, {Value: "2025", Count: 1}},
	}
	if d := cmp.Diff(want, r.Facets); d != "" {
		t.Errorf("facets (-want +got):\n%s", d)
	}
	// Facets follow the filters.
	r = search(t, s, accord.SearchQuery{Query: "energy", Countries: []string{"VN"}, From: "2025-01-01", Facets: true})
	want = map[string][]accord.FacetCount{
		accord.FacetCountry: {{Value: "VN", Count: 2}, {Value: "JP", Count: 1}, {Value: "KR", Count: 1}},
		accord.FacetArea:    {{Value: "energy", Count: 2}, {Value: "trade", Count: 2}},
		accord.FacetType:    {{Value: "meeting", Count: 2}},
		accord.FacetSource:  {{Value: "VNA", Count: 2}},
		accord.FacetYear:    {{Value: "2025", Count: 2}},
	}
	if d := cmp.Diff(want, r.Facets); d != "" {
		t.Errorf("facets with filters (-want +got):\n%s", d)
	}
	if r := search(t, s, accord.SearchQuery{Query: "semiconductor"}); len(r.Facets) != 0 {
		t.Errorf("facets not asked for: %v", r.Facets)
	}
}

func testSearchPaging(t *testing.T, s accord.Store) {
	var batch []*accord.ArticleFacts
	for i := range 25 {
		a := Article(fmt.Sprintf("p%02d.md", i), fmt.Sprintf("2024-01-%02d", i+1), "VNA", fmt.Sprintf("Bulletin %d", i),
			fmt.Sprintf("Bulletin number %d mentions fisheries %s.", i, strings.Repeat(" fisheries", i%5)))
		batch = append(batch, Facts(a, nil, nil))
	}
	put(t, s, batch...)
	full := search(t, s, accord.SearchQuery{Query: "fisheries", Limit: 100})
	if full.Total != 25 || len(full.Hits) != 25 {
		t.Fatalf("Limit 100: total %d, %d hits; want 25", full.Total, len(full.Hits))
	}
	if r := search(t, s, accord.SearchQuery{Query: "fisheries"}); r.Total != 25 || len(r.Hits) != 20 {
		t.Errorf("default limit: total %d, %d hits; want 25 and 20", r.Total, len(r.Hits))
	}
	for _, p := range []struct{ limit, offset int }{{1, 0}, {5, 0}, {5, 5}, {10, 20}, {3, 24}, {5, 25}, {5, 100}} {
		r := search(t, s, accord.SearchQuery{Query: "fisheries", Limit: p.limit, Offset: p.offset})
		if r.Total != 25 {
			t.Errorf("limit %d offset %d: Total = %d, want 25", p.limit, p.offset, r.Total)
		}
		lo, hi := min(p.offset, 25), min(p.offset+p.limit, 25)
		var want []string
		for _, h := range full.Hits[lo:hi] {
			want = append(want, h.Article.ID)
		}
		// Ties may come in any order; compare as sets within the page's scores.
		if d := cmp.Diff(sorted(want...), sorted(hitIDs(r)...)); d != "" && !sameScores(full.Hits[lo:hi], r.Hits) {
			t.Errorf("limit %d offset %d (-want +got):\n%s", p.limit, p.offset, d)
		}
	}
}

func sameScores(a, b []accord.SearchHit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Score != b[i].Score {
			return false
		}
	}
	return true
}

func testSearchInvalid(t *testing.T, s accord.Store) {
	all, _, _, _, _, _ := corpus()
	put(t, s, all...)
	ctx := context.Background()
	for _, q := range []string{`-foo`, `-"green energy"`, `-foo -bar`, `"`, `OR`, `semiconductor OR`, `OR semiconductor`, `-`, `""`} {
		_, err := s.Search(ctx, accord.SearchQuery{Query: q})
		wantCode(t, fmt.Sprintf("Search(%q)", q), err, accord.EINVALID)
	}
	bad := []accord.SearchQuery{
		{Query: "energy", From: "yesterday"},
		{Query: "energy", To: "2024-13-45; DROP"},
		{Query: "energy", Limit: -1},
		{Query: "energy", Offset: -1},
	}
	for _, q := range bad {
		_, err := s.Search(ctx, q)
		wantCode(t, fmt.Sprintf("Search(%+v)", q), err, accord.EINVALID)
	}
	// Syntax of the underlying engines is plain text to accord: never an
	// internal error.
	for _, q := range []string{`semiconductor*`, `title:semiconductor`, `(semiconductor)`, `^semiconductor`, `semiconductor AND`,
		`NOT semiconductor`, `NEAR(semiconductor energy)`, `semiconductor:*`, `semiconductor & energy | !x`, `'semiconductor'`,
		`semi"conductor`, `energy;`, `+energy`, `{energy}`, `energy\`, "energy\x00", "\u2028energy"} {
		_, err := s.Search(ctx, accord.SearchQuery{Query: q})
		if code := accord.ErrorCode(err); code != "" && code != accord.EINVALID {
			t.Errorf("Search(%q): %v (code %q), want no error or %q", q, err, code, accord.EINVALID)
		}
	}
}

// testSearchHostile: a query's cost is bounded before it reaches the
// engine (repeated terms fold; too many terms or bytes are EINVALID stating
// the limit), and a search past accord.SearchTimeout ends with ETIMEOUT.
func testSearchHostile(t *testing.T, s accord.Store) {
	all, _, _, _, _, _ := corpus()
	put(t, s, all...)
	ctx := context.Background()
	want := hitIDs(search(t, s, accord.SearchQuery{Query: "energy"}))
	for _, q := range []string{
		strings.Repeat("energy ", 500),
		strings.Repeat("energy OR ", 400) + "energy",
		strings.Repeat(`"energy" `, 400),
	} {
		start := time.Now()
		r := search(t, s, accord.SearchQuery{Query: q})
		if got := hitIDs(r); !slices.Equal(got, want) {
			t.Errorf("repeated term: hits %v, want %v", got, want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("a repeated term took %v", d)
		}
	}
	var words []string
	for i := range accord.MaxQueryTerms + 1 {
		words = append(words, fmt.Sprintf("energy%d", i))
	}
	for _, q := range []string{
		strings.Join(words, " "),
		strings.Join(words, " OR "),
		"energy -" + strings.Join(words, " -"),
		strings.Repeat("e", accord.MaxQueryBytes+1),
	} {
		_, err := s.Search(ctx, accord.SearchQuery{Query: q})
		wantCode(t, fmt.Sprintf("Search(%.40q…)", q), err, accord.EINVALID)
		if err != nil && !strings.Contains(err.Error(), "at most") {
			t.Errorf("the error does not state the limit: %v", err)
		}
	}
	if _, err := s.Search(ctx, accord.SearchQuery{Query: strings.Join(words[:accord.MaxQueryTerms], " OR ")}); err != nil {
		t.Errorf("%d terms: %v", accord.MaxQueryTerms, err)
	}

	defer func(d time.Duration) { accord.SearchTimeout = d }(accord.SearchTimeout)
	accord.SearchTimeout = time.Nanosecond
	_, err := s.Search(ctx, accord.SearchQuery{Query: "energy", Facets: true})
	wantCode(t, "Search past its deadline", err, accord.ETIMEOUT)
	accord.SearchTimeout = 10 * time.Second
	// The store still serves afterwards.
	search(t, s, accord.SearchQuery{Query: "energy"})
}

// record returns a record of two actors, three engagements (held, pending,
// mentioned) and a target.
func record() *accord.RecordChange {
	ev := accord.Evidence{Article: "0123456789abcdef", Quote: "Tô Lâm met the President.", Start: 10, End: 35, Published: "2025-08-11"}
	return &accord.RecordChange{
		Actors: []accord.Actor{
			{ID: "p_tolam", Type: accord.Person, Name: "Tô Lâm", Country: "VN", Roles: []string{"General Secretary"},
				Aliases: []string{"Lâm"}, Keys: []string{"person:lam", "person:to lam"},
				Offices: []accord.Office{{Role: "General Secretary", Country: "VN", FirstSeen: "2024-08-03", LastSeen: "2025-08-11"}}},
			{ID: "country:KR", Type: accord.Country, Name: "Republic of Korea", Country: "KR"},
		},
		Engagements: []accord.Engagement{
			{ID: "e_held", Type: accord.Talks, Date: "2025-08-11", Place: accord.PlaceRef{Name: "Seoul", Country: "KR"},
				Participants: []string{"p_tolam"}, Countries: []string{"KR", "VN"}, Level: accord.LevelPartyLeader,
				Status: accord.StatusHeld, Areas: []string{"trade"}, Reports: []accord.Evidence{ev}},
			{ID: "e_pending", Type: accord.Visit, Date: "2026", Countries: []string{"KR", "VN"}, Status: accord.StatusPending,
				Reports: []accord.Evidence{ev}},
			{ID: "e_mentioned", Type: accord.Visit, Date: "2024-08", Countries: []string{"KR", "VN"}, Status: accord.StatusMentioned,
				Refs: []accord.Evidence{ev}},
		},
		Targets: []accord.Target{
			{ID: "t_trade", Metric: "bilateral trade", Value: 150e9, Unit: "USD", Comparator: accord.Gte, Deadline: "2030",
				Holders: []string{"KR", "VN"}, Mentions: []accord.Evidence{ev},
				History: []accord.Restatement{{Evidence: ev, Holders: []string{"KR", "VN"}, Value: 150e9, Unit: "USD", Comparator: accord.Gte}}},
		},
	}
}

// sortRecord orders a record's lists by id, so that records compare whatever
// order a store returns them in.
func sortRecord(r *accord.Record) *accord.Record {
	slices.SortFunc(r.Actors, func(a, b accord.Actor) int { return cmpString(a.ID, b.ID) })
	slices.SortFunc(r.Engagements, func(a, b accord.Engagement) int { return cmpString(a.ID, b.ID) })
	slices.SortFunc(r.Pending, func(a, b accord.Engagement) int { return cmpString(a.ID, b.ID) })
	slices.SortFunc(r.Targets, func(a, b accord.Target) int { return cmpString(a.ID, b.ID) })
	return r
}

var emptyEqual = cmp.FilterValues(func(x, y any) bool {
	return isEmptySlice(x) && isEmptySlice(y)
}, cmp.Comparer(func(x, y any) bool { return true }))

func isEmptySlice(v any) bool {
	switch s := v.(type) {
	case []accord.Actor:
		return len(s) == 0
	case []accord.Engagement:
		return len(s) == 0
	case []accord.Target:
		return len(s) == 0
	}
	return false
}

func loadRecord(t *testing.T, s accord.Store) *accord.Record {
	t.Helper()
	r, err := s.Record(context.Background())
	if err != nil {
		t.Fatalf("Record: %v", err)
	}
	return sortRecord(r)
}

func testRecord(t *testing.T, s accord.Store) {
	ctx := context.Background()
	if d := cmp.Diff(&accord.Record{}, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("empty store (-want +got):\n%s", d)
	}
	c := record()
	if err := s.SaveRecord(ctx, c); err != nil {
		t.Fatal(err)
	}
	want := sortRecord(&accord.Record{
		Actors:      c.Actors,
		Engagements: []accord.Engagement{c.Engagements[0], c.Engagements[2]},
		Pending:     []accord.Engagement{c.Engagements[1]},
		Targets:     c.Targets,
	})
	if d := cmp.Diff(want, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("saved record (-want +got):\n%s", d)
	}

	// Upserts by id, deletions, and a pending engagement that was held.
	tolam := c.Actors[0]
	tolam.Roles = append(slices.Clone(tolam.Roles), "President")
	held := c.Engagements[1]
	held.Status = accord.StatusHeld
	held.Date = "2026-04-02"
	change := &accord.RecordChange{
		Actors:      []accord.Actor{tolam},
		Engagements: []accord.Engagement{held},
		Deleted: []accord.EntityRef{
			{Kind: accord.KindEngagement, ID: "e_mentioned"},
			{Kind: accord.KindTarget, ID: "t_trade"},
			{Kind: accord.KindActor, ID: "no_such_actor"},
		},
	}
	if err := s.SaveRecord(ctx, change); err != nil {
		t.Fatal(err)
	}
	want = sortRecord(&accord.Record{
		Actors:      []accord.Actor{tolam, c.Actors[1]},
		Engagements: []accord.Engagement{c.Engagements[0], held},
	})
	if d := cmp.Diff(want, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("changed record (-want +got):\n%s", d)
	}
	// Kinds are apart: deleting an actor does not touch an engagement of the same id.
	same := &accord.RecordChange{Actors: []accord.Actor{{ID: "e_held", Type: accord.Organization, Name: "Odd"}}}
	if err := s.SaveRecord(ctx, same); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveRecord(ctx, &accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindActor, ID: "e_held"}}}); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("after deleting an actor named like an engagement (-want +got):\n%s", d)
	}

	// Reset replaces the whole record.
	reset := &accord.RecordChange{Reset: true, Targets: c.Targets}
	if err := s.SaveRecord(ctx, reset); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(&accord.Record{Targets: c.Targets}, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("after reset (-want +got):\n%s", d)
	}
	if err := s.SaveRecord(ctx, &accord.RecordChange{Reset: true}); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(&accord.Record{}, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("after empty reset (-want +got):\n%s", d)
	}
}

func testRecordInvalid(t *testing.T, s accord.Store) {
	ctx := context.Background()
	c := record()
	if err := s.SaveRecord(ctx, c); err != nil {
		t.Fatal(err)
	}
	before := loadRecord(t, s)
	bad := []*accord.RecordChange{
		{Reset: true, Actors: []accord.Actor{{ID: "", Name: "No id"}}},
		{Reset: true, Engagements: []accord.Engagement{{ID: ""}}},
		{Reset: true, Targets: []accord.Target{{ID: ""}}},
		{Reset: true, Deleted: []accord.EntityRef{{Kind: "planet", ID: "x"}}},
	}
	for i, c := range bad {
		err := s.SaveRecord(ctx, c)
		wantCode(t, fmt.Sprintf("bad change %d", i), err, accord.EINVALID)
	}
	wantCode(t, "nil change", s.SaveRecord(ctx, nil), accord.EINVALID)
	// Nothing of a refused change is applied.
	if d := cmp.Diff(before, loadRecord(t, s), emptyEqual); d != "" {
		t.Errorf("after refused changes (-want +got):\n%s", d)
	}
}

// testMeta: bookkeeping values round-trip, and setting them is no write of
// data (the generation stays).
func testMeta(t *testing.T, s accord.Store) {
	ctx := context.Background()
	if v, err := s.Meta(ctx, "consolidated"); err != nil || v != "" {
		t.Fatalf("Meta(unset) = %q, %v; want \"\"", v, err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"42", "2025-08-11/abc", "7"} {
		if err := s.SetMeta(ctx, "consolidated", v); err != nil {
			t.Fatalf("SetMeta(%q): %v", v, err)
		}
		if got, err := s.Meta(ctx, "consolidated"); err != nil || got != v {
			t.Errorf("Meta = %q, %v; want %q", got, err, v)
		}
	}
	if err := s.SetMeta(ctx, "other", "x"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta(ctx, "consolidated", ""); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Meta(ctx, "consolidated"); err != nil || v != "" {
		t.Errorf("Meta after delete = %q, %v", v, err)
	}
	if v, _ := s.Meta(ctx, "other"); v != "x" {
		t.Errorf("Meta(other) = %q, want x", v)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Generation != before.Generation {
		t.Errorf("SetMeta changed the generation: %d → %d", before.Generation, after.Generation)
	}
}

func testStats(t *testing.T, s accord.Store) {
	ctx := context.Background()
	stats := func() accord.Stats {
		t.Helper()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatalf("Stats: %v", err)
		}
		return st
	}
	st := stats()
	if st.Articles != 0 || st.Actors != 0 || st.Engagements != 0 || st.Targets != 0 {
		t.Errorf("empty store: %+v", st)
	}
	gen := st.Generation
	next := func(what string) {
		t.Helper()
		st := stats()
		if st.Generation <= gen {
			t.Errorf("after %s: generation %d, want above %d", what, st.Generation, gen)
		}
		gen = st.Generation
	}
	all, _, _, _, _, _ := corpus()
	put(t, s, all[:2]...)
	next("PutArticles")
	put(t, s, all[2:]...)
	next("second PutArticles")
	if err := s.SaveRecord(ctx, record()); err != nil {
		t.Fatal(err)
	}
	next("SaveRecord")
	st = stats()
	// Engagements counts held (and mentioned) engagements, not pending ones.
	want := accord.Stats{Articles: 5, Actors: 2, Engagements: 2, Targets: 1, Generation: st.Generation}
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	if err := s.SaveRecord(ctx, &accord.RecordChange{Deleted: []accord.EntityRef{{Kind: accord.KindTarget, ID: "t_trade"}}}); err != nil {
		t.Fatal(err)
	}
	next("a deletion")
	if st := stats(); st.Targets != 0 {
		t.Errorf("Targets = %d after deleting the target", st.Targets)
	}
	// A replacement is a write too.
	a := Article(all[0].Article.File, "2026-01-01", "VNA", "New version", "Changed.")
	put(t, s, Facts(a, nil, nil))
	next("a replacement")
	if st := stats(); st.Articles != 5 {
		t.Errorf("Articles = %d after a replacement, want 5", st.Articles)
	}
}

func testConcurrent(t *testing.T, s accord.Store) {
	ctx := context.Background()
	pool := Generate(7, 60)
	const writers = 4
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		stored = map[string]int{}
		errs   []error
	)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each writer puts overlapping windows of the pool, in its own order.
			for i := range 6 {
				start := (w*7 + i*11) % len(pool)
				var batch []*accord.ArticleFacts
				for j := range 20 {
					batch = append(batch, pool[(start+j*(w+1))%len(pool)])
				}
				res, err := s.PutArticles(ctx, batch)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				}
				for _, r := range res {
					if r.Outcome != accord.Unchanged {
						stored[r.ID]++
					}
					if r.Outcome == accord.Replaced {
						errs = append(errs, fmt.Errorf("%s replaced %s", r.ID, r.ReplacedID))
					}
				}
				mu.Unlock()
				// Readers run alongside the writers.
				if _, err := s.Search(ctx, accord.SearchQuery{Query: "cooperation"}); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	// Whatever was written is stored once: one Stored outcome per article.
	for id, n := range stored {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(stored) {
		t.Errorf("Stats.Articles = %d, %d stored", st.Articles, len(stored))
	}
	// Writing the whole pool now stores exactly what was left out.
	res := put(t, s, pool...)
	n := len(stored)
	for _, r := range res {
		if r.Outcome == accord.Stored {
			n++
		} else if r.Outcome != accord.Unchanged {
			t.Errorf("%s: %s", r.ID, r.Outcome)
		}
	}
	if n != len(pool) {
		t.Errorf("%d distinct articles stored, want %d", n, len(pool))
	}
}

// testRecordOf: parts of the record by key, date range, limit and id, the
// counts per key, and the actors' article keys, as the change left them.
func testRecordOf(t *testing.T, s accord.Store) {
	ctx := context.Background()
	c := record()
	// A gathering of three, the same month.
	c.Engagements = append(c.Engagements, accord.Engagement{ID: "e_three", Type: accord.Summit, Date: "2025-09-20",
		Participants: []string{"p_tolam"}, Countries: []string{"JP", "KR", "VN"}, Status: accord.StatusHeld,
		Reports: []accord.Evidence{{Article: "0123456789abcdef", Published: "2025-09-20"}}})
	// A second held contact, a month later, with Japan: another pair.
	c.Engagements = append(c.Engagements, accord.Engagement{ID: "e_jp", Type: accord.PhoneCall, Date: "2025-09",
		Participants: []string{"p_tolam"}, Countries: []string{"JP", "VN"}, Status: accord.StatusHeld,
		Reports: []accord.Evidence{{Article: "0123456789abcdef", Published: "2025-09-02"}}})
	if err := s.SaveRecord(ctx, c); err != nil {
		t.Fatal(err)
	}
	ids := func(r *accord.Record) []string {
		var out []string
		for _, a := range r.Actors {
			out = append(out, a.ID)
		}
		for _, list := range [][]accord.Engagement{r.Engagements, r.Pending} {
			for _, e := range list {
				out = append(out, e.ID)
			}
		}
		for _, x := range r.Targets {
			out = append(out, x.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, tc := range []struct {
		name string
		q    accord.RecordQuery
		want []string
	}{
		{"pair", accord.RecordQuery{Keys: accord.PairKeys("VN", "KR")}, []string{"e_held", "e_mentioned", "e_pending", "t_trade"}},
		{"pair engagements", accord.RecordQuery{Keys: accord.PairKeys("KR", "VN"), Kind: accord.KindEngagement}, []string{"e_held", "e_mentioned", "e_pending"}},
		{"pair contacts", accord.RecordQuery{Keys: []string{accord.PairKey("KR", "VN")}}, []string{"e_held"}},
		{"country, both", accord.RecordQuery{Keys: []string{accord.KeyCountry + "VN"}, All: []string{accord.KeyCountry + "JP"}}, []string{"e_jp", "e_three"}},
		{"gatherings both attended", accord.RecordQuery{Keys: []string{accord.KeyGathering + "VN"}, All: []string{accord.KeyGathering + "JP"}}, []string{"e_three"}},
		{"no gathering of a pair", accord.RecordQuery{Keys: []string{accord.KeyGathering + "VN"}, All: []string{accord.KeyGathering + "CN"}}, nil},
		{"actor", accord.RecordQuery{Keys: []string{accord.KeyActor + "p_tolam"}}, []string{"e_held", "e_jp", "e_three"}},
		{"from a day: a month-only date overlaps", accord.RecordQuery{Keys: []string{accord.KeyActor + "p_tolam"}, From: "2025-09-15"}, []string{"e_jp", "e_three"}},
		{"to", accord.RecordQuery{Keys: []string{accord.KeyActor + "p_tolam"}, To: "2025-08-31"}, []string{"e_held"}},
		{"latest first", accord.RecordQuery{Keys: []string{accord.KeyCountry + "VN"}, Kind: accord.KindEngagement, Limit: 1}, []string{"e_pending"}},
		{"month block", accord.RecordQuery{Keys: []string{accord.BlockKey("KR", "2025-08-11")}}, []string{"e_held"}},
		{"open invitation", accord.RecordQuery{Keys: []string{accord.KeyInvite + "KR"}}, []string{"e_pending"}},
		{"target block", accord.RecordQuery{Keys: []string{accord.TargetBlockKey([]string{"VN", "KR"}, "USD")}}, []string{"t_trade"}},
		{"name word", accord.RecordQuery{Keys: []string{accord.KeyWord + "lam"}}, []string{"p_tolam"}},
		{"ids", accord.RecordQuery{IDs: []string{"e_jp", "t_trade", "country:KR", "nothing"}}, []string{"country:KR", "e_jp", "t_trade"}},
		{"with actors", accord.RecordQuery{Keys: []string{accord.KeyActor + "p_tolam"}, Actors: true}, []string{"e_held", "e_jp", "e_three", "p_tolam"}},
		{"nothing", accord.RecordQuery{Keys: []string{"c:ZZ"}}, nil},
	} {
		r, err := s.RecordOf(ctx, tc.q)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := ids(r); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	// A part is the stored entities themselves, not a summary.
	r, err := s.RecordOf(ctx, accord.RecordQuery{IDs: []string{"p_tolam", "t_trade"}})
	if err != nil {
		t.Fatal(err)
	}
	want := c.Actors[0]
	want.Keys = nil // kept apart: ActorKeys
	if len(r.Actors) != 1 || len(r.Targets) != 1 {
		t.Fatalf("by id: %+v", r)
	}
	if d := cmp.Diff(want, r.Actors[0], cmpopts.EquateEmpty()); d != "" {
		t.Errorf("actor by id (-want +got):\n%s", d)
	}
	if d := cmp.Diff(c.Targets[0], r.Targets[0], cmpopts.EquateEmpty()); d != "" {
		t.Errorf("target by id (-want +got):\n%s", d)
	}

	counts, err := s.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyPair})
	if err != nil {
		t.Fatal(err)
	}
	wantCounts := []accord.KeyCount{{Key: "b:JP|VN", Count: 1, Last: "2025-09"}, {Key: "b:KR|VN", Count: 1, Last: "2025-08-11"}}
	if d := cmp.Diff(wantCounts, counts); d != "" {
		t.Errorf("pair counts (-want +got):\n%s", d)
	}
	// A contact moved to another pair leaves the first one's count.
	moved := c.Engagements[len(c.Engagements)-1]
	moved.Countries = []string{"KR", "VN"}
	if err := s.SaveRecord(ctx, &accord.RecordChange{Engagements: []accord.Engagement{moved}, Deleted: []accord.EntityRef{{Kind: accord.KindEngagement, ID: "e_held"}}}); err != nil {
		t.Fatal(err)
	}
	counts, err = s.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyPair, ByLast: true, Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	wantCounts = []accord.KeyCount{{Key: "b:KR|VN", Count: 1, Last: "2025-09"}}
	if d := cmp.Diff(wantCounts, counts); d != "" {
		t.Errorf("pair counts after a move (-want +got):\n%s", d)
	}

	keys, err := s.ActorKeys(ctx, "0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 0 {
		t.Errorf("actor keys of an article that has none: %v", keys)
	}
	a := c.Actors[0]
	a.Keys = []string{"0123456789abcdef/person:lam", "0123456789abcdef/person:to lam", "0123456789abcdeg/person:lam"}
	if err := s.SaveRecord(ctx, &accord.RecordChange{Actors: []accord.Actor{a}}); err != nil {
		t.Fatal(err)
	}
	keys, err = s.ActorKeys(ctx, "0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(map[string]string{"0123456789abcdef/person:lam": "p_tolam", "0123456789abcdef/person:to lam": "p_tolam"}, keys); d != "" {
		t.Errorf("actor keys (-want +got):\n%s", d)
	}
	// The whole record still gives every key, sorted.
	full := loadRecord(t, s)
	for _, x := range full.Actors {
		// The record's own two, and the three added: keys are only added.
		if x.ID == "p_tolam" && len(x.Keys) != 5 {
			t.Errorf("record: keys %v", x.Keys)
		}
	}
}

// testSearchBounds: over accord.SearchCap matches, the count says "more",
// facets count the newest SearchCap matches, hits come newest first, paging
// stops at the cap, and relevance ranks the newest accord.RelevanceWindow
// matches only.
func testSearchBounds(t *testing.T, s accord.Store) {
	const n = accord.SearchCap + 150
	day := func(i int) string { // article i's date: one a day from 1995, older first
		return time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
	}
	var all []*accord.ArticleFacts
	years := map[string]int{} // of the newest SearchCap
	beacons := 0
	for i := range n {
		words := "common"
		if i%100 == 0 {
			words += " rare" // 102 articles
		}
		title := "Bulletin " + strconv.Itoa(i)
		if i == 5 || i == n-accord.RelevanceWindow-1 || i == n-10 {
			title += " beacon" // a title match: in and out of the window
		}
		if i%4 == 0 {
			words += " beacon"
		}
		if strings.Contains(title+words, "beacon") {
			beacons++
		}
		a := Article(fmt.Sprintf("bound%05d.md", i), day(i), "VNA", title, "A "+words+" item.")
		country := []string{"VN", "JP"}[i%2]
		all = append(all, Facts(a, []string{country}, nil))
		if i >= n-accord.SearchCap {
			years[day(i)[:4]]++
		}
	}
	for len(all) > 0 {
		k := min(1000, len(all))
		put(t, s, all[:k]...)
		all = all[k:]
	}
	tests := []struct {
		name   string
		q      accord.SearchQuery
		total  int
		capped bool
		first  string // the first hit's date
		hits   int
	}{
		{"over the cap", accord.SearchQuery{Query: "common"}, accord.SearchCap, true, day(n - 1), 20},
		{"under the cap", accord.SearchQuery{Query: "rare"}, 102, false, day(n - 50), 20},
		{"phrase over the cap", accord.SearchQuery{Query: `"a common"`}, accord.SearchCap, true, day(n - 1), 20},
		{"or over the cap", accord.SearchQuery{Query: "rare OR common"}, accord.SearchCap, true, day(n - 1), 20},
		{"exclusion", accord.SearchQuery{Query: "common -beacon"}, n - beacons, false, day(n - 1), 20},
		{"dates", accord.SearchQuery{Query: "common", To: day(n - 101)}, accord.SearchCap, true, day(n - 101), 20},
		{"dates under the cap", accord.SearchQuery{Query: "common", From: day(n - 100), To: day(n - 51)}, 50, false, day(n - 51), 20},
		{"filter", accord.SearchQuery{Query: "common", Countries: []string{"JP"}}, n / 2, false, day(n - 1), 20},
		{"browse", accord.SearchQuery{From: day(0)}, accord.SearchCap, true, day(n - 1), 20},
		// With facets, the count is made beside them: exact at the cap,
		// "more" one past it.
		{"facets at the cap", accord.SearchQuery{Query: "common", From: day(n - accord.SearchCap), Facets: true}, accord.SearchCap, false, day(n - 1), 20},
		{"facets one past the cap", accord.SearchQuery{Query: "common", From: day(n - accord.SearchCap - 1), Facets: true}, accord.SearchCap, true, day(n - 1), 20},
		{"browse facets at the cap", accord.SearchQuery{From: day(n - accord.SearchCap), Facets: true}, accord.SearchCap, false, day(n - 1), 20},
		{"browse facets one past the cap", accord.SearchQuery{From: day(n - accord.SearchCap - 1), Facets: true}, accord.SearchCap, true, day(n - 1), 20},
		{"filter facets", accord.SearchQuery{Query: "common", Countries: []string{"JP"}, Facets: true}, n / 2, false, day(n - 1), 20},
		{"last page", accord.SearchQuery{Query: "common", Offset: accord.SearchCap - 5, Limit: 20}, accord.SearchCap, true, day(n - accord.SearchCap + 5 - 1), 5},
		{"past the cap", accord.SearchQuery{Query: "common", Offset: accord.SearchCap + 5}, accord.SearchCap, true, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := search(t, s, tt.q)
			if r.Total != tt.total || r.Capped != tt.capped {
				t.Errorf("Total %d, Capped %v; want %d, %v", r.Total, r.Capped, tt.total, tt.capped)
			}
			if len(r.Hits) != tt.hits {
				t.Fatalf("%d hits, want %d", len(r.Hits), tt.hits)
			}
			if len(r.Hits) > 0 && r.Hits[0].Article.Published != tt.first {
				t.Errorf("first hit of %s, want %s (newest first)", r.Hits[0].Article.Published, tt.first)
			}
			newestFirst(t, r)
		})
	}

	// Facets count the newest SearchCap matches, not all of them.
	r := search(t, s, accord.SearchQuery{Query: "common", Facets: true, Limit: 1})
	var want []accord.FacetCount
	for y, c := range years {
		want = append(want, accord.FacetCount{Value: y, Count: c})
	}
	sort.Slice(want, func(i, j int) bool {
		if want[i].Count != want[j].Count {
			return want[i].Count > want[j].Count
		}
		return want[i].Value < want[j].Value
	})
	if d := cmp.Diff(want, r.Facets[accord.FacetYear]); d != "" {
		t.Errorf("year facet over the cap (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]accord.FacetCount{{Value: "VNA", Count: accord.SearchCap}}, r.Facets[accord.FacetSource]); d != "" {
		t.Errorf("source facet over the cap (-want +got):\n%s", d)
	}
	if !r.Capped || r.Total != accord.SearchCap {
		t.Errorf("with facets: Total %d, Capped %v", r.Total, r.Capped)
	}

	// Relevance ranks within the newest RelevanceWindow matches: the title
	// match inside the window comes first, then the rest of the window; the
	// older title matches are not ranked.
	r = search(t, s, accord.SearchQuery{Query: "beacon", Sort: accord.SortRelevance, Limit: 2})
	if got := hitDates(r); !slices.Equal(sorted(got...), []string{day(n - accord.RelevanceWindow - 1), day(n - 10)}) {
		t.Errorf("relevance: first hits %v, want the title matches of %s and %s", r.Hits, day(n-10), day(n-accord.RelevanceWindow-1))
	}
	if r.Total != beacons || r.Capped {
		t.Errorf("beacon: Total %d, Capped %v; want %d", r.Total, r.Capped, beacons)
	}
	r = search(t, s, accord.SearchQuery{Query: "beacon", Sort: accord.SortRelevance, Offset: accord.RelevanceWindow - 1, Limit: 3})
	if len(r.Hits) != 3 {
		t.Fatalf("relevance past the window: %d hits", len(r.Hits))
	}
	// The window's last (lowest) hit, then older matches newest first with
	// score 0: the title matches outside the window are not lifted.
	for i, h := range r.Hits[1:] {
		if h.Score != 0 || h.Article.Published >= r.Hits[i].Article.Published && i > 0 {
			t.Errorf("past the window, hit %d: %s score %v", i+1, h.Article.Published, h.Score)
		}
	}
}

// testRecordOfStatements: a bounded read of a target restated many times
// gives its first statement and its latest ones, and counts the rest.
func testRecordOfStatements(t *testing.T, s accord.Store) {
	ctx := context.Background()
	c := record()
	tg := &c.Targets[0]
	tg.Mentions, tg.History = nil, nil
	for i := range 9 {
		ev := accord.Evidence{Article: fmt.Sprintf("%016x", i+1), Quote: "restated", Published: fmt.Sprintf("2025-08-%02d", i+1)}
		tg.Mentions = append(tg.Mentions, ev)
		tg.History = append(tg.History, accord.Restatement{Evidence: ev, Holders: []string{"KR", "VN"}, Value: 150e9 + float64(i), Unit: "USD", Comparator: accord.Gte})
	}
	if err := s.SaveRecord(ctx, c); err != nil {
		t.Fatal(err)
	}
	days := func(evs []accord.Evidence) []string {
		var out []string
		for _, ev := range evs {
			out = append(out, ev.Published[8:])
		}
		return out
	}
	for _, tc := range []struct {
		n        int
		mentions []string
		unlisted int
	}{
		{0, []string{"01", "02", "03", "04", "05", "06", "07", "08", "09"}, 0},
		{3, []string{"01", "07", "08", "09"}, 5},
		{8, []string{"01", "02", "03", "04", "05", "06", "07", "08", "09"}, 0},
		{20, []string{"01", "02", "03", "04", "05", "06", "07", "08", "09"}, 0},
	} {
		rec, err := s.RecordOf(ctx, accord.RecordQuery{IDs: []string{"t_trade"}, Statements: tc.n})
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Targets) != 1 {
			t.Fatalf("Statements %d: %d targets", tc.n, len(rec.Targets))
		}
		got := rec.Targets[0]
		var hist []accord.Evidence
		for _, h := range got.History {
			hist = append(hist, h.Evidence)
		}
		if !slices.Equal(days(got.Mentions), tc.mentions) || !slices.Equal(days(hist), tc.mentions) {
			t.Errorf("Statements %d: mentions %v, history %v, want %v", tc.n, days(got.Mentions), days(hist), tc.mentions)
		}
		if got.Unlisted != (accord.Unlisted{Mentions: tc.unlisted, History: tc.unlisted}) || got.Stated() != 9 {
			t.Errorf("Statements %d: unlisted %+v, stated %d, want %d unlisted of 9", tc.n, got.Unlisted, got.Stated(), tc.unlisted)
		}
	}
}
