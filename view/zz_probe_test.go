package view

import (
	"context"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

func TestZZProbe(t *testing.T) {
	p := os.Getenv("ACCORD_VIEWS_DB")
	if p == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, err := sqlite.OpenReadOnly(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	kc, _ := db.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyPair})
	rng := rand.New(rand.NewPCG(1, 2))
	var keys []accord.KeyCount
	keys = append(keys, kc[:5]...)
	for range 15 {
		keys = append(keys, kc[5+rng.IntN(len(kc)-5)])
	}
	for round := 0; round < 2; round++ {
		for _, k := range keys {
			ab := k.Key[len(accord.KeyPair):]
			a, b := ab[:2], ab[3:5]
			t0 := time.Now()
			rec, w, _ := PairPart(ctx, db, a, b, "", "", PairMax)
			t1 := time.Now()
			nm := 0
			for _, tg := range rec.Targets {
				nm += len(tg.Mentions) + len(tg.History)
			}
			tl, _ := PairTimeline(ctx, db, a, b, "", "")
			t2 := time.Now()
			t.Logf("%s-%s (%d) part %v tg %d stmts %d partial %v | timeline %v (%d)", a, b, k.Count, t1.Sub(t0), len(rec.Targets), nm, w.Partial(), t2.Sub(t1), len(tl.Entries))
		}
	}
}
