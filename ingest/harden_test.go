package ingest_test

import (
	"context"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/ingest"
)

func TestPlausibleEvents(t *testing.T) {
	eng := func(date, end string) accord.Engagement { return accord.Engagement{Date: date, EndDate: end} }
	f := &accord.ArticleFacts{
		Article: &accord.Article{Published: "2025-06-05"},
		Engagements: []accord.Engagement{
			eng("2025-06-04", ""), eng("9999-12-31", ""), eng("0001-01-01", ""), eng("1899-12", ""),
			eng("2035-12-31", ""), eng("2036-01-01", ""), eng("2025-06-04", "9999-01-01"), eng("1900", ""),
		},
		References:  []accord.Engagement{eng("0001-01-01", "")},
		Invitations: []accord.Engagement{eng("2026", ""), eng("5000-01-01", "")},
	}
	ingest.PlausibleEvents(f)
	var got []string
	for _, e := range f.Engagements {
		got = append(got, e.Date)
	}
	want := []string{"2025-06-04", "2035-12-31", "1900"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("engagements kept %v, want %v", got, want)
	}
	if len(f.References) != 0 || len(f.Invitations) != 1 {
		t.Errorf("references %v, invitations %v", f.References, f.Invitations)
	}
}

func TestIdentify(t *testing.T) {
	p, s := pipeline(t)
	ctx := context.Background()
	up := func(day, a, b string, replace bool) (ingest.Identity, *accord.Article) {
		t.Helper()
		art := report(day, a, b)
		art.File = "upload.txt"
		id, err := ingest.Identify(ctx, s, []*accord.Article{art}, "upload", "upload.txt", replace)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Ingest(ctx, []*accord.Article{art}); err != nil {
			t.Fatal(err)
		}
		return id, art
	}
	count := func() int {
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st.Articles
	}
	id, first := up("2025-03-03", "Chile", "Japan", false)
	if id.Reused || id.Replaced != "" || first.Path != "upload:"+first.ID {
		t.Errorf("first upload: %+v, key %q", id, first.Key())
	}
	// The same name, other content, no replace: stored beside, and said so.
	id, second := up("2025-03-04", "Kenya", "India", false)
	if !id.Reused || count() != 2 || second.Key() == first.Key() {
		t.Errorf("reused name: %+v, %d articles", id, count())
	}
	// The same content again: unchanged, not a reuse.
	if id, _ := up("2025-03-04", "Kenya", "India", false); id.Reused || count() != 2 {
		t.Errorf("same upload twice: %+v, %d articles", id, count())
	}
	// replace: the latest article of that name is replaced.
	id, third := up("2025-03-05", "France", "Brazil", true)
	if id.Replaced != second.Key() || count() != 2 {
		t.Errorf("replace: %+v, %d articles", id, count())
	}
	if _, err := s.Article(ctx, second.ID); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Errorf("the replaced article is still there: %v", err)
	}
	if _, err := s.Article(ctx, third.ID); err != nil {
		t.Error(err)
	}
	if _, err := s.Article(ctx, first.ID); err != nil {
		t.Errorf("an older upload of the name went: %v", err)
	}
}
