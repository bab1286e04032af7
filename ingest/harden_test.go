package ingest_test

import (
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
