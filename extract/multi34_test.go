package extract

import "testing"

// TestGroupInclusion34 checks a contact with a group of fellow office
// holders whose members an inclusion then lists: "held a series of
// meetings with other leaders on the sidelines of the summit, including A,
// B and C", "met several world leaders, including A and B". The members
// are met one by one (released golds: one bilateral contact per guest when
// the text lists a leader's meetings at a gathering). On main: nothing
// (the group, no person within reach of "meetings with", or "several"
// read as an unnamed group) or one meeting of all. Invented names, real
// countries.
func TestGroupInclusion34(t *testing.T) {
	const src = "Presidential Office"
	tests := []sourcedCase{
		{"a series of meetings with other leaders, including", src, "President at the summit", "2024-05-12",
			"ISTANBUL, May 11 - Indian President Ravi Menon held a series of meetings with other leaders on the sidelines of the summit on Saturday, including Prime Minister Kari Lund of Norway, President Amos Otieno of Kenya and Chancellor Otto Brenner of Austria.",
			[]string{"meeting 2024-05-11 Amos Otieno+Ravi Menon", "meeting 2024-05-11 Kari Lund+Ravi Menon", "meeting 2024-05-11 Otto Brenner+Ravi Menon"}},
		{"meetings with several leaders, including", src, "President at the summit", "2024-05-12",
			"ISTANBUL, May 11 - Indian President Ravi Menon held meetings with several leaders, including Prime Minister Kari Lund of Norway and President Amos Otieno of Kenya.",
			[]string{"meeting 2024-05-11 Amos Otieno+Ravi Menon", "meeting 2024-05-11 Kari Lund+Ravi Menon"}},
		{"met world leaders, including, under a headline naming one", src, "President Menon meets Norway's Lund and other world leaders", "2024-05-12",
			"On the sidelines of the summit, Indian President Ravi Menon on Saturday met world leaders, including Norwegian Prime Minister Kari Lund and Kenyan President Amos Otieno.",
			[]string{"meeting 2024-05-11 Amos Otieno+Ravi Menon", "meeting 2024-05-11 Kari Lund+Ravi Menon"}},
		// Guards: an inclusion of topics is no list of guests; a group
		// without an inclusion stays no one's contact.
		{"including topics", src, "President at the summit", "2024-05-12",
			"Indian President Ravi Menon met Norwegian Prime Minister Kari Lund on Saturday and discussed issues with other leaders, including trade and climate.",
			[]string{"meeting 2024-05-11 Kari Lund+Ravi Menon"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}

// TestFrontedPluralMeetings34 checks plural meetings in a phrase the
// sentence opens with, owned by no possessive: "During meetings with A, B
// and C, the President thanked …", "In separate meetings with A and B, C
// affirmed …". The holder is the clause's subject after the list, as for
// "During his meetings with" (fewer32.go). On main: one meeting (or
// summit) of all four. Invented names, real countries.
func TestFrontedPluralMeetings34(t *testing.T) {
	const src = "Presidential Office"
	tests := []sourcedCase{
		{"during meetings with three, subject after", src, "President at the summit", "2024-05-12",
			"ISTANBUL, May 11 - During meetings with Prime Minister Kari Lund of Norway, President Amos Otieno of Kenya and Chancellor Otto Brenner of Austria on Saturday, Indian President Ravi Menon thanked them for their support.",
			[]string{"meeting 2024-05-11 Amos Otieno+Ravi Menon", "meeting 2024-05-11 Kari Lund+Ravi Menon", "meeting 2024-05-11 Otto Brenner+Ravi Menon"}},
		{"in separate meetings, no dateline", src, "President at the summit", "2024-05-12",
			"In separate meetings with Norwegian Prime Minister Kari Lund, Kenyan President Amos Otieno and Austrian Chancellor Otto Brenner on Saturday, Indian President Ravi Menon affirmed his commitment to closer ties.",
			[]string{"meeting 2024-05-11 Amos Otieno+Ravi Menon", "meeting 2024-05-11 Kari Lund+Ravi Menon", "meeting 2024-05-11 Otto Brenner+Ravi Menon"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}

// TestIndividuallyMet34 checks "met individually with A, B and C" (the
// form of WAM's summit readouts): a meeting with each, as "separately"
// already is. On main: one summit of all. Invented names, real countries.
func TestIndividuallyMet34(t *testing.T) {
	const src = "Emirates News Agency"
	tests := []sourcedCase{
		{"met individually with a list", src, "President meets world leaders at the summit", "2024-09-09",
			"NEW DELHI, 9th September, 2024 (WAM) – Emirati President Sheikh Hamad bin Rashid met individually with Luc Marchand, President of the French Republic; Amos Otieno, President of the Republic of Kenya; and Kari Lund, Prime Minister of Norway.",
			[]string{"meeting 2024-09-09 Amos Otieno+Hamad bin Rashid", "meeting 2024-09-09 Hamad bin Rashid+Luc Marchand", "meeting 2024-09-09 Hamad bin Rashid+Kari Lund"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}

// TestOpeningClauseAfterDateline34 checks "CITY, May 11 - Before meeting
// A, B held a series of meetings with other leaders, including C and D":
// the opening clause's contact is its own after a dateline too, and the
// main clause's subject holds the meetings with each guest. On main: one
// summit of all four. Invented names, real countries.
func TestOpeningClauseAfterDateline34(t *testing.T) {
	const src = "Presidential Office"
	tests := []sourcedCase{
		{"before meeting A, after a dateline", src, "President at the summit", "2024-05-12",
			"ISTANBUL, May 11 - Before meeting Norwegian Prime Minister Kari Lund, Indian President Ravi Menon held a series of meetings with other leaders, including Kenyan President Amos Otieno and Austrian Chancellor Otto Brenner.",
			[]string{"meeting 2024-05-11 Amos Otieno+Ravi Menon", "meeting 2024-05-11 Kari Lund+Ravi Menon", "meeting 2024-05-11 Otto Brenner+Ravi Menon"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
