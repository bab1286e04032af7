package accord

// Comparators of a target's value.
const (
	Eq     = "eq"
	Gte    = "gte"
	Lte    = "lte"
	Approx = "approx"
)

// Target is a quantified goal some party states or reaffirms: one target,
// however many articles mention it.
type Target struct {
	ID         string     `json:"id"`
	Metric     string     `json:"metric"`              // bilateral trade, GDP growth
	Value      float64    `json:"value"`               // base units: US$150 billion → 150000000000
	Unit       string     `json:"unit"`                // USD, percent, count, ISO 4217 code, other
	Comparator string     `json:"comparator"`          // eq, gte, lte, approx
	Deadline   string     `json:"deadline,omitempty"`  // YYYY
	Period     string     `json:"period,omitempty"`    // YYYY-YYYY
	Qualifier  string     `json:"qualifier,omitempty"` // in a more balanced manner
	Holders    []string   `json:"holders"`             // ISO alpha-2
	Mentions   []Evidence `json:"mentions"`
	// History is every statement of the target in date order, with what changed
	// (consolidated record).
	History []Restatement `json:"history,omitempty"`
	// Curation is what analysts' corrections changed (see Correction).
	Curation *Curation `json:"curation,omitempty"`
	// Unlisted counts the statements a bounded read left out of Mentions
	// and History (RecordQuery.Statements): after the first, before the
	// latest. Never stored.
	Unlisted Unlisted `json:"-"`
}

// Unlisted counts the entries left out of a target's lists.
type Unlisted struct{ Mentions, History int }

// Stated returns the number of articles that stated the target, those a
// bounded read left out included.
func (t *Target) Stated() int { return len(t.Mentions) + t.Unlisted.Mentions }

// Restatement is one statement of a target, as worded in one article.
type Restatement struct {
	Evidence
	Holders    []string `json:"holders"`
	Value      float64  `json:"value"`
	Unit       string   `json:"unit"`
	Comparator string   `json:"comparator"`
	Deadline   string   `json:"deadline,omitempty"`
	Period     string   `json:"period,omitempty"`
	Qualifier  string   `json:"qualifier,omitempty"`
	// Changes name what differs from the previous statement: value, deadline,
	// period, comparator, qualifier, holders.
	Changes []string `json:"changes,omitempty"`
}
