package view_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/view"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// fixture is the made-up VN–KR relationship of package consolidatetest.
func fixture() (*accord.Record, map[string]*accord.Article, map[string][]string, []*accord.ArticleFacts) {
	facts := ct.Relationship()
	rec := consolidate.Build(facts)
	arts := map[string]*accord.Article{}
	areas := map[string][]string{}
	for _, f := range facts {
		arts[f.Article.ID] = f.Article
		areas[f.Article.ID] = f.Areas
	}
	return rec, arts, areas, facts
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

func TestTimelineText(t *testing.T) {
	rec, arts, _, _ := fixture()
	tl := view.DyadTimeline(rec, arts, "vn", "KR", "", "")
	if tl.Count != 8 || len(tl.Entries) != 5 || len(tl.Pending) != 1 {
		t.Errorf("timeline: %d engagements, %d entries, %d pending; want 8, 5, 1", tl.Count, len(tl.Entries), len(tl.Pending))
	}
	var b bytes.Buffer
	if err := view.WriteTimeline(&b, tl); err != nil {
		t.Fatal(err)
	}
	golden(t, "timeline.golden", b.Bytes())

	js, err := json.MarshalIndent(tl, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "timeline.json.golden", append(js, '\n'))
}

func TestTimelineRange(t *testing.T) {
	rec, arts, _, _ := fixture()
	tests := []struct {
		from, to string
		want     int
	}{
		{"", "", 8},
		{"2025-08", "2025-08", 4},
		{"2025-08-11", "2025-08-11", 3}, // the visit dated by its first day is not in range, its children are
		{"2026", "", 2},
		{"2027-01-01", "", 0},
	}
	for _, tt := range tests {
		tl := view.DyadTimeline(rec, arts, "VN", "KR", tt.from, tt.to)
		if tl.Count != tt.want {
			t.Errorf("%q..%q: %d engagements, want %d", tt.from, tt.to, tl.Count, tt.want)
		}
	}
	if tl := view.DyadTimeline(rec, arts, "VN", "US", "", ""); tl.Count != 0 || len(tl.Pending) != 0 {
		t.Errorf("VN–US: %d engagements, want none", tl.Count)
	}
}

func TestBrief(t *testing.T) {
	rec, arts, areas, _ := fixture()
	md := view.BriefOf(rec, arts, areas, "VN", "KR", "")
	golden(t, "brief.golden.md", []byte(md))
	for _, bad := range []string{"e_", "t_", "p_", "i_", "2025-08-11", "  "} {
		if strings.Contains(md, bad) {
			t.Errorf("brief contains %q: no ids nor ISO dates in prose", bad)
		}
	}
	since := view.BriefOf(rec, arts, areas, "VN", "KR", "2026-01-01")
	if !strings.Contains(since, "two recorded bilateral contacts") {
		t.Errorf("brief since 2026 does not count two contacts:\n%s", since)
	}
	none := view.BriefOf(rec, arts, areas, "VN", "ZZ", "")
	if !strings.Contains(none, "No bilateral contacts between Viet Nam and ZZ are recorded.") {
		t.Errorf("brief of an unknown pair:\n%s", none)
	}
}

func TestTargetHistory(t *testing.T) {
	rec, arts, _, _ := fixture()
	ts := view.Targets(rec, view.TargetFilter{Metric: "trade", Holders: []string{"kr"}})
	if len(ts) != 1 {
		t.Fatalf("trade targets of KR = %d, want 1", len(ts))
	}
	tg, err := view.TargetHistory(rec, ts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := view.WriteTarget(&b, tg, arts); err != nil {
		t.Fatal(err)
	}
	golden(t, "target.golden", b.Bytes())
	if _, err := view.TargetHistory(rec, "t_nope"); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("missing target: error %v, want not_found", err)
	}
}

func TestActorProfile(t *testing.T) {
	rec, _, _, _ := fixture()
	for _, q := range []string{ct.President, "park min jun", "PARK MIN-JUN"} {
		p, err := view.ActorProfile(rec, q)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if len(p.Engagements) != 6 {
			t.Errorf("%q: %d engagements, want 6", q, len(p.Engagements))
		}
	}
	p, err := view.ActorProfile(rec, ct.Leader)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := view.WriteProfile(&b, rec, p); err != nil {
		t.Fatal(err)
	}
	golden(t, "profile.golden", b.Bytes())
	if _, err := view.ActorProfile(rec, "Nobody Known"); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("unknown actor: error %v, want not_found", err)
	}
}

func TestFilters(t *testing.T) {
	rec, _, _, _ := fixture()
	tests := []struct {
		name string
		f    view.EngagementFilter
		want int
	}{
		{"all", view.EngagementFilter{}, 8},
		{"calls", view.EngagementFilter{Type: accord.PhoneCall}, 3},
		{"2026", view.EngagementFilter{From: "2026-01-01"}, 2},
		{"energy", view.EngagementFilter{Area: "energy"}, 1},
		{"a minister", view.EngagementFilter{Actor: ct.Minister}, 1},
		{"both countries", view.EngagementFilter{Countries: []string{"VN", "KR"}}, 8},
		{"another country", view.EngagementFilter{Countries: []string{"US"}}, 0},
	}
	for _, tt := range tests {
		if got := view.Engagements(rec, tt.f); len(got) != tt.want {
			t.Errorf("%s: %d engagements, want %d", tt.name, len(got), tt.want)
		}
	}
	if got := view.Actors(rec, view.ActorFilter{Type: accord.Person, Country: "KR"}); len(got) != 3 {
		t.Errorf("KR persons = %d, want 3", len(got))
	}
	if got := view.Actors(rec, view.ActorFilter{Name: "korea"}); len(got) != 1 || got[0].ID != "KR" {
		t.Errorf("actors named korea = %+v, want KR", got)
	}
}

func TestExportOf(t *testing.T) {
	rec, _, _, facts := fixture()
	x := view.ExportOf(rec, facts)
	if x.Schema != accord.ExportSchema || len(x.Articles) != 6 || len(x.Engagements) != 8 || len(x.Pending) != 1 {
		t.Fatalf("export: schema %q, %d articles, %d engagements, %d pending", x.Schema, len(x.Articles), len(x.Engagements), len(x.Pending))
	}
	if !slices.IsSortedFunc(x.Articles, func(a, b accord.ExportArticle) int { return strings.Compare(a.Published+a.ID, b.Published+b.ID) }) {
		t.Errorf("articles not in (published, id) order")
	}
	ids := map[string]bool{}
	for _, a := range x.Actors {
		ids[a.ID] = true
	}
	for _, a := range x.Articles {
		if len(a.Actors) == 0 {
			t.Errorf("article %s has no actors", a.File)
		}
		for _, id := range a.Actors {
			if !ids[id] {
				t.Errorf("article %s names actor %s missing from actors", a.File, id)
			}
		}
		if a.Dateline != nil || a.URL != nil {
			t.Errorf("article %s: unknown dateline/url not null", a.File)
		}
	}
	js, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js, []byte(`"dateline":null`)) || bytes.Contains(js, []byte(`"actors":null`)) {
		t.Errorf("export nulls wrong: %s", js[:300])
	}
}

func TestFormat(t *testing.T) {
	tests := []struct{ got, want string }{
		{view.FormatDate("2025-08-11"), "11 August 2025"},
		{view.FormatDate("2025-08"), "August 2025"},
		{view.FormatSpan("2025-08-10", "2025-08-13"), "10–13 August 2025"},
		{view.FormatSpan("2025-08-30", "2025-09-02"), "30 August – 2 September 2025"},
		{view.FormatValue(150e9, "USD", accord.Eq), "US$150 billion"},
		{view.FormatValue(8500, "USD", accord.Approx), "about US$8,500"},
		{view.FormatValue(10, "percent", accord.Gte), "10 per cent or more"},
		{view.FormatTarget(10, "percent", accord.Gte, "", "2026-2030"), "10 per cent or more in 2026–2030"},
		{view.Short("Tô Lâm và Lee Jae Myung đã hội đàm tại Seoul", 12), "Tô Lâm và…"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestDyadBilateralOnly: a relationship's timeline counts the contacts of
// the two countries alone; a gathering of more countries both attended is
// listed apart, and a pair met only at gatherings has no contacts.
func TestDyadBilateralOnly(t *testing.T) {
	ev := func(art string) []accord.Evidence {
		return []accord.Evidence{{Article: art, Quote: "q", Published: "2024-05-02"}}
	}
	rec := &accord.Record{Engagements: []accord.Engagement{
		{ID: "e_summit", Type: accord.Summit, Date: "2024-05-01", Countries: []string{"AA", "BB", "CC", "DD", "EE"}, Participants: []string{"AA", "BB", "CC", "DD", "EE"}, Reports: ev("a1")},
		{ID: "e_margin", Type: accord.Meeting, Date: "2024-05-01", Countries: []string{"AA", "BB"}, Participants: []string{"AA", "BB"}, Reports: ev("a2")},
		{ID: "e_tri", Type: accord.Meeting, Date: "2024-05-02", Countries: []string{"AA", "BB", "CC"}, Participants: []string{"AA", "BB", "CC"}, Reports: ev("a3")},
	}}
	tests := []struct {
		a, b        string
		count, many int
	}{
		{"AA", "BB", 1, 2}, // the margin meeting; the summit and the trilateral apart
		{"BB", "CC", 0, 2}, // only gatherings: no contact
		{"DD", "EE", 0, 1},
		{"AA", "ZZ", 0, 0},
	}
	for _, tt := range tests {
		tl := view.DyadTimeline(rec, nil, tt.a, tt.b, "", "")
		if tl.Count != tt.count || len(tl.Multilateral) != tt.many {
			t.Errorf("%s–%s: %d contacts, %d multilateral; want %d, %d", tt.a, tt.b, tl.Count, len(tl.Multilateral), tt.count, tt.many)
		}
	}
	md := view.BriefOf(rec, nil, nil, "BB", "CC", "")
	if !strings.Contains(md, "No bilateral contacts") || !strings.Contains(md, "two multilateral engagements") {
		t.Errorf("brief of a pair met only at gatherings:\n%s", md)
	}
	var b bytes.Buffer
	if err := view.WriteTimeline(&b, view.DyadTimeline(rec, nil, "AA", "BB", "", "")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Multilateral engagements both attended") || !strings.Contains(b.String(), "5 countries") {
		t.Errorf("timeline text lists no gatherings apart:\n%s", b.String())
	}
}

// TestActorProfileTiesStable checks that counterparts of one name met as
// often come in one order, run after run: by id after count and name.
func TestActorProfileTiesStable(t *testing.T) {
	rec := &accord.Record{
		Actors: []accord.Actor{
			{ID: "a", Type: accord.Person, Name: "Tom Hale", Country: "NZ"},
			{ID: "p_hart1", Type: accord.Person, Name: "Hart", Country: "CL"},
			{ID: "p_hart2", Type: accord.Person, Name: "Hart", Country: "CL"},
			{ID: "p_hart3", Type: accord.Person, Name: "Hart", Country: "CL"},
		},
		Engagements: []accord.Engagement{
			{ID: "e1", Type: accord.Meeting, Date: "2024-01-01", Participants: []string{"a", "p_hart1"}},
			{ID: "e2", Type: accord.Meeting, Date: "2024-01-02", Participants: []string{"a", "p_hart2"}},
			{ID: "e3", Type: accord.Meeting, Date: "2024-01-03", Participants: []string{"a", "p_hart3"}},
		},
	}
	for range 20 {
		p, err := view.ActorProfile(rec, "a")
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, c := range p.Counterparts {
			ids = append(ids, c.ID)
		}
		if got := strings.Join(ids, ","); got != "p_hart1,p_hart2,p_hart3" {
			t.Fatalf("counterparts %s, want p_hart1,p_hart2,p_hart3", got)
		}
	}
}

// TestExportLeavesUnnamedOut checks that an article's list of actors
// leaves out a person its text names only by office (Actor.Unnamed in its
// facts), while the contacts the person took part in keep them.
func TestExportLeavesUnnamedOut(t *testing.T) {
	rec, _, _, facts := fixture()
	before := view.ExportOf(rec, facts)
	var art *accord.ArticleFacts
	k := -1
	for _, f := range facts {
		for i, a := range f.Actors {
			if a.Type == accord.Person {
				art, k = f, i
				break
			}
		}
		if art != nil {
			break
		}
	}
	if art == nil {
		t.Fatal("the fixture has no person")
	}
	id := consolidate.ActorFor(rec.ActorIndex(), art.Article.ID, art.Actors[k].ID).ID
	art.Actors[k].Unnamed = true
	after := view.ExportOf(rec, facts)
	for i, a := range after.Articles {
		if a.ID != art.Article.ID {
			if !slices.Equal(a.Actors, before.Articles[i].Actors) {
				t.Errorf("article %s: actors changed", a.File)
			}
			continue
		}
		if slices.Contains(a.Actors, id) || !slices.Contains(before.Articles[i].Actors, id) {
			t.Errorf("article %s: actors %v, want %s left out of %v", a.File, a.Actors, id, before.Articles[i].Actors)
		}
	}
	if !cmp.Equal(before.Engagements, after.Engagements) {
		t.Errorf("engagements changed: %s", cmp.Diff(before.Engagements, after.Engagements))
	}
}
