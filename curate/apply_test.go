package curate_test

import (
	"fmt"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
	"github.com/google/go-cmp/cmp"
)

func change() *accord.RecordChange {
	ev := func(art string, start int, pub string) accord.Evidence {
		return accord.Evidence{Article: art, Quote: "q", Start: start, End: start + 1, Published: pub}
	}
	return &accord.RecordChange{
		Actors: []accord.Actor{
			{ID: "p_a", Type: accord.Person, Name: "A", Country: "KR", Keys: []string{"art1/person:a", "art2/person:a"}},
			{ID: "p_b", Type: accord.Person, Name: "B", Country: "KR", Keys: []string{"art3/person:b"}},
			{ID: "p_c", Type: accord.Person, Name: "C", Country: "KR"},
		},
		Engagements: []accord.Engagement{
			{ID: "e_visit", Type: accord.Visit, Date: "2025-08-10", EndDate: "2025-08-12", Participants: []string{"p_a", "p_c"},
				Countries: []string{"KR", "VN"}, Status: accord.StatusHeld, Reports: []accord.Evidence{ev("art1", 0, "2025-08-12")}},
			{ID: "e_talks", Type: accord.Talks, Date: "2025-08-11", Participants: []string{"p_a", "p_b"},
				Countries: []string{"KR", "VN"}, Status: accord.StatusHeld, Reports: []accord.Evidence{ev("art1", 0, "2025-08-12"), ev("art2", 5, "2025-08-13")}},
		},
		Targets: []accord.Target{
			{ID: "t_trade", Metric: "trade", Value: 200e9, Unit: "USD", Comparator: accord.Eq, Deadline: "2030", Holders: []string{"KR", "VN"},
				Mentions: []accord.Evidence{ev("art1", 9, "2025-08-12"), ev("art2", 9, "2025-08-13")},
				History: []accord.Restatement{
					{Evidence: ev("art1", 9, "2025-08-12"), Value: 150e9, Unit: "USD", Comparator: accord.Eq, Deadline: "2030"},
					{Evidence: ev("art2", 9, "2025-08-13"), Value: 200e9, Unit: "USD", Comparator: accord.Eq, Deadline: "2030", Changes: []string{"value"}},
				}},
		},
	}
}

func corr(id int64, kind, target string, f ...func(*accord.Correction)) accord.Correction {
	c := accord.Correction{ID: id, Kind: kind, Target: target, Note: fmt.Sprint("note ", id), Author: "t"}
	for _, fn := range f {
		fn(&c)
	}
	return c
}

func engagement(c *accord.RecordChange, id string) *accord.Engagement {
	for i := range c.Engagements {
		if c.Engagements[i].ID == id {
			return &c.Engagements[i]
		}
	}
	return nil
}

func actor(c *accord.RecordChange, id string) *accord.Actor {
	for i := range c.Actors {
		if c.Actors[i].ID == id {
			return &c.Actors[i]
		}
	}
	return nil
}

func TestApply(t *testing.T) {
	split := corr(6, accord.CorrectSplitActor, "p_a", func(c *accord.Correction) { c.Articles = []string{"art1"} })
	tests := []struct {
		name  string
		corrs []accord.Correction
		check func(t *testing.T, c *accord.RecordChange)
	}{
		{"hide", []accord.Correction{corr(1, accord.CorrectHideEngagement, "e_talks")}, func(t *testing.T, c *accord.RecordChange) {
			e := engagement(c, "e_talks")
			if e.Curation == nil || !e.Curation.Hidden || e.Curation.Marks[0].Detail != "hidden" || e.Curation.Marks[0].Note != "note 1" {
				t.Errorf("curation %+v", e.Curation)
			}
			if engagement(c, "e_visit").Curation != nil {
				t.Errorf("another engagement marked")
			}
		}},
		{"redate drops an end date before it", []accord.Correction{corr(2, accord.CorrectRedateEngagement, "e_visit", func(c *accord.Correction) { c.Value = "2025-08-20" })}, func(t *testing.T, c *accord.RecordChange) {
			e := engagement(c, "e_visit")
			if e.Date != "2025-08-20" || e.EndDate != "" || e.Curation.Marks[0].Detail != "date 2025-08-10 → 2025-08-20" {
				t.Errorf("%s–%s %+v", e.Date, e.EndDate, e.Curation.Marks)
			}
		}},
		{"redate keeps an end date after it", []accord.Correction{corr(2, accord.CorrectRedateEngagement, "e_visit", func(c *accord.Correction) { c.Value = "2025-08-09" })}, func(t *testing.T, c *accord.RecordChange) {
			if e := engagement(c, "e_visit"); e.Date != "2025-08-09" || e.EndDate != "2025-08-12" {
				t.Errorf("%s–%s", e.Date, e.EndDate)
			}
		}},
		{"retype", []accord.Correction{corr(3, accord.CorrectRetypeEngagement, "e_talks", func(c *accord.Correction) { c.Value = "meeting" })}, func(t *testing.T, c *accord.RecordChange) {
			if e := engagement(c, "e_talks"); e.Type != accord.Meeting || e.Curation.Marks[0].Detail != "type talks → meeting" {
				t.Errorf("%s %+v", e.Type, e.Curation)
			}
		}},
		{"merge chain", []accord.Correction{
			corr(4, accord.CorrectMergeActors, "p_a", func(c *accord.Correction) { c.Other = "p_b" }),
			corr(5, accord.CorrectMergeActors, "p_b", func(c *accord.Correction) { c.Other = "p_c" }),
		}, func(t *testing.T, c *accord.RecordChange) {
			if got := engagement(c, "e_talks").Participants; !slices.Equal(got, []string{"p_c"}) {
				t.Errorf("talks participants %v, want p_c once", got)
			}
			if got := engagement(c, "e_visit").Participants; !slices.Equal(got, []string{"p_c"}) {
				t.Errorf("visit participants %v", got)
			}
			if a := actor(c, "p_a"); a.Curation == nil || a.Curation.MergedInto != "p_c" {
				t.Errorf("p_a %+v", a.Curation)
			}
			if a := actor(c, "p_c"); a.Curation == nil || a.Curation.MergedInto != "" || len(a.Curation.Marks) != 1 {
				t.Errorf("p_c %+v", a.Curation)
			}
		}},
		{"split", []accord.Correction{split}, func(t *testing.T, c *accord.RecordChange) {
			id := curate.SplitID(split)
			s := actor(c, id)
			if s == nil || s.Curation.SplitFrom != "p_a" || !slices.Equal(s.Keys, []string{"art1/person:a"}) || s.Name != "A" {
				t.Fatalf("split actor %+v", s)
			}
			if a := actor(c, "p_a"); !slices.Equal(a.Keys, []string{"art2/person:a"}) {
				t.Errorf("p_a keeps %v", a.Keys)
			}
			// The visit is reported only in art1; the talks in art1 and art2.
			if got := engagement(c, "e_visit").Participants; !slices.Equal(got, []string{id, "p_c"}) {
				t.Errorf("visit participants %v", got)
			}
			if got := engagement(c, "e_talks").Participants; !slices.Equal(got, []string{"p_a", "p_b"}) {
				t.Errorf("talks participants %v", got)
			}
		}},
		{"detach the latest statement", []accord.Correction{corr(7, accord.CorrectDetachStatement, "t_trade", func(c *accord.Correction) { c.Articles = []string{"art2:9"} })}, func(t *testing.T, c *accord.RecordChange) {
			x := c.Targets[0]
			if x.Value != 150e9 || len(x.Mentions) != 1 || len(x.History) != 1 || x.Curation.Hidden {
				t.Errorf("target %v, %d mentions, %d statements, hidden %v", x.Value, len(x.Mentions), len(x.History), x.Curation.Hidden)
			}
		}},
		{"detach the first statement", []accord.Correction{corr(7, accord.CorrectDetachStatement, "t_trade", func(c *accord.Correction) { c.Articles = []string{"art1"} })}, func(t *testing.T, c *accord.RecordChange) {
			if h := c.Targets[0].History; len(h) != 1 || h[0].Changes != nil {
				t.Errorf("history %+v: the first statement changes nothing", h)
			}
		}},
		{"detach every statement hides", []accord.Correction{corr(7, accord.CorrectDetachStatement, "t_trade", func(c *accord.Correction) { c.Articles = []string{"art1", "art2"} })}, func(t *testing.T, c *accord.RecordChange) {
			if x := c.Targets[0]; !x.Curation.Hidden || len(x.Mentions) != 0 {
				t.Errorf("target %+v", x)
			}
		}},
		{"hide target", []accord.Correction{corr(8, accord.CorrectHideTarget, "t_trade")}, func(t *testing.T, c *accord.RecordChange) {
			if x := c.Targets[0]; !x.Curation.Hidden || len(x.Mentions) != 2 {
				t.Errorf("target %+v", x)
			}
		}},
		{"another entity's correction", []accord.Correction{corr(9, accord.CorrectHideEngagement, "e_elsewhere")}, func(t *testing.T, c *accord.RecordChange) {
			if d := cmp.Diff(change(), c); d != "" {
				t.Errorf("changed (-want +got):\n%s", d)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := change()
			got := curate.Apply(in, tt.corrs)
			if d := cmp.Diff(change(), in); d != "" {
				t.Fatalf("Apply changed its input (-before +after):\n%s", d)
			}
			tt.check(t, got)
			// Applying again what is applied changes nothing.
			if d := cmp.Diff(got, curate.Apply(got, tt.corrs)); d != "" {
				t.Errorf("Apply is not idempotent (-once +twice):\n%s", d)
			}
			// With no correction left, the change is as consolidation made it
			// (but for the actors a split made, and the keys a split moved,
			// which a refresh gives back).
			back := curate.Apply(got, nil)
			want := change()
			if tt.name == "split" {
				back.Actors = slices.DeleteFunc(back.Actors, func(a accord.Actor) bool { return a.ID == curate.SplitID(split) })
				actor(back, "p_a").Keys = actor(want, "p_a").Keys
			}
			if d := cmp.Diff(want, back); d != "" {
				t.Errorf("undone (-want +got):\n%s", d)
			}
		})
	}
}

// TestApplyNothing: with no correction and nothing curated, Apply gives the
// change itself (what every save does when no analyst corrected anything).
func TestApplyNothing(t *testing.T) {
	c := change()
	if got := curate.Apply(c, nil); got != c {
		t.Error("Apply copied a change with nothing to correct")
	}
	if curate.Apply(nil, nil) != nil {
		t.Error("Apply(nil) is not nil")
	}
}

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{"2025-08-11": true, "2025-08": true, "2024-02-29": true, "2025-02-29": false,
		"2025-13": false, "2025": false, "": false, "2025-8-1": false, "2025-08-11T00:00": false, "２０２５-08": false} {
		if got := curate.ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzApply: whatever a correction holds, Apply neither panics nor changes
// its input, and with the corrections gone gives back what consolidation
// made.
func FuzzApply(f *testing.F) {
	f.Add("hide_engagement", "e_talks", "", "", "")
	f.Add("redate_engagement", "e_visit", "", "2025-08-20", "")
	f.Add("merge_actors", "p_a", "p_a", "", "")
	f.Add("detach_statement", "t_trade", "", "", "art1:9")
	f.Add("split_actor", "p_b", "", "", "art3")
	f.Fuzz(func(t *testing.T, kind, target, other, value, article string) {
		c := corr(1, kind, target, func(c *accord.Correction) { c.Other, c.Value, c.Articles = other, value, []string{article} })
		in := change()
		got := curate.Apply(in, []accord.Correction{c})
		if d := cmp.Diff(change(), in); d != "" {
			t.Fatalf("Apply changed its input:\n%s", d)
		}
		back := curate.Apply(got, nil)
		back.Actors = slices.DeleteFunc(back.Actors, func(a accord.Actor) bool { return a.Curation != nil })
		want := change()
		for i := range back.Actors {
			back.Actors[i].Keys = actor(want, back.Actors[i].ID).Keys
		}
		if d := cmp.Diff(want, back); d != "" {
			t.Fatalf("%+v undone (-want +got):\n%s", c, d)
		}
	})
}

// BenchmarkApply: the cost a save pays for corrections, on a batch of 256
// engagements: with none; with 20 hidden (a few of the batch's); with a
// merge of an actor taking part in every one of them.
func BenchmarkApply(b *testing.B) {
	base := change()
	c := &accord.RecordChange{Actors: base.Actors}
	for i := range 256 {
		e := base.Engagements[i%2]
		e.ID = fmt.Sprintf("e_%03d", i)
		c.Engagements = append(c.Engagements, e)
	}
	var corrs []accord.Correction
	for i := range 20 {
		corrs = append(corrs, corr(int64(i+1), accord.CorrectHideEngagement, fmt.Sprintf("e_%03d", i*12)))
	}
	merge := []accord.Correction{corr(21, accord.CorrectMergeActors, "p_a", func(c *accord.Correction) { c.Other = "p_b" })}
	for _, bc := range []struct {
		name  string
		corrs []accord.Correction
	}{{"none", nil}, {"hide20", corrs}, {"merge-in-every", merge}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				curate.Apply(c, bc.corrs)
			}
		})
	}
}
