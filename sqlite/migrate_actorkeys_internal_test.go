package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/accordhq/accord"
)

// TestMigrateActorKeysOrder: a store whose actor keys are the table of
// migration 0003 (keyed by "article/key", indexed by (actor, key)) keeps
// every key after migration 0013, found by article and by actor as
// before, and takes new keys and a changed actor.
func TestMigrateActorKeysOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// As the store was before migration 0013.
	for _, q := range []string{`DROP TABLE actor_keys`,
		`CREATE TABLE actor_keys (key TEXT PRIMARY KEY, actor TEXT NOT NULL) WITHOUT ROWID`,
		`CREATE INDEX actor_keys_actor ON actor_keys (actor)`,
		`INSERT INTO actor_keys VALUES ('ffff/p1', 'p_b'), ('0000/p1', 'p_b'), ('0000/p2', 'p_a'), ('8888/c1', 'VN')`,
		`DELETE FROM schema_version WHERE version >= 13`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var seq int
	if err := db.r.QueryRowContext(ctx, `SELECT count(seq) FROM actor_keys`).Scan(&seq); err != nil || seq != 4 {
		t.Fatalf("actor_keys after the migration: %d rows with seq (%v), want 4", seq, err)
	}
	keys, err := db.KeysOf(ctx, "p_b")
	if err != nil || !slices.Equal(keys, []string{"0000/p1", "ffff/p1"}) {
		t.Errorf("KeysOf(p_b) = %v, %v", keys, err)
	}
	// A later save: a new key, and a key whose actor changed.
	if err := db.SaveRecord(ctx, &accord.RecordChange{Actors: []accord.Actor{
		{ID: "p_a", Type: accord.Person, Name: "A", Keys: []string{"0000/p1", "1111/p1"}},
	}}); err != nil {
		t.Fatal(err)
	}
	m, err := db.ActorKeys(ctx, "0000")
	if err != nil || m["0000/p1"] != "p_a" || m["0000/p2"] != "p_a" || len(m) != 2 {
		t.Errorf("ActorKeys(0000) = %v, %v", m, err)
	}
	for actor, want := range map[string][]string{"p_a": {"0000/p1", "0000/p2", "1111/p1"}, "p_b": {"ffff/p1"}, "VN": {"8888/c1"}} {
		if keys, err := db.KeysOf(ctx, actor); err != nil || !slices.Equal(keys, want) {
			t.Errorf("KeysOf(%s) = %v, %v; want %v", actor, keys, err, want)
		}
	}
}
