package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

// The background checkpointer copies what the writer commits into the
// store file while the writer goes on, and stops when told, once.
func TestCheckpointInBackground(t *testing.T) {
	defer func(d time.Duration) { checkpointEvery = d }(checkpointEvery)
	checkpointEvery = 10 * time.Millisecond
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cp.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	stop := db.CheckpointInBackground(ctx)
	autoCheckpoint := func() int {
		var n int
		if err := db.w.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := autoCheckpoint(); n != writerCheckpointPages {
		t.Errorf("writer's automatic checkpoint %d pages while the checkpointer runs, want %d", n, writerCheckpointPages)
	}
	var fs []*accord.ArticleFacts
	for i := range 200 {
		a := storetest.Article(fmt.Sprintf("c%d.md", i), fmt.Sprintf("2037-04-%02d", i%28+1), "Wire", "Ministers meet", fmt.Sprintf("Ministers of Qland and Xland met for the %dth time.", i))
		fs = append(fs, storetest.Facts(a, []string{"QX", "XQ"}, []string{"trade"}, accord.Meeting))
	}
	if _, err := db.PutArticles(ctx, fs); err != nil {
		t.Fatal(err)
	}
	// The writer's own checkpoint runs at 65536 pages: a store file that
	// grows now grows by the background checkpoints.
	deadline := time.Now().Add(5 * time.Second)
	for {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() > before.Size() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("store file still %d bytes: no checkpoint ran", fi.Size())
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	stop() // once
	if n := autoCheckpoint(); n != writerCheckpointAlone {
		t.Errorf("writer's automatic checkpoint %d pages after, want %d", n, writerCheckpointAlone)
	}
	// The writer still writes after the checkpointer stopped.
	a := storetest.Article("late.md", "2037-05-01", "Wire", "Ministers meet again", "Ministers of Qland and Xland met again.")
	if _, err := db.PutArticles(ctx, []*accord.ArticleFacts{storetest.Facts(a, []string{"QX", "XQ"}, nil, accord.Meeting)}); err != nil {
		t.Fatal(err)
	}
}
