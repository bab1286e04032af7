package http

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
	"github.com/google/go-cmp/cmp"
)

// TestLatestOf: an actor's latest engagements taken from a larger read
// are those the store gives for the smaller bound, with the same actors,
// held and pending, on the same date or not.
func TestLatestOf(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var es []accord.Engagement
	var as []accord.Actor
	for i := range 12 {
		other := fmt.Sprintf("p_other%d", i%5)
		status := accord.StatusHeld
		if i%4 == 3 {
			status = accord.StatusPending
		}
		es = append(es, accord.Engagement{ID: fmt.Sprintf("e%02d", (i*7)%12), Type: accord.Meeting, Date: fmt.Sprintf("2024-0%d-01", 1+i/3), Status: status,
			Countries: []string{"AA", fmt.Sprintf("C%d", i%4)}, Participants: []string{"p_lead", other},
			Reports: []accord.Evidence{{Article: fmt.Sprintf("a%d", i), Quote: "q", Published: "2024-01-01"}}})
	}
	as = append(as, accord.Actor{ID: "p_lead", Name: "Lead", Type: accord.Person, Country: "AA"})
	for i := range 5 {
		as = append(as, accord.Actor{ID: fmt.Sprintf("p_other%d", i), Name: fmt.Sprintf("Other %d", i), Type: accord.Person})
	}
	for _, c := range []string{"AA", "C0", "C1", "C2", "C3"} {
		as = append(as, accord.Actor{ID: c, Name: "Country " + c, Type: accord.Country, Country: c})
	}
	if err := db.SaveRecord(ctx, &accord.RecordChange{Reset: true, Engagements: es, Actors: as}); err != nil {
		t.Fatal(err)
	}
	q := func(limit int) accord.RecordQuery {
		return accord.RecordQuery{Keys: []string{accord.KeyActor + "p_lead"}, IDs: []string{"p_lead"}, Kind: accord.KindEngagement, Limit: limit, Actors: true}
	}
	big, err := db.RecordOf(ctx, q(100))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 3, 5, 8, 12, 20} {
		want, err := db.RecordOf(ctx, q(n))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := latestOf(big, "p_lead", n)
		if !ok {
			t.Fatalf("latestOf(%d): not ok", n)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("latestOf(%d) ≠ RecordOf with Limit %d (-store +taken):\n%s", n, n, d)
		}
	}
	big.Engagements[0].Curation = &accord.Curation{}
	if _, ok := latestOf(big, "p_lead", 3); ok {
		t.Errorf("latestOf of a corrected engagement: ok, want a read")
	}
}
