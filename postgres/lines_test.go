package postgres_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// TestMigrateGatheringLines checks that migration 0014 fills
// gathering_lines from a store written before it: the lines are dropped
// with their trigger and the migration run again, and GatheringLines gives
// what it gave before, with the first reports' heads; a later save keeps
// them (the trigger).
func TestMigrateGatheringLines(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	db := open(t, u)
	var facts []*accord.ArticleFacts
	var es []accord.Engagement
	for i := range 4 {
		a := &accord.Article{ID: fmt.Sprintf("a%015d", i), File: fmt.Sprintf("forum-%d.md", i), Title: fmt.Sprintf("Ministers of four countries meet, round %d", i),
			Published: fmt.Sprintf("2024-0%d-02", i+1), Source: "Eastwind Wire", Body: fmt.Sprintf("The ministers met, round %d.", i)}
		facts = append(facts, &accord.ArticleFacts{Article: a})
		es = append(es, accord.Engagement{ID: fmt.Sprintf("e_forum%d", i), Type: accord.Meeting, Date: a.Published,
			Place: accord.PlaceRef{Name: "Portville"}, Countries: []string{"XA", "XB", "XC", "XD"}[:2+i%3],
			Reports: []accord.Evidence{{Article: a.ID, Quote: "The ministers met.", Published: a.Published}}})
	}
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: es}); err != nil {
		t.Fatal(err)
	}
	q := accord.RecordQuery{Keys: []string{accord.KeyCountry + "XA"}, Kind: accord.KindEngagement}
	lines := func(step string) string {
		t.Helper()
		rec, heads, err := db.GatheringLines(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Engagements) != 4 || len(heads) != 2 {
			t.Errorf("%s: %d engagements, %d heads; want 4 (two of two countries, whole) and 2", step, len(rec.Engagements), len(heads))
		}
		return fmt.Sprint(rec.Engagements, heads["a000000000000001"], heads["a000000000000002"], heads["a000000000000003"])
	}
	before := lines("saved")
	db.Close()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `DROP TRIGGER engagements_gathering_lines ON engagements; DROP FUNCTION gathering_line();
		DROP TABLE gathering_lines; DELETE FROM schema_version WHERE version >= 14`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	db = open(t, u)
	defer db.Close()
	if after := lines("migrated"); after != before {
		t.Errorf("after the migration:\n%s\nwant\n%s", after, before)
	}
	es[1].Date = "2024-02-20"
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: es[1:2]}); err != nil {
		t.Fatal(err)
	}
	rec, _, err := db.GatheringLines(ctx, accord.RecordQuery{IDs: nil, Keys: []string{accord.KeyGathering + "XC"}, Kind: accord.KindEngagement})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range rec.Engagements {
		got = append(got, e.ID+" "+e.Date)
	}
	if want := "[e_forum1 2024-02-20 e_forum2 2024-03-02]"; fmt.Sprint(got) != want {
		t.Errorf("after a later save: %v, want %s", got, want)
	}
}
