package extract

import (
	"testing"
)

// TestGladLead32 checks a leader's release on their own site whose only
// first-person sentence is a pleasure had, "It was great to meet A": with
// no "I" written, the release still speaks as the Prime Minister of the
// day, so the meeting is theirs, not their country's. A pleasure ahead
// ("It will be great to meet A next month") stays no meeting held, and a
// release with no first person at all stays unread as before. Invented
// guests, real countries (the speaker is the publishing government's
// leader of the day).
func TestGladLead32(t *testing.T) {
	const src, day = "https://www.pm.gov.au/media/meeting-statement", "2023-05-10"
	const title = "Statement on a regional meeting"
	meeting := "meeting 2023-05-10 Anthony Albanese+Arno Kastel"
	tests := []sourcedCase{
		{"it was great to meet, no I written", src, title, day,
			"It was great to meet Chilean President Arno Kastel in Santiago today. We discussed trade and energy.",
			[]string{meeting}},
		{"it was a pleasure to meet, no I written", src, title, day,
			"It was a pleasure to meet Chilean President Arno Kastel in Santiago today. We discussed trade.",
			[]string{meeting}},
		{"it was also great to meet", src, title, day,
			"It was also great to meet Chilean President Arno Kastel in Santiago today. We discussed trade.",
			[]string{meeting}},
		{"it was also a great opportunity to meet", src, title, day,
			"It was also a great opportunity to meet Chilean President Arno Kastel in Santiago today. We discussed trade.",
			[]string{meeting}},
		{"an opportunity ahead is no meeting held", src, title, day,
			"It will be a great opportunity to meet Chilean President Arno Kastel in Santiago. We will discuss trade.",
			nil},
		{"an opportunity ahead with would", src, title, day,
			"It would be a great opportunity to meet Chilean President Arno Kastel in Santiago. We will discuss trade.",
			nil},
		{"no first person at all", src, title, day,
			"Chilean President Arno Kastel arrived in Santiago today for the regional meeting.",
			nil},
		{"a pleasure ahead is no meeting held", src, title, day,
			"It will be great to meet Chilean President Arno Kastel in Santiago next month. We will discuss trade.",
			nil},
	}
	runTyped(t, tests, "meetings", "meeting")
}

// TestFillerComma32 checks a contact phrase whose noun has two coordinate
// adjectives set off by a comma ("have had cordial, productive
// discussions", "had a long, frank conversation"): the comma is no end
// of the phrase, as "cordial and productive" is none. A comma-set pair of
// adjectives with no contact noun after it reads nothing. Invented names,
// real countries.
func TestFillerComma32(t *testing.T) {
	const src, day = "https://www.pm.gov.au/media/statement", "2023-05-10"
	const title = "Statement on a regional meeting"
	talks := "talks 2023-05-10 Anthony Albanese+Arno Kastel"
	tests := []sourcedCase{
		{"have had cordial, productive discussions", src, title, day,
			"Chilean President Arno Kastel and I have had cordial, productive discussions today in Canberra on trade.",
			[]string{talks}},
		{"had warm, productive discussions", src, title, day,
			"Chilean President Arno Kastel and I had warm, productive discussions today in Canberra on trade.",
			[]string{talks}},
		{"adjectives with no contact noun", src, title, day,
			"It was a cordial, productive year for trade with Chile.",
			nil},
	}
	runTyped(t, tests, "contacts", "talks", "meeting")
}
