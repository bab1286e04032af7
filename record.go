package accord

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
