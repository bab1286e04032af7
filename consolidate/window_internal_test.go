package consolidate

import (
	"fmt"
	"slices"
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

// TestPartOrder: a part lists its engagements by date and id, held and
// pending apart, as the store does, whether it is a few of the window's
// (sorted) or most of them (read off the window's order), after
// engagements are put, replaced by a later version with another date, and
// dropped.
func TestPartOrder(t *testing.T) {
	w := newWindow()
	eng := func(id, date, status string, countries ...string) *accord.Engagement {
		return &accord.Engagement{ID: id, Type: accord.Talks, Date: date, Status: status, Countries: countries}
	}
	for _, e := range []*accord.Engagement{
		eng("e5", "2024-05-09", "", "XA"),
		eng("e2", "2024-05-02", "", "XA"),
		eng("e9", "2024-05-02", "", "XA"),
		eng("e1", "2024-05", "", "XA"),
		eng("e7", "2024-05-20", accord.StatusPending, "XA"),
		eng("e3", "2024-04-30", "", "XB"),
		eng("e4", "2024-05-02", "", "XB"),
	} {
		w.put(e)
	}
	for i := range 10 { // others, so that a part of few is sorted, not walked
		w.put(eng(fmt.Sprintf("x%d", i), "2023-01-01", "", "XC"))
	}
	w.ordered()                              // as after an earlier batch's part
	w.put(eng("e9", "2024-04-01", "", "XA")) // a later version, another date
	w.put(eng("e6", "2024-05-02", "", "XA")) // a new one, between the kept
	w.drop(accord.KindEngagement, "e5")      // let go
	ids := func(es []accord.Engagement) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name       string
		keys       []string
		held, pend []string
	}{
		{"most of the window", []string{accord.BlockKey("XA", "2024-05"), accord.BlockKey("XA", "2024-04"), accord.BlockKey("XB", "2024-05"), accord.KeyInvite + "XA"},
			[]string{"e9", "e1", "e2", "e4", "e6"}, []string{"e7"}},
		{"a few", []string{accord.BlockKey("XB", "2024-04")}, []string{"e3"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := w.part(accord.RecordQuery{Keys: tc.keys})
			if got := ids(rec.Engagements); !slices.Equal(got, tc.held) {
				t.Errorf("held %v, want %v", got, tc.held)
			}
			if got := ids(rec.Pending); !slices.Equal(got, tc.pend) {
				t.Errorf("pending %v, want %v", got, tc.pend)
			}
		})
	}
	if got := len(w.ordered()); got != len(w.engs) {
		t.Errorf("order holds %d engagements, the window %d", got, len(w.engs))
	}
}

// TestDropsSide: dropsSide says whether namedSides drops a participant: a
// country of which a person is named.
func TestDropsSide(t *testing.T) {
	st := newState()
	for _, a := range []accord.Actor{
		{ID: "c_xa", Type: accord.Country, Country: "XA"},
		{ID: "c_xb", Type: accord.Country, Country: "XB"},
		{ID: "p_ana", Type: accord.Person, Country: "XA"},
		{ID: "p_bo", Type: accord.Person},
		{ID: "o_org", Type: accord.Organization, Country: "XB"},
	} {
		st.actors[a.ID] = &a
	}
	for _, ids := range [][]string{
		{"c_xa", "p_ana"},
		{"p_ana", "c_xb"},
		{"c_xa", "p_bo", "o_org"},
		{"c_xb", "o_org", "p_ana", "c_xa"},
		{"p_unknown", "c_xa"},
		{},
	} {
		want := len(st.namedSides(slices.Clone(ids))) != len(ids)
		if got := st.dropsSide(ids); got != want {
			t.Errorf("dropsSide(%v) = %v, namedSides drops: %v", ids, got, want)
		}
	}
}

// TestPartOnce: a part lists each entity once, however many of q's keys
// and ids reach it, and only those of q's kind; with q.Actors, the actors
// its engagements and targets name, once each.
func TestPartOnce(t *testing.T) {
	w := newWindow()
	w.put(&accord.Actor{ID: "XA", Type: accord.Country, Name: "Xaland", Country: "XA"})
	w.put(&accord.Actor{ID: "XB", Type: accord.Country, Name: "Xbland", Country: "XB"})
	w.put(&accord.Actor{ID: "p_ana", Type: accord.Person, Name: "Ana Testa", Country: "XA"})
	w.put(&accord.Engagement{ID: "e1", Type: accord.Talks, Date: "2024-05-02", Countries: []string{"XA", "XB"}, Participants: []string{"p_ana"}})
	w.put(&accord.Engagement{ID: "e2", Type: accord.Talks, Date: "2024-05-03", Countries: []string{"XA"}, Participants: []string{"p_ana"}})
	w.put(&accord.Target{ID: "t1", Holders: []string{"XA", "XB"}, Unit: "USD"})
	keys := []string{accord.BlockKey("XA", "2024-05"), accord.BlockKey("XB", "2024-05"), accord.TargetBlockKey([]string{"XA", "XB"}, "USD")}
	actorIDs := func(rec *accord.Record) []string {
		var out []string
		for _, a := range rec.Actors {
			out = append(out, a.ID)
		}
		return out
	}
	rec := w.part(accord.RecordQuery{Keys: keys, IDs: []string{"e1", "t1", "XA"}, Actors: true})
	if len(rec.Engagements) != 2 || len(rec.Targets) != 1 {
		t.Errorf("%d engagements and %d targets, want 2 and 1", len(rec.Engagements), len(rec.Targets))
	}
	if got, want := actorIDs(rec), []string{"XA", "XB", "p_ana"}; !slices.Equal(got, want) {
		t.Errorf("actors %v, want %v", got, want)
	}
	rec = w.part(accord.RecordQuery{Kind: accord.KindEngagement, Keys: keys, IDs: []string{"e1", "t1", "XA"}})
	if len(rec.Engagements) != 2 || len(rec.Targets) != 0 || len(rec.Actors) != 0 {
		t.Errorf("kind engagement: %d engagements, %d targets, %d actors, want 2, 0, 0", len(rec.Engagements), len(rec.Targets), len(rec.Actors))
	}
}

// TestLoadedEntriesGrow: the engagements a state loads share one list of
// their byMC entries (mcArena); one that gets more entries than its room
// holds grows out of it without overwriting the next one's.
func TestLoadedEntriesGrow(t *testing.T) {
	rec := &accord.Record{
		Engagements: []accord.Engagement{
			{ID: "e1", Type: accord.Talks, Date: "2024-05-02", Countries: []string{"XA"}},
			{ID: "e2", Type: accord.Talks, Date: "2024-05-02", Countries: []string{"XB"}},
			{ID: "e3", Type: accord.Talks, Date: "2024-05", Status: accord.StatusMentioned, Countries: []string{"XC"}},
			{ID: "e4", Type: accord.Talks, Countries: []string{"XD"}}, // no date: no entries
		},
	}
	st := loadOwned(rec)
	e1, e2 := &rec.Engagements[0], &rec.Engagements[1]
	e1.Countries = append(e1.Countries, "XC") // a merge adds a country
	st.indexMC(e1)
	st.setHeldDate(e1, "2024-06-01") // and moves it
	keysOf := func(e *accord.Engagement) []mcKey {
		var out []mcKey
		for _, r := range st.mcKeys[e] {
			out = append(out, r.key)
		}
		return out
	}
	if got, want := keysOf(e1), []mcKey{{"2024-05", "XA"}, {"2024-05", "XC"}, {"2024-06", "XA"}, {"2024-06", "XC"}}; !slices.Equal(got, want) {
		t.Errorf("e1's entries %v, want %v", got, want)
	}
	if got, want := keysOf(e2), []mcKey{{"2024-05", "XB"}}; !slices.Equal(got, want) {
		t.Errorf("e2's entries %v, want %v", got, want)
	}
	for _, id := range []string{"e3", "e4"} {
		for e, refs := range st.mcKeys {
			if e.ID == id && len(refs) > 0 {
				t.Errorf("%s has entries %v, want none", id, refs)
			}
		}
	}
	if l := st.byMC[mcKey{"2024-05", "XB"}]; l == nil || len(l.es) != 1 || l.es[0] != e2 || l.days[0] != 20240502 {
		t.Errorf("byMC 2024-05|XB = %+v, want e2 on 20240502", l)
	}
	if l := st.byMC[mcKey{"2024-05", "XA"}]; l == nil || len(l.es) != 1 || l.es[0] != e1 || l.days[0] != 20240601 {
		t.Errorf("byMC 2024-05|XA = %+v, want e1 redated to 20240601", l)
	}
}
