// Package curate applies analysts' corrections (accord.Correction) to the
// consolidated record, and adds, lists and undoes them against a store.
//
// Corrections are curation kept beside the extracted facts, in their own
// table of each store. They are applied where the record is written: every
// SaveRecord passes its change through Apply, so that whatever writes the
// record (an ingest batch, a rebuild from the facts, a correction's own
// refresh) writes it corrected. A corrected entity keeps the entity as
// consolidation made it in its Curation.Original; consolidation merges new
// facts into that original (accord.Uncurate), and never into the corrected
// entity, so the record it builds is the one it would build without
// corrections, and the corrections are applied again on save.
//
// Corrections name entities by id. Ids derive from content (the first
// report of an engagement, the first statement of a target, an actor's
// country and name), never from ingest order, and are the same after a
// re-ingest or a rebuild. Should one change (a backfill of articles older
// than an engagement's first report, or that report's article removed),
// the correction stays stored but applies to nothing: Dormant lists such
// corrections, with their Anchor (the evidence sentence, "article:start",
// or an actor's first article key) to find the entity again by. The
// anchor does not match by itself: one sentence may report several
// engagements (a visit, its talks and its press conference).
package curate

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
)

// Apply returns c with the corrections applied to every entity it writes:
// each is first put back as consolidation made it (its Original), then
// corrected, with a Curation saying how. An actor split off by a
// correction is written beside the actor it comes from. c is not changed;
// with no corrections and nothing curated, c itself is returned.
func Apply(c *accord.RecordChange, corrs []accord.Correction) *accord.RecordChange {
	if c == nil || (len(corrs) == 0 && !anyCurated(c)) {
		return c
	}
	ix := newIndex(corrs)
	out := *c
	out.Actors = make([]accord.Actor, 0, len(c.Actors))
	// An actor a split made is made again from the actor split, which
	// takes back its keys first.
	splitOff := map[string][]string{}
	for _, a := range c.Actors {
		if a.Curation != nil && a.Curation.SplitFrom != "" {
			splitOff[a.Curation.SplitFrom] = append(splitOff[a.Curation.SplitFrom], a.Keys...)
		}
	}
	for _, a := range c.Actors {
		if a.Curation != nil && a.Curation.SplitFrom != "" {
			continue
		}
		if back := splitOff[a.ID]; len(back) > 0 {
			a.Keys = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a.Keys), back...))))
		}
		accord.UncurateEntity(&a)
		if len(ix.actors[a.ID]) == 0 {
			out.Actors = append(out.Actors, a)
			continue
		}
		orig := original(&a)
		var cur accord.Curation
		var split []accord.Actor
		for _, k := range ix.actors[a.ID] {
			switch k.Kind {
			case accord.CorrectMergeActors:
				if k.Target == a.ID {
					cur.MergedInto = ix.resolve(k.Other)
					cur.Marks = append(cur.Marks, mark(k, "merged into "+k.Other))
				} else {
					cur.Marks = append(cur.Marks, mark(k, "merged from "+k.Target))
				}
			case accord.CorrectSplitActor:
				moved, kept := splitKeys(a.Keys, k.Articles)
				a.Keys = kept
				split = append(split, accord.Actor{ID: SplitID(k), Type: a.Type, Name: a.Name, Country: a.Country,
					Roles: []string{}, Aliases: []string{}, Keys: moved,
					Curation: &accord.Curation{SplitFrom: a.ID, Marks: []accord.CorrectionMark{mark(k, "split from "+a.ID)}}})
				cur.Marks = append(cur.Marks, mark(k, "mentions in "+strings.Join(k.Articles, ", ")+" split off as "+SplitID(k)))
			}
		}
		if len(cur.Marks) > 0 {
			cur.Original = orig
			a.Curation = &cur
		}
		out.Actors = append(out.Actors, a)
		out.Actors = append(out.Actors, split...)
	}
	out.Engagements = make([]accord.Engagement, 0, len(c.Engagements))
	for _, e := range c.Engagements {
		accord.UncurateEntity(&e)
		ks := ix.entity(e.ID, e.Reports)
		ps, pmarks := ix.participants(&e)
		if len(ks) == 0 && pmarks == nil {
			out.Engagements = append(out.Engagements, e)
			continue
		}
		orig := original(&e)
		var cur accord.Curation
		for _, k := range ks {
			switch k.Kind {
			case accord.CorrectHideEngagement:
				cur.Hidden = true
				cur.Marks = append(cur.Marks, mark(k, "hidden"))
			case accord.CorrectRedateEngagement:
				cur.Marks = append(cur.Marks, mark(k, "date "+e.Date+" → "+k.Value))
				e.Date = k.Value
				if e.EndDate != "" && (len(e.EndDate) != len(e.Date) || e.EndDate < e.Date) {
					e.EndDate = ""
				}
			case accord.CorrectRetypeEngagement:
				cur.Marks = append(cur.Marks, mark(k, "type "+string(e.Type)+" → "+k.Value))
				e.Type = accord.EngagementType(k.Value)
			}
		}
		if pmarks != nil {
			e.Participants = ps
			cur.Marks = append(cur.Marks, pmarks...)
		}
		if len(cur.Marks) > 0 {
			cur.Original = orig
			e.Curation = &cur
		}
		out.Engagements = append(out.Engagements, e)
	}
	out.Targets = make([]accord.Target, 0, len(c.Targets))
	for _, t := range c.Targets {
		accord.UncurateEntity(&t)
		ks := ix.entity(t.ID, t.Mentions)
		if len(ks) == 0 {
			out.Targets = append(out.Targets, t)
			continue
		}
		orig := original(&t)
		var cur accord.Curation
		for _, k := range ks {
			switch k.Kind {
			case accord.CorrectHideTarget:
				cur.Hidden = true
				cur.Marks = append(cur.Marks, mark(k, "hidden"))
			case accord.CorrectDetachStatement:
				if n := detach(&t, k.Articles); n > 0 {
					cur.Marks = append(cur.Marks, mark(k, fmt.Sprintf("%d statement(s) of %s detached", n, strings.Join(k.Articles, ", "))))
					if len(t.Mentions) == 0 {
						cur.Hidden = true
					}
				}
			}
		}
		if len(cur.Marks) > 0 {
			cur.Original = orig
			t.Curation = &cur
		}
		out.Targets = append(out.Targets, t)
	}
	return &out
}

// SplitID is the id of the actor a split_actor correction makes: the
// prefix of the actor split, the actor and the correction's id.
func SplitID(c accord.Correction) string {
	prefix, _, ok := strings.Cut(c.Target, "_")
	if !ok || prefix == "" {
		prefix = "p"
	}
	return accord.HashID(prefix, "split", c.Target, strconv.FormatInt(c.ID, 10))
}

func anyCurated(c *accord.RecordChange) bool {
	for i := range c.Actors {
		if c.Actors[i].Curation != nil {
			return true
		}
	}
	for i := range c.Engagements {
		if c.Engagements[i].Curation != nil {
			return true
		}
	}
	for i := range c.Targets {
		if c.Targets[i].Curation != nil {
			return true
		}
	}
	return false
}

// original is the JSON of an entity as consolidation made it: without
// curation, and for an actor without its keys, which stores keep apart.
func original(v any) json.RawMessage {
	var b []byte
	switch x := v.(type) {
	case *accord.Actor:
		y := *x
		y.Keys, y.Curation = nil, nil
		b, _ = json.Marshal(&y)
	case *accord.Engagement:
		y := *x
		y.Curation = nil
		b, _ = json.Marshal(&y)
	case *accord.Target:
		y := *x
		y.Curation = nil
		b, _ = json.Marshal(&y)
	}
	return b
}

func mark(c accord.Correction, detail string) accord.CorrectionMark {
	return accord.CorrectionMark{ID: c.ID, Kind: c.Kind, Detail: detail, Note: c.Note, Author: c.Author, Created: c.Created}
}

// index finds the corrections of an entity.
type index struct {
	byID   map[string][]accord.Correction // engagements and targets by id
	actors map[string][]accord.Correction // actors by Target and Other
	merged map[string]string              // actor → actor it is merged into
	splits map[string][]accord.Correction // actor → its splits
}

func newIndex(corrs []accord.Correction) *index {
	ix := &index{byID: map[string][]accord.Correction{},
		actors: map[string][]accord.Correction{}, merged: map[string]string{}, splits: map[string][]accord.Correction{}}
	for _, c := range corrs {
		switch accord.CorrectionKinds[c.Kind] {
		case accord.KindActor:
			ix.actors[c.Target] = append(ix.actors[c.Target], c)
			if c.Kind == accord.CorrectMergeActors {
				ix.actors[c.Other] = append(ix.actors[c.Other], c)
				ix.merged[c.Target] = c.Other
			} else {
				ix.splits[c.Target] = append(ix.splits[c.Target], c)
			}
		case accord.KindEngagement, accord.KindTarget:
			ix.byID[c.Target] = append(ix.byID[c.Target], c)
		}
	}
	return ix
}

// entity returns the corrections of an engagement or target, by id. The
// anchor is not used to match: one sentence may report several
// engagements (a visit, its talks and its press conference).
func (ix *index) entity(id string, _ []accord.Evidence) []accord.Correction {
	return ix.byID[id]
}

// resolve follows merges: A into B, B into C is A into C.
func (ix *index) resolve(id string) string {
	for range 16 {
		next, ok := ix.merged[id]
		if !ok {
			return id
		}
		id = next
	}
	return id
}

// participants returns an engagement's participants with merged actors
// replaced by the actor they were merged into and split actors by the
// split, when every article of the engagement is one of the split's; nil
// marks when nothing changed.
func (ix *index) participants(e *accord.Engagement) ([]string, []accord.CorrectionMark) {
	if len(ix.merged) == 0 && len(ix.splits) == 0 {
		return nil, nil
	}
	var out []string
	var marks []accord.CorrectionMark
	for _, p := range e.Participants {
		q := p
		for _, k := range ix.splits[p] {
			if reportedOnlyIn(e, k.Articles) {
				q = SplitID(k)
				marks = append(marks, mark(k, "participant "+p+" → "+q))
				break
			}
		}
		if q == p {
			if r := ix.resolve(p); r != p {
				for _, k := range ix.actors[p] {
					if k.Kind == accord.CorrectMergeActors && k.Target == p {
						marks = append(marks, mark(k, "participant "+p+" → "+r))
						break
					}
				}
				q = r
			}
		}
		if !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	return out, marks
}

func reportedOnlyIn(e *accord.Engagement, articles []string) bool {
	n := 0
	for _, evs := range [][]accord.Evidence{e.Reports, e.Refs} {
		for _, ev := range evs {
			if !slices.Contains(articles, ev.Article) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// splitKeys parts an actor's article keys ("article/key") into those of
// the articles given and the others.
func splitKeys(keys, articles []string) (moved, kept []string) {
	for _, k := range keys {
		art, _, _ := strings.Cut(k, "/")
		if slices.Contains(articles, art) {
			moved = append(moved, k)
		} else {
			kept = append(kept, k)
		}
	}
	return moved, kept
}

// Anchor is the stable name of an evidence sentence: "article:start".
func Anchor(ev accord.Evidence) string {
	return ev.Article + ":" + strconv.Itoa(ev.Start)
}

// statementIn reports whether ev is one of the statements named ("article"
// or "article:start").
func statementIn(ev accord.Evidence, names []string) bool {
	for _, n := range names {
		if n == ev.Article || n == Anchor(ev) {
			return true
		}
	}
	return false
}

// detach takes the statements named out of a target's mentions and
// history, and returns how many mentions it took; the target then shows
// its latest remaining statement.
func detach(t *accord.Target, names []string) int {
	before := len(t.Mentions)
	t.Mentions = slices.DeleteFunc(slices.Clone(t.Mentions), func(ev accord.Evidence) bool { return statementIn(ev, names) })
	hist := slices.DeleteFunc(slices.Clone(t.History), func(h accord.Restatement) bool { return statementIn(h.Evidence, names) })
	if len(hist) != len(t.History) {
		if len(hist) > 0 && len(hist[0].Changes) > 0 {
			hist[0].Changes = nil // the first statement changes nothing
		}
		t.History = hist
		if n := len(hist); n > 0 {
			last := hist[n-1]
			t.Value, t.Comparator, t.Deadline, t.Period, t.Qualifier = last.Value, last.Comparator, last.Deadline, last.Period, last.Qualifier
		}
	}
	return before - len(t.Mentions)
}
