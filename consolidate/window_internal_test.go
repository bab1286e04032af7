package consolidate

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestWindowKeys: the window indexes only some key prefixes (windowKeys),
// so every key a batch asks it for must be one of them, or the part it
// returns would miss what the store holds under the key.
func TestWindowKeys(t *testing.T) {
	f := &accord.ArticleFacts{
		Article: &accord.Article{ID: "a1", Published: "2024-03-05"},
		Actors: []accord.Actor{
			{ID: "p1", Type: accord.Person, Name: "Anna Maria Testova", Country: "xa"},
			{ID: "p2", Type: accord.Person, Name: "Bo Exempel"},
			{ID: "c1", Type: accord.Country, Name: "Xland", Country: "xa"},
		},
		Engagements: []accord.Engagement{{Type: "meeting", Date: "2024-03-04", Countries: []string{"xa", "xb"},
			Place: accord.PlaceRef{Country: "xc"}, Reports: []accord.Evidence{{Published: "2024-03-05"}}}},
		References:  []accord.Engagement{{Type: "visit", Date: "2023-11", Countries: []string{"xd"}}},
		Invitations: []accord.Engagement{{Type: "visit", Countries: []string{"xe"}}},
		Targets:     []accord.Target{{Holders: []string{"xa", "xb"}, Unit: "usd", Metric: "trade"}},
	}
	q, _ := blocks([]*accord.ArticleFacts{f})
	if len(q.Keys) == 0 {
		t.Fatal("no keys")
	}
	for _, k := range q.Keys {
		if !windowKey(k) {
			t.Errorf("blocks asks for %q, which the window does not index", k)
		}
	}
	// And what the window drops: a target's report and country keys.
	tg := &accord.Target{ID: "t1", Holders: []string{"XA", "XB"}, Unit: "USD",
		Mentions: []accord.Evidence{{Article: "a1", Published: "2024-03-05"}}}
	w := newWindow()
	w.put(tg)
	if len(w.byKey) != 1 || w.byKey[accord.TargetBlockKey(tg.Holders, tg.Unit)] == nil {
		t.Errorf("target indexed under %v, want its holders' block only", w.byKey)
	}
	w.drop(accord.KindTarget, "t1")
	if len(w.byKey) != 0 {
		t.Errorf("left %v after drop", w.byKey)
	}
}
