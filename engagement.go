package accord

// EngagementType is the form of a diplomatic contact.
type EngagementType string

const (
	PhoneCall       EngagementType = "phone_call"
	VideoCall       EngagementType = "video_call"
	Talks           EngagementType = "talks"   // formal bilateral talks
	Meeting         EngagementType = "meeting" // other meetings
	Reception       EngagementType = "reception"
	Visit           EngagementType = "visit" // a state/official/working visit as a whole
	PressConference EngagementType = "press_conference"
	Summit          EngagementType = "summit"
	Signing         EngagementType = "signing"
	Message         EngagementType = "message"
)

// EngagementTypes lists every type, in the schema's order.
var EngagementTypes = []EngagementType{PhoneCall, VideoCall, Talks, Meeting, Reception, Visit, PressConference, Summit, Signing, Message}

// Engagement statuses.
const (
	StatusHeld      = "held"      // reported as happening (the default)
	StatusPending   = "pending"   // invited or planned, not yet reported held
	StatusMentioned = "mentioned" // a past event an article refers to
)

// Levels of the highest participant, for timelines.
const (
	LevelHeadOfState      = "head_of_state"
	LevelHeadOfGovernment = "head_of_government"
	LevelPartyLeader      = "party_leader"
	LevelMinister         = "minister"
	LevelAmbassador       = "ambassador"
	LevelOfficial         = "official"
)

// PlaceRef is where an engagement took place.
type PlaceRef struct {
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
}

// Engagement is one diplomatic contact: one real event, however many articles
// report it.
type Engagement struct {
	ID   string         `json:"id"`
	Type EngagementType `json:"type"`
	// Date is YYYY-MM-DD, or YYYY-MM when only the month is known.
	Date    string   `json:"date"`
	EndDate string   `json:"end_date,omitempty"` // last day, for visits spanning days
	Place   PlaceRef `json:"place"`
	// Reported is the place its reports gave, kept when Place is the place
	// of the visit it was part of (a report filed at home), so that the
	// place is a function of the reports and the visit, whatever the order
	// in which they came. Not exported.
	Reported *PlaceRef `json:"reported_place,omitempty"`
	// Participants are actor ids: persons, or countries/organisations when no
	// person is named.
	Participants []string   `json:"participants"`
	Countries    []string   `json:"countries"`
	Level        string     `json:"level,omitempty"`
	Status       string     `json:"status,omitempty"`
	Parent       string     `json:"parent,omitempty"` // the visit it was part of
	Areas        []string   `json:"areas,omitempty"`
	Reports      []Evidence `json:"reports"`
	// Refs are the articles that mention this engagement as a past event.
	Refs []Evidence `json:"refs,omitempty"`
	// ClosedBy is, for a pending engagement, the engagement that fulfilled it.
	ClosedBy string `json:"closed_by,omitempty"`
	// Curation is what analysts' corrections changed (see Correction).
	Curation *Curation `json:"curation,omitempty"`
}

// DateByPublication is the Evidence.DateBasis of a report whose text gives
// no date: the article's publication date stands, a weak date.
const DateByPublication = "published"

// GatheringSize is the number of countries from which a contact is a
// gathering of many parties (a summit, a leaders' conference call, a
// coalition meeting) rather than a small-group or bilateral contact.
const GatheringSize = 5

// Bilateral reports whether exactly two countries take part: the contacts
// that make a relationship between them.
func (e *Engagement) Bilateral() bool { return len(e.Countries) == 2 }

// Multilateral reports whether more than two countries take part: one
// engagement with all its parties, never a set of pairwise contacts.
func (e *Engagement) Multilateral() bool { return len(e.Countries) > 2 }
