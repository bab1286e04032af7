package knowledge

import "sync"

// Parts is data/parts.json: the phrases that tell who took part in a
// contact besides its principals ("the meeting was attended by …").
type Parts struct {
	// Attendance phrases, folded, "*" for any one word: "attended by",
	// "on the * side".
	Attendance []string `json:"attendance"`
	// ClauseEnds end the list an attendance phrase opens: "A, accompanied
	// by B, met C" lists B only.
	ClauseEnds []string `json:"clause_ends"`
	// Facilities after a name make it a place or thing named after a
	// person: "Dean Acheson Room", "Nobel Prize".
	Facilities []string `json:"facilities"`
	// SubjectAttendance phrases, folded, tell that the subject before them
	// was present at a contact told already when an AttendedNoun follows:
	// "A and B also attended the meeting".
	SubjectAttendance []string `json:"subject_attendance"`
	AttendedNouns     []string `json:"attended_nouns"`
	// SubjectCompanions set off a companion after the subject, between
	// commas: "A, together with B, met C" (folded words).
	SubjectCompanions []string `json:"subject_companions"`
	// TrailingAttendance close a list "with" opens after the contact: "met
	// C, with B in attendance".
	TrailingAttendance []string `json:"trailing_attendance"`
	// GenericOffices are offices of titles.json that name a rank, not a
	// portfolio ("Minister"): holding one makes no two persons peers.
	GenericOffices []string `json:"generic_offices"`
	// PeerOffices group the offices of one portfolio under their several
	// names: "Secretary of State", "Minister of Foreign Affairs".
	PeerOffices [][]string `json:"peer_offices"`
}

var (
	partsOnce sync.Once
	parts     Parts
	partsErr  error
)

// LoadParts returns data/parts.json, loaded once.
func LoadParts() (*Parts, error) {
	partsOnce.Do(func() {
		partsErr = load("data/parts.json", &parts)
	})
	return &parts, partsErr
}
