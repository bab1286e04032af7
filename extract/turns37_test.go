package extract

import "testing"

// TestOneOnOneTalk37 checks a speaker's "spoke to/with A in our
// one-on-one discussion" (a host's opening remarks before the delegations
// join): the one-on-one is a talk in person, so it is no phone call; the
// same for "face-to-face" and "tête-à-tête". A call named as such ("spoke
// with A by phone", "in a one-on-one call") stays a call. Invented names,
// real countries.
func TestOneOnOneTalk37(t *testing.T) {
	const src, day = "https://www.example.org/media/opening-remarks", "2023-10-18"
	const title = "Opening remarks"
	call := "phone_call 2023-10-18 Kavea Ruatoka+Maren Tolv"
	tests := []sourcedCase{
		{"spoke in our one-on-one discussion", src, title, day,
			"Norwegian Prime Minister Maren Tolv said: \"I just spoke to Fijian Prime Minister Kavea Ruatoka in our one-on-one discussion.\"",
			nil},
		{"spoke face-to-face", src, title, day,
			"Norwegian Prime Minister Maren Tolv spoke with Fijian Prime Minister Kavea Ruatoka in a face-to-face discussion today.",
			nil},
		{"spoke in a tête-à-tête", src, title, day,
			"Norwegian Prime Minister Maren Tolv spoke with Fijian Prime Minister Kavea Ruatoka during a tête-à-tête today.",
			nil},
		{"a call stays a call", src, title, day,
			"Norwegian Prime Minister Maren Tolv spoke with Fijian Prime Minister Kavea Ruatoka by phone today.",
			[]string{call}},
		{"a one-on-one call stays a call", src, title, day,
			"Norwegian Prime Minister Maren Tolv spoke with Fijian Prime Minister Kavea Ruatoka in a one-on-one call today.",
			[]string{call}},
		{"a plain spoke stays a call", src, title, day,
			"Norwegian Prime Minister Maren Tolv spoke with Fijian Prime Minister Kavea Ruatoka today.",
			[]string{call}},
	}
	runTyped(t, tests, "calls", "phone_call")
}

// TestTripDays37 checks a sentence opened by a short span up to the
// report ("Over the past four days,", "In the last few days,"), the form
// of a leader's post-visit or arrival statement: the contacts it tells are
// the trip's, held, and dated by the report's month, not recalled as a
// long span's ("In the last six months,") still are. Invented names, real
// countries.
func TestTripDays37(t *testing.T) {
	const src, day = "https://www.example.org/statements/post-visit", "2023-05-18"
	const title = "Post-visit statement"
	meeting := "meeting 2023-05 Arno Kastel+Kavea Ruatoka"
	tests := []sourcedCase{
		{"over the past four days", src, title, day,
			"Over the past four days, Chilean President Arno Kastel met with Fijian Prime Minister Kavea Ruatoka in Suva.",
			[]string{meeting}},
		{"in the last few days", src, title, day,
			"In the last few days, Chilean President Arno Kastel met with Fijian Prime Minister Kavea Ruatoka in Suva.",
			[]string{meeting}},
		{"over the past six months stays recalled", src, title, day,
			"Over the past six months, Chilean President Arno Kastel met with Fijian Prime Minister Kavea Ruatoka in Suva.",
			nil},
		{"over the past few weeks stays recalled", src, title, day,
			"Over the past few weeks, Chilean President Arno Kastel met with Fijian Prime Minister Kavea Ruatoka in Suva.",
			nil},
	}
	runTyped(t, tests, "meetings", "meeting")
}

// TestGladHereIn37 checks a visitor's own words of pleasure at being
// "here in" the host country or its city ("I am very pleased to be here
// in Lisbon", the opening of a leader's remarks abroad): a visit, as "to
// be in Lisbon" already was. A pleasure at being at home stays no visit.
// Invented names, real countries.
func TestGladHereIn37(t *testing.T) {
	const src, day = "https://www.example.org/remarks", "2016-03-10"
	const title = "Remarks"
	visit := "visit 2016-03 Arno Kastel+Portugal"
	tests := []sourcedCase{
		{"pleased to be here in a city", src, title, day,
			"Chilean President Arno Kastel said: \"I am very pleased to be here in Lisbon this week.\"",
			[]string{visit}},
		{"honoured to be here in the country", src, title, day,
			"Chilean President Arno Kastel said: \"I am honoured to be here in Portugal.\"",
			[]string{visit}},
		{"at home is no visit", src, title, day,
			"Chilean President Arno Kastel said: \"I am very pleased to be here in Santiago this week.\"",
			nil},
	}
	runTyped(t, tests, "visits", "visit")
}

// TestOfficeLabelHost37 checks a headline meeting "with" a named guest on
// a Prime Minister's own site, over a transcript whose home speaker is an
// office-only label ("PRIME MINISTER:", on its own line or not) and is
// named nowhere: the home side is the Prime Minister of the day, as the
// visit the same turns tell already was, not the country. A text with a
// home leader named keeps that leader. Invented guests, real countries
// (the speaker is the publishing government's leader of the day).
func TestOfficeLabelHost37(t *testing.T) {
	const src, day = "https://www.pm.gov.au/media/remarks-bilateral-meeting", "2017-03-20"
	const title = "Remarks at bilateral meeting with President Ilse Varga of Croatia"
	meeting := "meeting 2017-03-20 Ilse Varga+Malcolm Turnbull"
	tests := []sourcedCase{
		{"label on its own line", src, title, day,
			"PRIME MINISTER:\n\nMadame President, welcome to Australia. We have already had a very good discussion this morning.\n\nPRESIDENT OF THE REPUBLIC OF CROATIA:\n\nThank you very much Mr Prime Minister.",
			[]string{meeting}},
		{"label opening the turn", src, title, day,
			"PRIME MINISTER: Madame President, welcome to Australia. We have already had a very good discussion this morning.\n\nPRESIDENT OF THE REPUBLIC OF CROATIA: Thank you very much Mr Prime Minister.",
			[]string{meeting}},
	}
	runTyped(t, tests, "meetings", "meeting")
}

// TestYouAreHere37 checks a host's turn that tells the guest, addressed
// by name, "you are here in C" ("Mr A, … you have come for the
// anniversary and are here in Russia"): the guest's visit to the host's
// country, as "welcome to C" is. A condition ("when you are in Moscow next
// year") and a guest's own turn stay no such visit. Invented names, real
// countries.
func TestYouAreHere37(t *testing.T) {
	const src, day = "http://en.kremlin.ru/events/president/news/1", "2021-05-08"
	const title = "Meeting with President of Tajikistan Anvar Dolov"
	visit := "visit 2021-05 Anvar Dolov+Vladimir Putin"
	tests := []sourcedCase{
		{"you have come and are here in Russia", src, title, day,
			"Vladimir Putin met with President of Tajikistan Anvar Dolov at the Kremlin.\n\nPresident of Russia Vladimir Putin:\n\nMr Dolov, I am very happy to see you.\n\nThis time you have come in connection with the anniversary and are here in Russia as President of Tajikistan.",
			[]string{visit}},
		{"you are in the capital", src, title, day,
			"Vladimir Putin met with President of Tajikistan Anvar Dolov at the Kremlin.\n\nPresident of Russia Vladimir Putin:\n\nMr Dolov, I am very happy that you are in Moscow today.",
			[]string{visit}},
		{"a condition is no visit", src, title, day,
			"Vladimir Putin spoke with President of Tajikistan Anvar Dolov by telephone.\n\nPresident of Russia Vladimir Putin:\n\nMr Dolov, when you are in Moscow next year, we will sign the treaty.",
			nil},
	}
	runTyped(t, tests, "visits", "visit")
}
