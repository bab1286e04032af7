package extract

import "testing"

// TestVisitProgramme25 checks that the programme a release announces for a
// visit under way on its publication day ("will call on President B and
// meet Prime Minister C, who will also host an Official Lunch") is the
// visit's contacts, dated by the visit's month, and that a programme of a
// visit still ahead stays unread (names invented).
func TestVisitProgramme25(t *testing.T) {
	const visit = "Prime Minister of New Zealand, the Right Honourable Arlo Venn, will make an Official Visit to Singapore from 14 to 16 March 2026. Prime Minister Venn's visit reaffirms the excellent relations between Singapore and New Zealand.\n\n"
	runContacts(t, []sourcedCase{
		{"call on, meet, host a lunch", "Ministry of Foreign Affairs, Singapore", "", "2026-03-14",
			visit + "Prime Minister Venn will receive an official welcome at the Istana on 15 March 2026. He will call on President Bera Tisk and meet Prime Minister Ola Brim, who will also host an Official Lunch. Prime Minister Venn will also meet Deputy Prime Minister Kai Dorn.",
			[]string{"meeting 2026-03 Arlo Venn+Kai Dorn", "meeting 2026-03 Arlo Venn+Ola Brim", "reception 2026-03 Arlo Venn+Bera Tisk", "reception 2026-03 Arlo Venn+Ola Brim", "visit 2026-03 Arlo Venn+Singapore"}},
		{"hold talks with, on a day", "Ministry of Foreign Affairs, Singapore", "", "2026-03-14",
			visit + "Prime Minister Venn will hold talks with Prime Minister Ola Brim on 15 March 2026.",
			[]string{"talks 2026-03-15 Arlo Venn+Ola Brim", "visit 2026-03 Arlo Venn+Singapore"}},
		{"a city, days as one word", "ANI", "Singapore PM's India visit from Sept 2-4", "2026-09-02",
			"Singapore Prime Minister Arlo Venn will make an Official Visit to Delhi from September 2-4, at the invitation of Indian Prime Minister Bera Tisk, a statement by the Prime Minister's Office said.\n\nIn Delhi, Prime Minister Venn will call on President Ola Brim of India and meet Prime Minister Tisk, who will host a Banquet Lunch.",
			[]string{"meeting 2026-09 Arlo Venn+Bera Tisk", "reception 2026-09 Arlo Venn+Bera Tisk", "reception 2026-09 Arlo Venn+Ola Brim", "visit 2026-09 Arlo Venn+Bera Tisk"}},
		{"visit not yet begun", "Ministry of Foreign Affairs, Singapore", "", "2026-03-10",
			visit + "He will meet Prime Minister Ola Brim, who will also host an Official Lunch.",
			// (The held visit with the host is read so before this rule.)
			[]string{"pending visit Arlo Venn+Singapore", "visit 2026-03 Arlo Venn+Ola Brim"}},
		{"the visitor's own delegation", "Ministry of Foreign Affairs, Singapore", "", "2026-03-14",
			visit + "He will call on President Bera Tisk. He will also meet New Zealand Trade Minister Kai Dorn.",
			[]string{"reception 2026-03 Arlo Venn+Bera Tisk", "visit 2026-03 Arlo Venn+Singapore"}},
	})
}

// TestSameDayContact25 checks that a contact ahead dated on the day the
// text is published ("will meet this afternoon with", "will hold a virtual
// meeting on Tuesday" released that Tuesday) is held, and that one dated
// later, or a domestic meeting of the day, is not (names invented).
func TestSameDayContact25(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"this afternoon", "New Zealand Government", "", "2026-04-15",
			"New Zealand Prime Minister Arlo Venn today paid tribute to Singapore's outgoing Prime Minister Bera Tisk after meeting him in Singapore.\n\nPrime Minister Venn will meet this afternoon with Singapore's Deputy Prime Minister Ola Brim to discuss the next phase of the partnership.",
			[]string{"meeting 2026-04-15 Arlo Venn+Bera Tisk", "meeting 2026-04-15 Arlo Venn+Ola Brim"}},
		{"on the weekday of publication", "British High Commission", "", "2026-05-05",
			"Prime Minister Arlo Venn of India and UK Prime Minister Bera Tisk will hold a virtual meeting on Tuesday to agree a deeper relationship.",
			[]string{"video_call 2026-05-05 Arlo Venn+Bera Tisk"}},
		{"a domestic meeting of the day", "New Zealand Government", "", "2026-04-15",
			"New Zealand Prime Minister Arlo Venn will meet this afternoon with New Zealand Trade Minister Ola Brim to discuss exports.",
			nil},
		{"expected, by another's forecast", "British High Commission", "", "2026-05-05",
			"Prime Minister Arlo Venn of India and UK Prime Minister Bera Tisk are expected to hold a virtual meeting on Tuesday to agree a deeper relationship.",
			[]string{"pending video_call Arlo Venn+Bera Tisk"}},
		{"another contact before it", "Daily News", "", "2026-02-27",
			"Prime Minister Arlo Venn of the United Kingdom and Commission President Bera Tisk are meeting in Windsor today.\n\nMs Tisk will meet King Ola Brim in Windsor this afternoon following talks with Mr Venn.",
			[]string{"meeting 2026-02-27 Arlo Venn+Bera Tisk", "pending talks Arlo Venn+Bera Tisk+Ola Brim"}},
		{"a later day stays ahead", "British High Commission", "", "2026-05-04",
			"Prime Minister Arlo Venn of India and UK Prime Minister Bera Tisk will hold a virtual meeting on Tuesday to agree a deeper relationship.",
			[]string{"pending video_call Arlo Venn+Bera Tisk"}},
	})
}

// TestVisitDaysOneWord25 checks that a visit announced "from January 11-13"
// (the days one word) is under way when released on the 11th, and ahead
// when released before (names invented).
func TestVisitDaysOneWord25(t *testing.T) {
	const body = "Indonesian President Arlo Venn will pay a state visit to Vietnam from January 11-13 at the invitation of Vietnamese President Bera Tisk."
	runContacts(t, []sourcedCase{
		{"begun", "VietnamPlus", "", "2026-01-11", body, []string{"visit 2026-01 Arlo Venn+Bera Tisk"}},
		{"ahead", "VietnamPlus", "", "2026-01-10", body, []string{"pending visit Arlo Venn+Viet Nam"}},
	})
}
