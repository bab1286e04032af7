package target

import (
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestMoneyRaisedIsNoTarget checks that money a conference or an initiative
// "generated" or "mobilized" is a result told, not a commitment, while the
// same sum to be mobilized is one. The names are invented.
func TestMoneyRaisedIsNoTarget(t *testing.T) {
	for _, text := range []string{
		"Chile hosted a reconstruction conference in Santiago in June which generated over €60 billion in commitments to Peru.",
		"The initiative mobilized over $517 million to provide financial and technical assistance to countries including Peru and Bolivia.",
	} {
		got := ExtractIn("a1", text, sentence.Split(text), "2024-10-17", []string{"CL", "PE"}, Context{Home: "US", Government: true})
		checkTargets(t, got, nil)
	}
	text := "Chile will mobilize $500 million to provide technical assistance to Peru by 2027."
	got := ExtractIn("a1", text, sentence.Split(text), "2024-10-17", []string{"CL", "PE"}, Context{Home: "CL", Government: true})
	if len(got) != 1 || got[0].Value != 500e6 || got[0].Deadline != "2027" {
		t.Errorf("a sum to be mobilized: %+v", got)
	}
}
