package extract

import "testing"

// TestAnnualConsultation31 checks the named leaders' mechanism of two
// neighbours, the "Annual Consultation" or "Annual Leaders' Consultation":
// leaders who held, led or attended one held talks that day, as with a
// "Leaders' Retreat". A consultation planned or scheduled is no talks
// held, and the IMF's "annual Article IV consultation" is not the form.
// Invented names, real countries.
func TestAnnualConsultation31(t *testing.T) {
	const talks = "talks 2024-08-26 Karim Abadi+Tomas Verel"
	tests := []sourcedCase{
		{"two leaders held the annual leaders' consultation", "Foreign Ministry", "Joint Statement", "2024-08-26",
			"His Majesty Sultan Karim Abadi, Sultan of Brunei Darussalam, and Prime Minister Tomas Verel of Malaysia held the 12th Annual Leaders' Consultation in Bandar Seri Begawan on 26 August 2024, which was conducted in a cordial atmosphere.",
			[]string{talks}},
		{"the typographic apostrophe", "Foreign Ministry", "Joint Statement", "2024-08-26",
			"His Majesty Sultan Karim Abadi, Sultan of Brunei Darussalam, and Prime Minister Tomas Verel of Malaysia held the 12th Annual Leaders’ Consultation in Bandar Seri Begawan on 26 August 2024.",
			[]string{talks}},
		{"the consultation was held, led by two leaders", "News Agency", "", "2016-10-06",
			"KUCHING: The 20th Annual Leaders Consultation between Malaysia and Brunei Darussalam was held in Putrajaya on Tuesday (Oct 4).\n\nThis bilateral consultation, led by Prime Minister Tomas Verel and Sultan Karim Abadi, was attended by cabinet ministers of both countries.",
			[]string{"talks 2016-10-04 Karim Abadi+Tomas Verel"}},
		{"two leaders attended the annual consultation", "News Agency", "", "2024-12-16",
			"PUTRAJAYA, Dec 16: Before the press conference, Prime Minister Tomas Verel of Malaysia and Thai Prime Minister Lamai Sornchai attended the 7th Malaysia-Thailand Annual Consultation (AC), where they reviewed progress in bilateral relations.",
			[]string{"press_conference 2024-12-16 Lamai Sornchai+Tomas Verel", "talks 2024-12-16 Lamai Sornchai+Tomas Verel"}},
		{"the just-concluded annual consultation between two leaders", "News Agency", "", "2016-09-12",
			"BANGKOK: Ties between Malaysia and Thailand are set to get closer following the just-concluded sixth annual consultation between Prime Minister Tomas Verel of Malaysia and Gen Somchai Prakan of Thailand.",
			[]string{"talks 2016-09-12 Somchai Prakan+Tomas Verel"}},
		{"an annual consultation agreed for next year is a plan", "News Agency", "", "2024-05-02",
			"KUALA LUMPUR: Prime Minister Tomas Verel of Malaysia and Thai Prime Minister Lamai Sornchai agreed to hold the next Annual Consultation in Bangkok next year.",
			nil},
		{"an annual consultation scheduled for tomorrow is a plan", "News Agency", "", "2024-08-25",
			"BANDAR SERI BEGAWAN: Prime Minister Tomas Verel of Malaysia is scheduled to attend the 25th Annual Leaders' Consultation between Malaysia and Brunei Darussalam here tomorrow with Sultan Karim Abadi.",
			nil},
		{"the IMF's annual Article IV consultation is not the form", "News Agency", "", "2024-05-02",
			"KUALA LUMPUR: An IMF staff team led by Jorge Almeida concluded the annual Article IV consultation with Malaysia on Thursday.",
			nil},
	}
	runSourced(t, tests)
}

// TestPreviewVisitForTalks31 checks a preview whose lead gives the visit's
// day to the contact it is for: "A will begin a visit to C on Monday for
// talks with B" under "A to visit C" is the visit, dated by the talks'
// month; the talks stay ahead. With no preview headline both stay ahead.
// (On main the visit, undated, stayed ahead.) Invented names.
func TestPreviewVisitForTalks31(t *testing.T) {
	const title = "PM Arlo Venn to visit Chile for talks"
	runContacts(t, []sourcedCase{
		{"for talks with", "Pacific News Agency", title, "2026-07-26",
			"Prime Minister Arlo Venn will begin a two-day working visit to Chile on Monday for talks with President Bera Tisk of Chile.",
			[]string{"pending talks Arlo Venn+Bera Tisk", "visit 2026-07 Arlo Venn+Bera Tisk"}},
		{"for the leaders' retreat with", "Pacific News Agency", title, "2026-07-26",
			"Prime Minister Arlo Venn will begin a two-day working visit to Chile on Monday for the Leaders' Retreat with President Bera Tisk of Chile.",
			[]string{"pending talks Arlo Venn+Bera Tisk", "visit 2026-07 Arlo Venn+Bera Tisk"}},
		{"no preview headline: both ahead", "Pacific News Agency", "", "2026-07-26",
			"Prime Minister Arlo Venn will begin a two-day working visit to Chile on Monday for talks with President Bera Tisk of Chile.",
			[]string{"pending talks Arlo Venn+Bera Tisk", "pending visit Arlo Venn+Bera Tisk"}},
	})
}
