package target

import (
	"strconv"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestCoordinatedSubject16 checks that a time word between "and" and the
// verb of a second predicate ("Chile praised …, and today announced $N")
// starts no clause of its own: the sum is the first predicate's subject's,
// not the article's usual committer's.
func TestCoordinatedSubject16(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"today between and and the verb", "US", true, []string{"PE", "CL"},
			"Peru will invest $3 billion in the port. Chile praised the progress made on the corridor since its launch, and today announced more than $560 million in new funding for the corridor.",
			[]accord.Target{
				{Metric: "port", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}},
				{Metric: "funding for the corridor", Value: 560e6, Unit: "USD", Comparator: "gte", Holders: []string{"CL"}},
			}},
		{"yesterday between and and the verb", "US", true, []string{"PE", "CL"},
			"Peru will invest $3 billion in the port. Chile welcomed the plan, and yesterday pledged $75 million for the corridor.",
			[]accord.Target{
				{Metric: "port", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}},
				{Metric: "corridor", Value: 75e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
		{"a sum provided to further a task", "US", true, []string{"CL", "PE"},
			"Chile will provide an additional $25 million to further mine clearance and survey activities in the north.",
			[]accord.Target{{Metric: "mine clearance", Value: 25e6, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
	})
}

// TestFollowingActionsDeadline16 checks that "the following actions by
// <date>:" gives its deadline to the parties' actions set out after it,
// one unmarked paragraph each, and to no paragraph after three.
func TestFollowingActionsDeadline16(t *testing.T) {
	text := "The Parties commit to take the following actions by March 3, 2031:\n\n" +
		"Peru will suspend 12 percentage points of the additional rate on articles of Chile for 90 days.\n\n" +
		"Chile will suspend 12 percentage points of the additional rate on articles of Peru for 90 days.\n\n" +
		"Peru and Chile note the talks.\n\nThe two sides welcomed progress.\n\n" +
		"Chile will provide $40 million for the port works."
	got := ExtractIn("a1", text, sentence.Split(text), "2031-02-12", []string{"PE", "CL"}, Context{Home: "US", Government: true})
	want := map[string]string{"PE|12": "2031", "CL|12": "2031", "CL|40000000": ""}
	if len(got) != len(want) {
		t.Fatalf("got %d targets %+v, want %d", len(got), got, len(want))
	}
	for _, g := range got {
		k := g.Holders[0] + "|" + strconv.FormatFloat(g.Value, 'f', -1, 64)
		if dl, ok := want[k]; !ok || g.Deadline != dl {
			t.Errorf("%s (%s): deadline %q, want %q", k, g.Metric, g.Deadline, dl)
		}
	}
}
