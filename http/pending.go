package http

import (
	"time"

	accord "github.com/accordhq/accord"
)

// Invitations (pending engagements) are dated by the invitation itself: the
// first report of it, which is when consolidate counts it as issued (see
// consolidate's closes). The visit's own date is mostly unknown.

// invitationLapse is how long an invitation stays open without the visit.
const invitationLapse = 365 * 24 * time.Hour

// today is the day lapses are counted to; a variable so tests can fix it.
var today = func() time.Time { return time.Now().UTC() }

// invitedOn returns the date an invitation was first reported, or "".
func invitedOn(e *accord.Engagement) string {
	d := ""
	for _, r := range e.Reports {
		if r.Published != "" && (d == "" || r.Published < d) {
			d = r.Published
		}
	}
	return d
}

// Invitation states, as pages show them.
const (
	inviteOpen   = "open"
	inviteClosed = "taken up"
	inviteLapsed = "lapsed"
)

// invitationState says whether an invitation was taken up by a visit, is
// still open, or lapsed: a year passed without the visit in the record.
func invitationState(e *accord.Engagement) string {
	if e.ClosedBy != "" {
		return inviteClosed
	}
	on := invitedOn(e)
	if on == "" {
		return inviteOpen
	}
	t, err := time.Parse(time.DateOnly, on[:min(len(on), 10)])
	if err != nil {
		return inviteOpen
	}
	if today().Sub(t) > invitationLapse {
		return inviteLapsed
	}
	return inviteOpen
}
