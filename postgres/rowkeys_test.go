package postgres_test

import (
	"context"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// TestMigrateRowKeys checks migration 0015 on a store written before it:
// each entity's rows of entity_keys are listed in its own row, and a later
// save or delete, which reads those lists instead of entity_keys by
// entity, leaves entity_keys exactly the current entities' keys (none of a
// moved date or of a deleted entity left behind).
func TestMigrateRowKeys(t *testing.T) {
	u := freshURL(t)
	ctx := context.Background()
	db := open(t, u)
	actors := []accord.Actor{
		{ID: "p_marenko", Type: accord.Person, Name: "Ilse Marenko", Country: "XA", Keys: []string{"a1/ilse-marenko"}},
		{ID: "p_todavi", Type: accord.Person, Name: "Rune Todavi", Country: "XB"},
	}
	es := []accord.Engagement{
		{ID: "e_talks1", Type: accord.Meeting, Date: "2023-05-14", Countries: []string{"XA", "XB"}, Participants: []string{"p_marenko", "p_todavi"}},
		{ID: "e_talks2", Type: accord.PhoneCall, Date: "2023-06-02", Countries: []string{"XA", "XC"}, Participants: []string{"p_marenko"}},
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Actors: actors, Engagements: es}); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows := func(step string) []string {
		t.Helper()
		var out []string
		r, err := conn.Query(ctx, `SELECT kind || ' ' || id || ' ' || key || ' ' || date FROM entity_keys ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		if out, err = pgx.CollectRows(r, pgx.RowTo[string]); err != nil {
			t.Fatal(step, err)
		}
		return out
	}
	// The rows each entity's keys give, as SaveRecord writes them.
	want := func(as []accord.Actor, es []accord.Engagement) []string {
		var out []string
		add := func(kind, id string, v any) {
			ks, d := accord.EntityKeys(v)
			for _, k := range ks {
				out = append(out, kind+" "+id+" "+k+" "+d)
			}
		}
		for i := range as {
			a := as[i]
			a.Keys = nil
			add(accord.KindActor, a.ID, &a)
		}
		for i := range es {
			add(accord.KindEngagement, es[i].ID, &es[i])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	before := rows("saved")
	if w := want(actors, es); !slices.Equal(before, w) || len(before) == 0 {
		t.Fatalf("saved: %v\nwant %v", before, w)
	}
	db.Close()
	// As before migration 0015: no lists, entity_keys indexed by entity.
	if _, err := conn.Exec(ctx, `UPDATE actors SET keys = '{}', key_dates = '{}'; UPDATE engagements SET keys = '{}', key_dates = '{}';
		CREATE INDEX entity_keys_entity ON entity_keys (kind, id); DELETE FROM schema_version WHERE version >= 15`); err != nil {
		t.Fatal(err)
	}
	db = open(t, u)
	defer db.Close()
	var listed int
	if err := conn.QueryRow(ctx, `SELECT (SELECT coalesce(sum(cardinality(keys)), 0) FROM actors) + (SELECT coalesce(sum(cardinality(keys)), 0) FROM engagements)
		+ (SELECT count(*) FROM actors WHERE cardinality(keys) <> cardinality(key_dates)) + (SELECT count(*) FROM engagements WHERE cardinality(keys) <> cardinality(key_dates))`).Scan(&listed); err != nil {
		t.Fatal(err)
	}
	if listed != len(before) {
		t.Errorf("migrated: the rows list %d keys (or keys and dates differ), want %d", listed, len(before))
	}
	// A later date and another country for one engagement, the other
	// deleted with an actor: only the current keys stay.
	es[0].Date, es[0].Countries = "2023-05-21", []string{"XA", "XD"}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: es[:1], Deleted: []accord.EntityRef{
		{Kind: accord.KindEngagement, ID: "e_talks2"}, {Kind: accord.KindActor, ID: "p_todavi"}}}); err != nil {
		t.Fatal(err)
	}
	if got, w := rows("changed"), want(actors[:1], es[:1]); !slices.Equal(got, w) {
		t.Errorf("changed: %v\nwant %v", got, w)
	}
	// A save after that, of the same engagement again, changes nothing.
	if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: es[:1]}); err != nil {
		t.Fatal(err)
	}
	if got, w := rows("saved again"), want(actors[:1], es[:1]); !slices.Equal(got, w) {
		t.Errorf("saved again: %v\nwant %v", got, w)
	}
}
