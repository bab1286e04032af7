package http

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/sqlite"
)

// articleReads records the articles a server asks of the store by id.
type articleReads struct {
	*sqlite.DB
	asked map[string]bool
}

func (s *articleReads) ArticleInfos(ctx context.Context, ids []string) (map[string]*accord.ArticleInfo, error) {
	for _, id := range ids {
		s.asked[id] = true
	}
	return s.DB.ArticleInfos(ctx, ids)
}

func (s *articleReads) ArticleHeads(ctx context.Context, ids []string) (map[string]*accord.Article, error) {
	for _, id := range ids {
		s.asked[id] = true
	}
	return s.DB.ArticleHeads(ctx, ids)
}

// TestDyadPagesLeaveStatementArticles: the relationship's pages (page,
// brief page, charts) show a target's statements by their quotes, never
// the titles of the articles that stated them, so they do not read those
// articles; the API's Markdown brief, which cites each statement by its
// article's title, still does.
func TestDyadPagesLeaveStatementArticles(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		// restated: the title of an article that restates a target of the
		// pair without reporting a contact; joint: the pair's joint
		// target's statement likewise.
		restated, joint string
	}{
		{"one holder's target restated elsewhere", "Orvane treasury restates its lending pledge", ""},
		{"a joint target stated in a paper", "", "Orvane and Pelmark publish a joint trade paper"},
		{"both", "Orvane treasury restates its lending pledge", "Orvane and Pelmark publish a joint trade paper"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			pledge := consolidatetest.T{Metric: "lending", Value: 40e6, Unit: "USD", Holders: []string{"OV"}, Sentence: 1}
			meet := consolidatetest.NewDoc("m1.txt", "Orvane and Pelmark leaders meet in Tessaly", "2024-05-06", "Coastal Wire",
				"President Ilsa Varn of Orvane met Prime Minister Dov Remik of Pelmark in Tessaly on Monday.",
				"Orvane will lend US$40 million to Pelmark.")
			varn := meet.Person("Ilsa Varn", "OV", []string{"President"})
			remik := meet.Person("Dov Remik", "PM", []string{"Prime Minister"})
			meet.Country("OV", "Orvane")
			meet.Country("PM", "Pelmark")
			meet.Held(consolidatetest.E{Type: accord.Meeting, Date: "2024-05-06", Participants: []string{varn, remik},
				Countries: []string{"OV", "PM"}, Level: accord.LevelHeadOfState})
			meet.Target(pledge)
			facts := []*accord.ArticleFacts{meet.Facts}
			var only []string // articles that state a target and report no contact
			if tc.restated != "" {
				d := consolidatetest.NewDoc("r1.txt", tc.restated, "2024-09-12", "Coastal Wire",
					"The treasury said on Thursday that its plans were unchanged.", "Orvane will lend US$40 million to Pelmark.")
				d.Country("OV", "Orvane")
				d.Target(pledge)
				facts, only = append(facts, d.Facts), append(only, d.Facts.Article.ID)
			}
			if tc.joint != "" {
				d := consolidatetest.NewDoc("j1.txt", tc.joint, "2024-10-02", "Coastal Wire",
					"The paper was published on Wednesday.", "Orvane and Pelmark aim for US$2 billion in bilateral trade by 2030.")
				d.Country("OV", "Orvane")
				d.Country("PM", "Pelmark")
				d.Target(consolidatetest.T{Metric: "bilateral trade", Value: 2e9, Unit: "USD", Deadline: "2030", Holders: []string{"OV", "PM"}, Sentence: 1})
				facts, only = append(facts, d.Facts), append(only, d.Facts.Article.ID)
			}
			if _, err := db.PutArticles(ctx, facts); err != nil {
				t.Fatal(err)
			}
			if err := consolidate.Apply(ctx, db, facts, nil); err != nil {
				t.Fatal(err)
			}
			spy := &articleReads{DB: db, asked: map[string]bool{}}
			h := NewServer(spy, Options{Logger: discardLogger()}).Handler()
			get := func(p string) string {
				rr := httptest.NewRecorder()
				h.ServeHTTP(rr, httptest.NewRequest("GET", p, nil))
				if rr.Code != 200 && !strings.HasSuffix(p, ".svg") { // a chart without data is 404
					t.Fatalf("%s: %d %s", p, rr.Code, rr.Body.String())
				}
				return rr.Body.String()
			}
			page := get("/dyads/OV/PM")
			if !strings.Contains(page, "lending") {
				t.Fatalf("the page does not show the pair's target:\n%s", page)
			}
			for _, p := range []string{"/dyads/OV/PM/brief", "/dyads/OV/PM/timeline.svg", "/dyads/OV/PM/areas.svg"} {
				page += get(p)
			}
			for _, id := range only {
				if spy.asked[id] {
					t.Errorf("the pages read article %s, which only states a target", id)
				}
			}
			for _, title := range []string{tc.restated, tc.joint} {
				if title != "" && strings.Contains(page, title) {
					t.Errorf("the pages show %q", title)
				}
			}
			if !spy.asked[meet.Facts.Article.ID] || !strings.Contains(page, "Orvane and Pelmark leaders meet in Tessaly") {
				t.Errorf("the pages do not cite the contact's report")
			}
			md := get("/api/dyads/OV/PM/brief")
			for _, title := range []string{tc.restated, tc.joint} {
				if title != "" && !strings.Contains(md, title) {
					t.Errorf("the Markdown brief does not cite %q:\n%s", title, md)
				}
			}
		})
	}
}
