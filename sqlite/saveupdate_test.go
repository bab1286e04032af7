package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord"
)

// TestSaveRecordRewrites: SaveRecord rewrites a stored entity whose status
// and date stay with its data and keys alone (issue 10), and one whose
// status or date changes whole. Either way what the store reads back is the
// entity as saved: the record, its keys, the counts and the gathering lines
// kept by triggers, and the status index.
func TestSaveRecordRewrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rewrite.db")
	db := open(t, path)
	defer db.Close()
	raw := openRaw(t, path)
	eng := func(status, date, place string, countries ...string) accord.Engagement {
		return accord.Engagement{ID: "e-rw", Type: accord.Meeting, Date: date, Status: status,
			Place: accord.PlaceRef{Name: place}, Countries: countries, Participants: countries,
			Reports: []accord.Evidence{{Article: "art-" + date + place, Published: date}}}
	}
	steps := []struct {
		name string
		e    accord.Engagement
	}{
		{"new", eng("", "2024-05-06", "Orvale", "AA", "BB", "CC")},
		{"data changes, status and date stay", eng("", "2024-05-06", "Tessin", "AA", "BB", "DD")},
		{"a country fewer: no gathering", eng("", "2024-05-06", "Tessin", "AA", "BB")},
		{"date changes", eng("", "2024-05-09", "Tessin", "AA", "BB", "EE")},
		{"status changes", eng(accord.StatusPending, "2024-05-09", "Tessin", "AA", "BB", "EE")},
		{"data changes while pending", eng(accord.StatusPending, "2024-05-09", "Brume", "AA", "BB", "FF")},
		{"held again", eng("", "2024-05-09", "Brume", "AA", "BB", "FF")},
	}
	for _, s := range steps {
		if err := db.SaveRecord(ctx, &accord.RecordChange{Engagements: []accord.Engagement{s.e}}); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		rec, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		list := rec.Engagements
		if s.e.Status == accord.StatusPending {
			list = rec.Pending
		}
		if len(rec.Engagements)+len(rec.Pending) != 1 || len(list) != 1 || list[0].Place.Name != s.e.Place.Name || list[0].Date != s.e.Date {
			t.Errorf("%s: record %+v / pending %+v", s.name, rec.Engagements, rec.Pending)
		}
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{true: 0, false: 1}[s.e.Status == accord.StatusPending]; st.Engagements != want {
			t.Errorf("%s: Stats counts %d engagements, want %d", s.name, st.Engagements, want)
		}
		var byStatus int
		if err := raw.QueryRow(`SELECT count(*) FROM entities INDEXED BY entities_status WHERE kind = 'engagement' AND status = ? AND date = ?`, s.e.Status, s.e.Date).Scan(&byStatus); err != nil {
			t.Fatal(err)
		}
		var byID string
		if err := raw.QueryRow(`SELECT status FROM entities INDEXED BY entities_id_status WHERE kind = 'engagement' AND id = 'e-rw'`).Scan(&byID); err != nil {
			t.Fatal(err)
		}
		if byStatus != 1 || byID != s.e.Status {
			t.Errorf("%s: status index finds %d, id index says %q", s.name, byStatus, byID)
		}
		var lines int
		var place string
		if err := raw.QueryRow(`SELECT count(*), coalesce(max(place), '') FROM gathering_lines WHERE id = 'e-rw'`).Scan(&lines, &place); err != nil {
			t.Fatal(err)
		}
		gathering := len(s.e.Countries) > 2
		if lines != map[bool]int{true: 1, false: 0}[gathering] || gathering && place != s.e.Place.Name {
			t.Errorf("%s: %d gathering lines, place %q", s.name, lines, place)
		}
		// Its keys: one country key a country, none of the countries it
		// no longer has.
		var countryKeys int
		// In entity_keys or staged for it (migration 0024).
		if err := raw.QueryRow(`SELECT count(*) FROM (SELECT key FROM entity_keys WHERE kind = 'engagement' AND id = 'e-rw' AND key >= 'c:' AND key < 'c;'
			UNION ALL SELECT key FROM entity_keys_staged WHERE kind = 'engagement' AND id = 'e-rw' AND key >= 'c:' AND key < 'c;')`).Scan(&countryKeys); err != nil {
			t.Fatal(err)
		}
		if countryKeys != len(s.e.Countries) {
			t.Errorf("%s: %d country keys, want %d", s.name, countryKeys, len(s.e.Countries))
		}
	}
}

// TestSaveRecordUnchanged: an entity saved again as it is stored (an actor
// named in one more article: its new key goes to actor_keys) leaves its row
// alone, and one saved with anything changed is written (issue 10).
func TestSaveRecordUnchanged(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "unchanged.db")
	db := open(t, path)
	defer db.Close()
	raw := openRaw(t, path)
	// A log of the row writes, by a trigger of the test's own.
	for _, q := range []string{
		`CREATE TABLE rewrites (id TEXT)`,
		`CREATE TRIGGER log_rewrites AFTER UPDATE ON entities BEGIN INSERT INTO rewrites VALUES (new.id); END`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	actor := func(name string, keys ...string) accord.Actor {
		return accord.Actor{ID: "p-quill", Type: accord.Person, Name: name, Country: "ZZ", Roles: []string{"Envoy"}, Keys: keys}
	}
	steps := []struct {
		name     string
		a        accord.Actor
		rewrites int // rows written over so far
		keys     int // its article keys so far
	}{
		{"new", actor("Odile Quill", "art-1/person:odile quill"), 0, 1},
		{"named again", actor("Odile Quill", "art-2/person:odile quill"), 0, 2},
		{"named again, same article", actor("Odile Quill", "art-2/person:odile quill"), 0, 2},
		{"a fuller name", actor("Odile M. Quill", "art-3/person:odile m. quill"), 1, 3},
		{"as stored", actor("Odile M. Quill"), 1, 3},
	}
	for _, s := range steps {
		if err := db.SaveRecord(ctx, &accord.RecordChange{Actors: []accord.Actor{s.a}}); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		var rewrites, keys int
		if err := raw.QueryRow(`SELECT (SELECT count(*) FROM rewrites), (SELECT count(*) FROM actor_keys WHERE actor = 'p-quill')`).Scan(&rewrites, &keys); err != nil {
			t.Fatal(err)
		}
		if rewrites != s.rewrites || keys != s.keys {
			t.Errorf("%s: %d rows written over, %d article keys; want %d, %d", s.name, rewrites, keys, s.rewrites, s.keys)
		}
		rec, err := db.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Actors) != 1 || rec.Actors[0].Name != s.a.Name || len(rec.Actors[0].Keys) != s.keys {
			t.Errorf("%s: record %+v", s.name, rec.Actors)
		}
	}
}
