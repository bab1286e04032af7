package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// TestSearchesLeaveReaders: while every search slot is busy (as with
// hostile searches running), other reads are served at once, and a further
// search gives up with ETIMEOUT at its deadline instead of queueing forever.
func TestSearchesLeaveReaders(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticles(ctx, storetest.Generate(1, 20)); err != nil {
		t.Fatal(err)
	}
	if c := cap(db.searches); c < 1 || c > max(1, db.r.Stats().MaxOpenConnections/2) {
		t.Fatalf("%d search slots for %d readers", cap(db.searches), db.r.Stats().MaxOpenConnections)
	}
	for range cap(db.searches) {
		db.searches <- struct{}{}
	}
	defer func(d time.Duration) { accord.SearchTimeout = d }(accord.SearchTimeout)
	accord.SearchTimeout = 200 * time.Millisecond
	start := time.Now()
	if _, err := db.Search(ctx, accord.SearchQuery{Query: "trade"}); accord.ErrorCode(err) != accord.ETIMEOUT {
		t.Errorf("a search beyond the slots: %v, want ETIMEOUT", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("it waited %v", d)
	}
	// Other reads do not wait for searches.
	readCtx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	for range 10 {
		if _, err := db.Stats(readCtx); err != nil {
			t.Fatalf("a read while searches hold their slots: %v", err)
		}
		if _, _, err := db.Articles(readCtx, accord.ArticleFilter{}); err != nil {
			t.Fatalf("a read while searches hold their slots: %v", err)
		}
	}
}
