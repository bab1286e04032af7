package postgres_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/postgres"
	"github.com/accordhq/accord/storetest"
)

// TestOpenReadOnly: no store in the schema is ENOTFOUND and creates
// nothing; a store opens read-only and refuses writes.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	u := freshURL(t)
	if _, err := postgres.OpenReadOnly(ctx, u); accord.ErrorCode(err) != accord.ENOTFOUND {
		t.Fatalf("an empty schema: %v, want ENOTFOUND", err)
	}
	w, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.PutArticles(ctx, storetest.Generate(1, 3)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r, err := postgres.OpenReadOnly(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if st, err := r.Stats(ctx); err != nil || st.Articles != 3 {
		t.Errorf("stats %+v %v", st, err)
	}
	if _, err := r.Search(ctx, accord.SearchQuery{Query: "the"}); err != nil {
		t.Errorf("search on a read-only store: %v", err)
	}
	if _, err := r.PutArticles(ctx, storetest.Generate(2, 1)); err == nil {
		t.Error("a write through a read-only store succeeded")
	}
}

// TestLockWaitTold: a writer waiting for the record lock is told who holds it.
func TestLockWaitTold(t *testing.T) {
	ctx := context.Background()
	u := freshURL(t)
	a, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	held := make(chan struct{})
	release := make(chan struct{})
	go a.WithRecordLock(ctx, func(context.Context) error {
		close(held)
		<-release
		return nil
	})
	<-held
	var mu sync.Mutex
	var told []string
	wctx := accord.WithLockWait(ctx, func(holder string, waiting bool) {
		mu.Lock()
		told = append(told, holder)
		mu.Unlock()
	})
	go func() { time.Sleep(300 * time.Millisecond); close(release) }()
	if err := b.WithRecordLock(wctx, func(context.Context) error { return nil }); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(told) != 2 || !strings.Contains(told[0], "server process") {
		t.Errorf("told %q", told)
	}
}
