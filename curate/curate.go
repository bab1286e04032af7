package curate

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// curator returns the store's corrections, or EINVALID when it keeps none.
func curator(s accord.Store) (accord.Curator, error) {
	c, ok := s.(accord.Curator)
	if !ok {
		return nil, accord.Errorf(accord.EINVALID, "this store keeps no corrections")
	}
	return c, nil
}

// List returns every correction of the store, oldest first.
func List(ctx context.Context, s accord.Store) ([]accord.Correction, error) {
	cs, err := curator(s)
	if err != nil {
		return nil, err
	}
	return cs.Corrections(ctx)
}

// Add checks c against the record (Check), stores it and applies it to the
// stored record. It returns the correction as stored.
func Add(ctx context.Context, s accord.Store, c accord.Correction) (accord.Correction, error) {
	cs, err := curator(s)
	if err != nil {
		return c, err
	}
	if c, err = Check(ctx, s, c); err != nil {
		return c, err
	}
	if c.Created == "" {
		c.Created = time.Now().UTC().Format(time.RFC3339)
	}
	err = locked(ctx, s, func(ctx context.Context) error {
		if c, err = cs.AddCorrection(ctx, c); err != nil {
			return err
		}
		return Refresh(ctx, s, c, false)
	})
	return c, err
}

// Undo removes a correction and puts the entities it corrected back as
// the remaining corrections leave them. It returns the correction removed.
func Undo(ctx context.Context, s accord.Store, id int64) (accord.Correction, error) {
	cs, err := curator(s)
	if err != nil {
		return accord.Correction{}, err
	}
	var c accord.Correction
	err = locked(ctx, s, func(ctx context.Context) error {
		all, err := cs.Corrections(ctx)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(all, func(c accord.Correction) bool { return c.ID == id })
		if i < 0 {
			return accord.ErrorAt(accord.ENOTFOUND, "id", "no correction %d", id)
		}
		c = all[i]
		if err := cs.DeleteCorrection(ctx, id); err != nil {
			return err
		}
		return Refresh(ctx, s, c, true)
	})
	return c, err
}

// locked runs fn under the store's record lock, when it has one, so that a
// correction's refresh never interleaves with a consolidation.
func locked(ctx context.Context, s accord.Store, fn func(context.Context) error) error {
	if l, ok := s.(accord.RecordLocker); ok {
		return l.WithRecordLock(ctx, fn)
	}
	return fn(ctx)
}

// Refresh saves again the stored entities a correction touches, so that the
// store applies the corrections it now has to them: after a correction is
// added, or (undone) removed.
func Refresh(ctx context.Context, s accord.Store, c accord.Correction, undone bool) error {
	ids := []string{c.Target}
	if c.Other != "" {
		ids = append(ids, c.Other)
	}
	if c.Kind == accord.CorrectSplitActor {
		ids = append(ids, SplitID(c))
	}
	rec, err := s.RecordOf(ctx, accord.RecordQuery{IDs: ids})
	if err != nil {
		return err
	}
	change := &accord.RecordChange{Targets: rec.Targets}
	change.Engagements = append(append(change.Engagements, rec.Engagements...), rec.Pending...)
	kind := accord.CorrectionKinds[c.Kind]
	if kind == accord.KindActor {
		var keys []string
		for _, id := range ids {
			keys = append(keys, accord.KeyActor+id, accord.KeyActorHidden+id)
		}
		more, err := s.RecordOf(ctx, accord.RecordQuery{Keys: keys, Kind: accord.KindEngagement})
		if err != nil {
			return err
		}
		change.Engagements = append(append(change.Engagements, more.Engagements...), more.Pending...)
		var splitKeys []string
		for _, a := range rec.Actors {
			ks, err := s.KeysOf(ctx, a.ID)
			if err != nil {
				return err
			}
			if a.ID == SplitID(c) {
				splitKeys = ks
				if undone {
					change.Deleted = append(change.Deleted, accord.EntityRef{Kind: accord.KindActor, ID: a.ID})
				}
				continue
			}
			a.Keys = ks
			change.Actors = append(change.Actors, a)
		}
		// The split's keys go back to the actor split (deletions come
		// first: the actor's keys are written after).
		for i := range change.Actors {
			if change.Actors[i].ID == c.Target {
				change.Actors[i].Keys = slices.Compact(slices.Sorted(slices.Values(append(change.Actors[i].Keys, splitKeys...))))
			}
		}
	}
	change.Engagements = uniqueBy(change.Engagements, func(e accord.Engagement) string { return e.ID })
	change.Targets = uniqueBy(change.Targets, func(t accord.Target) string { return t.ID })
	if len(change.Actors)+len(change.Engagements)+len(change.Targets)+len(change.Deleted) == 0 {
		return nil
	}
	return s.SaveRecord(ctx, change)
}

func uniqueBy[T any](list []T, id func(T) string) []T {
	seen := map[string]bool{}
	return slices.DeleteFunc(list, func(v T) bool {
		k := id(v)
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

// Check validates a correction against the record: a known kind, a note,
// an entity of the kind the correction corrects, a real date, a known
// type, statements the target has. Every error is EINVALID naming the
// field. It returns c with its Anchor set and its fields trimmed.
func Check(ctx context.Context, s accord.Store, c accord.Correction) (accord.Correction, error) {
	c.Target, c.Other, c.Value = strings.TrimSpace(c.Target), strings.TrimSpace(c.Other), strings.TrimSpace(c.Value)
	c.Note, c.Author = strings.TrimSpace(c.Note), strings.TrimSpace(c.Author)
	kind, ok := accord.CorrectionKinds[c.Kind]
	if !ok {
		return c, accord.ErrorAt(accord.EINVALID, "kind", "unknown correction %q; want one of %s", c.Kind, strings.Join(Kinds(), ", "))
	}
	if c.Note == "" {
		return c, accord.ErrorAt(accord.EINVALID, "note", "a correction needs a note saying why")
	}
	if c.Author == "" {
		return c, accord.ErrorAt(accord.EINVALID, "author", "a correction needs an author")
	}
	field := kind
	if c.Target == "" {
		return c, accord.ErrorAt(accord.EINVALID, field, "no %s id", kind)
	}
	want := []string{c.Target}
	if c.Kind == accord.CorrectMergeActors {
		if c.Other == "" {
			return c, accord.ErrorAt(accord.EINVALID, "other", "merge_actors needs the actor to merge into")
		}
		if c.Other == c.Target {
			return c, accord.ErrorAt(accord.EINVALID, "other", "an actor cannot be merged into itself")
		}
		want = append(want, c.Other)
	}
	rec, err := s.RecordOf(ctx, accord.RecordQuery{IDs: want})
	if err != nil {
		return c, err
	}
	actors := map[string]*accord.Actor{}
	for i := range rec.Actors {
		actors[rec.Actors[i].ID] = &rec.Actors[i]
	}
	switch kind {
	case accord.KindActor:
		a := actors[c.Target]
		if a == nil {
			return c, accord.ErrorAt(accord.EINVALID, "actor", "no actor %q", c.Target)
		}
		if a.Type == accord.Country {
			return c, accord.ErrorAt(accord.EINVALID, "actor", "%s is a country: countries are their ISO codes and are not merged or split", c.Target)
		}
		if a.Curation != nil && (a.Curation.MergedInto != "" || a.Curation.SplitFrom != "") {
			return c, accord.ErrorAt(accord.EINVALID, "actor", "%s is itself a correction's (merged or split off); undo that one instead", c.Target)
		}
		keys, err := s.KeysOf(ctx, a.ID)
		if err != nil {
			return c, err
		}
		if len(keys) > 0 {
			c.Anchor = keys[0]
		}
		if c.Kind == accord.CorrectMergeActors {
			b := actors[c.Other]
			if b == nil {
				return c, accord.ErrorAt(accord.EINVALID, "other", "no actor %q", c.Other)
			}
			if b.Type != a.Type {
				return c, accord.ErrorAt(accord.EINVALID, "other", "%s is a %s and %s a %s: only actors of one type merge", a.ID, a.Type, b.ID, b.Type)
			}
			if b.Curation != nil && (b.Curation.MergedInto != "" || b.Curation.SplitFrom != "") {
				return c, accord.ErrorAt(accord.EINVALID, "other", "%s is merged into another actor or split off; merge into that one", b.ID)
			}
			c.Articles = nil
		} else {
			c.Other = ""
			if len(c.Articles) == 0 {
				return c, accord.ErrorAt(accord.EINVALID, "articles", "split_actor needs the articles whose mentions are another actor")
			}
			for _, art := range c.Articles {
				if !slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, art+"/") }) {
					return c, accord.ErrorAt(accord.EINVALID, "articles", "article %q does not mention actor %s", art, c.Target)
				}
			}
			if len(c.Articles) >= len(articlesOf(keys)) {
				return c, accord.ErrorAt(accord.EINVALID, "articles", "every article of %s is named: nothing would be left of it", c.Target)
			}
		}
		c.Value = ""
	case accord.KindEngagement:
		var e *accord.Engagement
		for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
			for i := range list {
				if list[i].ID == c.Target {
					e = &list[i]
				}
			}
		}
		if e == nil {
			return c, accord.ErrorAt(accord.EINVALID, "engagement", "no engagement %q", c.Target)
		}
		if len(e.Reports) > 0 {
			c.Anchor = Anchor(e.Reports[0])
		}
		switch c.Kind {
		case accord.CorrectRedateEngagement:
			if !ValidDate(c.Value) {
				return c, accord.ErrorAt(accord.EINVALID, "date", "want a date YYYY-MM-DD or YYYY-MM, got %q", c.Value)
			}
		case accord.CorrectRetypeEngagement:
			if !slices.Contains(accord.EngagementTypes, accord.EngagementType(c.Value)) {
				return c, accord.ErrorAt(accord.EINVALID, "type", "unknown engagement type %q; want one of %s", c.Value, typeList())
			}
		default:
			c.Value = ""
		}
		c.Other, c.Articles = "", nil
	case accord.KindTarget:
		if len(rec.Targets) == 0 || rec.Targets[0].ID != c.Target {
			return c, accord.ErrorAt(accord.EINVALID, "target", "no target %q", c.Target)
		}
		t := rec.Targets[0]
		if t.Curation != nil {
			accord.UncurateEntity(&t)
		}
		if len(t.Mentions) > 0 {
			c.Anchor = Anchor(t.Mentions[0])
		}
		if c.Kind == accord.CorrectDetachStatement {
			if len(c.Articles) == 0 {
				return c, accord.ErrorAt(accord.EINVALID, "statement", "detach_statement needs the statement: an article id, or article:start")
			}
			for _, st := range c.Articles {
				if !slices.ContainsFunc(t.Mentions, func(ev accord.Evidence) bool { return statementIn(ev, []string{st}) }) {
					return c, accord.ErrorAt(accord.EINVALID, "statement", "target %s has no statement %q", c.Target, st)
				}
			}
		} else {
			c.Articles = nil
		}
		c.Other, c.Value = "", ""
	}
	return c, nil
}

func articlesOf(keys []string) map[string]bool {
	m := map[string]bool{}
	for _, k := range keys {
		if art, _, ok := strings.Cut(k, "/"); ok {
			m[art] = true
		}
	}
	return m
}

// Kinds lists the correction kinds, sorted.
func Kinds() []string {
	var ks []string
	for k := range accord.CorrectionKinds {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func typeList() string {
	var ts []string
	for _, t := range accord.EngagementTypes {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, ", ")
}

// ValidDate reports whether s is a calendar date YYYY-MM-DD or a month
// YYYY-MM.
func ValidDate(s string) bool {
	switch len(s) {
	case 10:
		_, err := time.Parse("2006-01-02", s)
		return err == nil
	case 7:
		_, err := time.Parse("2006-01", s)
		return err == nil
	}
	return false
}

// ParseID parses a correction id.
func ParseID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, accord.ErrorAt(accord.EINVALID, "id", "want a correction id (a positive number), got %q", s)
	}
	return id, nil
}

// Describe is one line saying what a correction does, who made it and why.
func Describe(c accord.Correction) string {
	what := c.Target
	switch c.Kind {
	case accord.CorrectMergeActors:
		what = c.Target + " into " + c.Other
	case accord.CorrectSplitActor:
		what = c.Target + " in " + strings.Join(c.Articles, ", ") + " → " + SplitID(c)
	case accord.CorrectRedateEngagement, accord.CorrectRetypeEngagement:
		what = c.Target + " → " + c.Value
	case accord.CorrectDetachStatement:
		what = c.Target + ": " + strings.Join(c.Articles, ", ")
	}
	return fmt.Sprintf("%d\t%s\t%s\t%s\t%s: %s", c.ID, c.Created, c.Kind, what, c.Author, c.Note)
}

// Dormant returns the corrections whose entities the record no longer has
// (an id changed by a backfill, or its articles removed): they are kept,
// and apply again should the entity come back.
func Dormant(ctx context.Context, s accord.Store, cs []accord.Correction) ([]accord.Correction, error) {
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.Target)
		if c.Other != "" {
			ids = append(ids, c.Other)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	rec, err := s.RecordOf(ctx, accord.RecordQuery{IDs: ids})
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, a := range rec.Actors {
		have[a.ID] = true
	}
	for _, e := range append(rec.Engagements, rec.Pending...) {
		have[e.ID] = true
	}
	for _, t := range rec.Targets {
		have[t.ID] = true
	}
	var out []accord.Correction
	for _, c := range cs {
		if !have[c.Target] || (c.Other != "" && !have[c.Other]) {
			out = append(out, c)
		}
	}
	return out, nil
}
