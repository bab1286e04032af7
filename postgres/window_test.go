package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
	"github.com/jackc/pgx/v5"
)

// TestStoreWindows runs the store suite with every search walking the
// months one by one (see walk), as searches in a large table do after
// their first steps: the results must obey the same contract.
func TestStoreWindows(t *testing.T) {
	base := os.Getenv("ACCORD_TEST_POSTGRES")
	if base == "" {
		t.Skip("ACCORD_TEST_POSTGRES is not set") // TestStore says more
	}
	defer func(n int) { maxGroup = n }(maxGroup)
	maxGroup = 1
	storetest.Run(t, func(t *testing.T) accord.Store {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		b := make([]byte, 6)
		rand.Read(b)
		schema := "accord_test_" + hex.EncodeToString(b)
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(1); CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public; SELECT pg_advisory_unlock(1); CREATE SCHEMA `+schema); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			conn, err := pgx.Connect(ctx, base)
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close(ctx)
			if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
				t.Error(err)
			}
		})
		u, err := url.Parse(base)
		if err != nil {
			t.Fatal(err)
		}
		v := u.Query()
		v.Set("search_path", schema+",public")
		u.RawQuery = v.Encode()
		db, err := Open(ctx, u.String())
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}
