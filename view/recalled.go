package view

import (
	"context"
	"os"

	accord "github.com/accordhq/accord"
)

// exportRecalled: ACCORD_RECALL=1 exports a recalled event (a reference kept
// with Status mentioned: no held engagement took it) as a held engagement of
// the articles that recall it. Measured behind the switch (eval/read/recall35).
var exportRecalled = os.Getenv("ACCORD_RECALL") != ""

// recalledHeld returns a kept reference as the held engagement the export
// lists: its recalling sentences are its reports.
func recalledHeld(e accord.Engagement) (accord.Engagement, bool) {
	if e.Status != accord.StatusMentioned || len(e.Date) < len("2006-01") || len(e.Refs) == 0 {
		return e, false
	}
	e.Status, e.Reports, e.Refs = accord.StatusHeld, e.Refs, nil
	return e, true
}

// eachRecalled calls fn with every kept reference the export lists as held.
func eachRecalled(ctx context.Context, s Reader, fn func(accord.Engagement) error) error {
	if !exportRecalled {
		return nil
	}
	return s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindEngagement, Status: []string{accord.StatusMentioned}}, func(v any) error {
		if e, ok := recalledHeld(*v.(*accord.Engagement)); ok {
			return fn(e)
		}
		return nil
	})
}
