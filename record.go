package accord

import (
	"slices"
	"strings"
)

// Record is the consolidated record: actors, engagements and targets across
// all articles. Views (timeline, brief, export) read it.
type Record struct {
	Actors      []Actor      `json:"actors"`
	Engagements []Engagement `json:"engagements"` // held engagements
	Pending     []Engagement `json:"pending"`     // invitations not yet fulfilled (or closed, with ClosedBy)
	Targets     []Target     `json:"targets"`
}

// Entity kinds of the record, for RecordChange deletions.
const (
	KindActor      = "actor"
	KindEngagement = "engagement" // held and pending engagements alike
	KindTarget     = "target"
)

// RecordChange is an update of the record: entities to insert or replace
// (by id) and entities to delete.
type RecordChange struct {
	Actors      []Actor
	Engagements []Engagement // Status says whether held or pending
	Targets     []Target
	Deleted     []EntityRef
	// Reset deletes the whole record before applying the change (a rebuild).
	Reset bool
}

// EntityRef names one entity of the record.
type EntityRef struct {
	Kind string
	ID   string
}

// ActorIndex maps every key and id of the record's actors to the actor.
func (r *Record) ActorIndex() map[string]*Actor {
	m := make(map[string]*Actor, 2*len(r.Actors))
	for i := range r.Actors {
		a := &r.Actors[i]
		m[a.ID] = a
		for _, k := range a.Keys {
			m[k] = a
		}
	}
	return m
}

// MissingActors returns the ids of the actors r's engagements and targets
// refer to (participants, countries taking part, holders) that r.Actors does
// not hold, in the order first met: what a part of the record needs to be
// shown.
func (r *Record) MissingActors() []string {
	have := make(map[string]bool, len(r.Actors))
	for _, a := range r.Actors {
		have[a.ID] = true
	}
	var want []string
	need := func(id string) {
		if id != "" && !have[id] {
			have[id] = true
			want = append(want, id)
		}
	}
	for _, list := range [][]Engagement{r.Engagements, r.Pending} {
		for _, e := range list {
			for _, p := range e.Participants {
				need(p)
			}
			for _, c := range e.Countries {
				need(c)
			}
		}
	}
	for _, t := range r.Targets {
		for _, h := range t.Holders {
			need(h)
		}
	}
	return want
}

// SortParts puts a part of the record in the order stores give it: actors
// and targets by id, engagements by (date, id).
func (r *Record) SortParts() {
	slices.SortFunc(r.Actors, func(a, b Actor) int { return strings.Compare(a.ID, b.ID) })
	byDate := func(a, b Engagement) int {
		if a.Date != b.Date {
			return strings.Compare(a.Date, b.Date)
		}
		return strings.Compare(a.ID, b.ID)
	}
	slices.SortFunc(r.Engagements, byDate)
	slices.SortFunc(r.Pending, byDate)
	slices.SortFunc(r.Targets, func(a, b Target) int { return strings.Compare(a.ID, b.ID) })
}
