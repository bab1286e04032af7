package extract

import (
	"sort"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestVideoWayAfterContact30 checks that a contact whose clause then tells
// it was held by video ("held the Leaders' Dialogue virtually", "held
// talks online", "in a virtual format") is a video call, and that
// "virtually" as "almost", a later act's way and a topic word keep the
// contact in person (names invented).
func TestVideoWayAfterContact30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a dialogue held virtually on a day", "Prime Minister's Office", "", "2031-12-08",
			"Prime Minister Luis Vega and Prime Minister Ana Ortiz held the third Chile-Peru Annual Leaders' Dialogue virtually on 8 December 2031.",
			[]string{"video_call 2031-12-08 Ana Ortiz+Luis Vega"}},
		{"talks held online", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega and Chilean Prime Minister Ana Ortiz held talks online on Tuesday.",
			[]string{"video_call 2031-06-10 Ana Ortiz+Luis Vega"}},
		{"talks in a virtual format", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega and Chilean Prime Minister Ana Ortiz held talks in a virtual format on Tuesday.",
			[]string{"video_call 2031-06-10 Ana Ortiz+Luis Vega"}},
		{"virtually as almost", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega and Chilean Prime Minister Ana Ortiz held talks on Tuesday and discussed virtually every issue.",
			[]string{"talks 2031-06-10 Ana Ortiz+Luis Vega"}},
		{"online as a topic", "Wire", "", "2031-06-10",
			"Peruvian Prime Minister Luis Vega held talks with Chilean Prime Minister Ana Ortiz in Lima on Tuesday on online trade.",
			[]string{"talks 2031-06-10 Ana Ortiz+Luis Vega"}},
	})
}

// TestPhoneTalksHeadline30 checks that a headline's "phone talks" names a
// call, as "telephone talks" does, not talks in person (names invented).
func TestPhoneTalksHeadline30(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"phone talks over a body without the way", "News Agency", "PM holds phone talks with Peruvian counterpart", "2031-06-24",
			"Prime Minister Ana Ortiz of Chile congratulated Prime Minister Luis Vega of Peru on his appointment. The two Prime Ministers agreed to strengthen bilateral relations.",
			[]string{"phone_call 2031-06-24 Ana Ortiz+Luis Vega"}},
	})
}

// TestTripMonthOfItsSentence30 checks that a visit read from its words
// takes the month its own sentence gives, in a report published in a
// later month ("In July, A visited C", "On 12 July, A visited C"); that a
// date of another clause does not date it; that "During the meeting"
// after a contact so dated takes it up rather than making one of the
// publication's day; and that a headline's contact dated only by
// publication gives way to the body's report of it as of the month
// before (names invented).
func TestTripMonthOfItsSentence30(t *testing.T) {
	runSourcedBy(t, []sourcedCase{
		{"a month opening the sentence", "", "", "2024-08-01",
			"In July 2024, Prime Minister Luis Vega of Peru visited Chile.",
			[]string{"visit 2024-07 Chile+Luis Vega"}},
		{"a day opening the sentence", "", "", "2024-08-01",
			"On 12 July 2024, Prime Minister Luis Vega of Peru visited Chile.",
			// (Session 33: the one day the trip's sentence gives is the
			// visit's in the export, tripSentenceDay; still July.)
			[]string{"visit 2024-07-12 Chile+Luis Vega"}},
		{"a day after the trip word", "", "", "2024-08-01",
			"Prime Minister Luis Vega of Peru visited Chile on 12 July 2024, the ministry said.",
			[]string{"visit 2024-07-12 Chile+Luis Vega"}}, // (session 33, as above)
		{"another clause's day", "", "", "2024-08-01",
			"Following the talks on 12 July, Prime Minister Luis Vega of Peru travelled to Chile.",
			[]string{"visit 2024-08 Chile+Luis Vega"}},
		{"the meeting taken up", "", "", "2024-08-01",
			"In July 2024, Prime Minister Luis Vega of Peru met President Ana Ortiz of Chile in Santiago. During the meeting, they discussed trade.",
			[]string{"meeting 2024-07 Ana Ortiz+Luis Vega"}},
		{"the headline's meeting is the lead's", "", "Chile-Peru Summit Meeting", "2024-08-01",
			"Prime Minister Luis Vega became the first Peruvian prime minister in ten years to visit Chile for a summit. In July 2024, Prime Minister Luis Vega of Peru visited Santiago for a summit meeting with President Ana Ortiz of Chile. During the meeting, they discussed trade.",
			[]string{"meeting 2024-07 Ana Ortiz+Luis Vega", "visit 2024-07 Ana Ortiz+Luis Vega"}},
	}, "engagements and references", heldAndRecalled)
}

// heldAndRecalled is engagementSummary over the article's engagements and
// the contacts it tells as of another time (exported beside them).
func heldAndRecalled(f *accord.ArticleFacts) []string {
	g := *f
	g.Engagements = append(append([]accord.Engagement(nil), f.Engagements...), f.References...)
	out := engagementSummary(&g)
	sort.Strings(out)
	return out
}

// TestScheduledGatheringDay30 checks that the day a gathering named after
// a contact is scheduled for ("on preparations for the regional summit
// scheduled for June 14", "to take part in the Vaccine Summit slated for
// June 4") does not date the contact, which was held; a contact told at
// the gathering, or itself scheduled, keeps that day (names invented).
func TestScheduledGatheringDay30(t *testing.T) {
	runSourcedBy(t, []sourcedCase{
		{"talks on a summit ahead", "", "", "2031-05-30",
			"Prime Minister Luis Vega of Peru held talks with President Ana Ortiz of Chile on preparations for the regional summit scheduled for June 14.",
			[]string{"talks 2031-05-30 Ana Ortiz+Luis Vega"}},
		{"invited during phone talks", "", "", "2031-05-30",
			"Prime Minister Luis Vega of Peru invited President Ana Ortiz of Chile during phone talks to take part in the Pacific Vaccine Summit scheduled for June 4.",
			[]string{"phone_call 2031-05-30 Ana Ortiz+Luis Vega"}},
		{"the talks themselves scheduled", "", "", "2031-05-30",
			"Prime Minister Luis Vega of Peru will hold talks with President Ana Ortiz of Chile, scheduled for June 14.",
			[]string{"talks 2031-06-14 Ana Ortiz+Luis Vega"}},
	}, "engagements and invitations", heldAndAhead)
}

// heldAndAhead is engagementSummary over the article's engagements and
// the contacts it tells ahead.
func heldAndAhead(f *accord.ArticleFacts) []string {
	g := *f
	g.Engagements = append(append([]accord.Engagement(nil), f.Engagements...), f.Invitations...)
	out := engagementSummary(&g)
	sort.Strings(out)
	return out
}
