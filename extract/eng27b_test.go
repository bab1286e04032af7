package extract

import "testing"

// TestPreviewVisit27 checks that a release headed as a preview of a visit
// ("A to visit B", "A to pay official visit to B") gives the visit it
// announces and its dated programme as contacts, and that a headline's
// invitation, or a preview with no headline, leaves them ahead (names
// invented).
func TestPreviewVisit27(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"headline to visit, lead will begin", "Pacific News Agency", "PM Arlo Venn to visit Chile for annual talks", "2026-07-26",
			"Prime Minister Arlo Venn will begin a two-day working visit to Chile on Monday for the Annual Consultation with President Bera Tisk of Chile.",
			// The Annual Consultation ahead is the leaders' talks planned (talks31).
			[]string{"pending talks Arlo Venn+Bera Tisk", "visit 2026-07 Arlo Venn+Bera Tisk"}},
		{"headline to pay, programme scheduled to meet", "Ministry of Foreign Affairs, Portugal", "Prime Minister of Portugal to Pay Official Visit to Chile", "2026-10-07",
			"Prime Minister Arlo Venn of Portugal is scheduled to pay an official visit to Chile during 8-10 October 2026 at the invitation of President Bera Tisk of Chile.\n\nOn 9 October 2026, Prime Minister Venn is scheduled to meet with Chilean Foreign Minister Ola Brim to strengthen trade cooperation.",
			[]string{"meeting 2026-10-09 Arlo Venn+Ola Brim", "visit 2026-10 Arlo Venn+Bera Tisk"}},
		{"an audience ahead", "Ministry of Foreign Affairs, Portugal", "Prime Minister of Portugal to Pay Official Visit to Chile", "2026-10-07",
			"Prime Minister Arlo Venn of Portugal will pay an official visit to Chile during 8-10 October 2026 at the invitation of President Bera Tisk of Chile.\n\nOn 10 October 2026, Prime Minister Venn will be granted a royal audience with King Ola Brim of Chile.",
			[]string{"reception 2026-10-10 Arlo Venn+Ola Brim", "visit 2026-10 Arlo Venn+Bera Tisk"}},
		{"a contact of the visit's one day", "Pacific News Agency", "Chilean PM Arlo Venn to make official visit to Portugal", "2026-12-13",
			"Chilean Prime Minister Arlo Venn will make her first official visit to Portugal on Monday (Dec 14) at the invitation of Portuguese Prime Minister Bera Tisk.\n\nVenn will be accorded an official welcoming ceremony at the Prime Minister's office, followed by a bilateral meeting with Tisk.",
			[]string{"meeting 2026-12-14 Arlo Venn+Bera Tisk", "visit 2026-12 Arlo Venn+Bera Tisk"}},
		{"the visitor by office, the weekday ahead nearest the verb", "Department of Foreign Affairs, Ireland", "Foreign Minister to visit Canada for the national day", "2026-03-10",
			"Foreign Minister Arlo Venn of Ireland begins a seven-day visit to Canada today (Tuesday, 10 March).\n\nThe programme will see the Foreign Minister address a business event on Thursday evening and on Friday the Foreign Minister is expected to meet with Canadian Foreign Minister Bera Tisk.",
			[]string{"meeting 2026-03-13 Arlo Venn+Bera Tisk", "visit 2026-03 Arlo Venn+Bera Tisk"}},
		{"an invitation in the headline", "Pacific News Agency", "President Bera Tisk invites Arlo Venn to visit Chile", "2026-03-05",
			"President Bera Tisk of Chile spoke by telephone with Prime Minister Arlo Venn of Portugal on Monday and invited him to visit Chile in April.",
			[]string{"pending visit Arlo Venn+Bera Tisk", "phone_call 2026-03-02 Arlo Venn+Bera Tisk"}},
		{"no preview headline", "Pacific News Agency", "", "2026-07-26",
			"Prime Minister Arlo Venn will begin a two-day working visit to Chile on Monday for the Annual Consultation with President Bera Tisk of Chile.",
			[]string{"pending talks Arlo Venn+Bera Tisk", "pending visit Arlo Venn+Bera Tisk"}},
	})
}

// TestWeSigned27 checks that "we have signed several agreements" in a
// leader's remarks on a guest's visit is a signing of the two sides, that
// "we signed a raw materials agreement with C" of one speaker is a signing
// of the speaker's side and C, and that "we signed a new law" is none
// (names invented).
func TestWeSigned27(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"we have signed several agreements", "The Presidency, Republic of South Africa", "Media briefing remarks by President Arlo Venn during the State Visit by Prime Minister Bera Tisk of Norway", "2031-07-24",
			"Thank you for joining us today at the conclusion of a successful meeting with His Excellency Prime Minister Bera Tisk of Norway.\n\nWe have signed several Agreements and Memorandums of Understanding that are intended to further deepen our relations.",
			[]string{"meeting 2031-07-24 Arlo Venn+Bera Tisk", "press_conference 2031-07-24 Arlo Venn+Bera Tisk", "signing 2031-07-24 Arlo Venn+Bera Tisk", "visit 2031-07 Arlo Venn+Bera Tisk"}},
		{"we signed an agreement with a country", "European Commission", "Statement by European Commission President Arlo Venn at the joint press conference following the EU-CELAC Summit", "2031-07-18",
			"Thank you very much, Ralph,\n\nIndeed, it was an excellent Summit. We had good deliverables.\n\nThis is also the spirit of the bilateral agreements that we concluded at this Summit. First, we signed a critical raw materials agreement with Chile.",
			[]string{"signing 2031-07-18 Chile+European Union"}},
		{"we signed a law", "The Presidency, Republic of South Africa", "Remarks by President Arlo Venn at the Youth Day celebration", "2031-06-16",
			"President Arlo Venn of South Africa addressed the nation.\n\nLast year we signed a new law on youth employment.",
			nil},
	})
}

// TestCoordinatedSubject27 checks that in a wrap-up's list of acts with
// a described subject ("the Vietnamese leader held talks with his
// counterpart B, met with C, and met with D"), a contact verb coordinated
// after the first contact has its subject, not the first contact's other
// side; and that a clause with its own subject keeps it (names invented).
func TestCoordinatedSubject27(t *testing.T) {
	const lead = "Hanoi (VNA) – President Arlo Venn and a high-ranking Vietnamese delegation arrived back in Hanoi on December 23 afternoon, wrapping up a State visit to Indonesia at the invitation of President Bera Tisk.\n\n"
	runContacts(t, []sourcedCase{
		{"the list's subject", "VietnamPlus", "", "2031-12-23",
			lead + "During the trip, the Vietnamese leader held talks with his counterpart Bera Tisk, met with representatives of the Vietnamese community, and met with ASEAN Secretary-General Ola Brim.",
			[]string{"meeting 2031-12-23 Arlo Venn+Ola Brim", "talks 2031-12-23 Arlo Venn+Bera Tisk", "visit 2031-12 Arlo Venn+Bera Tisk"}},
		{"a clause of its own subject", "VietnamPlus", "", "2031-12-23",
			lead + "During the trip, the Vietnamese leader held talks with his counterpart Bera Tisk, and Tisk met with ASEAN Secretary-General Ola Brim.",
			[]string{"meeting 2031-12-23 Bera Tisk+Ola Brim", "talks 2031-12-23 Arlo Venn+Bera Tisk", "visit 2031-12 Arlo Venn+Bera Tisk"}},
	})
}

// TestTheirTalks27 checks that "during their talks" with one person named
// takes the other side from the person the sentence describes by country
// and office ("the Vietnamese leader's visit"), or, under "The Prime
// Ministers of C and D", from the two countries' leaders; and that "their
// talks" with no second side to find adds none (names invented).
func TestTheirTalks27(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"the described leader", "VietnamPlus", "Vietnam, New Zealand look towards strategic partnership", "2031-03-19",
			"During their talks in Auckland on March 19, New Zealand PM Arlo Venn hailed the Vietnamese leader’s official visit as an important event.\n\nThe two leaders voiced their delight at the development of bilateral cooperation.\n\nThe Vietnamese PM Bera Tisk said Vietnam treasures its ties with New Zealand.",
			[]string{"talks 2031-03-19 Arlo Venn+Bera Tisk", "visit 2031-03 Arlo Venn+Bera Tisk"}},
		{"the prime ministers of two countries", "VietnamPlus", "", "2031-08-23",
			"Hanoi (VNA) - Vietnam and Australia on August 23 issued a joint statement on the occasion of the official visit to Vietnam by Australian Prime Minister Arlo Venn.\n\n1. The Prime Ministers of Vietnam and Australia, on the occasion of Prime Minister Venn's first official visit to Vietnam from 22 to 24 August 2031, reiterated their mutual commitment to a strong bilateral relationship during their talks.",
			[]string{"talks 2031-08-23 Arlo Venn+Viet Nam", "visit 2031-08 Arlo Venn+Viet Nam"}},
		{"no other side", "VietnamPlus", "", "2031-03-19",
			"During their talks in Auckland on March 19, New Zealand PM Arlo Venn spoke of the importance of trade.",
			nil},
	})
}
