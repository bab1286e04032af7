package consolidate_test

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestMinistersApart: a "2+2" of two countries' foreign and defence
// ministers and a meeting of one pair of counterparts the same day are two
// events; a leaders' meeting and a report naming only the leaders are one.
// Invented names and countries.
func TestMinistersApart(t *testing.T) {
	type rep struct {
		typ     accord.EngagementType
		level   string
		persons []party
		quote   string // the report's sentence; by default one naming its persons
	}
	fmA, dmA := party{"Tom Arlen", "AA"}, party{"Sue Brask", "AA"}
	fmB, dmB := party{"Ivo Corin", "BB"}, party{"Lea Dumas", "BB"}
	meeting, talks, press := accord.Meeting, accord.Talks, accord.PressConference
	minister, head := accord.LevelMinister, accord.LevelHeadOfGovernment
	twoPlusTwo := rep{talks, minister, []party{fmA, dmA, fmB, dmB}, ""}
	tests := []struct {
		name    string
		reports []rep
		want    int
	}{
		{"the defence ministers' meeting beside the 2+2", []rep{twoPlusTwo, {meeting, minister, []party{dmA, dmB}, ""}}, 2},
		{"the bilateral read first", []rep{{meeting, minister, []party{fmB, fmA}, ""}, twoPlusTwo}, 2},
		{"two reports of the 2+2", []rep{twoPlusTwo, {talks, minister, []party{dmB, fmA, fmB, dmA}, ""}}, 1},
		{"a joint press conference of the 2+2 and its report naming the four", []rep{{press, minister, []party{fmA, dmA, fmB, dmB}, ""}, {press, minister, []party{fmB, fmA, dmA, dmB}, ""}}, 1},
		{"leaders with ministers, and a report naming the leaders", []rep{{meeting, head, []party{fmA, dmA, fmB, dmB}, ""}, {meeting, head, []party{fmA, fmB}, ""}}, 1},
		{"one side with its minister's aide: no format of two by two", []rep{{meeting, minister, []party{fmA, dmA, fmB}, ""}, {meeting, minister, []party{fmA, fmB}, ""}}, 1},
		{"one pair named as meeting in the 2+2 is a report of it", []rep{twoPlusTwo, {meeting, minister, []party{dmA, dmB}, "Sue Brask met her counterpart Lea Dumas in the first Arland-Bravia 2+2 Ministerial Meeting."}}, 1},
		{"the pair's own readout after the format's", []rep{twoPlusTwo, {meeting, minister, []party{dmA, dmB}, "Sue Brask met today with Bravian Minister of Defence Lea Dumas in the capital."}}, 2},
		{"a transcript of the 2+2's session whose speakers are one pair", []rep{twoPlusTwo, {meeting, minister, []party{fmA, fmB}, "Well, good morning to all of you, and welcome."}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var facts []*accord.ArticleFacts
			for i, r := range tt.reports {
				quote := r.quote
				if quote == "" {
					var names []string
					for _, p := range r.persons {
						names = append(names, p.name)
					}
					quote = strings.Join(names, " and ") + " met in the capital on February 10."
				}
				d := ct.NewDoc("m"+string(rune('a'+i))+".txt", "Report", "2026-02-10", "", quote)
				var ps, cs []string
				for _, p := range r.persons {
					ps = append(ps, d.Person(p.name, p.country, nil))
					cs = append(cs, p.country)
				}
				slices.Sort(cs)
				d.Held(ct.E{Type: r.typ, Date: "2026-02-10", PlaceCountry: "BB", Participants: ps, Countries: slices.Compact(cs), Level: r.level})
				facts = append(facts, d.Facts)
			}
			rec := consolidate.Build(facts)
			if len(rec.Engagements) != tt.want {
				t.Errorf("%d engagements, want %d: %+v", len(rec.Engagements), tt.want, rec.Engagements)
			}
			checkOrders(t, facts, rec)
		})
	}
}
