package accord

import (
	"context"
	"encoding/json"
)

// Kinds of Correction: what an analyst may correct in the record.
const (
	CorrectMergeActors      = "merge_actors"      // Target merged into Other
	CorrectSplitActor       = "split_actor"       // Target's mentions in Articles become a new actor
	CorrectHideEngagement   = "hide_engagement"   // Target is left out of every view
	CorrectRedateEngagement = "redate_engagement" // Target's date is Value
	CorrectRetypeEngagement = "retype_engagement" // Target's type is Value
	CorrectHideTarget       = "hide_target"       // Target is left out of every view
	CorrectDetachStatement  = "detach_statement"  // Target's statements in Articles are not its own
)

// CorrectionKinds lists every kind, with the kind of entity its Target names.
var CorrectionKinds = map[string]string{
	CorrectMergeActors:      KindActor,
	CorrectSplitActor:       KindActor,
	CorrectHideEngagement:   KindEngagement,
	CorrectRedateEngagement: KindEngagement,
	CorrectRetypeEngagement: KindEngagement,
	CorrectHideTarget:       KindTarget,
	CorrectDetachStatement:  KindTarget,
}

// Correction is an analyst's correction of the consolidated record: curation
// kept beside the extracted facts, never an edit of them. Stores apply the
// corrections to every entity they save (see package curate), so that a
// correction holds through re-ingest and rebuilds.
type Correction struct {
	ID   int64  `json:"id"`
	Kind string `json:"kind"`
	// Target is the id of the entity corrected (an actor, an engagement or a
	// target, as CorrectionKinds says).
	Target string `json:"target"`
	// Other is, for merge_actors, the actor Target is merged into.
	Other string `json:"other,omitempty"`
	// Value is the new date (redate_engagement) or type (retype_engagement).
	Value string `json:"value,omitempty"`
	// Articles are, for split_actor, the articles whose mentions of Target
	// are another actor; for detach_statement, the statements detached, as
	// "article" (every statement of the article) or "article:start".
	Articles []string `json:"articles,omitempty"`
	// Anchor finds Target again should its id change (a backfill of older
	// articles may change a content-derived id): "article:start" of an
	// engagement's first report or a target's first mention; an actor's
	// first article-local key.
	Anchor  string `json:"anchor,omitempty"`
	Note    string `json:"note"`              // why
	Author  string `json:"author"`            // who
	Created string `json:"created,omitempty"` // when, RFC 3339 (set by the store)
}

// KeyActorHidden is the key of a participant of an engagement a correction
// hides ("ax:" and the actor's id): not a key views read or count, but the
// one a correction of the actor finds the engagement by.
const KeyActorHidden = "ax:"

// Curator is implemented by stores that keep corrections (both stores do).
type Curator interface {
	// AddCorrection stores c and returns it with its ID (a new one, unless
	// c has one: a copy keeps ids) and Created (when empty) set.
	AddCorrection(ctx context.Context, c Correction) (Correction, error)
	// Corrections lists every correction, oldest first.
	Corrections(ctx context.Context) ([]Correction, error)
	// DeleteCorrection removes one correction, or returns ENOTFOUND.
	DeleteCorrection(ctx context.Context, id int64) error
}

// Curation is what corrections changed in one entity of the record: the
// marks pages and the export show, and the entity as consolidation made it
// (Original), which consolidation merges into instead of the corrected one.
type Curation struct {
	Marks      []CorrectionMark `json:"marks"`
	Hidden     bool             `json:"hidden,omitempty"`
	MergedInto string           `json:"merged_into,omitempty"`
	// SplitFrom is set on an actor made by a split_actor correction: no
	// consolidation made it, and consolidation never reads it.
	SplitFrom string          `json:"split_from,omitempty"`
	Original  json.RawMessage `json:"original,omitempty"`
}

// CorrectionMark is one correction applied to an entity, as shown with it.
type CorrectionMark struct {
	ID      int64  `json:"id"`
	Kind    string `json:"kind"`
	Detail  string `json:"detail"` // what changed: "date 2025-03-04 → 2025-03-05"
	Note    string `json:"note"`
	Author  string `json:"author"`
	Created string `json:"created,omitempty"`
}

// Curated reports whether v (an *Actor, *Engagement or *Target) is left out
// of views by a correction: hidden, or an actor merged into another.
func Curated(v any) (hidden bool) {
	c := curationOf(v)
	return c != nil && (c.Hidden || c.MergedInto != "")
}

func curationOf(v any) *Curation {
	switch x := v.(type) {
	case *Actor:
		return x.Curation
	case *Engagement:
		return x.Curation
	case *Target:
		return x.Curation
	}
	return nil
}

// Uncurate puts back in rec the entities as consolidation made them, before
// any correction, and drops the actors corrections made: consolidation
// merges new facts into what it made, so that the record it builds does
// not depend on corrections (stores apply them again on save).
func Uncurate(rec *Record) {
	if rec == nil {
		return
	}
	n := 0
	for _, a := range rec.Actors {
		if a.Curation != nil && a.Curation.SplitFrom != "" {
			continue
		}
		if a.Curation != nil {
			keys := a.Keys
			uncurate(&a)
			a.Keys = keys
		}
		rec.Actors[n] = a
		n++
	}
	rec.Actors = rec.Actors[:n]
	for _, list := range [][]Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			uncurate(&list[i])
		}
	}
	for i := range rec.Targets {
		uncurate(&rec.Targets[i])
	}
}

// UncurateEntity is Uncurate for one *Actor, *Engagement or *Target.
func UncurateEntity(v any) {
	if a, ok := v.(*Actor); ok && a.Curation != nil {
		keys := a.Keys
		uncurate(a)
		a.Keys = keys
		return
	}
	uncurate(v)
}

// uncurate replaces an entity by its Original, if it has one.
func uncurate(v any) {
	c := curationOf(v)
	if c == nil {
		return
	}
	orig := c.Original
	switch x := v.(type) {
	case *Actor:
		*x = Actor{}
	case *Engagement:
		*x = Engagement{}
	case *Target:
		*x = Target{}
	}
	if len(orig) > 0 {
		// Original is what this program marshalled: it decodes.
		_ = json.Unmarshal(orig, v)
	}
}
