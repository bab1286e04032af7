package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
	"github.com/google/go-cmp/cmp"
)

// curationRecord is record() with a second person taking part in the held
// engagement, with keys in two articles, so that actors can be merged and
// split.
func curationRecord() *accord.RecordChange {
	c := record()
	c.Actors = append(c.Actors, accord.Actor{ID: "p_lee", Type: accord.Person, Name: "Lee Jae Myung", Country: "KR",
		Roles: []string{"President"}, Aliases: []string{}, Keys: []string{"0123456789abcdef/person:lee jae myung", "fedcba9876543210/person:lee jae myung"}})
	c.Actors[0].Keys = []string{"0123456789abcdef/person:to lam", "fedcba9876543210/person:to lam"}
	c.Engagements[0].Participants = []string{"p_lee", "p_tolam"}
	return c
}

func testCuration(t *testing.T, s accord.Store) {
	ctx := context.Background()
	cs, ok := s.(accord.Curator)
	if !ok {
		t.Fatalf("%T keeps no corrections (accord.Curator)", s)
	}
	if list, err := cs.Corrections(ctx); err != nil || len(list) != 0 {
		t.Fatalf("Corrections of a new store: %v, %v", list, err)
	}
	if err := s.SaveRecord(ctx, curationRecord()); err != nil {
		t.Fatal(err)
	}
	whole := func() *accord.Record {
		t.Helper()
		r, err := s.Record(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return sortRecord(r)
	}
	before := whole()
	add := func(c accord.Correction) accord.Correction {
		t.Helper()
		c.Note, c.Author = "test: "+c.Kind, "storetest"
		c, err := curate.Add(ctx, s, c)
		if err != nil {
			t.Fatalf("add %s: %v", c.Kind, err)
		}
		return c
	}
	one := func(id string) any {
		t.Helper()
		r, err := s.RecordOf(ctx, accord.RecordQuery{IDs: []string{id}})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range r.Actors {
			return &a
		}
		for _, e := range append(r.Engagements, r.Pending...) {
			return &e
		}
		for _, x := range r.Targets {
			return &x
		}
		t.Fatalf("no entity %s", id)
		return nil
	}
	under := func(key string) []string {
		t.Helper()
		r, err := s.RecordOf(ctx, accord.RecordQuery{Keys: []string{key}})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range append(r.Engagements, r.Pending...) {
			ids = append(ids, e.ID)
		}
		for _, x := range r.Targets {
			ids = append(ids, x.ID)
		}
		return ids
	}
	each := func(q accord.EntityQuery) []string {
		t.Helper()
		var ids []string
		err := s.EachEntity(ctx, q, func(v any) error {
			switch x := v.(type) {
			case *accord.Actor:
				ids = append(ids, x.ID)
			case *accord.Engagement:
				ids = append(ids, x.ID)
			case *accord.Target:
				ids = append(ids, x.ID)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return ids
	}
	pair := accord.PairKey("KR", "VN")
	pairCount := func() int {
		t.Helper()
		kcs, err := s.KeyCounts(ctx, accord.KeyQuery{Prefix: pair})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range kcs {
			if k.Key == pair {
				return k.Count
			}
		}
		return 0
	}

	// Hide: out of the pair's key, its count and EachEntity, still found by
	// id and by the month consolidation looks in, with its mark.
	hide := add(accord.Correction{Kind: accord.CorrectHideEngagement, Target: "e_held"})
	if hide.ID <= 0 || hide.Created == "" || hide.Anchor != "0123456789abcdef:10" {
		t.Errorf("stored correction %+v: want an id, a time and the anchor of its first report", hide)
	}
	e := one("e_held").(*accord.Engagement)
	if e.Curation == nil || !e.Curation.Hidden || len(e.Curation.Marks) != 1 || e.Curation.Marks[0].Note != "test: hide_engagement" {
		t.Fatalf("hidden engagement's curation %+v", e.Curation)
	}
	if slices.Contains(under(pair), "e_held") || pairCount() != 0 {
		t.Errorf("hidden engagement under %s: %v (count %d)", pair, under(pair), pairCount())
	}
	if !slices.Contains(under(accord.BlockKey("VN", "2025-08")), "e_held") {
		t.Errorf("hidden engagement not under its month: consolidation could not merge a later report into it")
	}
	held := accord.EntityQuery{Kind: accord.KindEngagement, Status: accord.StatusHeldAll}
	if slices.Contains(each(held), "e_held") {
		t.Errorf("EachEntity gives the hidden engagement")
	}
	held.Curated = true
	if !slices.Contains(each(held), "e_held") {
		t.Errorf("EachEntity with Curated leaves out the hidden engagement")
	}

	// A consolidation writing the engagement again, as it made it, and a
	// rebuild (Reset) keep it hidden: corrections are applied on save.
	again := curationRecord()
	again.Engagements[0].Reports = append(again.Engagements[0].Reports, accord.Evidence{Article: "fedcba9876543210", Quote: "Later.", Start: 0, End: 6, Published: "2025-08-12"})
	if err := s.SaveRecord(ctx, &accord.RecordChange{Engagements: again.Engagements[:1]}); err != nil {
		t.Fatal(err)
	}
	if e := one("e_held").(*accord.Engagement); e.Curation == nil || !e.Curation.Hidden || len(e.Reports) != 2 {
		t.Errorf("saved again as consolidation made it: curation %+v, %d reports", e.Curation, len(e.Reports))
	}
	rebuilt := curationRecord()
	rebuilt.Reset = true
	if err := s.SaveRecord(ctx, rebuilt); err != nil {
		t.Fatal(err)
	}
	if e := one("e_held").(*accord.Engagement); e.Curation == nil || !e.Curation.Hidden {
		t.Errorf("after a rebuild: curation %+v", e.Curation)
	}

	// Re-date and re-type: the view's keys follow, the original month stays.
	add(accord.Correction{Kind: accord.CorrectRedateEngagement, Target: "e_held", Value: "2025-09-02"})
	add(accord.Correction{Kind: accord.CorrectRetypeEngagement, Target: "e_held", Value: string(accord.PhoneCall)})
	e = one("e_held").(*accord.Engagement)
	if e.Date != "2025-09-02" || e.Type != accord.PhoneCall || len(e.Curation.Marks) != 3 {
		t.Errorf("re-dated and re-typed: %s %s, marks %+v", e.Date, e.Type, e.Curation.Marks)
	}
	for _, m := range []string{"2025-08", "2025-09"} {
		if !slices.Contains(under(accord.BlockKey("KR", m)), "e_held") {
			t.Errorf("re-dated engagement not under month %s", m)
		}
	}
	orig := *e
	accord.UncurateEntity(&orig)
	if orig.Date != "2025-08-11" || orig.Type != accord.Talks || orig.Curation != nil {
		t.Errorf("the original kept: %s %s %+v", orig.Date, orig.Type, orig.Curation)
	}

	// Detach the target's only statement: it has none left, and is hidden.
	add(accord.Correction{Kind: accord.CorrectDetachStatement, Target: "t_trade", Articles: []string{"0123456789abcdef:10"}})
	if x := one("t_trade").(*accord.Target); x.Curation == nil || !x.Curation.Hidden || len(x.Mentions) != 0 {
		t.Errorf("detached target: %+v", x)
	}
	if slices.Contains(each(accord.EntityQuery{Kind: accord.KindTarget}), "t_trade") {
		t.Errorf("EachEntity gives the target without statements")
	}

	// Merge Lee into Tô Lâm: the engagement has one participant, Lee is
	// out of the actors' lists.
	add(accord.Correction{Kind: accord.CorrectMergeActors, Target: "p_lee", Other: "p_tolam"})
	if e := one("e_held").(*accord.Engagement); !slices.Equal(e.Participants, []string{"p_tolam"}) {
		t.Errorf("after the merge, participants %v", e.Participants)
	}
	if a := one("p_lee").(*accord.Actor); a.Curation == nil || a.Curation.MergedInto != "p_tolam" {
		t.Errorf("merged actor's curation %+v", a.Curation)
	}
	if slices.Contains(each(accord.EntityQuery{Kind: accord.KindActor}), "p_lee") {
		t.Errorf("EachEntity gives the merged actor")
	}

	// Split Tô Lâm's mentions in the second article off.
	split := add(accord.Correction{Kind: accord.CorrectSplitActor, Target: "p_tolam", Articles: []string{"fedcba9876543210"}})
	if keys, err := s.KeysOf(ctx, curate.SplitID(split)); err != nil || !slices.Equal(keys, []string{"fedcba9876543210/person:to lam"}) {
		t.Errorf("split actor's keys %v, %v", keys, err)
	}
	if keys, err := s.ActorKeys(ctx, "fedcba9876543210"); err != nil || keys["fedcba9876543210/person:to lam"] != curate.SplitID(split) {
		t.Errorf("the second article's Tô Lâm is %v, %v", keys, err)
	}

	// Corrections are listed in order; undone in reverse, the record is
	// the one saved first, but for the report the consolidation added.
	list, err := cs.Corrections(ctx)
	if err != nil || len(list) != 6 {
		t.Fatalf("Corrections: %d, %v", len(list), err)
	}
	for i := 1; i < len(list); i++ {
		if list[i].ID <= list[i-1].ID {
			t.Errorf("corrections not in id order: %d after %d", list[i].ID, list[i-1].ID)
		}
	}
	if !slices.Equal(list[5].Articles, []string{"fedcba9876543210"}) || list[0].Anchor != hide.Anchor {
		t.Errorf("corrections do not round-trip: %+v", list)
	}
	for i := len(list) - 1; i >= 0; i-- {
		if _, err := curate.Undo(ctx, s, list[i].ID); err != nil {
			t.Fatalf("undo %d: %v", list[i].ID, err)
		}
	}
	if d := cmp.Diff(before, whole(), emptyEqual); d != "" {
		t.Errorf("after undoing every correction (-before +after):\n%s", d)
	}
	if pairCount() != 1 {
		t.Errorf("pair count %d after undo, want 1", pairCount())
	}
	wantCode(t, "delete an undone correction", cs.DeleteCorrection(ctx, list[0].ID), accord.ENOTFOUND)
	// Ids are not given again.
	c := add(accord.Correction{Kind: accord.CorrectHideTarget, Target: "t_trade"})
	if c.ID <= list[5].ID {
		t.Errorf("a new correction has id %d, after %d was undone", c.ID, list[5].ID)
	}

	// A copy keeps ids (a split actor is named by its correction's id),
	// and no later correction is given one of them.
	kept, err := cs.AddCorrection(ctx, accord.Correction{ID: c.ID + 10, Kind: accord.CorrectHideTarget, Target: "t_trade", Note: "copied", Author: "x", Created: "2026-01-02T03:04:05Z"})
	if err != nil || kept.ID != c.ID+10 {
		t.Fatalf("AddCorrection with id %d: %+v, %v", c.ID+10, kept, err)
	}
	if next, err := cs.AddCorrection(ctx, accord.Correction{Kind: accord.CorrectHideTarget, Target: "t_trade", Note: "after", Author: "x"}); err != nil || next.ID <= kept.ID {
		t.Errorf("the correction after a copied one: id %d, %v; want more than %d", next.ID, err, kept.ID)
	}
	if list, err := cs.Corrections(ctx); err != nil || !slices.ContainsFunc(list, func(x accord.Correction) bool {
		return x.ID == kept.ID && x.Created == "2026-01-02T03:04:05Z" && x.Note == "copied"
	}) {
		t.Errorf("the copied correction is not listed as added: %v", err)
	}

	// Bad corrections are EINVALID, naming the field.
	for _, tc := range []struct {
		c     accord.Correction
		where string
	}{
		{accord.Correction{Kind: "rename", Target: "e_held"}, "kind"},
		{accord.Correction{Kind: accord.CorrectHideEngagement, Target: "e_nowhere"}, "engagement"},
		{accord.Correction{Kind: accord.CorrectHideEngagement, Target: "t_trade"}, "engagement"},
		{accord.Correction{Kind: accord.CorrectRedateEngagement, Target: "e_held", Value: "2025-02-30"}, "date"},
		{accord.Correction{Kind: accord.CorrectRetypeEngagement, Target: "e_held", Value: "lunch"}, "type"},
		{accord.Correction{Kind: accord.CorrectHideTarget, Target: "t_none"}, "target"},
		{accord.Correction{Kind: accord.CorrectDetachStatement, Target: "t_trade", Articles: []string{"ffffffffffffffff"}}, "statement"},
		{accord.Correction{Kind: accord.CorrectMergeActors, Target: "p_lee", Other: "p_nobody"}, "other"},
		{accord.Correction{Kind: accord.CorrectMergeActors, Target: "p_lee", Other: "country:KR"}, "other"},
		{accord.Correction{Kind: accord.CorrectMergeActors, Target: "p_lee", Other: "p_lee"}, "other"},
		{accord.Correction{Kind: accord.CorrectSplitActor, Target: "p_lee", Articles: []string{"0123456789abcdef", "fedcba9876543210"}}, "articles"},
		{accord.Correction{Kind: accord.CorrectSplitActor, Target: "p_lee", Articles: []string{"ffffffffffffffff"}}, "articles"},
	} {
		tc.c.Note, tc.c.Author = "x", "storetest"
		_, err := curate.Add(ctx, s, tc.c)
		var e *accord.Error
		if accord.ErrorCode(err) != accord.EINVALID || !errors.As(err, &e) || e.Where != tc.where {
			t.Errorf("%s %s: error %v, want EINVALID at %q", tc.c.Kind, tc.c.Target, err, tc.where)
		}
	}
	if _, err := curate.Add(ctx, s, accord.Correction{Kind: accord.CorrectHideTarget, Target: "t_trade", Author: "x"}); accord.ErrorCode(err) != accord.EINVALID {
		t.Errorf("a correction without a note: %v", err)
	}
}
