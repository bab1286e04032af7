package extract

import "testing"

// TestGladInfinitiveMeeting31 checks a leader's release or transcript
// that tells a meeting as a pleasure had, the speaker unnamed: "It was a
// pleasure to meet with A", "It has been fantastic to be here in C to
// meet with A" are the speaker's meeting with A that day. "It will be a
// pleasure to meet with A" is a plan; "It is important to meet with our
// partners" is no pleasure and names no one. Invented guests, real
// countries (the speaker is the publishing government's leader).
func TestGladInfinitiveMeeting31(t *testing.T) {
	const src, title, day = "https://www.pm.gov.au/media/press-conference-suva", "Press conference - Suva, Fiji", "2024-10-25"
	const lead = "I'm very proud to be here in the Pacific. "
	meeting := "meeting 2024-10-25 Anthony Albanese+Josefa Vula"
	tests := []sourcedCase{
		{"it was a pleasure to meet with", src, title, day,
			lead + "It was a pleasure to meet with the Prime Minister of Fiji, Josefa Vula, to discuss ways to strengthen ties between our countries.",
			[]string{meeting}},
		{"it has been fantastic to be here in a city to meet with", src, title, day,
			lead + "It has been fantastic to be here in Suva to meet with the Prime Minister of Fiji, Josefa Vula.",
			[]string{meeting}},
		{"a pleasure ahead is a plan", src, title, day,
			lead + "It will be a pleasure to meet with the Prime Minister of Fiji, Josefa Vula, next month.",
			nil},
		{"importance is no pleasure had", src, title, day,
			lead + "It is important to meet with our partners in the region.",
			nil},
	}
	runTyped(t, tests, "meetings", "meeting")
}

// TestOpenerLowerOffice31 checks a day's meetings told with the subject
// named by office in lower case after an opening phrase ("Later in the
// day, the foreign minister met A, B and C"): the subject is the person
// named before with that office, and each guest is a meeting of theirs,
// not one meeting of the guests. As
// with a named subject, "also met A and B" is two meetings, "met A and
// B" one of the three. (On main: one meeting of the two guests.)
// Invented names, real countries.
func TestOpenerLowerOffice31(t *testing.T) {
	const lead = "Foreign Minister Tavita Leone of Samoa arrived in Suva on Monday for a two-day official visit to Fiji. "
	const visit = "visit 2024-06 Jone Ravuvu+Tavita Leone"
	tests := []sourcedCase{
		{"the foreign minister after an opener met two guests", "News Agency", "", "2024-06-11",
			lead + "Later in the day, the foreign minister met Fijian Deputy Prime Minister Jone Ravuvu and Tongan Finance Minister Sione Fale.",
			[]string{"meeting 2024-06-10 Jone Ravuvu+Sione Fale+Tavita Leone", visit}}, // as with the name: "Leone met A and B"
		{"the foreign minister also met two guests: two meetings", "News Agency", "", "2024-06-11",
			lead + "Later in the day, the foreign minister also met Fijian Deputy Prime Minister Jone Ravuvu and Tongan Finance Minister Sione Fale.",
			[]string{"meeting 2024-06-10 Jone Ravuvu+Tavita Leone", "meeting 2024-06-10 Sione Fale+Tavita Leone", visit}},
		{"an adverb between the office and the verb", "News Agency", "", "2024-06-11",
			lead + "On Monday, the foreign minister also met Fijian Deputy Prime Minister Jone Ravuvu and Tongan Finance Minister Sione Fale.",
			[]string{"meeting 2024-06-10 Jone Ravuvu+Tavita Leone", "meeting 2024-06-10 Sione Fale+Tavita Leone", visit}},
	}
	runSourced(t, tests)
}

// TestLateFirstPerson31 checks a leader's press conference on their
// office's site that opens on the country and the day's events before the
// first "I": "I had a bilateral meeting with A" is the leader's meeting
// (main read "I" only in the first three sentences, and the side was the
// country). A quoted "I" stays the country's. Invented guest.
func TestLateFirstPerson31(t *testing.T) {
	const src, title, day = "Prime Minister of Australia (transcript)", "Press conference - Honiara, Solomon Islands", "2025-09-10"
	const opening = "Australia is a proud member of the Pacific family. Investing in the security of our neighbours makes our region safer. The big challenges facing the Pacific require solutions designed by the Pacific. Peace is not a gift and it is never a given. "
	tests := []sourcedCase{
		{"I in the fifth sentence", src, title, day,
			opening + "In addition to that, I had a very successful bilateral meeting with Prime Minister Josefa Vula of Fiji.",
			[]string{"meeting 2025-09-10 Anthony Albanese+Josefa Vula"}},
		{"a quoted I is someone else's: the country's side, as before", src, title, day,
			opening + "\"I had a very successful bilateral meeting with Prime Minister Josefa Vula of Fiji,\" the minister said.",
			[]string{"meeting 2025-09-10 Australia+Josefa Vula"}},
		{"a site of no known office carries ministers' speeches: the country, as before", "https://www.gov.uk/government/speeches/foreign-secretary-speech-honiara", "Foreign Secretary's speech in Honiara", day,
			"The United Kingdom and Fiji share a long history. Our trade has grown every year. Our scientists work together on the oceans. Our students study in each other's universities. Yesterday I met with Prime Minister Josefa Vula of Fiji.",
			[]string{"meeting 2025-09-09 Josefa Vula+United Kingdom"}},
	}
	runTyped(t, tests, "meetings", "meeting")
}
