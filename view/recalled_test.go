package view

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// Behind ACCORD_RECALL: a kept reference dated to its month or day is listed
// as held, its recalling sentences as its reports; a year alone is no date
// of a contact, and held or pending engagements are not references.
func TestRecalledHeld35(t *testing.T) {
	ev := []accord.Evidence{{Article: "a1", Quote: "They met in Velora in May."}}
	for _, c := range []struct {
		e    accord.Engagement
		want bool
	}{
		{accord.Engagement{Status: accord.StatusMentioned, Date: "2031-05", Refs: ev}, true},
		{accord.Engagement{Status: accord.StatusMentioned, Date: "2031-05-12", Refs: ev}, true},
		{accord.Engagement{Status: accord.StatusMentioned, Date: "2031", Refs: ev}, false},
		{accord.Engagement{Status: accord.StatusMentioned, Date: "2031-05"}, false},
		{accord.Engagement{Status: accord.StatusPending, Date: "2031-05", Refs: ev}, false},
	} {
		got, ok := recalledHeld(c.e)
		if ok != c.want {
			t.Errorf("%+v: ok = %v, want %v", c.e, ok, c.want)
			continue
		}
		if ok && (got.Status != accord.StatusHeld || len(got.Reports) != 1 || got.Refs != nil) {
			t.Errorf("%+v → %+v, want held with the sentence as report", c.e, got)
		}
	}
}
