package http

import (
	"context"
	"reflect"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestLatestPart: an actor's latest n engagements taken from a larger read
// are what the store gives for a read of n (order, invitations apart, the
// actor and the actors they name), for every actor and every n.
func TestLatestPart(t *testing.T) {
	ctx := context.Background()
	db := relStore(t)
	kc, err := db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyActor})
	if err != nil {
		t.Fatal(err)
	}
	busy := 0
	for _, c := range kc {
		id := strings.TrimPrefix(c.Key, accord.KeyActor)
		q := accord.RecordQuery{Keys: []string{c.Key}, IDs: []string{id}, Kind: accord.KindEngagement, Actors: true}
		all, err := db.RecordOf(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if c.Count >= 3 {
			busy++
		}
		for n := 1; n <= c.Count+1; n++ {
			q.Limit = n
			want, err := db.RecordOf(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if got := latestPart(all, id, n); !reflect.DeepEqual(got, want) {
				t.Errorf("%s, latest %d: %d engagements, %d invitations, %d actors; the store gives %d, %d, %d",
					id, n, len(got.Engagements), len(got.Pending), len(got.Actors), len(want.Engagements), len(want.Pending), len(want.Actors))
			}
		}
	}
	if busy == 0 {
		t.Fatal("no actor with 3 engagements or more: the test tests nothing")
	}
}
