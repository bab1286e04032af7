package accord

// ExportSchema names the export contract of docs/export.md.
const ExportSchema = "accord.export/v1"

// Export is the accord.export/v1 document. Fields may be added; the ones of
// the contract are never renamed or dropped.
type Export struct {
	Schema      string             `json:"schema"`
	Articles    []ExportArticle    `json:"articles"`
	Actors      []ExportActor      `json:"actors"`
	Engagements []ExportEngagement `json:"engagements"`
	Targets     []ExportTarget     `json:"targets"`
	// Pending engagements (invitations) are an addition to the contract, kept
	// apart so that consumers of engagements see only what happened.
	Pending []ExportEngagement `json:"pending"`
	// Corrections are the analysts' corrections applied to the facts above
	// (hidden engagements and targets, merged actors left out; dates,
	// types, participants and statements as corrected; each corrected
	// entity with its marks). Absent when there are none.
	Corrections []Correction `json:"corrections,omitempty"`
}

// ExportArticle is an article in the export: nulls where nothing is known.
type ExportArticle struct {
	ID        string   `json:"id"`
	File      string   `json:"file"`
	Title     string   `json:"title"`
	URL       *string  `json:"url"`
	Published string   `json:"published"`
	Dateline  *string  `json:"dateline"`
	Source    *string  `json:"source"`
	Actors    []string `json:"actors"`
	Areas     []string `json:"areas"`
}

// ExportActor is an actor in the export.
type ExportActor struct {
	ID      string    `json:"id"`
	Type    ActorType `json:"type"`
	Name    string    `json:"name"`
	Country *string   `json:"country"`
	Roles   []string  `json:"roles"`
	Aliases []string  `json:"aliases"`
	Offices []Office  `json:"offices,omitempty"`
	// Corrections mark what analysts corrected in it (see Export.Corrections).
	Corrections []CorrectionMark `json:"corrections,omitempty"`
}

// ExportPlace is an engagement's place in the export.
type ExportPlace struct {
	Name    *string `json:"name"`
	Country *string `json:"country"`
}

// ExportEngagement is an engagement in the export.
type ExportEngagement struct {
	ID           string         `json:"id"`
	Type         EngagementType `json:"type"`
	Date         string         `json:"date"`
	EndDate      string         `json:"end_date,omitempty"`
	Place        ExportPlace    `json:"place"`
	Participants []string       `json:"participants"`
	Countries    []string       `json:"countries"`
	Level        string         `json:"level,omitempty"`
	Status       string         `json:"status,omitempty"`
	Parent       string         `json:"parent,omitempty"`
	Areas        []string       `json:"areas,omitempty"`
	Reports      []Evidence     `json:"reports"`
	Refs         []Evidence     `json:"refs,omitempty"`
	ClosedBy     string         `json:"closed_by,omitempty"`
	// Corrections mark what analysts corrected in it (see Export.Corrections).
	Corrections []CorrectionMark `json:"corrections,omitempty"`
}

// ExportTarget is a target in the export.
type ExportTarget struct {
	ID         string        `json:"id"`
	Metric     string        `json:"metric"`
	Value      float64       `json:"value"`
	Unit       string        `json:"unit"`
	Comparator string        `json:"comparator"`
	Deadline   *string       `json:"deadline"`
	Period     *string       `json:"period"`
	Qualifier  string        `json:"qualifier,omitempty"`
	Holders    []string      `json:"holders"`
	Mentions   []Evidence    `json:"mentions"`
	History    []Restatement `json:"history,omitempty"`
	// Corrections mark what analysts corrected in it (see Export.Corrections).
	Corrections []CorrectionMark `json:"corrections,omitempty"`
}

// NullString returns nil for "", else a pointer to s: JSON null for unknowns.
func NullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
