package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestRecalledVisitNotUnderWay checks that a visit a readout recalls ("the
// success of A's State Visit to Japan at the end of May", in June) is no
// visit under way dated by the readout's call, while one the same text
// reports under way still is (names invented).
func TestRecalledVisitNotUnderWay(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a visit of last month recalled in a call", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2021-06-11",
			"On June 11, commencing at around 9:40 a.m. for approximately 20 minutes, Mr. Kenji Sato, Prime Minister of Japan, held a summit telephone talk with the Honorable Rufus Teasdale, President of Chile. The overview of the talk is as follows.\n\n1. The Leaders welcomed the success of President and Mrs. Teasdale's State Visit to Japan at the end of May, and reaffirmed that they would continue to work closely.",
			[]string{"phone_call 2021-06-11 Kenji Sato+Rufus Teasdale"}},
		{"a visit in early May recalled", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Telephone Talk", "2021-06-11",
			"On June 11, Mr. Kenji Sato, Prime Minister of Japan, held a summit telephone talk with the Honorable Rufus Teasdale, President of Chile. The Leaders welcomed the success of President Teasdale's State Visit to Japan in early May.",
			[]string{"phone_call 2021-06-11 Kenji Sato+Rufus Teasdale"}},
		{"a visit under way stays", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting", "2021-06-11",
			"On June 11, Mr. Kenji Sato, Prime Minister of Japan, held a summit meeting with the Honorable Rufus Teasdale, President of Chile, who is paying a State Visit to Japan.",
			[]string{"meeting 2021-06-11 Kenji Sato+Rufus Teasdale", "visit 2021-06 Kenji Sato+Rufus Teasdale"}},
	})
}

// TestMonthPartDates checks that a part of a month ("at the end of May",
// "early May", "the beginning of March") dates like "in May": the last
// such month up to the publication.
func TestMonthPartDates(t *testing.T) {
	x := newX(t)
	pub := time.Date(2021, 6, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"The visit took place at the end of May.", "2021-05"},
		{"The visit took place in early May.", "2021-05"},
		{"The talks were held at the beginning of March.", "2021-03"},
		{"The summit was held in late September.", "2020-09"},
		{"They met in May.", "2021-05"},
		{"May the talks succeed.", ""}, // alone, "May" is no month
	}
	for _, tt := range tests {
		d := x.lx.analyze(tt.text, nil, pub)
		ds := x.lx.dates(d.toks, 0, len(d.toks), pub)
		got := ""
		if len(ds) > 0 {
			got = ds[0].format()
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestVisitingPlaceOfCountryToAttend checks that a principal "visiting
// Hamburg, the Federal Republic of Germany, to attend the G20 Summit" who
// meets another country's leader there pays no visit to that leader's
// country (names invented).
func TestVisitingPlaceOfCountryToAttend(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a place and its country before the purpose", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting", "2021-07-08",
			"On July 8, commencing at 2:48 p.m. local time for approximately 30 minutes, Mr. Kenji Sato, Prime Minister of Japan, who was visiting Hamburg, the Federal Republic of Germany, to attend the G20 Hamburg Summit, held a Japan-Chile Summit Meeting with the Honorable Rufus Teasdale, President of Chile.",
			[]string{"meeting 2021-07-08 Kenji Sato+Rufus Teasdale"}},
		{"a place alone before the purpose", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting", "2021-07-08",
			"On July 8, Mr. Kenji Sato, Prime Minister of Japan, who was visiting Hamburg to attend the G20 Hamburg Summit, held a Japan-Chile Summit Meeting with the Honorable Rufus Teasdale, President of Chile.",
			[]string{"meeting 2021-07-08 Kenji Sato+Rufus Teasdale"}},
	})
}

// TestAttendeesNoSides checks that persons an absolute "with A and B
// present" names after a contact attend it, as its participants (the lead's
// reconciliation with TestPresentAtMeeting: the references list those
// present), and are no sides of a contact of their own, while "met A at
// present" or a contact with A to present a plan keep A (names invented).
func TestAttendeesNoSides(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a one-on-one meeting with ministers present", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting", "2021-06-07",
			"On June 7, Prime Minister Kenji Sato held a Japan-Chile Summit Meeting with the Honorable Rufus Teasdale, President of Chile. (A one-on-one meeting commencing at around 12:10 p.m. with the Honorable Ana Ruiz, Vice President of Chile, and Mr. Taro Sugimoto, Minister for Foreign Affairs present; and a working lunch commencing at around 12:55 p.m.)",
			[]string{"meeting 2021-06-07 Ana Ruiz+Kenji Sato+Rufus Teasdale+Taro Sugimoto"}},
		{"in attendance", "", "", "2021-06-07",
			"On June 7, Minister Kenji Sato held a meeting with President Rufus Teasdale, with Deputy Minister Ana Ruiz and Ambassador Taro Sugimoto in attendance.",
			[]string{"meeting 2021-06-07 Ana Ruiz+Kenji Sato+Rufus Teasdale+Taro Sugimoto"}},
		{"at present is now", "", "", "2021-06-07",
			"On June 7, Minister Kenji Sato met with Deputy Minister Ana Ruiz, who at present chairs the council.",
			[]string{"meeting 2021-06-07 Ana Ruiz+Kenji Sato"}},
		{"to present a plan", "", "", "2021-06-07",
			"On June 7, Minister Kenji Sato met with Deputy Minister Ana Ruiz to present the plan.",
			[]string{"meeting 2021-06-07 Ana Ruiz+Kenji Sato"}},
	})
}

// TestVisitsToldInPassing checks that a readout of a call or a meeting
// does not turn a visit it mentions into one of its own principals': one
// it follows up ("discussed follow-up from A's historic visit"), one whose
// visitor "by" names as someone else or an unnamed office, one "later this
// week", one a month before the trip word dates to another month ("his
// July trip", written in August); while a visit the text reports under way
// ("the visit to Chile by President A", A its principal) stays (names
// invented).
func TestVisitsToldInPassing(t *testing.T) {
	wh := "The White House"
	runSourced(t, []sourcedCase{
		{"follow-up from a visit", wh, "Readout of President Tom Baker's Call with President Hamad Saif of Qatar", "2024-10-03",
			"President Tom Baker spoke today with President Hamad Saif of Qatar. They discussed follow-up from President Hamad Saif's historic visit to Washington and welcomed the new defense partnership.",
			[]string{"phone_call 2024-10-03 Hamad Saif+Tom Baker"}},
		{"a visit by an unnamed office", wh, "Readout of President Tom Baker's Call with Prime Minister Eli Dor of Israel", "2022-04-24",
			"President Tom Baker spoke today with Prime Minister Eli Dor of Israel. The President welcomed the visit to Washington this week by the Prime Minister's National Security Advisor.",
			[]string{"phone_call 2022-04-24 Eli Dor+Tom Baker"}},
		{"a visit by another later this week", wh, "Joint Statement on the Meeting of the Strategic Consultative Group", "2023-03-06",
			"National Security Advisor Tom Baker and Minister Eli Dor met today in Washington. They welcomed the visit to Israel later this week by Secretary of Defense Sam Reed.",
			[]string{"meeting 2023-03-06 Eli Dor+Tom Baker"}},
		{"a trip of last month", wh, "Readout of President Tom Baker's Call with Prime Minister Eli Dor of Israel", "2022-08-31",
			"President Tom Baker spoke today with Prime Minister Eli Dor of Israel. The President expressed appreciation for the hospitality during his July trip to Israel.",
			[]string{"phone_call 2022-08-31 Eli Dor+Tom Baker"}},
		{"a visit by the text's principal stays", "", "", "2022-08-31",
			"On the occasion of the state visit to Chile by President Tom Baker, President Baker and President Ana Ruiz held talks in Santiago today.",
			[]string{"talks 2022-08-31 Ana Ruiz+Tom Baker", "visit 2022-08 Ana Ruiz+Tom Baker"}},
	})
}

// TestAnnouncedDuringVisit checks that a visit named as the occasion of
// something announced or signed before ("the initiative announced during
// President A's visit to Atlanta") is recalled, not a visit the text
// reports, while "President A announced during his visit" leaves the visit
// to its other words (names invented).
func TestAnnouncedDuringVisit(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an initiative announced during a visit", "The White House", "Fact Sheet: Two Years After the Summit", "2024-12-14",
			"President Tom Baker met President Ana Ruiz of Angola today.\n\n2. Since the Summit, the council conducted its first plenary session at Morehouse College, and developed the EdTech initiative announced during Kenyan President Ali Omondi's visit to Morehouse College.",
			[]string{"meeting 2024-12-14 Ana Ruiz+Tom Baker"}},
		{"a memorandum signed during a visit", "The White House", "Fact Sheet: Two Years After the Summit", "2024-12-14",
			"The partnership builds on a memorandum signed during Kenyan President Ali Omondi's visit to Atlanta.",
			nil},
	})
}

// TestVisitOfAnOfficeAsTopic checks that a readout of two advisers'
// meeting that discusses "the Prime Minister's visit" reports no visit of
// the Prime Minister held with them, while a readout of the leaders'
// own talks keeps "the Prime Minister's visit" (names invented).
func TestVisitOfAnOfficeAsTopic(t *testing.T) {
	wh := "The White House"
	runSourced(t, []sourcedCase{
		{"deliverables for the Prime Minister's visit", wh, "Readout of National Security Advisor Tom Baker's Meeting with National Security Advisor Ken Sato of Japan", "2024-03-26",
			"National Security Advisor Tom Baker met with Japanese National Security Advisor Ken Sato on March 26, 2024 at the White House to discuss the upcoming Official Visit of Prime Minister Jiro Mori to the United States next month.\n\nThe two discussed next steps to finalize key deliverables for the Prime Minister's visit to ensure its historic success.",
			[]string{"meeting 2024-03-26 Ken Sato+Tom Baker"}},
		{"the visit of a party to the talks stays", "", "", "2024-04-10",
			"President Tom Baker held talks with Prime Minister Jiro Mori of Japan at the White House today.\n\nThe Prime Minister's visit to the United States marks a new era of cooperation.",
			[]string{"talks 2024-04-10 Jiro Mori+Tom Baker", "visit 2024-04 Jiro Mori+United States"}},
	})
}

// TestTheirRecalledContact checks that a contact a readout recalls of "they"
// or "their" ("since their meeting last month in Tokyo", "since they met in
// May") is a past contact of the two the text is about, dated by the words
// that date it, while "since the G20 leaders met" is none of theirs (names
// invented).
func TestTheirRecalledContact(t *testing.T) {
	x := newX(t)
	lead := "President Tom Baker spoke today with Prime Minister Ravi Menon of India. "
	tests := []struct{ body, want string }{
		{"The leaders reviewed the progress made since their meeting last month in Tokyo.", "meeting 2023-06 Ravi Menon+Tom Baker"},
		{"The leaders reviewed the progress made since they met in Tokyo in early May.", "meeting 2023-05 Ravi Menon+Tom Baker"},
		{"The leaders reviewed the progress made since the two leaders met in Tokyo last month.", "meeting 2023-06 Ravi Menon+Tom Baker"},
		{"The leaders reviewed the progress made since the G20 leaders met in Bali last month.", ""},
	}
	for _, tt := range tests {
		f := x.Extract(article("", "2023-07-03", lead+tt.body))
		names := map[string]string{}
		for _, a := range f.Actors {
			names[a.ID] = a.Name
		}
		got := ""
		for _, r := range f.References {
			var ps []string
			for _, p := range r.Participants {
				ps = append(ps, names[p])
			}
			slices.Sort(ps)
			got = string(r.Type) + " " + r.Date + " " + strings.Join(ps, "+")
		}
		if got != tt.want {
			t.Errorf("%q: reference %q, want %q", tt.body, got, tt.want)
		}
	}
}
