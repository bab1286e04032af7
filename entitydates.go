package accord

import "context"

// DateReader is a RecordReader that also lists the entities a query
// selects with their dates and statuses, reading no entity: a briefing
// counts the gatherings of more countries two countries both attended
// (851 for the busiest pair of a million generated articles, each with
// dozens of reports) and shows nothing else of them. Views use it when the
// store has it, and read the entities when not.
type DateReader interface {
	// EntityDates returns the kind, id, date (as the key index has it) and
	// status of each entity q selects by its keys (Keys, All, Kind, From,
	// To and Limit as RecordOf has them; the rest is ignored), in no
	// particular order. ok is false when an index date may not be the
	// entity's own (a correction may have redated it): read the entities.
	EntityDates(ctx context.Context, q RecordQuery) (ds []EntityDate, ok bool, err error)
}

// EntityDate is an entity's kind, id, date and status (EntityDates).
type EntityDate struct {
	Kind, ID, Date, Status string
}
